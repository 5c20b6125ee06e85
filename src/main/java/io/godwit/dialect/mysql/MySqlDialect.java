package io.godwit.dialect.mysql;

import io.godwit.convert.BackEnd;
import io.godwit.dialect.CatalogReader;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.mysql.load.MySqlLoadSupport;
import io.godwit.load.LoadSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MySQL 8.0 and MariaDB 10.6 and later, through MySQL Connector/J. */
public final class MySqlDialect implements Dialect {

  private static final String MARIADB_PREFIX = "jdbc:mariadb:";

  @Override
  public String id() {
    return "mysql";
  }

  @Override
  public String displayName() {
    return "MySQL/MariaDB";
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith(MARIADB_PREFIX);
  }

  /** Connector/J serves both products; jdbc:mariadb: is accepted as an alias. */
  @Override
  public String driverUrl(String jdbcUrl) {
    return jdbcUrl.startsWith(MARIADB_PREFIX)
        ? "jdbc:mysql:" + jdbcUrl.substring(MARIADB_PREFIX.length())
        : jdbcUrl;
  }

  @Override
  public String driverClassName() {
    return "com.mysql.cj.jdbc.Driver";
  }

  @Override
  public Map<String, String> driverProperties() {
    return Map.of(
        "connectTimeout", "15000",
        "tcpKeepAlive", "true",
        "connectionAttributes", "program_name:godwit");
  }

  @Override
  public List<ScriptStatement> splitStatements(String script) {
    return MySqlScriptSplitter.split(script);
  }

  @Override
  public CatalogReader catalogReader() {
    return new MySqlCatalogReader();
  }

  @Override
  public Optional<BackEnd> backEnd() {
    return Optional.of(new MySqlBackEnd());
  }

  @Override
  public Optional<LoadSupport> load() {
    return Optional.of(new MySqlLoadSupport(this));
  }
}
