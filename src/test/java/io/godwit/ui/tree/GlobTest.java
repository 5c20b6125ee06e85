package io.godwit.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void plainTextMatchesAnywhereIgnoringCase() {
    Glob g = Glob.of("Order");
    assertThat(g.matches("sales", "v_open_orders")).isTrue();
    assertThat(g.matches("sales", "customers")).isFalse();
  }

  @Test
  void wildcards() {
    assertThat(Glob.of("ord*").matches(null, "orders")).isTrue();
    assertThat(Glob.of("ord*").matches(null, "v_orders")).isFalse();
    assertThat(Glob.of("*_pk").matches(null, "orders_pk")).isTrue();
    assertThat(Glob.of("t?b").matches(null, "tab")).isTrue();
    assertThat(Glob.of("t?b").matches(null, "taab")).isFalse();
    assertThat(Glob.of("a*b*c").matches(null, "axxbyyc")).isTrue();
    assertThat(Glob.of("a*b*c").matches(null, "axxbyy")).isFalse();
  }

  @Test
  void aDotMatchesTheSchemaToo() {
    assertThat(Glob.of("sales.*").matches("sales", "orders")).isTrue();
    assertThat(Glob.of("sales.*").matches("hr", "orders")).isFalse();
  }

  @Test
  void severalPatternsAreAlternatives() {
    Glob g = Glob.of("cust*, inv*");
    assertThat(g.matches(null, "customers")).isTrue();
    assertThat(g.matches(null, "invoices")).isTrue();
    assertThat(g.matches(null, "orders")).isFalse();
  }

  @Test
  void blankMatchesEverything() {
    assertThat(Glob.of("  ").isEmpty()).isTrue();
    assertThat(Glob.of(null).matches(null, "x")).isTrue();
  }
}
