package io.godwit.dialect.oracle.script;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * A token stream that stops the parse once its time budget is spent. The parser and its prediction
 * read tokens only through LA, LT and consume, so checking there bounds the whole parse; the clock
 * is read every {@value #CHECK_EVERY} reads.
 */
final class BudgetedTokenStream extends CommonTokenStream {

  /** Thrown when the budget is spent; the parse is abandoned. */
  static final class BudgetExceededException extends ParseCancellationException {
    private static final long serialVersionUID = 1L;

    BudgetExceededException() {
      super("time budget exceeded");
    }
  }

  private static final int CHECK_EVERY = 256;

  private final long deadlineNanos;
  private int reads;

  BudgetedTokenStream(TokenSource source, long deadlineNanos) {
    super(source);
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public int LA(int i) {
    tick();
    return super.LA(i);
  }

  @Override
  public Token LT(int k) {
    tick();
    return super.LT(k);
  }

  @Override
  public void consume() {
    tick();
    super.consume();
  }

  private void tick() {
    if (++reads >= CHECK_EVERY) {
      reads = 0;
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new BudgetExceededException();
      }
    }
  }
}
