package io.godwit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogIndexTest {

  static Table table(String name) {
    return new Table(name, null, List.of(), null, null, null, null, null, null);
  }

  static Schema schema(String name, List<Table> tables, List<Synonym> synonyms) {
    return new Schema(
        name,
        tables,
        null,
        null,
        null,
        null,
        List.of(new DbPackage(name + "_API", "spec", null, null)),
        null,
        synonyms,
        List.of(new UserType("ADDRESS_T", TypeKind.OBJECT, null, null, null, null, null, null)),
        null);
  }

  static final Table HR_EMP = table("EMP");
  static final Table SALES_EMP = table("emp");
  static final Synonym HR_SYN = new Synonym("STAFF", false, "HR", "EMP", null, null, null);
  static final Synonym PUBLIC_SYN = new Synonym("STAFF", true, "SALES", "EMP", null, null, null);
  static final Database DB =
      new Database(
          "oracle",
          "19",
          "orcl",
          List.of(
              schema("HR", List.of(HR_EMP, table("DEPT")), List.of(HR_SYN)),
              schema("SALES", List.of(SALES_EMP), List.of(PUBLIC_SYN))));

  @Test
  void tablesAreFoundWithoutCaseInTheirSchemaOrFirstInCatalogOrder() {
    CatalogIndex index = CatalogIndex.of(DB);
    assertThat(index.table("hr", "emp")).isSameAs(HR_EMP);
    assertThat(index.table("Sales", "EMP")).isSameAs(SALES_EMP);
    assertThat(index.table(null, "Emp")).isSameAs(HR_EMP);
    assertThat(index.table("SALES", "DEPT")).isNull();
    assertThat(index.table("NOPE", "EMP")).isNull();
    assertThat(index.table("HR", null)).isNull();
  }

  @Test
  void typesPackagesAndSynonymsKeepTheirSchemaAndOrder() {
    CatalogIndex index = CatalogIndex.of(DB);
    assertThat(index.types("address_t"))
        .extracting(found -> found.schema().name())
        .containsExactly("HR", "SALES");
    assertThat(index.hasPackage("hr_api")).isTrue();
    assertThat(index.hasPackage("HR")).isFalse();
    assertThat(index.hasPackage(null)).isFalse();
    assertThat(index.synonyms("staff"))
        .extracting(CatalogIndex.InSchema::object)
        .containsExactly(HR_SYN, PUBLIC_SYN);
    assertThat(index.synonyms("other")).isEmpty();
  }

  @Test
  void noCatalogFindsNothing() {
    CatalogIndex index = CatalogIndex.of(null);
    assertThat(index.table(null, "EMP")).isNull();
    assertThat(index.types("ADDRESS_T")).isEmpty();
    assertThat(index.hasPackage("HR_API")).isFalse();
    assertThat(index.synonyms("STAFF")).isEmpty();
  }
}
