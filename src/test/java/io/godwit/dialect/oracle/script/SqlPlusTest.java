package io.godwit.dialect.oracle.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL*Plus commands are skipped, never parse failures; those that change the meaning get a note.
 */
class SqlPlusTest {

  private static ParsedScript parse(String text) {
    return new PlSqlScriptParser().parse("install.sql", text);
  }

  private static List<ScriptNote.Kind> noteKinds(ParsedScript script) {
    return script.notes().stream().map(ScriptNote::kind).toList();
  }

  @Test
  void commandsAreSkippedWithoutNotesWhenHarmless() {
    ParsedScript script =
        parse(
            "SET ECHO OFF\nSET LINESIZE 200\nPROMPT Creating the table, don't stop\nREM it's a remark\n"
                + "SPOOL install.log\nCOLUMN name FORMAT A30\nBREAK ON dept\nCOMPUTE SUM OF sal ON dept\n"
                + "TTITLE 'x'\nVARIABLE v NUMBER\nPRINT v\nPAUSE\nCLEAR SCREEN\nDESC t\nSHOW ERRORS\n"
                + "pro abbreviated prompt\nsho err\nCREATE TABLE t (a NUMBER);\nSPOOL OFF\n");
    assertThat(script.statements()).singleElement().satisfies(s -> assertThat(s.parsed()).isTrue());
    assertThat(script.sqlPlusCommands())
        .extracting(SqlPlusCommand::name)
        .containsExactly(
            "SET",
            "SET",
            "PROMPT",
            "REMARK",
            "SPOOL",
            "COLUMN",
            "BREAK",
            "COMPUTE",
            "TTITLE",
            "VARIABLE",
            "PRINT",
            "PAUSE",
            "CLEAR",
            "DESCRIBE",
            "SHOW",
            "PROMPT",
            "SHOW",
            "SPOOL");
    assertThat(script.notes()).isEmpty();
    assertThat(script.sqlPlusCommands().get(2).text())
        .isEqualTo("PROMPT Creating the table, don't stop");
    assertThat(script.sqlPlusCommands().get(2).span().startLine()).isEqualTo(3);
  }

  @Test
  void commandWordsInsideStatementsStaySql() {
    ParsedScript script =
        parse(
            "UPDATE t\nSET a = 1\nWHERE b = 2;\nSELECT *\nFROM t\nSTART WITH a IS NULL\n"
                + "CONNECT BY PRIOR a = b\nORDER BY a\nDESC;\nSET TRANSACTION READ ONLY;\n"
                + "BEGIN\nEXIT;\nEND;\n/\n");
    assertThat(script.failures()).isEmpty();
    assertThat(script.statements()).hasSize(4);
    assertThat(script.sqlPlusCommands()).isEmpty();
  }

  @Test
  void meaningChangingCommandsGetNotes() {
    ParsedScript script =
        parse(
            "WHENEVER SQLERROR EXIT FAILURE\nCONNECT scott/tiger@db\n@create_tables.sql\n@@more.sql\n"
                + "START other.sql\nHOST rm -f x\n!ls\nSET DEFINE OFF\nSET SCAN ON\nSET SQLBLANKLINES ON\n"
                + "CREATE TABLE t (a NUMBER);\n");
    assertThat(noteKinds(script))
        .containsExactly(
            ScriptNote.Kind.ERROR_HANDLING,
            ScriptNote.Kind.CONNECTION_CHANGE,
            ScriptNote.Kind.INCLUDE_NOT_FOLLOWED,
            ScriptNote.Kind.INCLUDE_NOT_FOLLOWED,
            ScriptNote.Kind.INCLUDE_NOT_FOLLOWED,
            ScriptNote.Kind.HOST_COMMAND,
            ScriptNote.Kind.HOST_COMMAND,
            ScriptNote.Kind.SUBSTITUTION_SETTING,
            ScriptNote.Kind.SUBSTITUTION_SETTING,
            ScriptNote.Kind.TERMINATOR_SETTING);
    ScriptNote include = script.notes().get(2);
    assertThat(include.message()).contains("create_tables.sql");
    assertThat(include.span().startLine()).isEqualTo(3);
    assertThat(include.span().startColumn()).isEqualTo(1);
    assertThat(script.sqlPlusCommands().get(3).name()).isEqualTo("@@");
  }

