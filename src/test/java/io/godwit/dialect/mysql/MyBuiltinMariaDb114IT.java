package io.godwit.dialect.mysql;

/** {@link MyBuiltinCases} on MariaDB 11.4, written for MariaDB 11.4. */
class MyBuiltinMariaDb114IT extends MyBuiltinCases {

  @Override
  MyServer server() {
    return MyServer.mariaDb114();
  }

  @Override
  String version() {
    return "mariadb-11.4";
  }
}
