package io.godwit.dialect.oracle.script;

import io.godwit.ir.SourceSpan;
import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The text of one script, with what it takes to turn token positions into file offsets, lines and
 * columns: {@link #span(ParserRuleContext)} and {@link #text(ParserRuleContext)} work for any node
 * of any statement of the script.
 *
 * <p>ANTLR counts code points; offsets here count Java characters, as {@link SourceSpan} does.
 */
public final class SourceText {

  private final String file;
  private final String text;
  private final int[] lineStarts;
  private final int[] charOffsetOfCodePoint;

  public SourceText(String file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.charOffsetOfCodePoint =
        text.codePointCount(0, text.length()) == text.length() ? null : codePointOffsets(text);
  }

  /** The file name given to the parser (may be null). */
  public String file() {
    return file;
  }

  /** The whole script. */
  public String text() {
    return text;
  }

  /** The file offset of a code point index as ANTLR reports it. */
  public int offset(int codePointIndex) {
    if (charOffsetOfCodePoint == null) {
      return Math.min(codePointIndex, text.length());
    }
    if (codePointIndex >= charOffsetOfCodePoint.length) {
      return text.length();
    }
    return charOffsetOfCodePoint[codePointIndex];
  }

  /** The span from the start of one token to the end of another (both of this script). */
  public SourceSpan span(Token first, Token last) {
    int start = offset(first.getStartIndex());
    int end = Math.max(start, offset(last.getStopIndex() + 1));
    return span(start, end);
  }

  /** The span of one token. */
  public SourceSpan span(Token token) {
    return span(token, token);
  }

  /** The span of a parse-tree node of any statement of this script. */
  public SourceSpan span(ParserRuleContext node) {
    Token stop = node.getStop();
    Token start = node.getStart();
    if (stop == null || stop.getStopIndex() < start.getStartIndex()) {
      return span(start.getStartIndex() < 0 ? 0 : offset(start.getStartIndex()), -1);
    }
    return span(start, stop);
  }

  /** The span of a terminal node. */
  public SourceSpan span(TerminalNode node) {
    return span(node.getSymbol());
  }

  /** The span between two file offsets; a negative end means an empty span at the start. */
  public SourceSpan span(int startOffset, int endOffset) {
    int start = Math.max(0, Math.min(startOffset, text.length()));
    int end = endOffset < 0 ? start : Math.max(start, Math.min(endOffset, text.length()));
    int startLine = lineOf(start);
    int endLine = lineOf(end);
    return new SourceSpan(
        file,
        startLine + 1,
        start - lineStarts[startLine] + 1,
        endLine + 1,
        end - lineStarts[endLine] + 1,
        start,
        end);
  }

  /** The original text of a parse-tree node, exactly as the file has it. */
  public String text(ParserRuleContext node) {
    SourceSpan span = span(node);
    return text.substring(span.startOffset(), span.endOffset());
  }

  /** The original text of a token. */
  public String text(Token token) {
    SourceSpan span = span(token);
    return text.substring(span.startOffset(), span.endOffset());
  }

  /** The original text from the start of one token to the end of another. */
  public String text(Token first, Token last) {
    SourceSpan span = span(first, last);
    return text.substring(span.startOffset(), span.endOffset());
  }

  private int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index : -index - 2;
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  private static int[] codePointOffsets(String text) {
    int[] offsets = new int[text.codePointCount(0, text.length())];
    int codePoint = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      offsets[codePoint++] = i;
    }
    return offsets;
  }
}
