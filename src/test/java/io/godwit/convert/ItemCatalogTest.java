package io.godwit.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.ItemDefinition;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemCatalogTest {

  static final ItemCatalog CATALOG = ItemCatalog.builtIn();

  /** Every code constant a dialect raises must be in the catalog. */
  static List<String> codesOf(String className) throws Exception {
    List<String> codes = new ArrayList<>();
    for (Field f : Class.forName(className).getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        codes.add((String) f.get(null));
      }
    }
    return codes;
  }

  @Test
  void everyRaisedCodeIsDefined() throws Exception {
    for (String holder :
        List.of(
            "io.godwit.dialect.postgres.PgItems",
            "io.godwit.dialect.mysql.MyItems",
            "io.godwit.dialect.oracle.lower.OraItems",
            "io.godwit.dialect.sqlserver.lower.MssItems")) {
      assertThat(codesOf(holder))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(CATALOG.contains(c)).as(c).isTrue());
    }
  }

  @Test
  void definitionsAreComplete() {
    assertThat(CATALOG.all()).hasSizeGreaterThan(20);
    for (ItemDefinition d : CATALOG.all()) {
      assertThat(d.description()).as(d.code()).isNotBlank();
      assertThat(d.recommendation()).as(d.code()).isNotBlank();
      if (d.category() == Category.INFO) {
        assertThat(d.weight()).as(d.code()).isZero();
      } else {
        assertThat(d.weight()).as(d.code()).isPositive();
      }
    }
  }

  @Test
  void recommendationsAreWordedForTheTarget() {
    ItemDefinition rowversion = CATALOG.definition("MSS-1003");
    assertThat(rowversion.recommendation("postgresql")).contains("xmin");
    assertThat(rowversion.recommendation("mysql")).contains("BIGINT").doesNotContain("xmin");
    assertThat(rowversion.recommendation(null)).isEqualTo(rowversion.recommendation());
    // an item without a MySQL wording gives its one recommendation for every target
    ItemDefinition any = CATALOG.definition("MSS-1001");
    assertThat(any.recommendation("mysql")).isEqualTo(any.recommendation());
    for (ItemDefinition d : CATALOG.all()) {
      for (String target : d.recommendations().keySet()) {
        assertThat(target).as(d.code()).isIn("postgresql", "mysql");
        assertThat(d.recommendation(target)).as(d.code()).isNotBlank();
      }
    }
  }
}
