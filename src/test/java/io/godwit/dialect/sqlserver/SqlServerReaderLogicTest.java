package io.godwit.dialect.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.DatabaseErrors;
import io.godwit.dialect.DatabaseErrors.Phase;
import io.godwit.dialect.Secret;
import io.godwit.dialect.sqlserver.SqlServerCatalogReader.IndexParts;
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
import io.godwit.model.NullsOrder;
import io.godwit.model.Origin;
import io.godwit.model.ReferentialAction;
import io.godwit.model.SortOrder;
import java.lang.reflect.Constructor;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the SQL Server reader and dialect that need no server. */
class SqlServerReaderLogicTest {

  static final List<String> ALL =
      List.of("INFORMATION_SCHEMA", "Sales Dept", "db_owner", "dbo", "guest", "sales", "sys");
  static final List<String> USER =
      ALL.stream().filter(s -> !SqlServerCatalogReader.SYSTEM_SCHEMAS.contains(s)).toList();

  @Test
  void defaultSchemasAreTheUserSchemas() {
    assertThat(USER).containsExactly("Sales Dept", "dbo", "sales");
    assertThat(SqlServerCatalogReader.resolve(List.of(), ALL, USER)).isEqualTo(USER);
  }

  @Test
  void requestedSchemasMatchExactlyThenIgnoringCase() {
    assertThat(SqlServerCatalogReader.resolve(List.of("DBO", "sales", "sales dept"), ALL, USER))
        .containsExactly("dbo", "sales", "Sales Dept");
  }

  @Test
  void unknownOrAmbiguousSchemasAreReported() {
    List<String> both = List.of("Sales", "sales", "dbo");
    assertThatThrownBy(() -> SqlServerCatalogReader.resolve(List.of("SALES", "nope"), both, both))
        .isInstanceOf(DatabaseAccessException.class)
        .hasMessage("schemas [SALES, nope] not found (available: Sales, sales, dbo)");
  }

  @Test
  void referentialActionCodes() {
    assertThat(SqlServerCatalogReader.action(0)).isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(SqlServerCatalogReader.action(1)).isEqualTo(ReferentialAction.CASCADE);
    assertThat(SqlServerCatalogReader.action(2)).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(SqlServerCatalogReader.action(3)).isEqualTo(ReferentialAction.SET_DEFAULT);
    assertThat(SqlServerCatalogReader.action(null)).isEqualTo(ReferentialAction.NO_ACTION);
  }

  @Test
  void indexesSeparateKeysFromIncludedColumns() {
    IndexParts parts = new IndexParts(true, "nonclustered", "[amount]>(0)");
    parts.add("note", 0, false, true);
    parts.add("customer_id", 1, false, false);
    parts.add("Order Date", 2, true, false);
    assertThat(parts.build("IX Orders", "Orders"))
        .isEqualTo(
            new Index(
                "IX Orders",
                "Orders",
                true,
                List.of(
                    IndexKey.column("customer_id"),
                    new IndexKey("Order Date", null, SortOrder.DESC, NullsOrder.DEFAULT)),
                List.of("note"),
                "[amount]>(0)",
                "nonclustered",
                Origin.catalog()));
  }

  @Test
  void columnstoreIndexesListTheirColumnsAsKeysUnlessClustered() {
    IndexParts nonclustered = new IndexParts(false, "nonclustered columnstore", null);
    nonclustered.add("a", 0, false, true);
    nonclustered.add("b", 0, false, true);
    assertThat(nonclustered.build("ncci", "t").keys())
        .containsExactly(IndexKey.column("a"), IndexKey.column("b"));
    assertThat(nonclustered.build("ncci", "t").include()).isEmpty();
    IndexParts clustered = new IndexParts(false, "clustered columnstore", null);
    clustered.add("a", 0, false, true);
    assertThat(clustered.build("cci", "t").keys()).isEmpty();
  }

  @Test
  void sqlServerErrorNumbersGiveTheReason() throws Exception {
    ConnectionSpec spec =
        new ConnectionSpec("jdbc:sqlserver://db:1433;databaseName=Sales", "sa", Secret.of("pw"));
    SqlServerDialect dialect = new SqlServerDialect();
    DatabaseAccessException login =
        DatabaseErrors.classify(
            driverException("Login failed for user 'sa'.", "S0001", 18456),
            spec,
            Phase.CONNECT,
            dialect);
    assertThat(login.reason()).isEqualTo(Reason.AUTHENTICATION);
    assertThat(login.getMessage()).endsWith("authentication failed for user 'sa'");
    assertThat(
            DatabaseErrors.classify(
                    driverException(
                        "Cannot open database \"Sales\" requested by the login.", "S0001", 4060),
                    spec,
                    Phase.CONNECT,
                    dialect)
                .reason())
        .isEqualTo(Reason.UNKNOWN_DATABASE);
    assertThat(
            DatabaseErrors.classify(
                    driverException("The SELECT permission was denied", "S0005", 229),
                    spec,
                    Phase.READ,
                    dialect)
                .reason())
        .isEqualTo(Reason.PERMISSION);
    // The same number from another driver is not SQL Server's.
    assertThat(SqlServerErrors.reason(new SQLException("x", "HY000", 4060))).isEmpty();
  }

  /** A real mssql-jdbc exception, made through its package-private constructor. */
  private static SQLException driverException(String message, String state, int code)
      throws Exception {
    Class<?> type = Class.forName("com.microsoft.sqlserver.jdbc.SQLServerException");
    Constructor<?> c =
        type.getDeclaredConstructor(String.class, String.class, int.class, Throwable.class);
    c.setAccessible(true);
    return (SQLException) c.newInstance(message, state, code, null);
  }

  @Test
  void dialectAcceptsSqlServerUrlsAndSetsTimeouts() {
    SqlServerDialect dialect = new SqlServerDialect();
    assertThat(dialect.acceptsUrl("jdbc:sqlserver://db:1433;databaseName=Sales")).isTrue();
    assertThat(dialect.acceptsUrl("jdbc:oracle:thin:@db")).isFalse();
    assertThat(dialect.driverProperties())
        .containsEntry("loginTimeout", "15")
        .containsKey("socketTimeout");
  }
}
