package io.godwit.ui.code;

/** What a piece of SQL text is, for colouring. */
public enum TokenType {
  KEYWORD,
  TYPE,
  FUNCTION_NAME,
  IDENTIFIER,
  QUOTED_IDENTIFIER,
  STRING,
  NUMBER,
  COMMENT,
  VARIABLE,
  OPERATOR;

  /** The CSS style class of this token type ({@code sql-keyword}, ...). */
  public String styleClass() {
    return "sql-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
