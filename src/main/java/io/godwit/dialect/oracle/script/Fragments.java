package io.godwit.dialect.oracle.script;

import io.godwit.dialect.oracle.parser.PlSqlLexer;
import io.godwit.dialect.oracle.parser.PlSqlParser;
import java.time.Duration;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses pieces of SQL that come without a statement around them: a column default, a check
 * condition or a view's query as the catalog keeps them. SLL first, LL when SLL fails, within a
 * time budget; never throws on bad input.
 */
public final class Fragments {

  /**
   * A parsed fragment.
   *
   * @param tree the tree, or null when the text did not parse
   * @param source the fragment's text, for spans and text of its nodes
   * @param error why it did not parse, or null
   */
  public record Parsed<T extends ParserRuleContext>(T tree, SourceText source, String error) {

    public boolean ok() {
      return tree != null;
    }
  }

  private static final Duration BUDGET = Duration.ofSeconds(2);

  private Fragments() {}

  /** A condition or expression (a default, a check, an index key). */
  public static Parsed<PlSqlParser.ConditionContext> condition(String text) {
    return parse(text, p -> p.standalone_condition().condition());
  }

  /** A query, with an optional WITH READ ONLY / WITH CHECK OPTION. */
  public static Parsed<PlSqlParser.Standalone_subqueryContext> subquery(String text) {
    return parse(text, PlSqlParser::standalone_subquery);
  }

  /** A data type. */
  public static Parsed<PlSqlParser.DatatypeContext> datatype(String text) {
    return parse(text, p -> p.standalone_datatype().datatype());
  }

  private static <T extends ParserRuleContext> Parsed<T> parse(
      String text, Function<PlSqlParser, T> rule) {
    String body = text == null ? "" : text;
    SourceText source = new SourceText(null, body);
    PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString(body));
    lexer.removeErrorListeners();
    BudgetedTokenStream tokens =
        new BudgetedTokenStream(lexer, ParseClock.forCurrentThread(), BUDGET.toNanos());
    PlSqlParser parser = new PlSqlParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return new Parsed<>(rule.apply(parser), source, null);
    } catch (BudgetedTokenStream.BudgetExceededException e) {
      return new Parsed<>(null, source, "parsing took longer than its budget");
    } catch (ParseCancellationException e) {
      // try again with full-context prediction
    } catch (StackOverflowError e) {
      return new Parsed<>(null, source, "the text nests too deeply to parse");
    }
    tokens.seek(0);
    parser.reset();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    try {
      return new Parsed<>(rule.apply(parser), source, null);
    } catch (BudgetedTokenStream.BudgetExceededException e) {
      return new Parsed<>(null, source, "parsing took longer than its budget");
    } catch (ParseCancellationException e) {
      return new Parsed<>(null, source, describe(e, source));
    } catch (StackOverflowError e) {
      return new Parsed<>(null, source, "the text nests too deeply to parse");
    }
  }

  private static String describe(ParseCancellationException e, SourceText source) {
    if (e.getCause() instanceof RecognitionException r && r.getOffendingToken() != null) {
      Token t = r.getOffendingToken();
      if (t.getType() == Token.EOF) {
        return "syntax error: unexpected end of text";
      }
      return "syntax error at line "
          + t.getLine()
          + ", column "
          + (t.getCharPositionInLine() + 1)
          + ": unexpected '"
          + source.text(t)
          + "'";
    }
    return "syntax error";
  }
}
