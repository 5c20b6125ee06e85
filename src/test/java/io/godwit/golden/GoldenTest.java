package io.godwit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConversionResult;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Converts every golden case and compares the objects and items with the expectations beside it.
 * The converted SQL is executed on the real target by {@link GoldenExecutionIT}.
 */
class GoldenTest {

  static List<Golden.Case> oraclePostgres() {
    return Golden.cases("oracle", "postgresql");
  }

  static List<Golden.Case> oracleMysql() {
    return Golden.cases("oracle", "mysql");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oraclePostgres")
  void oracleToPostgres(Golden.Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracleMysql")
  void oracleToMysql(Golden.Case c) {
    check(c);
  }

  static List<Golden.Case> sqlServerPostgres() {
    return Golden.cases("sqlserver", "postgresql");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sqlServerPostgres")
  void sqlServerToPostgres(Golden.Case c) {
    check(c);
  }

  static List<Golden.Case> sqlServerMysql() {
    return Golden.cases("sqlserver", "mysql");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sqlServerMysql")
  void sqlServerToMysql(Golden.Case c) {
    check(c);
  }

  static void check(Golden.Case c) {
    ConversionResult r = Golden.convert(c);
    String objects = Golden.objectsText(r);
    String items = Golden.itemsText(r);
    if (Golden.updating()) {
      Golden.write(c.dir().resolve("expected.sql"), objects);
      Golden.write(c.dir().resolve("expected-items.txt"), items);
      return;
    }
    assertThat(objects)
        .as("converted objects of %s (GODWIT_GOLDEN_UPDATE=1 rewrites)", c)
        .isEqualTo(Golden.read(c.dir().resolve("expected.sql")));
    assertThat(items)
        .as("action items of %s (GODWIT_GOLDEN_UPDATE=1 rewrites)", c)
        .isEqualTo(Golden.read(c.dir().resolve("expected-items.txt")));
  }
}
