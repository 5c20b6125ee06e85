package io.godwit.dialect.oracle.script;

import io.godwit.dialect.oracle.parser.PlSqlLexer;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/** How Oracle reads names and string literals. */
public final class OracleNames {

  private OracleNames() {}

  /**
   * The name an identifier stands for: a quoted name exactly as written inside its quotes, an
   * unquoted one upper-cased as Oracle stores it. A substitution variable is kept as written.
   */
  public static String normalize(String identifierText) {
    if (identifierText.length() >= 2
        && identifierText.charAt(0) == '"'
        && identifierText.charAt(identifierText.length() - 1) == '"') {
      return identifierText.substring(1, identifierText.length() - 1).replace("\"\"", "\"");
    }
    if (!identifierText.isEmpty() && identifierText.charAt(0) == '&') {
      return identifierText;
    }
    return identifierText.toUpperCase(Locale.ROOT);
  }

  /** The name an identifier node (or any one-token name) stands for. */
  public static String normalize(ParseTree identifier) {
    return normalize(identifier.getText());
  }

  /** The name an identifier token stands for. */
  public static String normalize(Token token) {
    return normalize(token.getText());
  }

  /** Whether an identifier token is a quoted name. */
  public static boolean isQuoted(Token token) {
    return token.getType() == PlSqlLexer.DELIMITED_ID;
  }

  /**
   * The value of a string literal: {@code 'it''s'} gives {@code it's}, {@code q'[a'b]'} gives
   * {@code a'b}, {@code N'x'} gives {@code x}. Text that is not a literal is returned unchanged.
   */
  public static String stringValue(String literal) {
    int i = 0;
    if (i < literal.length() && (literal.charAt(i) == 'n' || literal.charAt(i) == 'N')) {
      i++;
    }
    boolean quoted = false;
    if (i < literal.length() && (literal.charAt(i) == 'q' || literal.charAt(i) == 'Q')) {
      quoted = true;
      i++;
    }
    if (i >= literal.length() || literal.charAt(i) != '\'' || !literal.endsWith("'")) {
      return literal;
    }
    if (quoted) {
      int contentStart = i + 2;
      int contentEnd = literal.length() - 2;
      return contentEnd >= contentStart ? literal.substring(contentStart, contentEnd) : "";
    }
    if (literal.length() - i < 2) {
      return literal;
    }
    return literal.substring(i + 1, literal.length() - 1).replace("''", "'");
  }
}
