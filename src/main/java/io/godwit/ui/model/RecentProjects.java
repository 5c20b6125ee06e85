package io.godwit.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The projects opened lately, newest first, kept in the user's preferences. */
public final class RecentProjects {

  static final int LIMIT = 8;
  private static final String KEY = "recentProjects";

  private final Preferences node;

  public RecentProjects(Preferences node) {
    this.node = node;
  }

  /** The recent project folders, newest first. */
  public List<Path> list() {
    String value = node.get(KEY, "");
    List<Path> out = new ArrayList<>();
    int start = 0;
    while (start < value.length()) {
      int nl = value.indexOf('\n', start);
      int end = nl < 0 ? value.length() : nl;
      if (end > start) {
        out.add(Path.of(value.substring(start, end)));
      }
      start = end + 1;
    }
    return out;
  }

  /** Puts {@code dir} first. */
  public void add(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    List<Path> list = new ArrayList<>(list());
    list.remove(abs);
    list.add(0, abs);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(LIMIT, list.size()); i++) {
      if (i > 0) {
        s.append('\n');
      }
      s.append(list.get(i));
    }
    node.put(KEY, s.toString());
  }
}
