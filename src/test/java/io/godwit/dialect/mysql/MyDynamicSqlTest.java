package io.godwit.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyDynamicSqlTest {

  @Test
  void placeholdersOutsideQuotesBecomeQuestionMarks() {
    assertThat(MyDynamicSql.rewrite("select a from t where b = :b and c = :1 and d = ':x'"))
        .isEqualTo("select a from t where b = ? and c = ? and d = ':x'");
    assertThat(MyDynamicSql.rewrite("select '::' || :p_name, \"a:b\" from dual"))
        .isEqualTo("select '::' || ?, \"a:b\" from dual");
    assertThat(MyDynamicSql.rewrite("x := 1")).isEqualTo("x := 1");
  }
}
