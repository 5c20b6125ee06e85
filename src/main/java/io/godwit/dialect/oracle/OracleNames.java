package io.godwit.dialect.oracle;

/** Oracle identifier quoting and the scanning of quoted identifiers in catalog text. */
final class OracleNames {

  private OracleNames() {}

  /** {@code name} as a double-quoted identifier, exactly as stored. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * The identifier if {@code text} is one double-quoted identifier and nothing else (blanks around
   * it allowed), else {@code null}: {@code "Order Date"} gives {@code Order Date}.
   */
  static String quotedIdentifier(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.length() < 3 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        if (i + 1 < s.length() - 1 && s.charAt(i + 1) == '"') {
          name.append('"');
          i++;
        } else {
          return null; // a quote closes before the end: more than one token
        }
      } else {
        name.append(c);
      }
    }
    return name.toString();
  }
}
