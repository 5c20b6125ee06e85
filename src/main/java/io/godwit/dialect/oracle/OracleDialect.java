package io.godwit.dialect.oracle;

import io.godwit.convert.FrontEnd;
import io.godwit.dialect.CatalogReader;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.oracle.lower.OracleFrontEnd;
import io.godwit.dialect.oracle.script.PlSqlScriptParser;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Oracle Database 12c Release 1 and later, through the thin JDBC driver (ojdbc11). */
public final class OracleDialect implements Dialect {

  @Override
  public String id() {
    return "oracle";
  }

  @Override
  public String displayName() {
    return "Oracle";
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:oracle:");
  }

  @Override
  public String driverClassName() {
    return "oracle.jdbc.OracleDriver";
  }

  /**
   * Connect within 15 s; give up on a server that sends nothing for 10 minutes (a dictionary query
   * on a large schema can run for minutes, a dead server should not hang a read forever); fetch
   * 2,000 rows per round trip instead of 10, also for queries with a LONG column, which would
   * otherwise fetch row by row.
   */
  @Override
  public Map<String, String> driverProperties() {
    return Map.of(
        "oracle.net.CONNECT_TIMEOUT", "15000",
        "oracle.jdbc.ReadTimeout", "600000",
        "defaultRowPrefetch", "2000",
        "useFetchSizeWithLongColumn", "true",
        "v$session.program", "godwit");
  }

  @Override
  public CatalogReader catalogReader() {
    return new OracleCatalogReader();
  }

  @Override
  public Optional<FrontEnd> frontEnd() {
    return Optional.of(new OracleFrontEnd());
  }

  @Override
  public Optional<Reason> errorReason(SQLException failure) {
    return OracleErrors.reason(failure);
  }

  /** Statements as SQL*Plus or sqlcmd would send them (see the script parser). */
  @Override
  public List<ScriptStatement> splitStatements(String script) {
    return PlSqlScriptParser.split(script);
  }
}
