package io.godwit.dialect.sqlserver.script;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A character stream over a string's UTF-16 units, so that token start and stop indexes are the
 * same offsets as {@link String#substring} and {@link io.godwit.ir.SourceSpan} use. (ANTLR's own
 * streams count code points.) Characters outside the Basic Multilingual Plane reach the lexer as
 * two surrogates, which only matters inside names, where they are exceedingly rare.
 */
final class Utf16CharStream implements CharStream {

  private final String text;
  private final String sourceName;
  private int position;

  Utf16CharStream(String text, String sourceName) {
    this.text = text;
    this.sourceName = sourceName == null ? IntStream.UNKNOWN_SOURCE_NAME : sourceName;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(interval.b, text.length() - 1);
    return start > stop ? "" : text.substring(start, stop + 1);
  }

  @Override
  public void consume() {
    if (position >= text.length()) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public int LA(int i) {
    if (i == 0) {
      return 0;
    }
    int offset = i > 0 ? position + i - 1 : position + i;
    if (offset < 0 || offset >= text.length()) {
      return IntStream.EOF;
    }
    return text.charAt(offset);
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {
    // nothing is buffered
  }

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = Math.max(0, Math.min(index, text.length()));
  }

  @Override
  public int size() {
    return text.length();
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return text;
  }
}
