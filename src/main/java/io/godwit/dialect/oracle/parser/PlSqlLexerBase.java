package io.godwit.dialect.oracle.parser;

import java.util.Locale;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * What the generated lexer cannot say with rules: SQL*Plus command lines (only between statements,
 * so {@code UPDATE t\nSET x = 1} stays SQL), the {@code /} line, the SQL*Plus EXECUTE command, and
 * {@code q'[...]'} strings with any delimiter. Every token also goes through a {@link
 * ScriptFramer}, which splits the script into statements.
 *
 * <p>All state is per instance; a lexer reads one script.
 */
public abstract class PlSqlLexerBase extends Lexer {

  private static final int NO_FAILURE = Integer.MAX_VALUE;

  private final ScriptFramer framer = new ScriptFramer();

  /**
   * For each closing delimiter of a q-string, the earliest input index from which no "delimiter
   * then quote" follows, so that unterminated q-strings cost linear time in total.
   */
  private final java.util.Map<Integer, Integer> unterminatedQuoteFrom = new java.util.HashMap<>();

  protected PlSqlLexerBase(CharStream input) {
    super(input);
  }

  /** The statements and SQL*Plus commands read so far. */
  public ScriptFramer framer() {
    return framer;
  }

  @Override
  public Token nextToken() {
    Token token = special();
    if (token == null) {
      token = super.nextToken();
    }
    framer.accept(token, getLine());
    return token;
  }

  private Token special() {
    CharStream in = _input;
    int c = in.LA(1);
    if (c == CharStream.EOF) {
      return null;
    }
    if ((c == '/' || framer.betweenStatements()) && atLineStart()) {
      if (c == '/' && restOfLineIsBlank(2)) {
        return make(PlSqlLexer.SLASH_TERMINATOR, Token.DEFAULT_CHANNEL, 1);
      }
      if (framer.betweenStatements()) {
        Token command = sqlPlusCommand();
        if (command != null) {
          return command;
        }
      }
    }
    if (c == '-' && framer.inExecCommand() && restOfLineIsBlank(2)) {
      return make(PlSqlLexer.SQLPLUS_CONTINUATION, Token.HIDDEN_CHANNEL, 1);
    }
    if (c == 'q' || c == 'Q') {
      return quotedString(1, PlSqlLexer.Q_STRING);
    }
    if ((c == 'n' || c == 'N') && (in.LA(2) == 'q' || in.LA(2) == 'Q')) {
      return quotedString(2, PlSqlLexer.NQ_STRING);
    }
    return null;
  }

  /** Whether only blanks precede the current position on its line. */
  private boolean atLineStart() {
    for (int i = 1; ; i++) {
      int c = _input.LA(-i);
      if (c == CharStream.EOF || c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\f' && c != 0xA0 && c != 0xFEFF) {
        return false;
      }
    }
  }

  /** Whether everything from LA(from) to the end of the line is blank. */
  private boolean restOfLineIsBlank(int from) {
    for (int i = from; ; i++) {
      int c = _input.LA(i);
      if (c == CharStream.EOF || c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\f') {
        return false;
      }
    }
  }

  private Token sqlPlusCommand() {
    int c = _input.LA(1);
    String command;
    if (c == '@') {
      command =
          _input.LA(2) == '@' ? SqlPlusCommands.RUN_NESTED_SCRIPT : SqlPlusCommands.RUN_SCRIPT;
    } else if (c == '!') {
      command = SqlPlusCommands.HOST_SHORTHAND;
    } else {
      int length = 0;
      StringBuilder word = new StringBuilder();
      while (isAsciiLetter(_input.LA(length + 1)) && length < 16) {
        word.append((char) _input.LA(length + 1));
        length++;
      }
      int after = _input.LA(length + 1);
      if (length == 0 || !(isBlank(after) || after == ';' || after == CharStream.EOF)) {
        return null;
      }
      command = SqlPlusCommands.canonical(word.toString());
      if (command == null || (command.equals("SET") && setIsSql(length + 1))) {
        return null;
      }
      if (command.equals("EXECUTE")) {
        return make(PlSqlLexer.SQLPLUS_EXEC, Token.DEFAULT_CHANNEL, length);
      }
    }
    return make(PlSqlLexer.SQLPLUS_COMMAND, Token.HIDDEN_CHANNEL, commandLength(command));
  }

  /** SET TRANSACTION, SET ROLE and SET CONSTRAINT(S) are SQL statements. */
  private boolean setIsSql(int from) {
    int i = from;
    while (_input.LA(i) == ' ' || _input.LA(i) == '\t') {
      i++;
    }
    StringBuilder word = new StringBuilder();
    while (isAsciiLetter(_input.LA(i)) && word.length() < 16) {
      word.append((char) _input.LA(i));
      i++;
    }
    String next = word.toString().toUpperCase(Locale.ROOT);
    return next.equals("TRANSACTION")
        || next.equals("ROLE")
        || next.equals("CONSTRAINT")
        || next.equals("CONSTRAINTS");
  }

  /** The length of a command's text: to the end of its line, following hyphen continuations. */
  private int commandLength(String command) {
    boolean continues = !SqlPlusCommands.endsAtLineEnd(command);
    int i = 1;
    int lastNonBlank = 0;
    while (true) {
      int c = _input.LA(i);
      if (c == CharStream.EOF) {
        return lastNonBlank;
      }
      if (c == '\n' || c == '\r') {
        if (continues && lastNonBlank > 0 && _input.LA(lastNonBlank) == '-') {
          if (c == '\r' && _input.LA(i + 1) == '\n') {
            i++;
          }
          i++;
          continue;
        }
        return lastNonBlank;
      }
      if (!isBlank(c)) {
        lastNonBlank = i;
      }
      i++;
    }
  }

  /**
   * A q-quoted string: {@code q'[...]'}, {@code q'{...}'}, {@code q'<...>'}, {@code q'(...)'} or
   * {@code q'x...x'} for any other character x. Returns null (the ordinary rules apply) when it is
   * not one or never ends.
   */
  private Token quotedString(int quoteOffset, int type) {
    if (_input.LA(quoteOffset + 1) != '\'') {
      return null;
    }
    int open = _input.LA(quoteOffset + 2);
    if (open == CharStream.EOF || isBlank(open) || open == '\n' || open == '\r') {
      return null;
    }
    int close =
        switch (open) {
          case '[' -> ']';
          case '(' -> ')';
          case '{' -> '}';
          case '<' -> '>';
          default -> open;
        };
    int from = _input.index();
    Integer knownFailure = unterminatedQuoteFrom.getOrDefault(close, NO_FAILURE);
    if (from >= knownFailure) {
      return null;
    }
    for (int i = quoteOffset + 3; ; i++) {
      int c = _input.LA(i);
      if (c == CharStream.EOF) {
        unterminatedQuoteFrom.put(close, from);
        return null;
      }
      if (c == close && _input.LA(i + 1) == '\'') {
        return make(type, Token.DEFAULT_CHANNEL, i + 1);
      }
    }
  }

  /** Consumes {@code length} characters as one token. */
  private Token make(int type, int channel, int length) {
    int start = _input.index();
    int line = getLine();
    int column = getCharPositionInLine();
    for (int i = 0; i < length; i++) {
      getInterpreter().consume(_input);
    }
    Token token =
        _factory.create(
            _tokenFactorySourcePair, type, null, channel, start, _input.index() - 1, line, column);
    emit(token);
    return token;
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
  }
}
