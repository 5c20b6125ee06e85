package io.godwit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ConvertedObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The result-set setting: the golden case 11-result-sets is converted with the default (SETOF, see
 * its expected.sql) there; here with REFCURSOR, where every procedure stays a procedure.
 */
class ResultSetsSettingTest {

  private static ConversionResult convert(ConvertOptions.ResultSets mode) {
    ConvertOptions options = new ConvertOptions(null, null, null, null, false, mode, null, null);
    return Golden.convert(
        new Golden.Case(
            "sqlserver",
            "postgresql",
            Path.of("src/test/resources/golden/sqlserver-postgresql/11-result-sets")),
        options);
  }

  private static ConvertedObject object(ConversionResult r, String name) {
    return r.objects().stream()
        .filter(o -> o.source().path().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void refcursorKeepsProceduresAndOpensTheCursor() {
    ConversionResult r = convert(ConvertOptions.ResultSets.REFCURSOR);
    ConvertedObject under = object(r, "dbo.ProductsUnder");
    assertThat(under.sql())
        .contains("CREATE OR REPLACE PROCEDURE dbo.productsunder(")
        .contains("INOUT result_set refcursor DEFAULT NULL")
        .contains("OPEN productsunder.result_set FOR");
    assertThat(under.items()).isEmpty();
    // With OUTPUT parameters the refcursor is what the user asked for: no item about it.
    assertThat(object(r, "dbo.PriceOf").items()).isEmpty();
  }

  @Test
  void setofMakesAFunctionOfAProcedureWithOneResultSet() {
    ConversionResult r = convert(ConvertOptions.ResultSets.SETOF);
    assertThat(object(r, "dbo.ProductsUnder").sql())
        .contains("CREATE OR REPLACE FUNCTION dbo.productsunder(")
        .contains("RETURNS TABLE (productid integer, name varchar(40), price numeric(19,4))")
        .contains("RETURN QUERY");
    assertThat(object(r, "dbo.PriceOf").items())
        .extracting(i -> i.code())
        .containsExactly("MSS-1024");
  }
}
