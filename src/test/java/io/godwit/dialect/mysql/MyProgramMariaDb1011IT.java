package io.godwit.dialect.mysql;

/** {@link MyProgramCases} on MariaDB 10.11, written for MariaDB 10.11. */
class MyProgramMariaDb1011IT extends MyProgramCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb1011();
  }

  @Override
  String version() {
    return "mariadb-10.11";
  }
}
