package io.godwit.dialect.sqlserver.script;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token stream that stops the parse once a deadline has passed. The parser and its adaptive
 * prediction read every token through {@link #LA}, {@link #LT} and {@link #consume}, so checking
 * there (every 256 calls, to keep the clocks off the hot path) bounds any parse, however
 * pathological the input.
 */
final class DeadlineTokenStream extends CommonTokenStream {

  private final ParseClock.Deadline deadline;
  private final long budgetMillis;
  private int calls;

  DeadlineTokenStream(TokenSource source, ParseClock.Deadline deadline, long budgetMillis) {
    super(source);
    this.deadline = deadline;
    this.budgetMillis = budgetMillis;
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
    if ((++calls & 0xFF) == 0 && deadline.passed()) {
      throw new ParseBudgetExceededException(budgetMillis);
    }
  }
}
