package io.godwit.dialect.sqlserver.script;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Keeps the first syntax error a parse reports. */
final class FirstSyntaxError extends BaseErrorListener {

  private static final int MAX_EXPECTING = 120;

  private Token token;
  private String message;

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    if (message == null) {
      token = offendingSymbol instanceof Token ? (Token) offendingSymbol : null;
      message = shorten(msg);
    }
  }

  Token token() {
    return token;
  }

  String message() {
    return message;
  }

  /** ANTLR lists every token it expected; past a few dozen that helps nobody. */
  private static String shorten(String msg) {
    if (msg == null) {
      return "syntax error";
    }
    int expecting = msg.indexOf(" expecting {");
    if (expecting >= 0 && msg.length() - expecting > MAX_EXPECTING) {
      return msg.substring(0, expecting);
    }
    return msg;
  }
}
