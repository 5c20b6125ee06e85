package io.godwit.dialect.oracle.script;

import io.godwit.dialect.oracle.parser.PlSqlLexer;
import io.godwit.dialect.oracle.parser.SqlPlusCommands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Follows the SQL*Plus state of a script (DEFINE values, SET DEFINE / SCAN, EXIT) in script order
 * and writes a note wherever skipping a command or leaving a substitution variable in place changes
 * what the script means.
 */
final class SqlPlusNotes {

  private static final String AT_RUN_TIME = "entered at run time (ACCEPT)";

  private final SourceText source;
  private final List<ScriptNote> notes = new ArrayList<>();
  private final List<SqlPlusCommand> commands = new ArrayList<>();
  private final Map<String, String> defines = new HashMap<>();
  private boolean substitutionOn = true;
  private SqlPlusCommand exit;
  private boolean exitNoted;

  SqlPlusNotes(SourceText source) {
    this.source = source;
  }

  List<ScriptNote> notes() {
    return notes;
  }

  List<SqlPlusCommand> commands() {
    return commands;
  }

  /** A {@code /} between statements. */
  void slash(Token token, boolean rerunsPrevious) {
    SqlPlusCommand command = new SqlPlusCommand("/", "/", source.span(token));
    commands.add(command);
    if (rerunsPrevious) {
      add(
          ScriptNote.Kind.STATEMENT_RERUN,
          "this / runs the statement before it a second time (it already ran)",
          command);
    }
  }

  /** A SQL*Plus command line. */
  void command(Token token) {
    String text = source.text(token);
    Words words = new Words(text);
    String first = words.next();
    if (first.endsWith(";")) {
      first = first.substring(0, first.length() - 1);
    }
    String name;
    String argument;
    if (first.startsWith("@@")) {
      name = SqlPlusCommands.RUN_NESTED_SCRIPT;
      argument = text.substring(2).trim();
    } else if (first.startsWith("@")) {
      name = SqlPlusCommands.RUN_SCRIPT;
      argument = text.substring(1).trim();
    } else if (first.startsWith("!")) {
      name = SqlPlusCommands.HOST_SHORTHAND;
      argument = text.substring(1).trim();
    } else {
      String canonical = SqlPlusCommands.canonical(first);
      name = canonical == null ? first.toUpperCase(Locale.ROOT) : canonical;
      argument = words.rest();
    }
    if (argument.endsWith(";")) {
      argument = argument.substring(0, argument.length() - 1).trim();
    }
    SqlPlusCommand command = new SqlPlusCommand(name, text, source.span(token));
    commands.add(command);
    switch (name) {
      case "@", "@@", "START" ->
          add(
              ScriptNote.Kind.INCLUDE_NOT_FOLLOWED,
              "the script '"
                  + firstWord(argument)
                  + "' is run here but was not read; convert it too",
              command);
      case "WHENEVER" ->
          add(
              ScriptNote.Kind.ERROR_HANDLING,
              "WHENEVER " + argument + ": SQL*Plus error handling is not part of the conversion",
              command);
      case "CONNECT", "DISCONNECT" ->
          add(
              ScriptNote.Kind.CONNECTION_CHANGE,
              name + " changes the session user: objects after it may belong to another schema",
              command);
      case "HOST", "!" ->
          add(
              ScriptNote.Kind.HOST_COMMAND,
              "operating-system command skipped: " + argument,
              command);
      case "EXIT", "QUIT" -> {
        if (exit == null) {
          exit = command;
        }
      }
      case "DEFINE" -> define(argument);
      case "UNDEFINE" -> {
        Words names = new Words(argument);
        for (String n = names.next(); !n.isEmpty(); n = names.next()) {
          defines.remove(n.toUpperCase(Locale.ROOT));
        }
      }
      case "ACCEPT" -> {
        String variable = new Words(argument).next();
        if (!variable.isEmpty()) {
          defines.put(variable.toUpperCase(Locale.ROOT), AT_RUN_TIME);
        }
      }
      case "SET" -> set(argument, command);
      default -> {
        // PROMPT, REMARK, SPOOL, COLUMN, SHOW ERRORS, ...: no effect on the statements
      }
    }
  }

