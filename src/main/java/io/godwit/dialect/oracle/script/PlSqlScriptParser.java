package io.godwit.dialect.oracle.script;

import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.oracle.parser.PlSqlLexer;
import io.godwit.dialect.oracle.parser.ScriptFramer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /** The time one statement may take to parse unless configured otherwise. */
  public static final Duration DEFAULT_STATEMENT_BUDGET = Duration.ofSeconds(2);

  private final Duration statementBudget;

  public PlSqlScriptParser() {
    this(DEFAULT_STATEMENT_BUDGET);
  }

  /** A parser that gives each statement at most {@code statementBudget} to parse. */
  public PlSqlScriptParser(Duration statementBudget) {
    if (statementBudget.isNegative() || statementBudget.isZero()) {
      throw new IllegalArgumentException("the statement budget must be positive");
    }
    this.statementBudget = statementBudget;
  }

  /**
   * Reads a script.
   *
   * @param file the file name used in spans and messages (may be null)
   * @param text the script's text
   */
  public ParsedScript parse(String file, String text) {
    SourceText source = new SourceText(file, text);
    List<ScriptFramer.Item> items = frame(file, text);
    SqlPlusNotes notes = new SqlPlusNotes(source);
    StatementParser statementParser = new StatementParser(source, statementBudget);
    List<ParsedStatement> statements = new ArrayList<>();
    for (ScriptFramer.Item item : items) {
      if (item instanceof ScriptFramer.Command command) {
        if (command.token().getType() == PlSqlLexer.SLASH_TERMINATOR) {
          notes.slash(command.token(), command.rerunsPrevious());
        } else {
          notes.command(command.token());
        }
      } else if (item instanceof ScriptFramer.Statement statement) {
        List<Token> visible = defaultChannel(statement.tokens());
        if (visible.isEmpty()) {
          continue;
        }
        StatementHeader header = StatementHeader.read(visible);
        notes.statement(statement.tokens(), header);
        statements.add(
            parseStatement(source, statementParser, statement.tokens(), visible, header));
      }
    }
    return new ParsedScript(
        source, List.copyOf(statements), List.copyOf(notes.notes()), List.copyOf(notes.commands()));
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
    Token token;
    do {
      token = lexer.nextToken();
    } while (token.getType() != Token.EOF);
    return lexer.framer().finish();
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
