package io.godwit.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.ScriptStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlScriptSplitterTest {

  @Test
  void followsDelimiterLines() {
    String script =
        """
        create table t (a varchar(10) default 'x;y', `b;c` int); # comment;
        DELIMITER $$
        create procedure p()
        begin
          select 'a\\';b'; -- semicolons inside
        end$$
        DELIMITER ;
        insert into t values ('1;2', 3);
        """;
    List<ScriptStatement> statements = MySqlScriptSplitter.split(script);
    assertThat(statements).extracting(ScriptStatement::line).containsExactly(1, 3, 8);
    assertThat(statements.get(0).text())
        .isEqualTo("create table t (a varchar(10) default 'x;y', `b;c` int)");
    assertThat(statements.get(1).text())
        .startsWith("create procedure p()")
        .endsWith("end")
        .contains("select 'a\\';b';");
    assertThat(statements.get(2).text()).isEqualTo("insert into t values ('1;2', 3)");
  }

  @Test
  void delimiterWordInsideAStatementIsNotACommand() {
    List<ScriptStatement> s =
        MySqlScriptSplitter.split("select 1 as x,\ndelimiter from t;\nselect 2;");
    assertThat(s)
        .extracting(ScriptStatement::text)
        .containsExactly("select 1 as x,\ndelimiter from t", "select 2");
  }
}
