package io.godwit.dialect.sqlserver;

/**
 * SQL Server stores default, computed-column, check and filter expressions wrapped in parentheses
 * ({@code ((0))}, {@code (getdate())}, {@code ([qty]>(0))}); the reader gives them without the
 * pairs that enclose the whole text.
 */
final class SqlServerExpressions {

  private SqlServerExpressions() {}

  /** {@code text} without the parentheses that enclose all of it, blanks stripped. */
  static String unwrap(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    while (s.length() >= 2 && s.charAt(0) == '(' && closingParen(s) == s.length() - 1) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * The index of the parenthesis that closes the one at 0, skipping string literals, bracketed and
   * double-quoted names; -1 when it is not closed.
   */
  private static int closingParen(String s) {
    int depth = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '[') {
        i = skipQuoted(s, i, c == '[' ? ']' : c);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
      i++;
    }
    return -1;
  }

  private static int skipQuoted(String s, int start, char close) {
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == close) {
        if (i + 1 < s.length() && s.charAt(i + 1) == close) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }
}
