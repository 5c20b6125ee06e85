package io.godwit.dialect.sqlserver.script;

import io.godwit.ir.SourceSpan;
import java.util.Arrays;

/**
 * A script's text with its line starts: turns character offsets into 1-based lines and columns (a
 * column counts UTF-16 units, a tab is one column; lines end at '\n', as in ANTLR).
 */
public final class SourceText {

  private final String file;
  private final String text;
  private final int[] lineStarts;

  public SourceText(String file, String text) {
    this.file = file;
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    this.lineStarts = starts;
  }

  /** The script's name, as given to the parser. */
  public String file() {
    return file;
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The 1-based line holding the character at {@code offset}. */
  public int line(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int found = Arrays.binarySearch(lineStarts, clamped);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of the character at {@code offset}. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** The offset where a 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
  }

  /** The span of the characters from {@code start} (inclusive) to {@code end} (exclusive). */
  public SourceSpan span(int start, int end) {
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    int last = to > from ? to - 1 : to;
    int endLine = line(last);
    int endColumn = to > from ? column(last) + 1 : column(to);
    return new SourceSpan(file, line(from), column(from), endLine, endColumn, from, to);
  }

  /** The characters from {@code start} (inclusive) to {@code end} (exclusive), clamped. */
  public String slice(int start, int end) {
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    return text.substring(from, to);
  }
}
