package io.godwit.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.DatabaseErrors;
import io.godwit.dialect.DatabaseErrors.Phase;
import io.godwit.dialect.Secret;
import io.godwit.model.ReferentialAction;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the Oracle reader and dialect that need no server. */
class OracleReaderLogicTest {

  static final List<String> USERS = List.of("APP", "HR", "Mixed Case", "SYS", "SYSTEM");
  static final List<String> USER_SCHEMAS = List.of("APP", "HR", "Mixed Case");

  @Test
  void schemasResolveExactlyOrFoldedToUpperCase() {
    assertThat(
            OracleCatalogReader.resolve(
                List.of("hr", "Mixed Case", "HR"), USERS, USER_SCHEMAS, "APP"))
        .containsExactly("HR", "Mixed Case");
    assertThat(OracleCatalogReader.resolve(List.of(), USERS, USER_SCHEMAS, "APP"))
        .containsExactly("APP");
  }

  @Test
  void unknownSchemasListTheUserSchemas() {
    assertThatThrownBy(
            () ->
                OracleCatalogReader.resolve(
                    List.of("nope", "mixed case"), USERS, USER_SCHEMAS, "APP"))
        .isInstanceOf(DatabaseAccessException.class)
        .hasMessage("schemas [nope, mixed case] not found (available: APP, HR, Mixed Case)")
        .extracting(e -> ((DatabaseAccessException) e).reason())
        .isEqualTo(Reason.UNKNOWN_SCHEMA);
  }

  @Test
  void deleteRules() {
    assertThat(OracleCatalogReader.deleteRule("CASCADE")).isEqualTo(ReferentialAction.CASCADE);
    assertThat(OracleCatalogReader.deleteRule("SET NULL")).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(OracleCatalogReader.deleteRule("NO ACTION")).isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(OracleCatalogReader.deleteRule(null)).isEqualTo(ReferentialAction.NO_ACTION);
  }

  @Test
  void oracleErrorNumbersGiveTheReason() {
    ConnectionSpec spec =
        new ConnectionSpec("jdbc:oracle:thin:@//db:1521/ORCLPDB1", "scott", Secret.of("tiger"));
    OracleDialect dialect = new OracleDialect();
    DatabaseAccessException login =
        DatabaseErrors.classify(
            new SQLException("ORA-01017: invalid username/password; logon denied", "72000", 1017),
            spec,
            Phase.CONNECT,
            dialect);
    assertThat(login.reason()).isEqualTo(Reason.AUTHENTICATION);
    assertThat(login.getMessage())
        .isEqualTo(
            "cannot connect to jdbc:oracle:thin:@//db:1521/ORCLPDB1: authentication failed for"
                + " user 'scott'")
        .doesNotContain("tiger");
    SQLException service =
        new SQLRecoverableException(
            "ORA-12514: Cannot connect to database. Service ORCLPDB9 is not registered with the"
                + " listener",
            "08006",
            12514);
    assertThat(DatabaseErrors.classify(service, spec, Phase.CONNECT, dialect).reason())
        .isEqualTo(Reason.UNKNOWN_DATABASE);
    assertThat(
            DatabaseErrors.classify(
                    new SQLException("ORA-01031: insufficient privileges", "42000", 1031),
                    spec,
                    Phase.READ,
                    dialect)
                .reason())
        .isEqualTo(Reason.PERMISSION);
    // The same number from another product means something else.
    assertThat(OracleErrors.reason(new SQLException("Can't find file", "HY000", 1017))).isEmpty();
  }

  @Test
  void dialectAcceptsOracleUrlsAndSetsTimeoutsAndPrefetch() {
    OracleDialect dialect = new OracleDialect();
    assertThat(dialect.acceptsUrl("jdbc:oracle:thin:@//db:1521/ORCLPDB1")).isTrue();
    assertThat(dialect.acceptsUrl("jdbc:sqlserver://db")).isFalse();
    assertThat(dialect.driverProperties())
        .containsEntry("oracle.net.CONNECT_TIMEOUT", "15000")
        .containsEntry("defaultRowPrefetch", "2000")
        .containsEntry("useFetchSizeWithLongColumn", "true")
        .containsKey("oracle.jdbc.ReadTimeout");
  }
}
