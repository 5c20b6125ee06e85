package io.godwit.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.model.Identity;
import io.godwit.model.IdentityGeneration;
import io.godwit.model.IndexKey;
import io.godwit.model.NullsOrder;
import io.godwit.model.SortOrder;
import org.junit.jupiter.api.Test;

/** The small scanners over Oracle catalog text: identity options, NOT NULL checks, index keys. */
class OracleCatalogTextTest {

  @Test
  void identityOptionsAreReadByKey() {
    String options =
        "START WITH: 7, INCREMENT BY: 3, MAX_VALUE: 9999999999999999999999999999, MIN_VALUE: 1,"
            + " CYCLE_FLAG: N, CACHE_SIZE: 20, ORDER_FLAG: N, SCALE_FLAG: N, EXTEND_FLAG: N,"
            + " SESSION_FLAG: N, KEEP_VALUE: N";
    assertThat(IdentityOptions.identity("ALWAYS", options))
        .isEqualTo(new Identity(IdentityGeneration.ALWAYS, 7L, 3L));
    assertThat(IdentityOptions.parse(options))
        .containsEntry("MAX_VALUE", "9999999999999999999999999999")
        .containsEntry("CACHE_SIZE", "20")
        .hasSize(11);
    assertThat(IdentityOptions.identity("BY DEFAULT", "START WITH: -10, INCREMENT BY: -2"))
        .isEqualTo(new Identity(IdentityGeneration.BY_DEFAULT, -10L, -2L));
  }

  @Test
  void identityValuesBeyondALongAreUnknown() {
    assertThat(
            IdentityOptions.identity(
                "ALWAYS", "START WITH: 99999999999999999999, INCREMENT BY: 1, CACHE_SIZE: 20"))
        .isEqualTo(new Identity(IdentityGeneration.ALWAYS, null, 1L));
    assertThat(IdentityOptions.identity("ALWAYS", null))
        .isEqualTo(new Identity(IdentityGeneration.ALWAYS, null, null));
    assertThat(IdentityOptions.parse("garbage, START WITH 5, : 3")).isEmpty();
  }

  @Test
  void notNullChecksAreRecognisedExactly() {
    assertThat(NotNullCheck.column("\"EMAIL\" IS NOT NULL")).isEqualTo("EMAIL");
    assertThat(NotNullCheck.column("  \"First Name\"  IS NOT NULL\n")).isEqualTo("First Name");
    assertThat(NotNullCheck.column("\"Ünïcødé\" is not null")).isEqualTo("Ünïcødé");
    assertThat(NotNullCheck.column("\"A\" IS NOT NULL AND \"B\" IS NOT NULL")).isNull();
    assertThat(NotNullCheck.column("EMAIL IS NOT NULL")).isNull();
    assertThat(NotNullCheck.column("\"A\" IS NULL")).isNull();
    assertThat(NotNullCheck.column("\"A\" ISNOT NULL")).isNull();
    assertThat(NotNullCheck.column("\"A\" IS NOT NULLS")).isNull();
    assertThat(NotNullCheck.column("\"A\"\"B\" IS NOT NULL")).isEqualTo("A\"B");
    assertThat(NotNullCheck.column("amount > 0")).isNull();
    assertThat(NotNullCheck.column(null)).isNull();
  }

  @Test
  void indexMethodsFollowTheIndexType() {
    assertThat(OracleIndexes.method("NORMAL")).isEqualTo("btree");
    assertThat(OracleIndexes.method("FUNCTION-BASED NORMAL")).isEqualTo("btree");
    assertThat(OracleIndexes.method("NORMAL/REV")).isEqualTo("reverse");
    assertThat(OracleIndexes.method("BITMAP")).isEqualTo("bitmap");
    assertThat(OracleIndexes.method("FUNCTION-BASED BITMAP")).isEqualTo("bitmap");
    assertThat(OracleIndexes.method("DOMAIN")).isEqualTo("domain");
  }

  @Test
  void descendingColumnsComeBackFromTheirHiddenExpression() {
    assertThat(OracleIndexes.key("AMOUNT", "ASC", null)).isEqualTo(IndexKey.column("AMOUNT"));
    assertThat(OracleIndexes.key("SYS_NC00005$", "DESC", "\"Order Date\""))
        .isEqualTo(new IndexKey("Order Date", null, SortOrder.DESC, NullsOrder.DEFAULT));
    assertThat(OracleIndexes.key("SYS_NC00006$", "ASC", "UPPER(\"NAME\")  "))
        .isEqualTo(IndexKey.expression("UPPER(\"NAME\")"));
    assertThat(OracleIndexes.key("SYS_NC00007$", "DESC", "\"A\"+\"B\""))
        .isEqualTo(new IndexKey(null, "\"A\"+\"B\"", SortOrder.DESC, NullsOrder.DEFAULT));
  }

  @Test
  void quotedIdentifiers() {
    assertThat(OracleNames.quote("Order \"X\"")).isEqualTo("\"Order \"\"X\"\"\"");
    assertThat(OracleNames.quotedIdentifier(" \"A B\" ")).isEqualTo("A B");
    assertThat(OracleNames.quotedIdentifier("\"A\".\"B\"")).isNull();
    assertThat(OracleNames.quotedIdentifier("\"\"")).isNull();
    assertThat(OracleNames.quotedIdentifier("A")).isNull();
  }
}
