package io.godwit.dialect.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.sqlserver.SqlServerNames.Target;
import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synonym names, wrapped expressions and trigger kinds. */
class SqlServerCatalogTextTest {

  @Test
  void multiPartNamesSplitOutsideBracketsAndQuotes() {
    assertThat(SqlServerNames.split("[Remote].[Sales DB].dbo.[Order.Lines]"))
        .containsExactly("Remote", "Sales DB", "dbo", "Order.Lines");
    assertThat(SqlServerNames.split("[a]]b].\"c\"\"d\".e f")).containsExactly("a]b", "c\"d", "ef");
    assertThat(SqlServerNames.split(" dbo . Customer ")).containsExactly("dbo", "Customer");
    assertThat(SqlServerNames.split("db..t")).containsExactly("db", "", "t");
    assertThat(SqlServerNames.split("[Ünïcødé]")).containsExactly("Ünïcødé");
  }

  @Test
  void synonymTargetsAreReadFromTheRight() {
    assertThat(Target.of("[Remote].[Sales DB].[dbo].[Customer]"))
        .isEqualTo(new Target("Remote", "Sales DB", "dbo", "Customer"));
    assertThat(Target.of("[Sales DB].[dbo].[Customer]"))
        .isEqualTo(new Target(null, "Sales DB", "dbo", "Customer"));
    assertThat(Target.of("[Sales DB]..[Customer]"))
        .isEqualTo(new Target(null, "Sales DB", null, "Customer"));
    assertThat(Target.of("[dbo].[select]")).isEqualTo(new Target(null, null, "dbo", "select"));
    assertThat(Target.of("Customer")).isEqualTo(new Target(null, null, null, "Customer"));
  }

  @Test
  void quoting() {
    assertThat(SqlServerNames.quote("a]b")).isEqualTo("[a]]b]");
    assertThat(SqlServerNames.qualified("Sales Dept", "Order")).isEqualTo("[Sales Dept].[Order]");
  }

  @Test
  void enclosingParenthesesAreRemoved() {
    assertThat(SqlServerExpressions.unwrap("((0))")).isEqualTo("0");
    assertThat(SqlServerExpressions.unwrap("(getdate())")).isEqualTo("getdate()");
    assertThat(SqlServerExpressions.unwrap("(N'a (b')")).isEqualTo("N'a (b'");
    assertThat(SqlServerExpressions.unwrap("([qty]>(0))")).isEqualTo("[qty]>(0)");
    assertThat(SqlServerExpressions.unwrap("([a)]+(1))")).isEqualTo("[a)]+(1)");
    assertThat(SqlServerExpressions.unwrap("(1)+(2)")).isEqualTo("(1)+(2)");
    assertThat(SqlServerExpressions.unwrap("  ('x')  ")).isEqualTo("'x'");
    assertThat(SqlServerExpressions.unwrap("([a] IS NOT NULL)")).isEqualTo("[a] IS NOT NULL");
    assertThat(SqlServerExpressions.unwrap("(')'")).isEqualTo("(')'");
    assertThat(SqlServerExpressions.unwrap(null)).isNull();
  }

  @Test
  void dmlTriggersFirePerStatement() {
    assertThat(SqlServerTriggerKind.decode(false, 1, List.of("UPDATE", "INSERT")))
        .isEqualTo(
            new SqlServerTriggerKind(
                TriggerTiming.AFTER,
                List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE),
                TriggerLevel.STATEMENT,
                false));
    assertThat(SqlServerTriggerKind.decode(true, 1, List.of("DELETE")))
        .isEqualTo(
            new SqlServerTriggerKind(
                TriggerTiming.INSTEAD_OF,
                List.of(TriggerEvent.DELETE),
                TriggerLevel.STATEMENT,
                false));
  }

  @Test
  void databaseTriggersAreSystemTriggers() {
    assertThat(SqlServerTriggerKind.decode(false, 0, List.of("CREATE_TABLE", "ALTER_TABLE")))
        .isEqualTo(
            new SqlServerTriggerKind(
                TriggerTiming.AFTER, List.of(TriggerEvent.SYSTEM), TriggerLevel.STATEMENT, true));
    assertThat(SqlServerTriggerKind.decode(false, 0, List.of()).events())
        .containsExactly(TriggerEvent.SYSTEM);
  }
}
