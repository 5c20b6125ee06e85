package io.godwit.golden;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded server a golden pair's output runs on: PostgreSQL 15 for {@code postgresql}, MariaDB
 * 11.4 for {@code mysql}.
 */
interface GoldenServer {

  /** A fresh, empty database for one case; returns its JDBC URL. */
  String prepare(ConversionResult result) throws SQLException;

  Connection connect(String url) throws SQLException;

  ConnectionSpec spec(String url);

  static GoldenServer forTarget(String target) {
    return switch (target) {
      case "postgresql" -> new Postgres(TestPostgres.get());
      case "mysql" -> new MariaDb(TestMariaDb.get());
      default -> throw new IllegalArgumentException("no test server for target " + target);
    };
  }

  /** Schemas live in the fresh database, so nothing is shared between cases. */
  record Postgres(TestPostgres pg) implements GoldenServer {
    @Override
    public String prepare(ConversionResult result) {
      return pg.createDatabase("golden");
    }

    @Override
    public Connection connect(String url) throws SQLException {
      return pg.connect(url);
    }

    @Override
    public ConnectionSpec spec(String url) {
      return pg.spec(url);
    }
  }

  /**
   * A source schema becomes a MySQL database on the shared server, so the databases the case
   * creates are dropped first (the cases of a pair run one after the other).
   */
  record MariaDb(TestMariaDb db) implements GoldenServer {
    @Override
    public String prepare(ConversionResult result) throws SQLException {
      String url = db.createDatabase("golden");
      try (Connection c = db.connect(url);
          Statement st = c.createStatement()) {
        for (ConvertedObject o : result.objects()) {
          if (o.kind() == UnitKind.SCHEMA && o.target() != null) {
            st.execute("DROP DATABASE IF EXISTS `" + o.target().name().replace("`", "``") + "`");
          }
        }
      }
      return url;
    }

    @Override
    public Connection connect(String url) throws SQLException {
      return db.connect(url);
    }

    @Override
    public ConnectionSpec spec(String url) {
      return db.spec(url);
    }
  }
}
