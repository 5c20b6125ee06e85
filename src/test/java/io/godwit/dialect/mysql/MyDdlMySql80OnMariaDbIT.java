package io.godwit.dialect.mysql;

/** {@link MyDdlCases} on MariaDB 11.4, written for MySQL 8.0 (the syntax both share is run). */
class MyDdlMySql80OnMariaDbIT extends MyDdlCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "8.0";
  }
}
