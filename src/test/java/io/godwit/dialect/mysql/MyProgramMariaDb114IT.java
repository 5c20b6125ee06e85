package io.godwit.dialect.mysql;

/** {@link MyProgramCases} on MariaDB 11.4, written for MariaDB 11.4. */
class MyProgramMariaDb114IT extends MyProgramCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "mariadb-11.4";
  }
}
