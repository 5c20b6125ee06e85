package io.godwit.dialect.mysql;

/** {@link MyRoutineCases} on MariaDB 11.4, written for MySQL 8.0 (the syntax both share is run). */
class MyRoutineMySql80OnMariaDbIT extends MyRoutineCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "8.0";
  }
}
