package io.godwit.dialect.oracle.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Splits the tokens of a script into statements the way SQL*Plus reads a script, as the lexer
 * produces them.
 *
 * <ul>
 *   <li>A statement that starts with DECLARE, BEGIN, a label, CREATE of a PL/SQL unit or a type, or
 *       WITH FUNCTION is PL/SQL: semicolons are part of it and it ends at a {@code /} line.
 *   <li>Any other statement is SQL and ends at a semicolon or at a {@code /} line.
 *   <li>The SQL*Plus EXECUTE command ends at the end of its line (hyphen continuations aside) or at
 *       a semicolon.
 *   <li>Scripts without terminators ({@code DBMS_METADATA.GET_DDL} output): a CREATE at the start
 *       of a line starts a new statement (unless it continues a GRANT list); in PL/SQL so do ALTER,
 *       GRANT, REVOKE and DROP, and in SQL so do ALTER, GRANT and REVOKE (none of these can
 *       continue the statement there); in both, so does COMMENT followed by ON (COMMENT alone may
 *       be a PL/SQL name).
 * </ul>
 *
 * <p>Between statements the lexer recognises SQL*Plus command lines; it asks {@link
 * #betweenStatements()}.
 */
public final class ScriptFramer {

  /** How a statement is read. */
  public enum Mode {
    SQL,
    PLSQL,
    EXEC
  }

  /** What ended a statement. */
  public enum Terminator {
    SEMICOLON,
    SLASH,
    NEXT_STATEMENT,
    END_OF_LINE,
    END_OF_FILE
  }

  /** A statement or a SQL*Plus command, in script order. */
  public sealed interface Item permits Statement, Command {}

  /**
   * A statement's tokens: from its first token to its last, default and hidden channels (white
   * space left out). The {@code /} that ended it is not among them.
   */
  public record Statement(List<Token> tokens, Mode mode, Terminator terminator) implements Item {}

  /**
   * A SQL*Plus command line or a {@code /} line between statements.
   *
   * @param rerunsPrevious for a {@code /}: it runs the previous statement, which already ran, again
   */
  public record Command(Token token, boolean rerunsPrevious) implements Item {}

  private enum State {
    BETWEEN,
    CREATE_HEAD,
    WITH_HEAD,
    SQL,
    PLSQL,
    EXEC
  }

  private final List<Item> items = new ArrayList<>();
  private State state = State.BETWEEN;
  private List<Token> current;
  private int lastDefaultLine = -1;
  private boolean execContinued;
  private Mode lastMode;

  /** Index in {@link #current} of a line-start COMMENT that starts a statement if ON follows. */
  private int pendingComment = -1;

  private int lastDefaultType = Token.INVALID_TYPE;

  /** Whether the next token would start a statement (SQL*Plus commands are only read there). */
  public boolean betweenStatements() {
    return state == State.BETWEEN;
  }

  /** Whether an EXECUTE command is being read (a trailing hyphen then continues its line). */
  public boolean inExecCommand() {
    return state == State.EXEC;
  }

  /**
   * Takes the next token of the script.
   *
   * @param endLine the line the token's last character is on
   */
  public void accept(Token token, int endLine) {
    int type = token.getType();
    if (type == Token.EOF) {
      return;
    }
    if (type == PlSqlLexer.WS) {
      if (state == State.EXEC && containsNewline(token)) {
        if (execContinued) {
          execContinued = false;
        } else {
          close(Terminator.END_OF_LINE);
        }
      }
      return;
    }
    if (type == PlSqlLexer.SQLPLUS_CONTINUATION) {
      execContinued = true;
      return;
    }
    if (type == PlSqlLexer.SQLPLUS_COMMAND) {
      items.add(new Command(token, false));
      return;
    }
    if (type == PlSqlLexer.SLASH_TERMINATOR) {
      if (state == State.BETWEEN) {
        // SQL*Plus keeps the last SQL or PL/SQL statement in its buffer; EXECUTE is not kept there
        boolean reruns = lastMode == Mode.SQL || lastMode == Mode.PLSQL;
        items.add(new Command(token, reruns));
      } else {
        close(Terminator.SLASH);
      }
      return;
    }
    if (token.getChannel() != Token.DEFAULT_CHANNEL) {
      if (state != State.BETWEEN) {
        current.add(token);
      }
      return;
    }
    boolean firstOnLine = token.getLine() > lastDefaultLine;
    int previousType = lastDefaultType;
    lastDefaultLine = endLine;
    lastDefaultType = type;
    if (pendingComment >= 0) {
      int at = pendingComment;
      pendingComment = -1;
      if (type == PlSqlLexer.ON) {
        splitAt(at);
      }
    }
    if (state == State.BETWEEN) {
      start(token);
    } else if (firstOnLine && startsNewStatement(type, previousType)) {
      close(Terminator.NEXT_STATEMENT);
      start(token);
    } else {
      if (firstOnLine && type == PlSqlLexer.COMMENT && state != State.EXEC) {
        pendingComment = current.size();
      }
      current.add(token);
      advance(type);
    }
  }

  /** Ends the current statement before its token at {@code index}, which starts the next one. */
  private void splitAt(int index) {
    List<Token> rest = new ArrayList<>(current.subList(index, current.size()));
    current = new ArrayList<>(current.subList(0, index));
    close(Terminator.NEXT_STATEMENT);
    current = rest;
    state = State.SQL;
  }

  /**
   * The statements and commands completed since the last call, in script order; they are not kept,
   * so a caller that reads as it lexes holds one statement's tokens at a time.
   */
  public List<Item> drain() {
    List<Item> completed = List.copyOf(items);
    items.clear();
    return completed;
  }

  /**
   * Ends the script: closes an unterminated last statement and returns what {@link #drain()} has
   * not returned yet, in order.
   */
  public List<Item> finish() {
    if (state != State.BETWEEN) {
      close(Terminator.END_OF_FILE);
    }
    return drain();
  }

  private void start(Token token) {
    int type = token.getType();
    if (type == PlSqlLexer.SEMI) {
      return; // an empty statement
    }
    current = new ArrayList<>();
    current.add(token);
    if (type == PlSqlLexer.DECLARE || type == PlSqlLexer.BEGIN || type == PlSqlLexer.LABEL_START) {
      state = State.PLSQL;
    } else if (type == PlSqlLexer.CREATE) {
      state = State.CREATE_HEAD;
    } else if (type == PlSqlLexer.WITH) {
      state = State.WITH_HEAD;
    } else if (type == PlSqlLexer.SQLPLUS_EXEC) {
      state = State.EXEC;
      execContinued = false;
    } else {
      state = State.SQL;
    }
  }

  private void advance(int type) {
    switch (state) {
      case CREATE_HEAD -> {
        if (isPlsqlUnitKeyword(type)) {
          state = State.PLSQL;
        } else if (!isCreateModifier(type)) {
          state = State.SQL;
          closeOnSemicolon(type);
        }
      }
      case WITH_HEAD -> {
        state =
            type == PlSqlLexer.FUNCTION || type == PlSqlLexer.PROCEDURE ? State.PLSQL : State.SQL;
        closeOnSemicolon(type);
      }
      case SQL, EXEC -> closeOnSemicolon(type);
      default -> {
        // PL/SQL: semicolons belong to the unit
      }
    }
  }

  private void closeOnSemicolon(int type) {
    if (type == PlSqlLexer.SEMI && state != State.PLSQL) {
      close(Terminator.SEMICOLON);
    }
  }

  private boolean startsNewStatement(int type, int previousType) {
    if (type == PlSqlLexer.CREATE) {
      // GRANT CREATE SESSION,\n CREATE TABLE TO ... continues its privilege list
      return previousType != PlSqlLexer.COMMA
          && previousType != PlSqlLexer.GRANT
          && previousType != PlSqlLexer.REVOKE;
    }
    return switch (state) {
      case PLSQL ->
          type == PlSqlLexer.ALTER
              || type == PlSqlLexer.GRANT
              || type == PlSqlLexer.REVOKE
              || type == PlSqlLexer.DROP;
      case SQL -> type == PlSqlLexer.ALTER || type == PlSqlLexer.GRANT || type == PlSqlLexer.REVOKE;
      default -> false;
    };
  }

  private void close(Terminator terminator) {
    Mode mode =
        switch (state) {
          case PLSQL -> Mode.PLSQL;
          case EXEC -> Mode.EXEC;
          default -> Mode.SQL;
        };
    items.add(new Statement(Collections.unmodifiableList(current), mode, terminator));
    lastMode = mode;
    current = null;
    pendingComment = -1;
    state = State.BETWEEN;
  }

  private static boolean isPlsqlUnitKeyword(int type) {
    return type == PlSqlLexer.PROCEDURE
        || type == PlSqlLexer.FUNCTION
        || type == PlSqlLexer.PACKAGE
        || type == PlSqlLexer.TRIGGER
        || type == PlSqlLexer.TYPE
        || type == PlSqlLexer.LIBRARY
        || type == PlSqlLexer.JAVA;
  }

  private static boolean isCreateModifier(int type) {
    return type == PlSqlLexer.OR
        || type == PlSqlLexer.REPLACE
        || type == PlSqlLexer.EDITIONABLE
        || type == PlSqlLexer.NONEDITIONABLE
        || type == PlSqlLexer.EDITIONING
        || type == PlSqlLexer.AND
        || type == PlSqlLexer.RESOLVE
        || type == PlSqlLexer.COMPILE
        || type == PlSqlLexer.NOFORCE
        || type == PlSqlLexer.FORCE
        || type == PlSqlLexer.NO
        || type == PlSqlLexer.PUBLIC
        || type == PlSqlLexer.SHARED;
  }

  private static boolean containsNewline(Token token) {
    String text = token.getText();
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }
}
