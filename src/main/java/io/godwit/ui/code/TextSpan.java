package io.godwit.ui.code;

/**
 * A stretch of the text shown in an editor.
 *
 * @param start offset of the first character
 * @param end offset just after the last character
 */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
