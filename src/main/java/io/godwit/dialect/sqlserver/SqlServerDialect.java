package io.godwit.dialect.sqlserver;

import io.godwit.convert.FrontEnd;
import io.godwit.dialect.CatalogReader;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.sqlserver.lower.SqlServerFrontEnd;
import io.godwit.dialect.sqlserver.script.TsqlScriptParser;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Microsoft SQL Server 2016 and later and Azure SQL, through mssql-jdbc. */
public final class SqlServerDialect implements Dialect {

  @Override
  public String id() {
    return "sqlserver";
  }

  @Override
  public String displayName() {
    return "SQL Server";
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:sqlserver:");
  }

  @Override
  public String driverClassName() {
    return "com.microsoft.sqlserver.jdbc.SQLServerDriver";
  }

  /**
   * Log in within 15 s; give up on a server that sends nothing for 10 minutes, so a dead server
   * cannot hang a read; name the program in sys.dm_exec_sessions. Encryption settings are the
   * driver's (and the URL's): Godwit does not weaken them.
   */
  @Override
  public Map<String, String> driverProperties() {
    return Map.of(
        "loginTimeout", "15",
        "socketTimeout", "600000",
        "applicationName", "godwit");
  }

  @Override
  public CatalogReader catalogReader() {
    return new SqlServerCatalogReader();
  }

  @Override
  public Optional<Reason> errorReason(SQLException failure) {
    return SqlServerErrors.reason(failure);
  }

  /** Statements as SQL*Plus or sqlcmd would send them (see the script parser). */
  @Override
  public List<ScriptStatement> splitStatements(String script) {
    return TsqlScriptParser.batches(script);
  }

  @Override
  public Optional<FrontEnd> frontEnd() {
    return Optional.of(new SqlServerFrontEnd());
  }
}
