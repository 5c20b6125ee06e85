package io.godwit.dialect.mysql.load;

import io.godwit.load.ValueKind;
import io.godwit.model.DataType;
import java.util.Locale;

/** How MySQL's and MariaDB's types travel in a load. */
final class MySqlKinds {

  private MySqlKinds() {}

  static ValueKind of(DataType type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    boolean unsigned = name.endsWith(" unsigned");
    String base = unsigned ? name.substring(0, name.length() - " unsigned".length()) : name;
    return switch (base) {
      case "tinyint", "smallint", "mediumint", "int", "integer", "year" -> ValueKind.INTEGER;
      case "bigint" -> unsigned ? ValueKind.DECIMAL : ValueKind.INTEGER;
      case "decimal", "numeric", "dec", "fixed" -> ValueKind.DECIMAL;
      case "float" -> ValueKind.FLOAT32;
      case "double", "real", "double precision" -> ValueKind.FLOAT64;
      case "bit" -> {
        long bits = type.length() == null ? 1 : type.length();
        yield bits == 1 ? ValueKind.BOOLEAN : bits < 64 ? ValueKind.INTEGER : ValueKind.DECIMAL;
      }
      case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> ValueKind.BINARY;
      case "geometry",
              "point",
              "linestring",
              "polygon",
              "multipoint",
              "multilinestring",
              "multipolygon",
              "geometrycollection" ->
          ValueKind.BINARY;
      case "date" -> ValueKind.DATE;
      case "datetime" -> ValueKind.TIMESTAMP;
      case "timestamp" -> ValueKind.TIMESTAMP_TZ;
      case "time" -> ValueKind.TIME;
      case "json" -> ValueKind.JSON;
      case "uuid" -> ValueKind.UUID;
      default -> ValueKind.TEXT;
    };
  }

  /** Whether LOAD DATA must go through a variable and a cast for this type (BIT). */
  static boolean needsCast(DataType type) {
    return type.name().toLowerCase(Locale.ROOT).startsWith("bit");
  }
}
