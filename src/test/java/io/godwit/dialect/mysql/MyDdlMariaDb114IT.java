package io.godwit.dialect.mysql;

/** {@link MyDdlCases} on MariaDB 11.4, written for MariaDB 11.4. */
class MyDdlMariaDb114IT extends MyDdlCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "mariadb-11.4";
  }
}
