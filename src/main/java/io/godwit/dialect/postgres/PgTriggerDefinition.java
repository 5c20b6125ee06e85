package io.godwit.dialect.postgres;

/** Reads the WHEN condition out of {@code pg_get_triggerdef} output. */
final class PgTriggerDefinition {

  private PgTriggerDefinition() {}

  /**
   * The condition inside {@code WHEN (...)}, or {@code null}. Scans outside quoted identifiers and
   * strings so a trigger or table named "when" is not mistaken for the clause.
   */
  static String whenCondition(String definition) {
    if (definition == null) {
      return null;
    }
    int n = definition.length();
    int i = 0;
    while (i < n) {
      char c = definition.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipQuoted(definition, i);
        continue;
      }
      if (isWordStart(definition, i) && definition.regionMatches(true, i, "WHEN", 0, 4)) {
        int j = i + 4;
        while (j < n && Character.isWhitespace(definition.charAt(j))) {
          j++;
        }
        if (j < n
            && definition.charAt(j) == '('
            && (i + 4 == n || !isWordChar(definition.charAt(i + 4)))) {
          int end = matchingParen(definition, j);
          if (end > j) {
            return definition.substring(j + 1, end).strip();
          }
        }
      }
      i++;
    }
    return null;
  }

  private static boolean isWordStart(String s, int i) {
    return i == 0 || !isWordChar(s.charAt(i - 1));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static int skipQuoted(String s, int start) {
    char quote = s.charAt(start);
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  private static int matchingParen(String s, int open) {
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipQuoted(s, i);
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
}
