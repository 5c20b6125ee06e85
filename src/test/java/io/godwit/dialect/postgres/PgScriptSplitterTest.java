package io.godwit.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.ScriptStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgScriptSplitterTest {

  @Test
  void splitsAtTopLevelSemicolonsOnly() {
    String script =
        """
        -- a table
        create table t (a text default 'x;y', "b;c" int);

        create function f() returns int language plpgsql as $$
        begin
          return 1; -- inside the body
        end $$;
        create function g() returns text as $body$ select 'a;b' $body$ language sql;
        /* block /* nested; */ still comment; */ select E'it\\'s;' , $1;
        select 1
        """;
    List<ScriptStatement> statements = PgScriptSplitter.split(script);
    assertThat(statements).extracting(ScriptStatement::line).containsExactly(2, 4, 8, 9, 10);
    assertThat(statements.get(0).text())
        .isEqualTo("-- a table\ncreate table t (a text default 'x;y', \"b;c\" int)");
    assertThat(statements.get(1).text()).endsWith("end $$");
    assertThat(statements.get(2).text()).endsWith("$body$ language sql");
    assertThat(statements.get(3).text()).endsWith("select E'it\\'s;' , $1");
    assertThat(statements.get(4).text()).isEqualTo("select 1");
  }

  @Test
  void dropsEmptyAndCommentOnlyStatements() {
    assertThat(PgScriptSplitter.split(";;  -- nothing\n ; /* x */")).isEmpty();
  }

  @Test
  void unterminatedQuotesEndTheScriptInsteadOfFailing() {
    List<ScriptStatement> s = PgScriptSplitter.split("select 'open; select 2");
    assertThat(s).extracting(ScriptStatement::text).containsExactly("select 'open; select 2");
    assertThat(PgScriptSplitter.split("do $$ begin; ")).hasSize(1);
  }
}
