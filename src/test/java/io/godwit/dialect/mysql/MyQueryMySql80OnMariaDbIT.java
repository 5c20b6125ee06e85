package io.godwit.dialect.mysql;

/** {@link MyQueryCases} on MariaDB 11.4, written for MySQL 8.0 (the syntax both share is run). */
class MyQueryMySql80OnMariaDbIT extends MyQueryCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "8.0";
  }
}
