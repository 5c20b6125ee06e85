package io.godwit.dialect.sqlserver.script;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A character stream over a string's UTF-16 units, so that token start and stop indexes are the
 * same offsets as {@link String#substring} and {@link io.godwit.ir.SourceSpan} use. (ANTLR's own
 * streams count code points.) Characters outside the Basic Multilingual Plane reach the lexer as
 * two surrogates, which only matters inside names, where they are exceedingly rare.
 *
 * <p>The lexer sees characters beyond ASCII folded into three classes: letters, digits and marks
 * become {@link #LETTER} (which TSqlLexer's names accept), the spaces its WS rule lists become a
 * blank, everything else becomes {@link #OTHER}. ANTLR's lexer DFA caches transitions for ASCII
 * only; without folding, every other character is simulated afresh, hundreds of times slower. Token
 * text is read from the original string, so the folding shows nowhere else.
 */
final class Utf16CharStream implements CharStream {

  /** What the lexer sees for a letter, digit or mark beyond ASCII. */
  static final char LETTER = '\u0001';

  /** What the lexer sees for any other character beyond ASCII (and for \u0001 and \u0002). */
  static final char OTHER = '\u0002';

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
    char c = text.charAt(offset);
    if (c < 128) {
      return c == LETTER ? OTHER : c;
    }
    return fold(c);
  }

  private static char fold(char c) {
    if (c == '\u00A0' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
      return ' ';
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
        return LETTER;
      default:
        return OTHER;
    }
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
