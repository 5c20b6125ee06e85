package io.godwit.dialect.mysql;

/** {@link MyProgramCases} on MariaDB 11.4, written for MySQL 8.0 (the syntax both share is run). */
class MyProgramMySql80OnMariaDbIT extends MyProgramCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "8.0";
  }
}
