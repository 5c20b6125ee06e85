package io.godwit.dialect.oracle.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Statements are framed the way SQL*Plus reads a script. */
class ScriptFramerTest {

  private static List<ScriptFramer.Item> frame(String text) {
    PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString(text));
    while (lexer.nextToken().getType() != Token.EOF) {
      // the framer follows the lexer
    }
    return lexer.framer().finish();
  }

  /** Each statement as its default-channel text joined by spaces. */
  private static List<String> statements(String text) {
    return frame(text).stream()
        .filter(i -> i instanceof ScriptFramer.Statement)
        .map(
            i ->
                ((ScriptFramer.Statement) i)
                    .tokens().stream()
                        .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
                        .map(Token::getText)
                        .collect(Collectors.joining(" ")))
        .toList();
  }

  @Test
  void sqlEndsAtSemicolonsPlsqlAtSlashes() {
    List<ScriptFramer.Item> items =
        frame(
            "SELECT 1 FROM dual; SELECT 2 FROM dual\n/\nBEGIN a; b; END;\n/\nCREATE TYPE t AS TABLE OF NUMBER;\n/\n");
    List<ScriptFramer.Statement> statements =
        items.stream()
            .filter(i -> i instanceof ScriptFramer.Statement)
            .map(i -> (ScriptFramer.Statement) i)
            .toList();
    assertThat(statements)
        .extracting(ScriptFramer.Statement::mode)
        .containsExactly(
            ScriptFramer.Mode.SQL,
            ScriptFramer.Mode.SQL,
            ScriptFramer.Mode.PLSQL,
            ScriptFramer.Mode.PLSQL);
    assertThat(statements)
        .extracting(ScriptFramer.Statement::terminator)
        .containsExactly(
            ScriptFramer.Terminator.SEMICOLON,
            ScriptFramer.Terminator.SLASH,
            ScriptFramer.Terminator.SLASH,
            ScriptFramer.Terminator.SLASH);
    assertThat(statements.get(2).tokens())
        .extracting(Token::getText)
        .contains(";")
        .doesNotContain("/");
  }

  @Test
  void unitsWithoutSlashesEndAtTheNextCreate() {
    assertThat(
            statements(
                "  CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END;\n"
                    + "  CREATE OR REPLACE TYPE t AS OBJECT (a NUMBER)\n"
                    + "  CREATE TABLE x (a NUMBER)\n"
                    + "ALTER TRIGGER tr ENABLE\n"
                    + "  COMMENT ON TABLE x IS 'c'\n"
                    + "  GRANT SELECT ON x TO y\n"))
        .containsExactly(
            "CREATE OR REPLACE PROCEDURE p IS BEGIN NULL ; END ;",
            "CREATE OR REPLACE TYPE t AS OBJECT ( a NUMBER )",
            "CREATE TABLE x ( a NUMBER )",
            "ALTER TRIGGER tr ENABLE",
            "COMMENT ON TABLE x IS 'c'",
            "GRANT SELECT ON x TO y");
  }

  @Test
  void aLineStartingWithCommentSplitsOnlyBeforeOn() {
    assertThat(
            statements(
                "CREATE FUNCTION f RETURN NUMBER IS\n  comment NUMBER;\nBEGIN\n  comment := 1;\n"
                    + "  RETURN comment;\nEND;\nCOMMENT ON TABLE t IS 'x'\n"))
        .hasSize(2)
        .last()
        .isEqualTo("COMMENT ON TABLE t IS 'x'");
  }

  @Test
  void grantListsContinueOverCreateLines() {
    assertThat(
            statements(
                "GRANT CREATE SESSION,\n  CREATE TABLE,\n  CREATE VIEW TO app;\nCREATE TABLE t (a NUMBER);"))
        .containsExactly(
            "GRANT CREATE SESSION , CREATE TABLE , CREATE VIEW TO app ;",
            "CREATE TABLE t ( a NUMBER ) ;");
  }

  @Test
  void sqlPlusCommandsOnlyBetweenStatements() {
    List<ScriptFramer.Item> items = frame("SET ECHO ON\nUPDATE t\nSET a = 1;\nSHOW ERRORS\n");
    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isInstanceOf(ScriptFramer.Command.class);
    assertThat(items.get(1)).isInstanceOf(ScriptFramer.Statement.class);
    assertThat(((ScriptFramer.Command) items.get(2)).token().getText()).isEqualTo("SHOW ERRORS");
  }

  @Test
  void withFunctionIsPlsql() {
    assertThat(
            statements(
                "WITH FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;\nSELECT f FROM dual;\n/\n"))
        .hasSize(1);
  }

  @Test
  void execEndsAtTheEndOfItsLine() {
    assertThat(statements("EXEC p(1)\nEXEC q(1, -\n 2)\nSELECT 1 FROM dual;"))
        .containsExactly("EXEC p ( 1 )", "EXEC q ( 1 , 2 )", "SELECT 1 FROM dual ;");
  }
}
