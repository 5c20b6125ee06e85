package io.godwit.dialect.mysql;

/** {@link MyRoutineCases} on MariaDB 11.4, written for MariaDB 11.4. */
class MyRoutineMariaDb114IT extends MyRoutineCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "mariadb-11.4";
  }
}
