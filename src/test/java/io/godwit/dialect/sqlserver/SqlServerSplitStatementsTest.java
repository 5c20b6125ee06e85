package io.godwit.dialect.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.ScriptStatement;
import org.junit.jupiter.api.Test;

class SqlServerSplitStatementsTest {

  private final SqlServerDialect dialect = new SqlServerDialect();

  @Test
  void batchesEndAtGoLinesAndCountsRepeatThem() {
    String script =
        "CREATE TABLE t (a int);\nGO\n"
            + "INSERT INTO t VALUES (1); -- GO here is a comment\nGO 2\n"
            + "SELECT 'GO\nGO' AS x\n";
    assertThat(dialect.splitStatements(script))
        .containsExactly(
            new ScriptStatement("CREATE TABLE t (a int);", 1),
            new ScriptStatement("INSERT INTO t VALUES (1); -- GO here is a comment", 3),
            new ScriptStatement("INSERT INTO t VALUES (1); -- GO here is a comment", 3),
            new ScriptStatement("SELECT 'GO\nGO' AS x", 5));
  }

  @Test
  void blankBatchesAreDropped() {
    assertThat(dialect.splitStatements("GO\n\nGO\n")).isEmpty();
  }
}
