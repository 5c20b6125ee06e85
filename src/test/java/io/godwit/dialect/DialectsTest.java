package io.godwit.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The four products are found through ServiceLoader and chosen by URL. */
class DialectsTest {

  final Dialects dialects = Dialects.discover();

  @Test
  void everyProductIsRegistered() {
    assertThat(dialects.ids()).isEqualTo("mysql, oracle, postgresql, sqlserver");
  }

  @Test
  void urlsChooseTheirProduct() {
    assertThat(dialects.forUrl("jdbc:oracle:thin:@//db:1521/ORCLPDB1").orElseThrow().id())
        .isEqualTo("oracle");
    assertThat(dialects.forUrl("jdbc:sqlserver://db:1433;databaseName=x").orElseThrow().id())
        .isEqualTo("sqlserver");
    assertThat(dialects.forUrl("jdbc:postgresql://db/x").orElseThrow().id())
        .isEqualTo("postgresql");
    assertThat(dialects.forUrl("jdbc:mariadb://db/x").orElseThrow().id()).isEqualTo("mysql");
    assertThat(dialects.forUrl("jdbc:db2://db/x")).isEmpty();
  }

  @Test
  void eachDialectsDriverIsOnTheClassPath() throws Exception {
    for (Dialect d : dialects.all()) {
      assertThat(Class.forName(d.driverClassName())).isNotNull();
    }
  }
}
