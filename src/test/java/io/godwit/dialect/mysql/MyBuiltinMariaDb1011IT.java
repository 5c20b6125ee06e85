package io.godwit.dialect.mysql;

/** {@link MyBuiltinCases} on MariaDB 10.11, written for MariaDB 10.11. */
class MyBuiltinMariaDb1011IT extends MyBuiltinCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb1011();
  }

  @Override
  String version() {
    return "mariadb-10.11";
  }
}
