package io.godwit.dialect.oracle;

/**
 * Recognises the check constraints Oracle records for NOT NULL columns: {@code SEARCH_CONDITION} is
 * exactly {@code "COLUMN" IS NOT NULL}. The reader drops them when the column is NOT NULL, since
 * the column says the same; the condition is a LONG, so this cannot be done in SQL.
 */
final class NotNullCheck {

  private NotNullCheck() {}

  /** The column of a {@code "C" IS NOT NULL} condition, else {@code null}. */
  static String column(String condition) {
    if (condition == null) {
      return null;
    }
    String s = condition.strip();
    if (s.isEmpty() || s.charAt(0) != '"') {
      return null;
    }
    int close = closingQuote(s);
    if (close < 0) {
      return null;
    }
    String name = OracleNames.quotedIdentifier(s.substring(0, close + 1));
    if (name == null) {
      return null;
    }
    int i = close + 1;
    for (String word : new String[] {"IS", "NOT", "NULL"}) {
      int blank = i;
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == blank || !s.regionMatches(true, i, word, 0, word.length())) {
        return null;
      }
      i += word.length();
    }
    return i == s.length() ? name : null;
  }

  /** The index of the quote that closes the identifier starting at 0, or -1. */
  private static int closingQuote(String s) {
    int i = 1;
    while (i < s.length()) {
      if (s.charAt(i) == '"') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return -1;
  }
}
