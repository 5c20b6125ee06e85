package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlLexer;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one batch's tokens: SLL with bail-out first, the full LL algorithm with ANTLR's error
 * reporting only when SLL fails (stopping at the first error), both under one time budget. One
 * instance serves the batches of one script in turn; it is not shared between threads.
 */
final class BatchParser {

  /**
   * Deeper nesting makes adaptive prediction slow (each level looks ahead over the levels inside
   * it); real code stays far below this.
   */
  static final int MAX_PARENTHESES = 256;

  private static final int MAX_OFFENDING_TEXT = 100;
  private static final String TOO_DEEP = "the batch nests too deeply to parse";

  /** The result of parsing one token list. */
  record Outcome(TSqlParser.BatchContext tree, ParseFailure failure, boolean usedLl) {}

  private final TSqlParser parser = new TSqlParser(null);
  private final long budgetNanos;
  private final ParseClock clock = new ParseClock();
  private final StatementClassifier classifier = new StatementClassifier();

  BatchParser(long budgetNanos) {
    this.budgetNanos = budgetNanos;
    parser.removeErrorListeners();
  }

  Outcome parse(List<Token> tokens, String sourceName, SourceText file) {
    Token tooDeep = tooDeep(tokens);
    if (tooDeep != null) {
      return new Outcome(
          null,
          failure(
              ParseFailure.Kind.TOO_DEEP,
              "parentheses nest deeper than " + MAX_PARENTHESES + " levels",
              tooDeep,
              file),
          false);
    }
    DeadlineTokenStream stream =
        new DeadlineTokenStream(
            new ListTokenSource(tokens, sourceName),
            clock.start(budgetNanos),
            budgetNanos / 1_000_000);
    parser.setTokenStream(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return new Outcome(parser.batch(), null, false);
    } catch (ParseBudgetExceededException e) {
      return failed(ParseFailure.Kind.TIME_BUDGET, e.getMessage(), stream, file, false);
    } catch (ParseCancellationException e) {
      // SLL could not decide; the full algorithm below can.
    } catch (StackOverflowError e) {
      return failed(ParseFailure.Kind.TOO_DEEP, TOO_DEEP, stream, file, false);
    }

    parser.reset();
    FirstSyntaxError errors = new FirstSyntaxError();
    parser.addErrorListener(errors);
    parser.setErrorHandler(new StopAtFirstError());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    try {
      TSqlParser.BatchContext tree = parser.batch();
      if (errors.token() == null) {
        return new Outcome(tree, null, true);
      }
    } catch (ParseBudgetExceededException e) {
      return failed(ParseFailure.Kind.TIME_BUDGET, e.getMessage(), stream, file, true);
    } catch (ParseCancellationException e) {
      // the first syntax error has been reported
    } catch (StackOverflowError e) {
      return failed(ParseFailure.Kind.TOO_DEEP, TOO_DEEP, stream, file, true);
    } finally {
      parser.removeErrorListeners();
    }
    return new Outcome(
        null,
        failure(
            ParseFailure.Kind.SYNTAX, "syntax error: " + errors.message(), errors.token(), file),
        true);
  }

  /** The parenthesis that opens one level too many, or null. */
  private static Token tooDeep(List<Token> tokens) {
    int depth = 0;
    for (Token token : tokens) {
      if (token.getType() == TSqlLexer.LPAREN && ++depth > MAX_PARENTHESES) {
        return token;
      }
      if (token.getType() == TSqlLexer.RPAREN && depth > 0) {
        depth--;
      }
    }
    return null;
  }

  /** The top-level statements of a parsed batch. */
  List<ParsedStatement> statements(TSqlParser.BatchContext tree, BatchText source) {
    List<ParsedStatement> statements = new ArrayList<>();
    if (tree instanceof TSqlParser.RoutineBatchContext) {
      ParserRuleContext routine = ((TSqlParser.RoutineBatchContext) tree).routineDefinition();
      statements.add(classifier.classify(routine, source));
    } else if (tree instanceof TSqlParser.ImplicitExecuteBatchContext) {
      TSqlParser.ImplicitExecuteBatchContext batch = (TSqlParser.ImplicitExecuteBatchContext) tree;
      statements.add(classifier.classify(batch.implicitExecute(), source));
      addAll(statements, batch.statementList(), source);
    } else if (tree instanceof TSqlParser.StatementBatchContext) {
      addAll(statements, ((TSqlParser.StatementBatchContext) tree).statementList(), source);
    }
    return statements;
  }

  private void addAll(
      List<ParsedStatement> statements, TSqlParser.StatementListContext list, BatchText source) {
    for (TSqlParser.StatementContext statement : list.statement()) {
      statements.add(classifier.classify(statement, source));
    }
  }

  private static Outcome failed(
      ParseFailure.Kind kind,
      String message,
      DeadlineTokenStream stream,
      SourceText file,
      boolean usedLl) {
    Token token =
        stream.size() == 0
            ? null
            : stream.get(Math.max(0, Math.min(stream.index(), stream.size() - 1)));
    return new Outcome(null, failure(kind, message, token, file), usedLl);
  }

  static ParseFailure failure(
      ParseFailure.Kind kind, String message, Token token, SourceText file) {
    if (token == null) {
      return new ParseFailure(kind, message, 1, 1, "", file.span(0, 0));
    }
    boolean end = token.getType() == Token.EOF;
    int start = Math.max(0, token.getStartIndex());
    int stop = end ? start : Math.max(start, token.getStopIndex() + 1);
    SourceSpan span = file.span(start, stop);
    String text = end ? "" : file.slice(start, stop);
    if (text.length() > MAX_OFFENDING_TEXT) {
      text = text.substring(0, MAX_OFFENDING_TEXT) + "...";
    }
    String unterminated = unterminated(token.getType());
    return new ParseFailure(
        kind,
        unterminated == null ? message : "syntax error: " + unterminated + " is never closed",
        span.startLine(),
        span.startColumn(),
        text,
        span);
  }

  /** What an UNTERMINATED_* token holds, or null for other tokens. */
  private static String unterminated(int tokenType) {
    if (tokenType == TSqlLexer.UNTERMINATED_STRING) {
      return "the string literal";
    }
    if (tokenType == TSqlLexer.UNTERMINATED_NAME) {
      return "the delimited name";
    }
    if (tokenType == TSqlLexer.UNTERMINATED_COMMENT) {
      return "the block comment";
    }
    return null;
  }
}
