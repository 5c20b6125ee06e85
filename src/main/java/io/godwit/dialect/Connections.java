package io.godwit.dialect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.DatabaseErrors.Phase;
import java.util.Map;

/** Opens connection pools (HikariCP) for a {@link ConnectionSpec}. */
public final class Connections {

  private final Dialects dialects;

  public Connections(Dialects dialects) {
    this.dialects = dialects;
  }

  /** The dialect for this URL, or a NO_DRIVER failure naming the supported ones. */
  public Dialect dialectFor(ConnectionSpec spec) {
    return dialects
        .forUrl(spec.url())
        .orElseThrow(
            () ->
                new DatabaseAccessException(
                    Reason.NO_DRIVER,
                    "no driver for "
                        + spec.safeUrl()
                        + " (supported: "
                        + dialects.ids()
                        + "; URLs start with jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb:,"
                        + " jdbc:oracle:thin: or jdbc:sqlserver:)",
                    null));
  }

  /**
   * Opens a pool of at most {@code maxSize} connections and checks that one connection can be made,
   * so a wrong host or password fails here with a clear message.
   */
  public HikariDataSource open(ConnectionSpec spec, int maxSize) {
    Dialect dialect = dialectFor(spec);
    try {
      Class.forName(dialect.driverClassName(), true, Connections.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new DatabaseAccessException(
          Reason.NO_DRIVER,
          "the "
              + dialect.displayName()
              + " JDBC driver ("
              + dialect.driverClassName()
              + ") is not on the class path",
          e);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("godwit-" + dialect.id());
    config.setDriverClassName(dialect.driverClassName());
    config.setJdbcUrl(dialect.driverUrl(spec.url()));
    for (Map.Entry<String, String> p : dialect.driverProperties().entrySet()) {
      config.addDataSourceProperty(p.getKey(), p.getValue());
    }
    if (spec.user() != null) {
      config.setUsername(spec.user());
    }
    if (!spec.password().isEmpty()) {
      config.setPassword(spec.password().reveal());
    }
    config.setMaximumPoolSize(Math.max(1, maxSize));
    config.setMinimumIdle(0);
    config.setInitializationFailTimeout(1);
    config.setConnectionTimeout(30_000);
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw DatabaseErrors.classify(cause, spec, Phase.CONNECT, dialect);
    } catch (RuntimeException e) {
      throw DatabaseErrors.classify(e, spec, Phase.CONNECT, dialect);
    }
  }
}
