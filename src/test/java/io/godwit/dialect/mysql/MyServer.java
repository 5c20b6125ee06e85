package io.godwit.dialect.mysql;

import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestMariaDb1011;
import java.sql.Connection;
import java.sql.SQLException;

/** One of the real MariaDB servers the MySQL back end's output is run on. */
interface MyServer {

  String createDatabase(String prefix);

  Connection connect(String url) throws SQLException;

  /** The start of the server's VERSION(), to prove which server a test ran on. */
  String versionPrefix();

  /** The embedded (or configured) MariaDB 11.4. */
  static MyServer mariaDb114() {
    return new MyServer() {
      @Override
      public String createDatabase(String prefix) {
        return TestMariaDb.get().createDatabase(prefix);
      }

      @Override
      public Connection connect(String url) throws SQLException {
        return TestMariaDb.get().connect(url);
      }

      @Override
      public String versionPrefix() {
        return System.getenv("GODWIT_TEST_MYSQL_URL") == null ? "11.4." : "";
      }
    };
  }

  /** The embedded (or configured) MariaDB 10.11. */
  static MyServer mariaDb1011() {
    return new MyServer() {
      @Override
      public String createDatabase(String prefix) {
        return TestMariaDb1011.get().createDatabase(prefix);
      }

      @Override
      public Connection connect(String url) throws SQLException {
        return TestMariaDb1011.get().connect(url);
      }

      @Override
      public String versionPrefix() {
        return System.getenv("GODWIT_TEST_MARIADB1011_URL") == null ? "10.11." : "";
      }
    };
  }
}
