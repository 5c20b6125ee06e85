package io.godwit.ui.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tree's filter: one or more patterns separated by spaces or commas, any of which may match.
 * {@code *} stands for any run of characters and {@code ?} for one; a pattern without either
 * matches names that contain it. A pattern with a dot is matched against {@code schema.name},
 * otherwise against the name. Case is ignored.
 */
public final class Glob {

  private static final Glob EVERYTHING = new Glob(List.of());

  private final List<String> patterns;

  private Glob(List<String> patterns) {
    this.patterns = patterns;
  }

  /** The filter the user typed; blank matches everything. */
  public static Glob of(String text) {
    if (text == null) {
      return EVERYTHING;
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isSeparator(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String p = text.substring(start, i).toLowerCase(Locale.ROOT);
        out.add(p.indexOf('*') < 0 && p.indexOf('?') < 0 ? "*" + p + "*" : p);
      }
    }
    return out.isEmpty() ? EVERYTHING : new Glob(List.copyOf(out));
  }

  private static boolean isSeparator(char c) {
    return c == ',' || Character.isWhitespace(c);
  }

  /** Whether this filter lets everything through. */
  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /**
   * Whether an object matches.
   *
   * @param lowerSchema the schema in lower case, or null
   * @param lowerName the name in lower case
   */
  public boolean matches(String lowerSchema, String lowerName) {
    if (patterns.isEmpty()) {
      return true;
    }
    for (String p : patterns) {
      if (p.indexOf('.') >= 0 && lowerSchema != null) {
        if (match(p, lowerSchema + "." + lowerName)) {
          return true;
        }
      } else if (match(p, lowerName)) {
        return true;
      }
    }
    return false;
  }

  /** Wildcard matching with one backtrack point per star: linear in practice. */
  static boolean match(String p, String s) {
    int pi = 0;
    int si = 0;
    int star = -1;
    int mark = 0;
    while (si < s.length()) {
      if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == s.charAt(si))) {
        pi++;
        si++;
      } else if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }
}
