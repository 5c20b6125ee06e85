package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Cuts a script's tokens into batches at GO lines. A GO line holds GO alone, optionally followed by
 * a count and a comment; because the script is lexed first, GO inside a string, a bracketed name or
 * a block comment is never a separator.
 */
final class BatchSplitter {

  /**
   * One batch's tokens.
   *
   * @param firstToken index of its first token
   * @param endToken index just after its last token
   * @param textStart file offset of its first token that is not whitespace
   * @param textEnd file offset just after its last token that is not whitespace
   * @param repeat the count of the GO line that ends it
   */
  record RawBatch(int firstToken, int endToken, int textStart, int textEnd, int repeat) {}

  private BatchSplitter() {}

  static List<RawBatch> split(List<? extends Token> tokens, String text) {
    List<RawBatch> batches = new ArrayList<>();
    int batchStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.getType() != TSqlLexer.ID
          || !"GO".equalsIgnoreCase(token.getText())
          || !onlyWhitespaceBefore(text, token.getStartIndex())) {
        continue;
      }
      long[] line = goLine(tokens, i + 1);
      if (line == null) {
        continue;
      }
      add(batches, tokens, batchStart, i, (int) line[1]);
      batchStart = (int) line[0];
      i = batchStart - 1;
    }
    add(batches, tokens, batchStart, tokens.size(), 1);
    return batches;
  }

  /** {next token index, count} when the tokens from {@code from} finish a GO line, else null. */
  private static long[] goLine(List<? extends Token> tokens, int from) {
    long count = 1;
    boolean counted = false;
    boolean commented = false;
    int j = from;
    while (j < tokens.size()) {
      Token token = tokens.get(j);
      int type = token.getType();
      String text = token.getText();
      if (type == TSqlLexer.WS) {
        if (text.indexOf('\n') >= 0) {
          break;
        }
      } else if (type == TSqlLexer.LINE_COMMENT) {
        commented = true;
      } else if (type == TSqlLexer.BLOCK_COMMENT) {
        commented = true;
        if (text.indexOf('\n') >= 0) {
          break;
        }
      } else if (type == TSqlLexer.INTEGER && !counted && !commented) {
        counted = true;
        count = parseCount(text);
      } else {
        return null;
      }
      j++;
    }
    return new long[] {j, count};
  }

  private static long parseCount(String digits) {
    if (digits.length() > 9) {
      return Integer.MAX_VALUE;
    }
    return Math.max(1, Integer.parseInt(digits));
  }

  private static boolean onlyWhitespaceBefore(String text, int offset) {
    for (int k = offset - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static void add(
      List<RawBatch> batches, List<? extends Token> tokens, int from, int to, int repeat) {
    int first = -1;
    int last = -1;
    boolean code = false;
    for (int k = from; k < to; k++) {
      Token token = tokens.get(k);
      if (token.getType() == TSqlLexer.WS) {
        continue;
      }
      if (first < 0) {
        first = k;
      }
      last = k;
      code |= token.getChannel() == Token.DEFAULT_CHANNEL;
    }
    if (!code) {
      return;
    }
    batches.add(
        new RawBatch(
            from,
            to,
            tokens.get(first).getStartIndex(),
            tokens.get(last).getStopIndex() + 1,
            repeat));
  }
}
