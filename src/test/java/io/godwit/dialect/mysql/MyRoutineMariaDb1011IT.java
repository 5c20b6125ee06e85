package io.godwit.dialect.mysql;

/** {@link MyRoutineCases} on MariaDB 10.11, written for MariaDB 10.11. */
class MyRoutineMariaDb1011IT extends MyRoutineCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb1011();
  }

  @Override
  String version() {
    return "mariadb-10.11";
  }
}
