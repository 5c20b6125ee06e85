package io.godwit.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.ScriptStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class OracleSplitStatementsTest {

  private final OracleDialect dialect = new OracleDialect();

  @Test
  void sqlEndsAtSemicolonAndPlsqlAtSlash() {
    String script =
        "SET DEFINE OFF\n"
            + "CREATE TABLE t (a NUMBER); -- first\n"
            + "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL; -- ';'\nEND;\n/\n"
            + "INSERT INTO t VALUES (';')\n/\n";
    List<ScriptStatement> statements = dialect.splitStatements(script);
    assertThat(statements)
        .containsExactly(
            new ScriptStatement("CREATE TABLE t (a NUMBER)", 2),
            new ScriptStatement("CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL; -- ';'\nEND;", 3),
            new ScriptStatement("INSERT INTO t VALUES (';')", 8));
  }

  @Test
  void emptyAndCommentOnlyScriptsHaveNoStatements() {
    assertThat(dialect.splitStatements("")).isEmpty();
    assertThat(dialect.splitStatements("-- nothing\n/* here */\n")).isEmpty();
  }
}
