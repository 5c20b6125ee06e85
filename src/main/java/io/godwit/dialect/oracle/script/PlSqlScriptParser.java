package io.godwit.dialect.oracle.script;

import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.oracle.parser.PlSqlLexer;
import io.godwit.dialect.oracle.parser.ScriptFramer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Reads an Oracle script (SQL Developer export, DBMS_METADATA output, SQL*Plus install script):
 * lexes the whole file once, frames it into statements the way SQL*Plus does, and parses each
 * statement on its own. It never throws and never hangs: a statement that does not parse, or that
 * takes longer than its budget, becomes a {@link ParseFailure} and the next statement is read.
 *
 * <p>Instances hold no state between calls and may be shared between threads.
 */
public final class PlSqlScriptParser {

  /**
   * The CPU time one statement may take to parse unless configured otherwise. CPU time of the
   * parsing thread, not wall time, so that a busy machine does not turn slow statements into
   * failures: the same script gives the same result anywhere.
   */
  public static final Duration DEFAULT_STATEMENT_BUDGET = Duration.ofSeconds(2);

  private final Duration statementBudget;

  public PlSqlScriptParser() {
    this(DEFAULT_STATEMENT_BUDGET);
  }

  /** A parser that gives each statement at most {@code statementBudget} of CPU time to parse. */
  public PlSqlScriptParser(Duration statementBudget) {
    if (statementBudget.isNegative() || statementBudget.isZero()) {
      throw new IllegalArgumentException("the statement budget must be positive");
    }
    this.statementBudget = statementBudget;
  }

  /**
   * Reads a script and keeps every statement.
   *
   * @param file the file name used in spans and messages (may be null)
   * @param text the script's text
   */
  public ParsedScript parse(String file, String text) {
    List<ParsedStatement> statements = new ArrayList<>();
    ScriptSummary summary = parse(file, text, statements::add);
    return new ParsedScript(
        summary.source(), List.copyOf(statements), summary.notes(), summary.sqlPlusCommands());
  }

  /**
   * Cuts a script into statements the way SQL*Plus reads it, without parsing them: each statement's
   * text (SQL without its terminator, PL/SQL with its final semicolon) and the 1-based line where
   * it starts. SQL*Plus command lines are dropped.
   */
  public static List<ScriptStatement> split(String text) {
    List<ScriptStatement> statements = new ArrayList<>();
    for (ScriptFramer.Item item : frame(null, text == null ? "" : text)) {
      if (item instanceof ScriptFramer.Statement statement) {
        List<Token> visible = defaultChannel(statement.tokens());
        if (statement.mode() == ScriptFramer.Mode.SQL
            && !visible.isEmpty()
            && visible.get(visible.size() - 1).getType() == PlSqlLexer.SEMI) {
          visible = visible.subList(0, visible.size() - 1);
        }
        if (visible.isEmpty()) {
          continue;
        }
        Token first = visible.get(0);
        Token last = visible.get(visible.size() - 1);
        statements.add(
            new ScriptStatement(
                text.substring(first.getStartIndex(), last.getStopIndex() + 1), first.getLine()));
      }
    }
    return statements;
  }

  private static List<ScriptFramer.Item> frame(String file, String text) {
    PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString(text, file == null ? "" : file));
    lexer.removeErrorListeners();
    List<ScriptFramer.Item> items = new ArrayList<>();
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      items.addAll(lexer.framer().drain());
    }
    items.addAll(lexer.framer().finish());
    return items;
  }

  /**
   * Reads a script and hands each statement to {@code each} as soon as it is parsed. The script is
   * lexed as it is read, so only the statement at hand is in memory: use this for scripts too big
   * to keep whole.
   *
   * @param file the file name used in spans and messages (may be null)
   * @param text the script's text
   * @param each receives the statements in file order
   */
  public ScriptSummary parse(String file, String text, Consumer<ParsedStatement> each) {
    SourceText source = new SourceText(file, text);
    SqlPlusNotes notes = new SqlPlusNotes(source);
    StatementParser statementParser =
        new StatementParser(source, statementBudget, ParseClock.forCurrentThread());
    PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString(text, file == null ? "" : file));
    lexer.removeErrorListeners();
    int[] counts = new int[3];
    Consumer<ScriptFramer.Item> handle =
        item -> {
          ParsedStatement statement = handle(item, source, notes, statementParser);
          if (statement != null) {
            counts[0]++;
            counts[1] += statement.parsed() ? 0 : 1;
            counts[2] += statement.usedLl() ? 1 : 0;
            each.accept(statement);
          }
        };
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      lexer.framer().drain().forEach(handle);
    }
    lexer.framer().finish().forEach(handle);
    return new ScriptSummary(
        source,
        List.copyOf(notes.notes()),
        List.copyOf(notes.commands()),
        counts[0],
        counts[1],
        counts[2]);
  }

  /** Notes a SQL*Plus command, or parses a statement (returned). */
  private static ParsedStatement handle(
      ScriptFramer.Item item, SourceText source, SqlPlusNotes notes, StatementParser parser) {
    if (item instanceof ScriptFramer.Command command) {
      if (command.token().getType() == PlSqlLexer.SLASH_TERMINATOR) {
        notes.slash(command.token(), command.rerunsPrevious());
      } else {
        notes.command(command.token());
      }
      return null;
    }
    ScriptFramer.Statement statement = (ScriptFramer.Statement) item;
    List<Token> visible = defaultChannel(statement.tokens());
    if (visible.isEmpty()) {
      return null;
    }
    StatementHeader header = StatementHeader.read(visible);
    notes.statement(statement.tokens(), header);
    return parseStatement(source, parser, statement.tokens(), visible, header);
  }

  private static ParsedStatement parseStatement(
      SourceText source,
      StatementParser parser,
      List<Token> tokens,
      List<Token> visible,
      StatementHeader header) {
    Token first = visible.get(0);
    Token last = visible.get(visible.size() - 1);
    StatementParser.Outcome outcome = parser.parse(tokens);
    return new ParsedStatement(
        header.kind(),
        header.objectType(),
        header.schema(),
        header.name(),
        source.text(first, last),
        source.span(first, last),
        outcome.tree(),
        outcome.failure(),
        outcome.usedLl(),
        tokens);
  }

  private static List<Token> defaultChannel(List<Token> tokens) {
    List<Token> visible = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        visible.add(token);
      }
    }
    return visible;
  }
}
