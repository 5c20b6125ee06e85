package io.godwit.dialect.sqlserver.script;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * ANTLR's default error reporting, stopping the parse after the first report. A failed batch is
 * reported, not repaired, so recovering would only cost time (on long garbage, a lot of it).
 */
final class StopAtFirstError extends DefaultErrorStrategy {

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    super.reportError(recognizer, e);
    throw new ParseCancellationException(e);
  }

  @Override
  protected void reportUnwantedToken(Parser recognizer) {
    super.reportUnwantedToken(recognizer);
    throw new ParseCancellationException("unwanted token");
  }

  @Override
  protected void reportMissingToken(Parser recognizer) {
    super.reportMissingToken(recognizer);
    throw new ParseCancellationException("missing token");
  }
}
