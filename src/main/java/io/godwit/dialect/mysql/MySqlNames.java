package io.godwit.dialect.mysql;

/** MySQL identifier quoting and string literals. */
final class MySqlNames {

  private MySqlNames() {}

  /** {@code name} as a backquoted identifier. */
  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** {@code value} as a string literal for MySQL's default SQL mode (backslash escapes on). */
  static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
