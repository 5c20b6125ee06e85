package io.godwit.dialect.sqlserver.script;

import io.godwit.ir.SourceSpan;
import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The text one batch was parsed from and where its characters sit in the file. For an ordinary
 * batch that is a slice of the file; for a batch unwrapped from an SSMS existence-check wrapper it
 * is the unescaped content of a string literal, where each {@code ''} of the file stands for one
 * {@code '}.
 */
public final class BatchText {

  private final SourceText file;
  private final String text;
  private final int base;
  private final int[] fileOffsets;

  private BatchText(SourceText file, String text, int base, int[] fileOffsets) {
    this.file = file;
    this.text = text;
    this.base = base;
    this.fileOffsets = fileOffsets;
  }

  /** The file's characters from {@code start} to {@code end}, unchanged. */
  static BatchText slice(SourceText file, int start, int end) {
    return new BatchText(file, file.slice(start, end), start, null);
  }

  /** The content of a string literal token ('...' or N'...'), with quotes undoubled. */
  static BatchText literalContent(SourceText file, Token literal) {
    String quoted = literal.getText();
    int prefix = quoted.charAt(0) == '\'' ? 1 : 2;
    int contentStart = literal.getStartIndex() + prefix;
    int contentEnd = quoted.length() - 1;
    StringBuilder content = new StringBuilder(contentEnd - prefix);
    int[] offsets = new int[contentEnd - prefix];
    int count = 0;
    for (int k = prefix; k < contentEnd; k++) {
      char c = quoted.charAt(k);
      offsets[count++] = contentStart + (k - prefix);
      content.append(c);
      if (c == '\'' && k + 1 < contentEnd && quoted.charAt(k + 1) == '\'') {
        k++;
      }
    }
    return new BatchText(file, content.toString(), contentStart, Arrays.copyOf(offsets, count));
  }

  /** The text the parser saw. */
  public String text() {
    return text;
  }

  /** The script this batch belongs to. */
  public SourceText file() {
    return file;
  }

  /** Whether the text differs from the file's characters (an unwrapped literal). */
  public boolean mapped() {
    return fileOffsets != null;
  }

  /** Where a node of this batch's parse tree sits in the file. */
  public SourceSpan spanOf(ParserRuleContext node) {
    return file.span(fileStart(node), fileEnd(node));
  }

  /** A node's text as the parser saw it (unescaped, for an unwrapped batch). */
  public String textOf(ParserRuleContext node) {
    int start = fileStart(node);
    int end = fileEnd(node);
    if (fileOffsets == null) {
      return file.slice(start, end);
    }
    int from = fromFile(start);
    int to = Math.max(from, fromFileEnd(end));
    return text.substring(from, Math.min(to, text.length()));
  }

  /** A node's characters exactly as they are in the file (still escaped inside a wrapper). */
  public String originalTextOf(ParserRuleContext node) {
    return file.slice(fileStart(node), fileEnd(node));
  }

  static int fileStart(ParserRuleContext node) {
    Token start = node.getStart();
    return start == null ? 0 : Math.max(0, start.getStartIndex());
  }

  static int fileEnd(ParserRuleContext node) {
    Token stop = node.getStop();
    int start = fileStart(node);
    if (stop == null) {
      return start;
    }
    int end = stop.getType() == Token.EOF ? stop.getStartIndex() : stop.getStopIndex() + 1;
    return Math.max(start, end);
  }

  /** The file offset of the batch character at {@code offset}. */
  int toFile(int offset) {
    if (fileOffsets == null) {
      return base + offset;
    }
    if (offset <= 0) {
      return base;
    }
    if (offset >= fileOffsets.length) {
      return toFileEnd(fileOffsets.length);
    }
    return fileOffsets[offset];
  }

  /** The file offset just after the batch characters that end (exclusive) at {@code end}. */
  int toFileEnd(int end) {
    if (fileOffsets == null) {
      return base + end;
    }
    if (end <= 0) {
      return base;
    }
    int last = Math.min(end, fileOffsets.length) - 1;
    return fileOffsets[last] + (text.charAt(last) == '\'' ? 2 : 1);
  }

  /** The batch offset of the first batch character at or after file offset {@code fileOffset}. */
  int fromFile(int fileOffset) {
    if (fileOffsets == null) {
      return Math.max(0, Math.min(fileOffset - base, text.length()));
    }
    int found = Arrays.binarySearch(fileOffsets, fileOffset);
    return found >= 0 ? found : -found - 1;
  }

  /** The batch offset just after the last batch character that ends at or before {@code end}. */
  int fromFileEnd(int fileEnd) {
    if (fileOffsets == null) {
      return Math.max(0, Math.min(fileEnd - base, text.length()));
    }
    int found = Arrays.binarySearch(fileOffsets, fileEnd - 1);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
