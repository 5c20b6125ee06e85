package io.godwit.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.TargetNaming;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import org.junit.jupiter.api.Test;

class MyNamesTest {

  @Test
  void quotesKeywordsAndUnusualNamesOnly() {
    assertThat(MyNames.quote("employees")).isEqualTo("employees");
    assertThat(MyNames.quote("pkg$member")).isEqualTo("pkg$member");
    assertThat(MyNames.quote("order")).isEqualTo("`order`");
    assertThat(MyNames.quote("Order Lines")).isEqualTo("`Order Lines`");
    assertThat(MyNames.quote("a$$b")).isEqualTo("`a$$b`");
    assertThat(MyNames.quote("ends$")).isEqualTo("`ends$`");
    assertThat(MyNames.quote("we`ird")).isEqualTo("`we``ird`");
    assertThat(MyNames.userVariable("pkg$count")).isEqualTo("@`pkg$count`");
  }

  @Test
  void longNamesAreCutWithoutCollisions() {
    MyNames names = new MyNames(new TargetNaming(64, TargetNaming.CaseRule.LOWER));
    String a = names.ident(Ident.of("A".repeat(70) + "_ONE"));
    String b = names.ident(Ident.of("A".repeat(70) + "_TWO"));
    assertThat(a).hasSizeLessThanOrEqualTo(64).isNotEqualTo(b);
    assertThat(names.qualified(QName.of("HR", "SELECT"))).isEqualTo("hr.`select`");
  }
}
