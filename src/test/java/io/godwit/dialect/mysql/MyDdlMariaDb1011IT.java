package io.godwit.dialect.mysql;

/** {@link MyDdlCases} on MariaDB 10.11, written for MariaDB 10.11. */
class MyDdlMariaDb1011IT extends MyDdlCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb1011();
  }

  @Override
  String version() {
    return "mariadb-10.11";
  }
}
