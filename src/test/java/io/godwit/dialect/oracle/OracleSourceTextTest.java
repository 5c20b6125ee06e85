package io.godwit.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class OracleSourceTextTest {

  @Test
  void wrappedUnitsAreRecognisedByTheirHeader() {
    assertThat(OracleSourceText.isWrapped("PACKAGE BODY billing wrapped \na000000\n1\nabcd\n"))
        .isTrue();
    assertThat(OracleSourceText.isWrapped("package body \"HR\".\"Billing Pkg\" wrapped\na000000"))
        .isTrue();
    assertThat(OracleSourceText.isWrapped("PROCEDURE hr . p WRAPPED\na000000")).isTrue();
    assertThat(OracleSourceText.isWrapped("FUNCTION f wrapped")).isTrue();
    assertThat(OracleSourceText.isWrapped("TYPE BODY t wrapped\n")).isTrue();
    assertThat(OracleSourceText.isWrapped("  /* header */ PROCEDURE p -- x\n wrapped\n")).isTrue();
  }

  @Test
  void plainUnitsAreNotWrapped() {
    assertThat(OracleSourceText.isWrapped("PROCEDURE p IS\nBEGIN\n  NULL; -- wrapped\nEND;"))
        .isFalse();
    // A procedure called "wrapped" is not wrapped.
    assertThat(OracleSourceText.isWrapped("PROCEDURE wrapped IS BEGIN NULL; END;")).isFalse();
    assertThat(OracleSourceText.isWrapped("PACKAGE wrapped_api AS END;")).isFalse();
    assertThat(OracleSourceText.isWrapped("PROCEDURE p (wrapped NUMBER) IS BEGIN NULL; END;"))
        .isFalse();
    assertThat(OracleSourceText.isWrapped("PROCEDURE p wrappedx")).isFalse();
    assertThat(OracleSourceText.isWrapped("")).isFalse();
    assertThat(OracleSourceText.isWrapped(null)).isFalse();
  }

  @Test
  void parameterDefaultsAreTakenFromTheHeader() {
    String source =
        """
        PROCEDURE "Archive Orders" (
          p_before  IN DATE DEFAULT SYSDATE - 30,
          "Batch Size" IN PLS_INTEGER := 1000,  -- rows per commit, not DEFAULT
          p_note    IN VARCHAR2 DEFAULT 'a, (b)',
          p_out     OUT NUMBER,
          p_fn      IN NUMBER DEFAULT round(3.14159, 2),
          p_q       IN VARCHAR2 DEFAULT q'[it's, here]'
        ) IS
        BEGIN
          NULL;
        END;
        """;
    assertThat(OracleSourceText.parameterDefaults(source))
        .containsExactly(
            entry("P_BEFORE", "SYSDATE - 30"),
            entry("Batch Size", "1000"),
            entry("P_NOTE", "'a, (b)'"),
            entry("P_FN", "round(3.14159, 2)"),
            entry("P_Q", "q'[it's, here]'"));
  }

  @Test
  void defaultsOfAFunctionAndOfRoutinesWithoutParameters() {
    assertThat(
            OracleSourceText.parameterDefaults(
                "FUNCTION add_tax(amount NUMBER, rate NUMBER DEFAULT 0.2) RETURN NUMBER IS"))
        .containsExactly(entry("RATE", "0.2"));
    assertThat(OracleSourceText.parameterDefaults("FUNCTION now_utc RETURN DATE IS BEGIN"))
        .isEmpty();
    assertThat(OracleSourceText.parameterDefaults("PROCEDURE p IS BEGIN NULL; END;")).isEmpty();
    assertThat(OracleSourceText.parameterDefaults("PROCEDURE p (a NUMBER")).isEmpty();
    assertThat(OracleSourceText.parameterDefaults(null)).isEmpty();
  }

  @Test
  void sourcesAreAssembledFromLines() {
    OracleSources sources = new OracleSources();
    sources.add("HR", "PROCEDURE", "P", "PROCEDURE p IS\n");
    sources.add("HR", "PROCEDURE", "P", "BEGIN NULL; END;");
    sources.add("HR", "PACKAGE BODY", "PKG", "PACKAGE BODY pkg wrapped \n");
    sources.add("HR", "PACKAGE BODY", "PKG", "a000000\n");
    assertThat(sources.text("HR", "PROCEDURE", "P")).isEqualTo("PROCEDURE p IS\nBEGIN NULL; END;");
    assertThat(sources.statement("HR", "PROCEDURE", "P"))
        .isEqualTo("CREATE OR REPLACE PROCEDURE p IS\nBEGIN NULL; END;");
    assertThat(sources.statement("HR", "PACKAGE BODY", "PKG")).isNull();
    assertThat(sources.isWrapped("HR", "PACKAGE BODY", "PKG")).isTrue();
    assertThat(sources.isWrapped("HR", "PROCEDURE", "P")).isFalse();
    assertThat(sources.text("HR", "PROCEDURE", "Q")).isNull();
    assertThat(sources.statement("HR", "PROCEDURE", "Q")).isNull();
  }
}
