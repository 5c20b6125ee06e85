package io.godwit.service;

import com.zaxxer.hikari.HikariDataSource;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Connections;
import io.godwit.dialect.DatabaseErrors;
import io.godwit.dialect.DatabaseErrors.Phase;
import io.godwit.dialect.Dialects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** "Test connection": connects once and tells what answered. */
public final class ConnectionCheck {

  /**
   * A successful check.
   *
   * @param product the server's product name
   * @param version the server's version
   * @param user the user the server says we are
   * @param millis how long connecting took
   */
  public record Result(String product, String version, String user, long millis) {

    /** "Connected to PostgreSQL 15.14 as godwit (120 ms)". */
    public String describe() {
      return "Connected to "
          + product
          + " "
          + version
          + (user == null || user.isBlank() ? "" : " as " + user)
          + " ("
          + millis
          + " ms)";
    }
  }

  private final Dialects dialects;

  public ConnectionCheck(Dialects dialects) {
    this.dialects = dialects;
  }

  /**
   * Connects to {@code spec} and closes again.
   *
   * @throws io.godwit.dialect.DatabaseAccessException with a one-line reason on any failure
   */
  public Result check(ConnectionSpec spec) {
    long started = System.nanoTime();
    try (HikariDataSource pool = new Connections(dialects).open(spec, 1);
        Connection c = pool.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      return new Result(
          md.getDatabaseProductName(),
          md.getDatabaseProductVersion(),
          md.getUserName(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      throw DatabaseErrors.classify(e, spec, Phase.CONNECT);
    }
  }
}
