package io.godwit.ir;

/**
 * A stretch of source or target text: 1-based lines and columns, 0-based character offsets (end
 * exclusive).
 *
 * @param file the script the text came from, or {@code null} for catalog text or output
 * @param startLine line of the first character
 * @param startColumn column of the first character
 * @param endLine line of the last character
 * @param endColumn column just after the last character
 * @param startOffset offset of the first character in the file's text
 * @param endOffset offset just after the last character
 */
public record SourceSpan(
    String file,
    int startLine,
    int startColumn,
    int endLine,
    int endColumn,
    int startOffset,
    int endOffset) {

  public SourceSpan {
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException(
          "bad span offsets " + startOffset + ".." + endOffset + " in " + file);
    }
  }

  /** "file:line:column", for messages. */
  public String describe() {
    return (file == null ? "" : file + ":") + startLine + ":" + startColumn;
  }

  /** The number of characters covered. */
  public int length() {
    return endOffset - startOffset;
  }
}
