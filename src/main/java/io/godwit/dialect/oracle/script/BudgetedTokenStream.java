package io.godwit.dialect.oracle.script;

import java.util.function.LongSupplier;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * A token stream that stops the parse once its time budget is spent. The parser and its prediction
 * read tokens only through LA, LT and consume, so checking there bounds the whole parse. The budget
 * is CPU time of the parsing thread (see {@link ParseClock}); since that never runs ahead of wall
 * time, the cheap wall clock is read every {@value #CHECK_EVERY} reads and the CPU clock only once
 * the wall clock says the budget could be spent.
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

  private final LongSupplier clock;
  private final long budgetNanos;
  private final long clockStart;
  private final long wallStart;
  private int reads;

  BudgetedTokenStream(TokenSource source, LongSupplier clock, long budgetNanos) {
    super(source);
    this.clock = clock;
    this.budgetNanos = budgetNanos;
    this.clockStart = clock.getAsLong();
    this.wallStart = System.nanoTime();
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
      if (System.nanoTime() - wallStart > budgetNanos
          && clock.getAsLong() - clockStart > budgetNanos) {
        throw new BudgetExceededException();
      }
    }
  }
}
