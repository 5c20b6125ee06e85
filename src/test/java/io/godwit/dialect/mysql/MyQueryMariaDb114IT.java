package io.godwit.dialect.mysql;

/** {@link MyQueryCases} on MariaDB 11.4, written for MariaDB 11.4. */
class MyQueryMariaDb114IT extends MyQueryCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "mariadb-11.4";
  }
}
