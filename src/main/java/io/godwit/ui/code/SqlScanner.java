package io.godwit.ui.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts SQL text into tokens for colouring, one character at a time by the rules of a {@link
 * SqlLanguage}. It never fails: unterminated strings and comments run to the end of the text, and
 * characters it does not know are left uncoloured. Whitespace is not returned.
 */
public final class SqlScanner {

  private final SqlLanguage lang;

  public SqlScanner(SqlLanguage lang) {
    this.lang = lang;
  }

  /** The tokens of {@code text}, in order, not overlapping. */
  public List<Token> scan(String text) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '-' && at(text, i + 1, '-')) {
        end = lineEnd(text, i);
        out.add(new Token(TokenType.COMMENT, i, end));
      } else if (c == '#' && lang.hashComments()) {
        end = lineEnd(text, i);
        out.add(new Token(TokenType.COMMENT, i, end));
      } else if (c == '/' && at(text, i + 1, '*')) {
        end = blockCommentEnd(text, i);
        out.add(new Token(TokenType.COMMENT, i, end));
      } else if (c == '\'') {
        end = stringEnd(text, i + 1, '\'', lang.backslashEscapes());
        out.add(new Token(TokenType.STRING, i, end));
      } else if (c == '"') {
        end = stringEnd(text, i + 1, '"', lang.backslashEscapes() && lang.doubleQuotedStrings());
        out.add(
            new Token(
                lang.doubleQuotedStrings() ? TokenType.STRING : TokenType.QUOTED_IDENTIFIER,
                i,
                end));
      } else if (c == '[' && lang.bracketIdentifiers()) {
        end = stringEnd(text, i + 1, ']', false);
        out.add(new Token(TokenType.QUOTED_IDENTIFIER, i, end));
      } else if (c == '`' && lang.backtickIdentifiers()) {
        end = stringEnd(text, i + 1, '`', false);
        out.add(new Token(TokenType.QUOTED_IDENTIFIER, i, end));
      } else if (c == '$' && lang.dollarQuotes() && (end = dollarTagEnd(text, i)) > 0) {
        // The tag itself is coloured as a string delimiter; the body is scanned as code, since
        // it is a routine's body far more often than a literal.
        out.add(new Token(TokenType.STRING, i, end));
      } else if (c == '$' && lang.dollarQuotes() && i + 1 < n && isDigit(text.charAt(i + 1))) {
        end = digitsEnd(text, i + 1);
        out.add(new Token(TokenType.VARIABLE, i, end));
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
        end = numberEnd(text, i);
        out.add(new Token(TokenType.NUMBER, i, end));
      } else if (c == '@' && lang.atVariables() && i + 1 < n && isWordPart(text.charAt(i + 1))) {
        end = wordEnd(text, i + 1);
        out.add(new Token(TokenType.VARIABLE, i, end));
      } else if (c == '@' && lang.atVariables() && at(text, i + 1, '@')) {
        end = wordEnd(text, i + 2);
        out.add(new Token(TokenType.VARIABLE, i, end));
      } else if (c == ':'
          && lang.colonVariables()
          && i + 1 < n
          && isWordStart(text.charAt(i + 1))
          && (i == 0 || text.charAt(i - 1) != ':')) {
        end = wordEnd(text, i + 1);
        out.add(new Token(TokenType.VARIABLE, i, end));
      } else if (isWordStart(c) || (c == '#' && lang.bracketIdentifiers())) {
        end = prefixedString(text, i);
        if (end > 0) {
          out.add(new Token(TokenType.STRING, i, end));
        } else {
          end = wordEnd(text, i + 1);
          out.add(new Token(classify(text, i, end), i, end));
        }
      } else {
        end = i + 1;
        out.add(new Token(TokenType.OPERATOR, i, end));
      }
      i = end;
    }
    return out;
  }

  private TokenType classify(String text, int start, int end) {
    if (text.charAt(start) == '#') {
      return TokenType.IDENTIFIER;
    }
    String word = text.substring(start, end).toUpperCase(Locale.ROOT);
    if (lang.types().contains(word)) {
      return TokenType.TYPE;
    }
    if (lang.keywords().contains(word)) {
      return TokenType.KEYWORD;
    }
    if (lang.functions().contains(word) && nextNonSpace(text, end) == '(') {
      return TokenType.FUNCTION_NAME;
    }
    return TokenType.IDENTIFIER;
  }

  /**
   * The end of a string with a prefix letter at {@code i} ({@code N'..'}, {@code E'..'}, {@code
   * X'..'}, Oracle {@code q'[..]'} and {@code nq'..'}), or -1 when there is none.
   */
  private int prefixedString(String text, int i) {
    int n = text.length();
    char c = Character.toUpperCase(text.charAt(i));
    if ((c == 'N' || c == 'E' || c == 'X' || c == 'B') && at(text, i + 1, '\'')) {
      if (i > 0 && isWordPart(text.charAt(i - 1))) {
        return -1;
      }
      boolean backslash = lang.backslashEscapes() || (c == 'E' && lang.dollarQuotes());
      return stringEnd(text, i + 2, '\'', backslash);
    }
    if (!lang.alternativeQuotes()) {
      return -1;
    }
    int q = i;
    if (c == 'N' && i + 1 < n && Character.toUpperCase(text.charAt(i + 1)) == 'Q') {
      q = i + 1;
    }
    if (Character.toUpperCase(text.charAt(q)) == 'Q' && at(text, q + 1, '\'') && q + 2 < n) {
      char open = text.charAt(q + 2);
      char close =
          switch (open) {
            case '[' -> ']';
            case '{' -> '}';
            case '<' -> '>';
            case '(' -> ')';
            default -> open;
          };
      int j = q + 3;
      while (j < n) {
        if (text.charAt(j) == close && at(text, j + 1, '\'')) {
          return j + 2;
        }
        j++;
      }
      return n;
    }
    return -1;
  }

  private int blockCommentEnd(String text, int i) {
    int n = text.length();
    int depth = 0;
    int j = i;
    while (j < n) {
      if (text.charAt(j) == '/' && at(text, j + 1, '*')) {
        depth = lang.nestedComments() || depth == 0 ? depth + 1 : depth;
        j += 2;
      } else if (text.charAt(j) == '*' && at(text, j + 1, '/')) {
        depth--;
        j += 2;
        if (depth == 0) {
          return j;
        }
      } else {
        j++;
      }
    }
    return n;
  }

  /** The end of a quoted run started before {@code i}; a doubled quote stays inside. */
  private static int stringEnd(String text, int i, char quote, boolean backslash) {
    int n = text.length();
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      if (backslash && c == '\\') {
        j += 2;
      } else if (c == quote) {
        if (at(text, j + 1, quote)) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return n;
  }

  /** The end of a {@code $tag$} at {@code i}, or -1. */
  private static int dollarTagEnd(String text, int i) {
    int n = text.length();
    int j = i + 1;
    if (j < n && text.charAt(j) == '$') {
      return j + 1;
    }
    if (j >= n || !(Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
      return -1;
    }
    while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j < n && text.charAt(j) == '$' ? j + 1 : -1;
  }

  private static int numberEnd(String text, int i) {
    int n = text.length();
    if (text.charAt(i) == '0'
        && i + 1 < n
        && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
      int j = i + 2;
      while (j < n && Character.digit(text.charAt(j), 16) >= 0) {
        j++;
      }
      return j;
    }
    int j = digitsEnd(text, i);
    if (j < n && text.charAt(j) == '.' && !at(text, j + 1, '.')) {
      j = digitsEnd(text, j + 1);
    }
    if (j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
        k++;
      }
      if (k < n && isDigit(text.charAt(k))) {
        j = digitsEnd(text, k);
      }
    }
    return j;
  }

  private static int digitsEnd(String text, int i) {
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int wordEnd(String text, int i) {
    int j = i;
    while (j < text.length() && isWordPart(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int lineEnd(String text, int i) {
    int nl = text.indexOf('\n', i);
    return nl < 0 ? text.length() : nl;
  }

  private static char nextNonSpace(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() ? text.charAt(j) : '\0';
  }

  private static boolean at(String text, int i, char c) {
    return i < text.length() && text.charAt(i) == c;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
  }
}
