package io.godwit.testdb;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests: the server at {@code GODWIT_TEST_PG_URL} (with {@code
 * GODWIT_TEST_PG_USER} and {@code GODWIT_TEST_PG_PASSWORD}) when set, else an embedded PostgreSQL
 * 15 started once per JVM. Each test gets its own fresh database.
 */
public final class TestPostgres {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static TestPostgres instance;

  private final String baseUrl;
  private final String user;
  private final String password;
  private final EmbeddedPostgres embedded;

  private TestPostgres(String baseUrl, String user, String password, EmbeddedPostgres embedded) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  /** The shared server, started on first use. */
  public static synchronized TestPostgres get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static TestPostgres start() {
    String url = System.getenv("GODWIT_TEST_PG_URL");
    if (url != null && !url.isBlank()) {
      return new TestPostgres(
          url,
          envOr("GODWIT_TEST_PG_USER", "postgres"),
          envOr("GODWIT_TEST_PG_PASSWORD", ""),
          null);
    }
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setServerConfig("max_connections", "300")
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("max_locks_per_transaction", "1024")
              .start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      pg.close();
                    } catch (IOException ignored) {
                      // the JVM is going away
                    }
                  }));
      return new TestPostgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", pg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** The JDBC URL of the server's maintenance database. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Creates a new empty database and returns its JDBC URL. */
  public String createDatabase(String prefix) {
    String name =
        (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
            .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(baseUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return urlFor(name);
  }

  /** The URL of database {@code name} on this server. */
  public String urlFor(String name) {
    int slash = baseUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = baseUrl.indexOf('?', slash);
    String rest = query < 0 ? "" : baseUrl.substring(query);
    return baseUrl.substring(0, slash + 1) + name + rest;
  }

  public Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  public ConnectionSpec spec(String url) {
    return new ConnectionSpec(url, user, Secret.of(password));
  }
}