  @Test
  void substitutionVariablesAreNotedWithTheirDefinitions() {
    ParsedScript script =
        parse(
            "DEFINE owner = HR\nDEF tbs = 'USERS'\nACCEPT pw PROMPT 'Password: ' HIDE\n"
                + "CREATE TABLE &owner..t (a NUMBER) TABLESPACE &&tbs;\n"
                + "CREATE USER u IDENTIFIED BY \"&pw\";\n"
                + "INSERT INTO t VALUES ('&unknown');\n"
                + "SET DEFINE OFF\nINSERT INTO t VALUES ('Tom &Jerry');\nSET DEFINE ON\n"
                + "INSERT INTO t VALUES ('a & b');\n");
    assertThat(script.failures()).isEmpty();
    List<ScriptNote> substitutions =
        script.notes().stream()
            .filter(n -> n.kind() == ScriptNote.Kind.SUBSTITUTION_VARIABLE)
            .toList();
    assertThat(substitutions).hasSize(4);
    assertThat(substitutions.get(0).message()).contains("&owner.", "DEFINE OWNER = 'HR'");
    assertThat(substitutions.get(0).span().startLine()).isEqualTo(4);
    assertThat(substitutions.get(0).span().startColumn()).isEqualTo(14);
    assertThat(substitutions.get(1).message()).contains("&&tbs", "'USERS'");
    assertThat(substitutions.get(2).message()).contains("&pw", "run time", "quoted name");
    assertThat(substitutions.get(3).message()).contains("&unknown", "no DEFINE", "string literal");
  }

  @Test
  void execIsKeptAsAStatementIncludingContinuations() {
    ParsedScript script =
        parse(
            "EXEC dbms_output.put_line('a')\nexecute pkg.run(p_a => 1, -\n   p_b => 2)\nexec :x := f(1);\n"
                + "SELECT 1 FROM dual;\n");
    assertThat(script.failures()).isEmpty();
    assertThat(script.statements())
        .extracting(ParsedStatement::kind)
        .containsExactly(
            StatementKind.CALL, StatementKind.CALL, StatementKind.CALL, StatementKind.DML);
    assertThat(script.statements().get(1).text())
        .isEqualTo("execute pkg.run(p_a => 1, -\n   p_b => 2)");
    assertThat(
            script
                .statements()
                .get(1)
                .tree()
                .sqlplus_exec()
                .assignment_or_call_statement()
                .target
                .getText())
        .isEqualTo("pkg.run(p_a=>1,p_b=>2)");
  }

  @Test
  void slashesTerminateUnitsAndNoteReruns() {
    ParsedScript script =
        parse(
            "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;\n/\n"
                + "INSERT INTO t VALUES (1);\n/\n"
                + "BEGIN p; END;\n/\n/\n");
    assertThat(script.failures()).isEmpty();
    assertThat(script.statements()).hasSize(3);
    assertThat(noteKinds(script))
        .containsExactly(ScriptNote.Kind.STATEMENT_RERUN, ScriptNote.Kind.STATEMENT_RERUN);
    assertThat(script.notes()).extracting(n -> n.span().startLine()).containsExactly(7, 10);
    assertThat(script.sqlPlusCommands()).extracting(SqlPlusCommand::name).containsExactly("/", "/");
  }

  @Test
  void exitBeforeTheEndIsNotedOnce() {
    ParsedScript script =
        parse(
            "CREATE TABLE a (x NUMBER);\nEXIT\nCREATE TABLE b (x NUMBER);\nCREATE TABLE c (x NUMBER);\n");
    assertThat(script.statements()).hasSize(3);
    assertThat(noteKinds(script)).containsExactly(ScriptNote.Kind.EXIT_BEFORE_END);
    assertThat(parse("CREATE TABLE a (x NUMBER);\nEXIT;\n").notes()).isEmpty();
  }

  @Test
  void alterSessionCurrentSchemaIsNoted() {
    ParsedScript script =
        parse("ALTER SESSION SET CURRENT_SCHEMA = hr;\nCREATE TABLE t (a NUMBER);\n");
    assertThat(script.statements().get(0).kind()).isEqualTo(StatementKind.ALTER_SESSION);
    assertThat(noteKinds(script)).containsExactly(ScriptNote.Kind.SCHEMA_CHANGE);
  }
}