  /** A statement: notes for substitution variables in it, and for what EXIT already stopped. */
  void statement(List<Token> tokens, StatementHeader header) {
    if (exit != null && !exitNoted) {
      exitNoted = true;
      add(
          ScriptNote.Kind.EXIT_BEFORE_END,
          exit.name() + " ends the script in SQL*Plus; the statements after it would not run",
          exit);
    }
    for (Token token : tokens) {
      int type = token.getType();
      if (type == PlSqlLexer.SUBSTITUTION_VARIABLE) {
        substitution(token, source.text(token));
      } else if (substitutionOn && (isStringLiteral(type) || type == PlSqlLexer.DELIMITED_ID)) {
        String text = source.text(token);
        int ampersand = variableInString(text, 0);
        while (ampersand >= 0) {
          int end = ampersand + 1;
          while (end < text.length() && text.charAt(end) == '&') {
            end++;
          }
          while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
          }
          int start = source.offset(token.getStartIndex()) + ampersand;
          addAt(
              ScriptNote.Kind.SUBSTITUTION_VARIABLE,
              substitutionMessage(text.substring(ampersand, end))
                  + (type == PlSqlLexer.DELIMITED_ID
                      ? " (inside a quoted name)"
                      : " (inside a string literal)"),
              start,
              start + end - ampersand);
          ampersand = variableInString(text, end);
        }
      }
    }
    if (header.kind() == StatementKind.ALTER_SESSION && setsCurrentSchema(tokens)) {
      notes.add(
          new ScriptNote(
              ScriptNote.Kind.SCHEMA_CHANGE,
              "ALTER SESSION SET CURRENT_SCHEMA: unqualified names after it belong to that schema",
              source.span(tokens.get(0), tokens.get(tokens.size() - 1))));
    }
  }

  private void substitution(Token token, String text) {
    String message =
        substitutionOn
            ? substitutionMessage(text)
            : text + " is left as written: substitution is off (SET DEFINE OFF)";
    notes.add(new ScriptNote(ScriptNote.Kind.SUBSTITUTION_VARIABLE, message, source.span(token)));
  }

  private String substitutionMessage(String variable) {
    int start = 0;
    while (start < variable.length() && variable.charAt(start) == '&') {
      start++;
    }
    int end = start;
    while (end < variable.length() && isNameChar(variable.charAt(end))) {
      end++;
    }
    String name = variable.substring(start, end).toUpperCase(Locale.ROOT);
    String value = defines.get(name);
    String known =
        value == null
            ? "no DEFINE for it precedes it in this script"
            : value.equals(AT_RUN_TIME)
                ? "its value is " + value
                : "DEFINE " + name + " = '" + value + "'";
    return "substitution variable " + variable + " was not replaced (" + known + ")";
  }

  private void define(String argument) {
    int i = 0;
    while (i < argument.length() && isNameChar(argument.charAt(i))) {
      i++;
    }
    String name = argument.substring(0, i).toUpperCase(Locale.ROOT);
    String rest = argument.substring(i).trim();
    if (name.isEmpty() || !rest.startsWith("=")) {
      return; // DEFINE alone, or DEFINE name: they only list values
    }
    String value = rest.substring(1).trim();
    if (value.length() >= 2
        && (value.charAt(0) == '\'' || value.charAt(0) == '"')
        && value.indexOf(value.charAt(0), 1) > 0) {
      value = value.substring(1, value.indexOf(value.charAt(0), 1));
    }
    defines.put(name, value);
  }

  private void set(String argument, SqlPlusCommand command) {
    Words words = new Words(argument);
    String option = words.next().toUpperCase(Locale.ROOT);
    String value = words.next().toUpperCase(Locale.ROOT);
    if (abbreviates(option, "DEFINE", 3) || abbreviates(option, "SCAN", 3)) {
      substitutionOn = !value.equals("OFF");
      add(
          ScriptNote.Kind.SUBSTITUTION_SETTING,
          "SET "
              + argument
              + ": substitution is "
              + (substitutionOn ? "on" : "off")
              + " after this line",
          command);
    } else if (abbreviates(option, "ESCAPE", 3) || abbreviates(option, "CONCAT", 3)) {
      add(
          ScriptNote.Kind.SUBSTITUTION_SETTING,
          "SET " + argument + " changes how substitution variables are written",
          command);
    } else if (abbreviates(option, "SQLBLANKLINES", 5)
        || abbreviates(option, "SQLTERMINATOR", 4)
        || abbreviates(option, "BLOCKTERMINATOR", 3)
        || abbreviates(option, "CMDSEP", 4)) {
      add(
          ScriptNote.Kind.TERMINATOR_SETTING,
          "SET "
              + argument
              + " changes where statements end; statements were framed the default way",
          command);
    }
  }

  private void add(ScriptNote.Kind kind, String message, SqlPlusCommand command) {
    notes.add(new ScriptNote(kind, message, command.span()));
  }

  private void addAt(ScriptNote.Kind kind, String message, int start, int end) {
    notes.add(new ScriptNote(kind, message, source.span(start, end)));
  }

  private static boolean setsCurrentSchema(List<Token> tokens) {
    for (Token token : tokens) {
      if (token.getType() == PlSqlLexer.REGULAR_ID
          && token.getText().equalsIgnoreCase("CURRENT_SCHEMA")) {
        return true;
      }
    }
    return false;
  }

  private static boolean abbreviates(String word, String option, int shortest) {
    return word.length() >= shortest && option.startsWith(word);
  }

  private static boolean isStringLiteral(int type) {
    return type == PlSqlLexer.CHAR_STRING
        || type == PlSqlLexer.NCHAR_STRING
        || type == PlSqlLexer.Q_STRING
        || type == PlSqlLexer.NQ_STRING;
  }

  /** The index of the next {@code &name} in a string literal, or -1. */
  private static int variableInString(String text, int from) {
    for (int i = text.indexOf('&', from); i >= 0; i = text.indexOf('&', i + 1)) {
      int j = i + 1;
      if (j < text.length() && text.charAt(j) == '&') {
        j++;
      }
      if (j < text.length() && isNameChar(text.charAt(j))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
  }

  private static String firstWord(String text) {
    return new Words(text).next();
  }

  /** Splits a command line into blank-separated words, one at a time. */
  private static final class Words {
    private final String text;
    private int position;

    Words(String text) {
      this.text = text;
    }

    String next() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
      int start = position;
      while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
        position++;
      }
      return text.substring(start, position);
    }

    String rest() {
      return text.substring(Math.min(position, text.length())).trim();
    }
  }
}
