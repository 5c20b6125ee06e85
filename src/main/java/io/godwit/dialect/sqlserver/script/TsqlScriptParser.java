package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.sqlserver.parser.TSqlLexer;
import io.godwit.ir.SourceSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Parses T-SQL scripts: the file is lexed once, cut into batches at GO lines, and each batch is
 * parsed on its own (SLL first, LL when SLL fails), under a time budget. A batch that fails becomes
 * a {@link ParseFailure} and the next batch is parsed as usual. SSMS existence-check wrappers are
 * unwrapped and their definition parsed in their place.
 *
 * <p>Token lines, columns and offsets are those of the file, also inside unwrapped definitions.
 * {@link #parse} never throws and always returns, whatever the input. An instance holds only its
 * settings and may be shared; each call works on its own state.
 */
public final class TsqlScriptParser {

  /** The time budget of one batch unless another is given. */
  public static final Duration DEFAULT_BATCH_BUDGET = Duration.ofSeconds(2);

  private final long budgetNanos;

  public TsqlScriptParser() {
    this(DEFAULT_BATCH_BUDGET);
  }

  /** A parser whose batches may each take at most {@code batchBudget}. */
  public TsqlScriptParser(Duration batchBudget) {
    if (batchBudget.isNegative() || batchBudget.isZero()) {
      throw new IllegalArgumentException("the batch time budget must be positive: " + batchBudget);
    }
    this.budgetNanos = batchBudget.toNanos();
  }

  /** Parses a whole script; {@code file} names it in spans and messages. */
  public ParsedScript parse(String file, String text) {
    SourceText source = new SourceText(file, text == null ? "" : text);
    try {
      return new Run(source, budgetNanos).parse();
    } catch (RuntimeException | StackOverflowError e) {
      ParseFailure failure =
          new ParseFailure(
              ParseFailure.Kind.INTERNAL,
              "the script could not be read: " + e,
              1,
              1,
              "",
              source.span(0, 0));
      SourceSpan all = source.span(0, source.text().length());
      BatchText whole = BatchText.slice(source, 0, source.text().length());
      return new ParsedScript(
          file,
          List.of(
              new ParsedBatch(
                  0, whole.text(), all, null, List.of(), failure, false, false, 1, whole)),
          source);
    }
  }

  /**
   * Cuts a script into its GO batches without parsing them: each batch's text (without the GO line)
   * and the 1-based line where it starts. Blank batches are dropped; a GO count repeats the batch.
   */
  public static List<ScriptStatement> batches(String text) {
    SourceText source = new SourceText(null, text == null ? "" : text);
    TSqlLexer lexer = new TSqlLexer(new Utf16CharStream(source.text(), null));
    lexer.removeErrorListeners();
    List<? extends Token> tokens = lexer.getAllTokens();
    List<ScriptStatement> batches = new ArrayList<>();
    for (BatchSplitter.RawBatch raw : BatchSplitter.split(tokens, source.text())) {
      if (raw.textEnd() <= raw.textStart()) {
        continue;
      }
      String batch = source.text().substring(raw.textStart(), raw.textEnd());
      for (int i = 0; i < raw.repeat(); i++) {
        batches.add(new ScriptStatement(batch, source.line(raw.textStart())));
      }
    }
    return batches;
  }

  /** The state of one call to {@link #parse}. */
  private static final class Run {

    private final SourceText source;
    private final BatchParser parser;
    private final TSqlLexer lexer;
    private final Utf16CharStream chars;

    Run(SourceText source, long budgetNanos) {
      this.source = source;
      this.parser = new BatchParser(budgetNanos);
      this.chars = new Utf16CharStream(source.text(), source.file());
      this.lexer = new TSqlLexer(chars);
      lexer.removeErrorListeners();
    }

    ParsedScript parse() {
      List<? extends Token> tokens = lexer.getAllTokens();
      List<ParsedBatch> batches = new ArrayList<>();
      for (BatchSplitter.RawBatch raw : BatchSplitter.split(tokens, source.text())) {
        batches.add(parseBatch(batches.size(), raw, tokens));
      }
      return new ParsedScript(source.file(), batches, source);
    }

    private ParsedBatch parseBatch(
        int index, BatchSplitter.RawBatch raw, List<? extends Token> all) {
      SourceSpan span = source.span(raw.textStart(), raw.textEnd());
      BatchText text = BatchText.slice(source, raw.textStart(), raw.textEnd());
      List<Token> tokens = new ArrayList<>(all.subList(raw.firstToken(), raw.endToken()));
      tokens.add(endOfBatch(raw.textEnd()));
      try {
        BatchParser.Outcome outcome = parser.parse(tokens, source.file(), source);
        if (outcome.failure() != null) {
          return new ParsedBatch(
              index,
              text.text(),
              span,
              null,
              List.of(),
              outcome.failure(),
              outcome.usedLl(),
              false,
              raw.repeat(),
              text);
        }
        Token wrapped = ExistenceWrapper.wrappedLiteral(outcome.tree());
        if (wrapped != null) {
          ParsedBatch inner = unwrap(index, wrapped, span, raw.repeat());
          if (inner != null) {
            return inner;
          }
        }
        return new ParsedBatch(
            index,
            text.text(),
            span,
            outcome.tree(),
            parser.statements(outcome.tree(), text),
            null,
            outcome.usedLl(),
            false,
            raw.repeat(),
            text);
      } catch (RuntimeException e) {
        ParseFailure failure =
            new ParseFailure(
                ParseFailure.Kind.INTERNAL,
                "the parser failed on this batch: " + e,
                span.startLine(),
                span.startColumn(),
                "",
                source.span(raw.textStart(), raw.textStart()));
        return new ParsedBatch(
            index, text.text(), span, null, List.of(), failure, false, false, raw.repeat(), text);
      }
    }

    /** The definition inside a wrapper's literal, parsed as a batch; null if it is none. */
    private ParsedBatch unwrap(int index, Token literal, SourceSpan span, int repeat) {
      BatchText inner = BatchText.literalContent(source, literal);
      List<Token> tokens = innerTokens(inner);
      if (!startsWithDefinition(tokens)) {
        return null;
      }
      int end = inner.toFileEnd(inner.text().length());
      tokens.add(endOfBatch(end));
      BatchParser.Outcome outcome = parser.parse(tokens, source.file(), source);
      List<ParsedStatement> statements =
          outcome.tree() == null ? List.of() : parser.statements(outcome.tree(), inner);
      return new ParsedBatch(
          index,
          inner.text(),
          span,
          outcome.tree(),
          statements,
          outcome.failure(),
          outcome.usedLl(),
          true,
          repeat,
          inner);
    }

    /** The inner text's tokens, moved to the file positions of the characters they came from. */
    private List<Token> innerTokens(BatchText inner) {
      TSqlLexer innerLexer = new TSqlLexer(new Utf16CharStream(inner.text(), source.file()));
      innerLexer.removeErrorListeners();
      Pair<TokenSource, CharStream> origin = new Pair<>(lexer, chars);
      List<Token> tokens = new ArrayList<>();
      for (Token token : innerLexer.getAllTokens()) {
        int start = inner.toFile(token.getStartIndex());
        int end = inner.toFileEnd(token.getStopIndex() + 1);
        CommonToken moved =
            new CommonToken(origin, token.getType(), token.getChannel(), start, end - 1);
        moved.setText(token.getText());
        moved.setLine(source.line(start));
        moved.setCharPositionInLine(source.column(start) - 1);
        tokens.add(moved);
      }
      return tokens;
    }

    private static boolean startsWithDefinition(List<Token> tokens) {
      for (Token token : tokens) {
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
          return token.getType() == TSqlLexer.CREATE || token.getType() == TSqlLexer.ALTER;
        }
      }
      return false;
    }

    private Token endOfBatch(int offset) {
      CommonToken eof =
          new CommonToken(
              new Pair<>(lexer, chars), Token.EOF, Token.DEFAULT_CHANNEL, offset, offset - 1);
      eof.setText("<EOF>");
      eof.setLine(source.line(offset));
      eof.setCharPositionInLine(source.column(offset) - 1);
      return eof;
    }
  }
}
