package io.godwit.dialect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.DatabaseErrors.Phase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

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
    return open(spec, maxSize, Map.of());
  }

  /**
   * Opens a pool as {@link #open(ConnectionSpec, int)} does, with extra driver properties on top of
   * the dialect's (a load's fetch and bulk-load settings).
   */
  public HikariDataSource open(ConnectionSpec spec, int maxSize, Map<String, String> extra) {
    Dialect dialect = dialectFor(spec);
    Driver driver;
    try {
      driver =
          (Driver)
              Class.forName(dialect.driverClassName(), true, Connections.class.getClassLoader())
                  .getDeclaredConstructor()
                  .newInstance();
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      throw new DatabaseAccessException(
          Reason.NO_DRIVER,
          "the "
              + dialect.displayName()
              + " JDBC driver ("
              + dialect.driverClassName()
              + ") is not on the class path",
          e);
    }
    Properties properties = new Properties();
    properties.putAll(dialect.driverProperties());
    properties.putAll(extra);
    if (spec.user() != null) {
      properties.setProperty("user", spec.user());
    }
    if (!spec.password().isEmpty()) {
      properties.setProperty("password", spec.password().reveal());
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("godwit-" + dialect.id());
    // The driver is called directly: going through DriverManager would load and initialise every
    // JDBC driver on the class path (Oracle's and SQL Server's too), about 0.6 s of CPU per start.
    config.setDataSource(new DriverSource(driver, dialect.driverUrl(spec.url()), properties));
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

  /** A {@link DataSource} that asks one driver for connections to one URL. */
  private static final class DriverSource implements DataSource {

    private final Driver driver;
    private final String url;
    private final Properties properties;

    DriverSource(Driver driver, String url, Properties properties) {
      this.driver = driver;
      this.url = url;
      this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = driver.connect(url, properties);
      if (c == null) {
        throw new SQLException(
            "the driver " + driver.getClass().getName() + " does not take " + url);
      }
      return c;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      Properties p = new Properties();
      p.putAll(properties);
      p.setProperty("user", user);
      p.setProperty("password", password);
      Connection c = driver.connect(url, p);
      if (c == null) {
        throw new SQLException(
            "the driver " + driver.getClass().getName() + " does not take " + url);
      }
      return c;
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // the dialects' driver properties set the connect timeout
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return type.isInstance(this);
    }
  }
}
