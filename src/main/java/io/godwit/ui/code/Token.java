package io.godwit.ui.code;

/**
 * A piece of SQL text.
 *
 * @param type what it is
 * @param start offset of its first character
 * @param end offset just after its last character
 */
public record Token(TokenType type, int start, int end) {

  public int length() {
    return end - start;
  }
}
