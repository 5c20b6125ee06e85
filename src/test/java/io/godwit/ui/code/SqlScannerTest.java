package io.godwit.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlScannerTest {

  /** "TYPE:text" for every token. */
  static List<String> scan(SqlLanguage lang, String text) {
    return new SqlScanner(lang)
        .scan(text).stream()
            .map(t -> t.type() + ":" + text.substring(t.start(), t.end()))
            .collect(Collectors.toList());
  }

  @Test
  void oracleKeywordsStringsCommentsNumbersAndBinds() {
    String sql = "SELECT NVL(a, 'it''s') -- note\nFROM t WHERE x = :NEW.id AND y > 1.5e3 /* c */;";
    assertThat(scan(SqlLanguage.ORACLE, sql))
        .containsExactly(
            "KEYWORD:SELECT",
            "FUNCTION_NAME:NVL",
            "OPERATOR:(",
            "IDENTIFIER:a",
            "OPERATOR:,",
            "STRING:'it''s'",
            "OPERATOR:)",
            "COMMENT:-- note",
            "KEYWORD:FROM",
            "IDENTIFIER:t",
            "KEYWORD:WHERE",
            "IDENTIFIER:x",
            "OPERATOR:=",
            "VARIABLE::NEW",
            "OPERATOR:.",
            "IDENTIFIER:id",
            "KEYWORD:AND",
            "IDENTIFIER:y",
            "OPERATOR:>",
            "NUMBER:1.5e3",
            "COMMENT:/* c */",
            "OPERATOR:;");
  }

  @Test
  void oracleAlternativeQuotingAndTypes() {
    assertThat(scan(SqlLanguage.ORACLE, "v VARCHAR2(10) := q'[it's]';"))
        .contains("TYPE:VARCHAR2", "STRING:q'[it's]'", "NUMBER:10");
  }

  @Test
  void tsqlBracketsVariablesNationalStringsAndTempTables() {
    assertThat(scan(SqlLanguage.SQLSERVER, "SELECT [Order ID], @x, @@ROWCOUNT, N'é' FROM #tmp"))
        .containsExactly(
            "KEYWORD:SELECT",
            "QUOTED_IDENTIFIER:[Order ID]",
            "OPERATOR:,",
            "VARIABLE:@x",
            "OPERATOR:,",
            "VARIABLE:@@ROWCOUNT",
            "OPERATOR:,",
            "STRING:N'é'",
            "KEYWORD:FROM",
            "IDENTIFIER:#tmp");
  }

  @Test
  void tsqlBlockCommentsNest() {
    assertThat(scan(SqlLanguage.SQLSERVER, "/* a /* b */ c */ GO"))
        .containsExactly("COMMENT:/* a /* b */ c */", "KEYWORD:GO");
  }

  @Test
  void postgresDollarQuotesKeepTheBodyAsCode() {
    assertThat(scan(SqlLanguage.POSTGRESQL, "AS $body$ BEGIN RETURN $1; END $body$"))
        .containsExactly(
            "KEYWORD:AS",
            "STRING:$body$",
            "KEYWORD:BEGIN",
            "KEYWORD:RETURN",
            "VARIABLE:$1",
            "OPERATOR:;",
            "KEYWORD:END",
            "STRING:$body$");
  }

  @Test
  void postgresCastsAndEscapeStrings() {
    assertThat(scan(SqlLanguage.POSTGRESQL, "x::numeric, E'a\\'b'"))
        .containsExactly(
            "IDENTIFIER:x",
            "OPERATOR::",
            "OPERATOR::",
            "TYPE:numeric",
            "OPERATOR:,",
            "STRING:E'a\\'b'");
  }

  @Test
  void mysqlBackticksHashCommentsAndDoubleQuotedStrings() {
    assertThat(scan(SqlLanguage.MYSQL, "SELECT `id`, \"text\" # c\nFROM t"))
        .containsExactly(
            "KEYWORD:SELECT",
            "QUOTED_IDENTIFIER:`id`",
            "OPERATOR:,",
            "STRING:\"text\"",
            "COMMENT:# c",
            "KEYWORD:FROM",
            "IDENTIFIER:t");
  }

  @Test
  void unterminatedRunsToTheEndWithoutFailing() {
    assertThat(scan(SqlLanguage.ORACLE, "x := 'open")).endsWith("STRING:'open");
    assertThat(scan(SqlLanguage.POSTGRESQL, "/* open")).containsExactly("COMMENT:/* open");
    assertThat(scan(SqlLanguage.SQLSERVER, "[open")).containsExactly("QUOTED_IDENTIFIER:[open");
  }

  @Test
  void tokensCoverTheTextInOrderWithoutOverlap() {
    String sql = "CREATE OR REPLACE PACKAGE BODY p AS g NUMBER := 0; END p;\n/";
    List<Token> tokens = new SqlScanner(SqlLanguage.ORACLE).scan(sql);
    int at = 0;
    for (Token t : tokens) {
      assertThat(t.start()).isGreaterThanOrEqualTo(at);
      assertThat(t.end()).isGreaterThan(t.start());
      at = t.end();
    }
    assertThat(at).isEqualTo(sql.length());
  }

  @Test
  void aFunctionNameNeedsAParenthesis() {
    assertThat(scan(SqlLanguage.ORACLE, "count COUNT(*)"))
        .containsExactly(
            "IDENTIFIER:count", "FUNCTION_NAME:COUNT", "OPERATOR:(", "OPERATOR:*", "OPERATOR:)");
  }
}
