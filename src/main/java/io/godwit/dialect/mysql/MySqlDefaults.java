package io.godwit.dialect.mysql;

import java.util.Set;

/**
 * Column defaults as SQL expressions. MariaDB reports them as expressions already (literals quoted,
 * NULL as the word NULL); MySQL 8.0 reports literal values unquoted and marks expressions with
 * DEFAULT_GENERATED.
 */
final class MySqlDefaults {

  private static final Set<String> NUMERIC =
      Set.of(
          "tinyint",
          "smallint",
          "mediumint",
          "int",
          "integer",
          "bigint",
          "decimal",
          "numeric",
          "float",
          "double",
          "real",
          "year");

  private MySqlDefaults() {}

  static String expression(String value, String dataType, boolean generated, boolean mariadb) {
    if (value == null) {
      return null;
    }
    if (mariadb) {
      return value.equals("NULL") ? null : value;
    }
    if (generated || NUMERIC.contains(dataType) || value.startsWith("b'")) {
      return value;
    }
    if (value.equalsIgnoreCase("CURRENT_TIMESTAMP")) {
      return value;
    }
    return MySqlNames.literal(value);
  }
}
