package io.godwit.load.mapping;

/**
 * A DMS object-locator name: exact text where {@code %} stands for any run of characters (also an
 * empty one). Matching is case-sensitive, as in DMS.
 */
public final class NamePattern {

  private final String pattern;

  public NamePattern(String pattern) {
    this.pattern = pattern == null ? "%" : pattern;
  }

  public String text() {
    return pattern;
  }

  public boolean hasWildcard() {
    return pattern.indexOf('%') >= 0;
  }

  public boolean matches(String name) {
    return match(0, name, 0);
  }

  private boolean match(int p, String s, int i) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '%') {
        while (p < pattern.length() && pattern.charAt(p) == '%') {
          p++;
        }
        if (p == pattern.length()) {
          return true;
        }
        for (int k = i; k <= s.length(); k++) {
          if (match(p, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (i >= s.length() || s.charAt(i) != c) {
        return false;
      }
      p++;
      i++;
    }
    return i == s.length();
  }

  @Override
  public String toString() {
    return pattern;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NamePattern n && n.pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }
}
