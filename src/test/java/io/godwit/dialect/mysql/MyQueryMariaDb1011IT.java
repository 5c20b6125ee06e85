package io.godwit.dialect.mysql;

/** {@link MyQueryCases} on MariaDB 10.11, written for MariaDB 10.11. */
class MyQueryMariaDb1011IT extends MyQueryCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb1011();
  }

  @Override
  String version() {
    return "mariadb-10.11";
  }
}
