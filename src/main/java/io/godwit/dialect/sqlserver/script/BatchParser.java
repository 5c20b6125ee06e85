package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one batch's tokens: SLL with bail-out first, the full LL algorithm with error reporting
 * only when SLL fails, both under one time budget. One instance serves the batches of one script in
 * turn; it is not shared between threads.
 */
final class BatchParser {

  /** The result of parsing one token list. */
  record Outcome(TSqlParser.BatchContext tree, ParseFailure failure, boolean usedLl) {}

  private final TSqlParser parser = new TSqlParser(null);
  private final long budgetNanos;
  private final StatementClassifier classifier = new StatementClassifier();

  BatchParser(long budgetNanos) {
    this.budgetNanos = budgetNanos;
    parser.removeErrorListeners();
  }

  Outcome parse(List<Token> tokens, String sourceName, SourceText file) {
    long budgetMillis = budgetNanos / 1_000_000;
    DeadlineTokenStream stream =
        new DeadlineTokenStream(
            new ListTokenSource(tokens, sourceName), System.nanoTime() + budgetNanos, budgetMillis);
    parser.setTokenStream(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return new Outcome(parser.batch(), null, false);
    } catch (ParseBudgetExceededException e) {
      return failed(ParseFailure.Kind.TIME_BUDGET, e.getMessage(), stream, file);
    } catch (ParseCancellationException e) {
      // SLL could not decide; the full algorithm below can.
    } catch (StackOverflowError e) {
      return failed(
          ParseFailure.Kind.TOO_DEEP, "the batch nests too deeply to parse", stream, file);
    }

    parser.reset();
    FirstSyntaxError errors = new FirstSyntaxError();
    parser.addErrorListener(errors);
    parser.setErrorHandler(new DefaultErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    try {
      TSqlParser.BatchContext tree = parser.batch();
      if (errors.count() == 0) {
        return new Outcome(tree, null, true);
      }
      return new Outcome(null, syntaxFailure(errors, file), true);
    } catch (ParseBudgetExceededException e) {
      return failed(ParseFailure.Kind.TIME_BUDGET, e.getMessage(), stream, file);
    } catch (StackOverflowError e) {
      return failed(
          ParseFailure.Kind.TOO_DEEP, "the batch nests too deeply to parse", stream, file);
    } finally {
      parser.removeErrorListeners();
    }
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

  private static ParseFailure syntaxFailure(FirstSyntaxError errors, SourceText file) {
    Token token = errors.token();
    String message = "syntax error: " + errors.message();
    if (errors.count() > 1) {
      message += " (and " + (errors.count() - 1) + " more in this batch)";
    }
    return failure(ParseFailure.Kind.SYNTAX, message, token, file);
  }

  private static Outcome failed(
      ParseFailure.Kind kind, String message, DeadlineTokenStream stream, SourceText file) {
    Token token =
        stream.size() == 0
            ? null
            : stream.get(Math.max(0, Math.min(stream.index(), stream.size() - 1)));
    return new Outcome(null, failure(kind, message, token, file), false);
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
    return new ParseFailure(
        kind,
        message,
        span.startLine(),
        span.startColumn(),
        end ? "" : file.slice(start, stop),
        span);
  }
}
