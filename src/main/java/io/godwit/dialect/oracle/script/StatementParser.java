package io.godwit.dialect.oracle.script;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one framed statement: SLL prediction with a bail-out strategy first; only when that fails,
 * full LL prediction with the default strategy, whose first reported error becomes the failure.
 * Both stages share the statement's time budget.
 */
final class StatementParser {

  /** The outcome for one statement: a tree, or a failure. */
  record Outcome(PlSqlParser.StatementContext tree, ParseFailure failure, boolean usedLl) {}

  private static final int MAX_EXPECTED_SHOWN = 8;

  private final SourceText source;
  private final long budgetNanos;
  private final LongSupplier clock;

  StatementParser(SourceText source, Duration budget, LongSupplier clock) {
    this.source = source;
    this.budgetNanos = budget.toNanos();
    this.clock = clock;
  }

  /**
   * Parses one statement. A statement that runs out of time gets one more attempt with a fresh
   * budget: ANTLR's prediction cache, shared by all parsers, keeps what the first attempt learnt,
   * so a statement fails on time only when it is slow in itself, not because it came first.
   */
  Outcome parse(List<Token> tokens) {
    try {
      return attempt(tokens);
    } catch (BudgetedTokenStream.BudgetExceededException first) {
      try {
        return attempt(tokens);
      } catch (BudgetedTokenStream.BudgetExceededException second) {
        return new Outcome(null, timeFailure(tokens), false);
      }
    }
  }

  private Outcome attempt(List<Token> tokens) {
    BudgetedTokenStream stream =
        new BudgetedTokenStream(new ListTokenSource(tokens), clock, budgetNanos);
    PlSqlParser parser = new PlSqlParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return new Outcome(parser.script_statement().statement(), null, false);
    } catch (BudgetedTokenStream.BudgetExceededException e) {
      throw e;
    } catch (ParseCancellationException e) {
      // SLL failed; the input may still be valid under full-context prediction
    } catch (StackOverflowError e) {
      return new Outcome(null, depthFailure(tokens), false);
    }
    stream.seek(0);
    parser.reset();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.setErrorHandler(new DefaultErrorStrategy());
    FirstSyntaxError firstError = new FirstSyntaxError();
    parser.addErrorListener(firstError);
    try {
      PlSqlParser.StatementContext tree = parser.script_statement().statement();
      return firstError.token == null
          ? new Outcome(tree, null, true)
          : new Outcome(null, syntaxFailure(firstError, parser), true);
    } catch (BudgetedTokenStream.BudgetExceededException e) {
      throw e;
    } catch (StackOverflowError e) {
      return new Outcome(null, depthFailure(tokens), true);
    }
  }

  /** Keeps the first syntax error the LL stage reports; recovery goes on, the rest is noise. */
  private static final class FirstSyntaxError extends BaseErrorListener {
    private Token token;
    private boolean missing;
    private IntervalSet expected;
    private String rule;

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      if (token != null || !(recognizer instanceof Parser parser)) {
        return;
      }
      token = offendingSymbol instanceof Token t ? t : parser.getCurrentToken();
      missing = e == null && msg.startsWith("missing ");
      // for "no viable alternative" the expected set describes where the decision began: leave it
      expected =
          e instanceof NoViableAltException
              ? null
              : e != null ? e.getExpectedTokens() : parser.getExpectedTokens();
      ParserRuleContext context =
          e != null && e.getCtx() != null ? (ParserRuleContext) e.getCtx() : parser.getContext();
      rule =
          context == null || context.getRuleIndex() < 0
              ? null
              : parser.getRuleNames()[context.getRuleIndex()].replace('_', ' ');
    }
  }

  private ParseFailure syntaxFailure(FirstSyntaxError error, PlSqlParser parser) {
    String found = describe(error.token);
    String message =
        error.missing
            ? "missing " + names(error.expected, parser) + " before " + found
            : "unexpected " + found + expected(error.expected, parser);
    if (error.rule != null) {
      message += " in " + error.rule;
    }
    return failureAt(error.token, message, parser);
  }

  private ParseFailure failureAt(Token token, String message, PlSqlParser parser) {
    boolean atEnd = token == null || token.getType() == Token.EOF;
    String text = atEnd ? "" : source.text(token);
    var span =
        token == null
            ? source.span(0, -1)
            : atEnd ? source.span(source.offset(token.getStartIndex()), -1) : source.span(token);
    return new ParseFailure(
        ParseFailure.Reason.SYNTAX, message, span.startLine(), span.startColumn(), text, span);
  }

  private ParseFailure timeFailure(List<Token> tokens) {
    var span = statementSpan(tokens);
    return new ParseFailure(
        ParseFailure.Reason.TIME_BUDGET,
        "parsing took longer than its budget of "
            + Duration.ofNanos(budgetNanos).toMillis()
            + " ms of CPU time",
        span.startLine(),
        span.startColumn(),
        "",
        span);
  }

  private ParseFailure depthFailure(List<Token> tokens) {
    var span = statementSpan(tokens);
    return new ParseFailure(
        ParseFailure.Reason.TOO_DEEP,
        "the statement nests too deeply to parse",
        span.startLine(),
        span.startColumn(),
        "",
        span);
  }

  private io.godwit.ir.SourceSpan statementSpan(List<Token> tokens) {
    return source.span(tokens.get(0), tokens.get(tokens.size() - 1));
  }

  private String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of statement";
    }
    String text = source.text(token);
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return "'" + text + "'";
  }

  private static String expected(IntervalSet expected, PlSqlParser parser) {
    if (expected == null || expected.isNil() || expected.size() > MAX_EXPECTED_SHOWN) {
      return "";
    }
    return "; expected " + names(expected, parser);
  }

  private static String names(IntervalSet expected, PlSqlParser parser) {
    if (expected == null || expected.isNil() || expected.size() > MAX_EXPECTED_SHOWN) {
      return "a token";
    }
    StringBuilder names = new StringBuilder();
    for (int type : expected.toList()) {
      if (!names.isEmpty()) {
        names.append(", ");
      }
      names.append(displayName(type, parser));
    }
    return names.toString();
  }

  private static String displayName(int type, PlSqlParser parser) {
    if (type == Token.EOF) {
      return "end of statement";
    }
    String literal = parser.getVocabulary().getLiteralName(type);
    if (literal != null) {
      return literal;
    }
    return parser.getVocabulary().getSymbolicName(type);
  }
}
