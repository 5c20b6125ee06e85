package io.godwit.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo projects bundled with Godwit ({@code io/godwit/demo/}): an Oracle and a SQL Server
 * order-to-cash schema as scripts. They are copied into a folder of the user's before opening, so
 * edits can be saved; files already there are never overwritten.
 */
public final class DemoProjects {

  /** The demo opened by {@code godwit gui --demo}. */
  public static final String DEFAULT = "oracle";

  /** The demos, by folder name. */
  public static final List<String> NAMES = List.of("oracle", "sqlserver");

  private static final String ROOT = "/io/godwit/demo/";

  private DemoProjects() {}

  /**
   * Copies demo {@code name} into {@code dir} (files that exist are kept) and returns {@code dir}.
   *
   * @throws IOException when the demo is not bundled or cannot be written
   */
  public static Path install(String name, Path dir) throws IOException {
    if (!NAMES.contains(name)) {
      throw new IOException("there is no demo called '" + name + "' (demos: " + NAMES + ")");
    }
    for (String file : files(name)) {
      Path target = dir.resolve(file).normalize();
      if (!target.startsWith(dir.normalize())) {
        throw new IOException("bad demo file name " + file);
      }
      if (Files.exists(target)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = DemoProjects.class.getResourceAsStream(ROOT + name + "/" + file)) {
        if (in == null) {
          throw new IOException("the demo file " + name + "/" + file + " is missing from Godwit");
        }
        Files.copy(in, target);
      }
    }
    return dir;
  }

  /** The files of demo {@code name}, from its {@code files.txt}. */
  static List<String> files(String name) throws IOException {
    try (InputStream in = DemoProjects.class.getResourceAsStream(ROOT + name + "/files.txt")) {
      if (in == null) {
        throw new IOException("the demo '" + name + "' is missing from this build of Godwit");
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String f = line.strip();
          if (!f.isEmpty() && !f.startsWith("#")) {
            out.add(f);
          }
        }
      }
      return out;
    }
  }
}
