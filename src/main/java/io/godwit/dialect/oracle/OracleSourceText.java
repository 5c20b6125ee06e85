package io.godwit.dialect.oracle;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scans the head of stored PL/SQL source as {@code ALL_SOURCE} holds it ({@code PROCEDURE name
 * (...) IS ...}, without {@code CREATE OR REPLACE}): whether it is wrapped, and the default values
 * of a routine's parameters, which {@code ALL_ARGUMENTS} does not give. A light scanner: it skips
 * comments, string literals (also {@code q'[...]'}) and quoted identifiers, and never parses the
 * body.
 */
final class OracleSourceText {

  private static final Set<String> EDITION_WORDS = Set.of("EDITIONABLE", "NONEDITIONABLE");
  private static final Set<String> KINDS_WITH_BODY = Set.of("PACKAGE", "TYPE");

  private final String text;
  private int pos;

  private OracleSourceText(String text) {
    this.text = text;
  }

  /**
   * Whether the source is wrapped: the header reads {@code PACKAGE BODY name wrapped} followed by
   * the encoded text.
   */
  static boolean isWrapped(String source) {
    if (source == null) {
      return false;
    }
    OracleSourceText s = new OracleSourceText(source);
    if (!s.skipHeader()) {
      return false;
    }
    s.skipBlanks();
    String word = s.word();
    return word != null && word.equalsIgnoreCase("wrapped");
  }

  /**
   * The default of each parameter that has one ({@code p IN NUMBER DEFAULT 1}, {@code p VARCHAR2 :=
   * 'x'}), keyed by name as the catalog stores it (unquoted names in upper case), in order.
   */
  static Map<String, String> parameterDefaults(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    if (source == null) {
      return out;
    }
    OracleSourceText s = new OracleSourceText(source);
    if (!s.skipHeader()) {
      return out;
    }
    s.skipBlanks();
    if (s.pos >= s.text.length() || s.text.charAt(s.pos) != '(') {
      return out;
    }
    s.pos++;
    while (s.pos < s.text.length()) {
      int start = s.pos;
      int end = s.parameterEnd();
      s.parameter(start, end, out);
      if (end >= s.text.length() || s.text.charAt(end) == ')') {
        break;
      }
      s.pos = end + 1;
    }
    return out;
  }

  /** Skips {@code [EDITIONABLE] KIND [BODY] name}; false if the text does not start that way. */
  private boolean skipHeader() {
    skipBlanks();
    String kind = word();
    while (kind != null && EDITION_WORDS.contains(kind.toUpperCase(Locale.ROOT))) {
      skipBlanks();
      kind = word();
    }
    if (kind == null) {
      return false;
    }
    if (KINDS_WITH_BODY.contains(kind.toUpperCase(Locale.ROOT))) {
      int save = pos;
      skipBlanks();
      String body = word();
      if (body == null || !body.equalsIgnoreCase("BODY")) {
        pos = save;
      }
    }
    skipBlanks();
    if (identifier() == null) {
      return false;
    }
    int save = pos;
    skipBlanks();
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      skipBlanks();
      return identifier() != null;
    }
    pos = save;
    return true;
  }

  /** The end of the parameter starting at {@link #pos}: a top-level comma or the closing paren. */
  private int parameterEnd() {
    int depth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (skipLiteralOrComment()) {
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return pos;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return pos;
      }
      pos++;
    }
    return pos;
  }

  /** Reads one parameter declaration between {@code start} and {@code end}. */
  private void parameter(int start, int end, Map<String, String> out) {
    int resume = pos;
    pos = start;
    skipBlanks();
    boolean quoted = pos < end && text.charAt(pos) == '"';
    String name = identifier();
    if (name == null || pos > end) {
      pos = resume;
      return;
    }
    String key = quoted ? name : name.toUpperCase(Locale.ROOT);
    int depth = 0;
    while (pos < end) {
      char c = text.charAt(pos);
      if (skipLiteralOrComment()) {
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && c == ':' && pos + 1 < end && text.charAt(pos + 1) == '=') {
        out.put(key, text.substring(pos + 2, end).strip());
        break;
      } else if (depth == 0 && isWordStart(pos) && startsWord(pos, "DEFAULT")) {
        out.put(key, text.substring(pos + "DEFAULT".length(), end).strip());
        break;
      }
      pos++;
    }
    pos = resume;
  }

  private boolean startsWord(int at, String word) {
    int after = at + word.length();
    return text.regionMatches(true, at, word, 0, word.length())
        && (after >= text.length() || !isWordChar(text.charAt(after)));
  }

  private boolean isWordStart(int at) {
    return at == 0 || !isWordChar(text.charAt(at - 1));
  }

  /** Skips blanks and comments. */
  private void skipBlanks() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '-' && text.startsWith("--", pos)) {
        int nl = text.indexOf('\n', pos);
        pos = nl < 0 ? text.length() : nl + 1;
      } else if (c == '/' && text.startsWith("/*", pos)) {
        int close = text.indexOf("*/", pos + 2);
        pos = close < 0 ? text.length() : close + 2;
      } else {
        return;
      }
    }
  }

  /**
   * If a comment, string literal or quoted identifier starts at {@link #pos}, moves past it and
   * returns true.
   */
  private boolean skipLiteralOrComment() {
    char c = text.charAt(pos);
    if ((c == '-' && text.startsWith("--", pos)) || (c == '/' && text.startsWith("/*", pos))) {
      skipBlanks();
      return true;
    }
    if ((c == 'q' || c == 'Q')
        && pos + 2 < text.length()
        && text.charAt(pos + 1) == '\''
        && isWordStart(pos)) {
      char open = text.charAt(pos + 2);
      char close =
          switch (open) {
            case '[' -> ']';
            case '(' -> ')';
            case '{' -> '}';
            case '<' -> '>';
            default -> open;
          };
      int end = text.indexOf(close + "'", pos + 3);
      pos = end < 0 ? text.length() : end + 2;
      return true;
    }
    if (c == '\'' || c == '"') {
      pos = skipQuoted(pos, c);
      return true;
    }
    return false;
  }

  private int skipQuoted(int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }

  /** An unquoted word at {@link #pos}, or {@code null}. */
  private String word() {
    int start = pos;
    while (pos < text.length() && isWordChar(text.charAt(pos))) {
      pos++;
    }
    return pos == start ? null : text.substring(start, pos);
  }

  /** A quoted or unquoted identifier at {@link #pos} (quotes removed), or {@code null}. */
  private String identifier() {
    if (pos < text.length() && text.charAt(pos) == '"') {
      int end = skipQuoted(pos, '"');
      String name = OracleNames.quotedIdentifier(text.substring(pos, end));
      pos = end;
      return name;
    }
    return word();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
  }
}
