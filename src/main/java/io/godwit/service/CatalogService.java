package io.godwit.service;

import com.zaxxer.hikari.HikariDataSource;
import io.godwit.dialect.CatalogRequest;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Connections;
import io.godwit.dialect.DatabaseErrors;
import io.godwit.dialect.DatabaseErrors.Phase;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.dialect.RoundTrips;
import io.godwit.model.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Reads a live database's catalog. */
public final class CatalogService {

  /** What a read produced, with what it cost. */
  public record Inspection(Database database, int roundTrips, Duration elapsed) {}

  private final Dialects dialects;

  public CatalogService(Dialects dialects) {
    this.dialects = dialects;
  }

  /**
   * Connects, reads the schemas (all user schemas when {@code schemas} is empty) and closes.
   *
   * @throws io.godwit.dialect.DatabaseAccessException with a one-line reason on any failure
   */
  public Inspection inspect(ConnectionSpec spec, List<String> schemas, Consumer<String> progress) {
    Connections connections = new Connections(dialects);
    Dialect dialect = connections.dialectFor(spec);
    long started = System.nanoTime();
    RoundTrips roundTrips = new RoundTrips();
    try (HikariDataSource pool = connections.open(spec, 1)) {
      try (Connection connection = pool.getConnection()) {
        connection.setReadOnly(true);
        Database db =
            dialect
                .catalogReader()
                .read(connection, new CatalogRequest(schemas, progress, roundTrips));
        return new Inspection(
            db, roundTrips.count(), Duration.ofNanos(System.nanoTime() - started));
      } catch (SQLException | RuntimeException e) {
        throw DatabaseErrors.classify(e, spec, Phase.READ, dialect);
      }
    }
  }
}
