package io.godwit.dialect.sqlserver.script;

import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Thrown inside the parser when a batch has used up its time budget. */
final class ParseBudgetExceededException extends ParseCancellationException {

  private static final long serialVersionUID = 1L;

  ParseBudgetExceededException(long budgetMillis) {
    super("parsing the batch took longer than its budget of " + budgetMillis + " ms");
  }
}
