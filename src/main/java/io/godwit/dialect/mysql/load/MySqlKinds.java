package io.godwit.dialect.mysql.load;

import io.godwit.load.ReadColumn;
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

  /**
   * Whether the text protocol's bytes of this column are its value's text form as {@link
   * io.godwit.load.SourceText} defines it (BIT, for one, comes as raw bits, and TIMESTAMP in the
   * session's time zone, so neither does).
   */
  static boolean readsAsText(ReadColumn column) {
    String name = column.type().name().toLowerCase(Locale.ROOT);
    String base = name.endsWith(" unsigned") ? name.substring(0, name.length() - 9) : name;
    return switch (column.kind()) {
      case INTEGER ->
          switch (base) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint", "year" -> true;
            default -> false;
          };
      case DECIMAL ->
          switch (base) {
            case "decimal", "numeric", "dec", "fixed", "bigint" -> true;
            default -> false;
          };
      case FLOAT32 -> base.equals("float");
      case FLOAT64 ->
          switch (base) {
            case "double", "real", "double precision" -> true;
            default -> false;
          };
      case TEXT ->
          switch (base) {
            case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set" ->
                true;
            default -> false;
          };
      case JSON -> base.equals("json");
      case DATE -> base.equals("date");
      case TIMESTAMP -> base.equals("datetime");
      default -> false;
    };
  }

  /** Whether LOAD DATA must go through a variable and a cast for this type (BIT). */
  static boolean needsCast(DataType type) {
    return type.name().toLowerCase(Locale.ROOT).startsWith("bit");
  }
}
