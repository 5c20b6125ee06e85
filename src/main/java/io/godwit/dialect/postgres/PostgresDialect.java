package io.godwit.dialect.postgres;

import io.godwit.convert.BackEnd;
import io.godwit.dialect.CatalogReader;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.postgres.load.PgLoadSupport;
import io.godwit.load.LoadSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL 12 and later. */
public final class PostgresDialect implements Dialect {

  @Override
  public String id() {
    return "postgresql";
  }

  @Override
  public String displayName() {
    return "PostgreSQL";
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public String driverClassName() {
    return "org.postgresql.Driver";
  }

  @Override
  public Map<String, String> driverProperties() {
    return Map.of(
        "connectTimeout", "15",
        "ApplicationName", "godwit",
        "tcpKeepAlive", "true");
  }

  @Override
  public List<ScriptStatement> splitStatements(String script) {
    return PgScriptSplitter.split(script);
  }

  @Override
  public CatalogReader catalogReader() {
    return new PostgresCatalogReader();
  }

  @Override
  public Optional<LoadSupport> load() {
    return Optional.of(new PgLoadSupport(this));
  }

  @Override
  public Optional<BackEnd> backEnd() {
    return Optional.of(new PostgresBackEnd());
  }
}
