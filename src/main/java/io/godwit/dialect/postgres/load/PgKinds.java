package io.godwit.dialect.postgres.load;

import io.godwit.load.ValueKind;
import io.godwit.model.DataType;
import java.util.Locale;

/** How PostgreSQL's types travel in a load. */
final class PgKinds {

  private PgKinds() {}

  static ValueKind of(DataType type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "smallint", "integer", "bigint", "oid" -> ValueKind.INTEGER;
      case "numeric" -> ValueKind.DECIMAL;
      case "real" -> ValueKind.FLOAT32;
      case "double precision" -> ValueKind.FLOAT64;
      case "boolean" -> ValueKind.BOOLEAN;
      case "bytea" -> ValueKind.BINARY;
      case "date" -> ValueKind.DATE;
      case "time without time zone" -> ValueKind.TIME;
      case "time with time zone" -> ValueKind.TIME_TZ;
      case "timestamp without time zone" -> ValueKind.TIMESTAMP;
      case "timestamp with time zone" -> ValueKind.TIMESTAMP_TZ;
      case "uuid" -> ValueKind.UUID;
      case "json", "jsonb" -> ValueKind.JSON;
      case "bit" ->
          type.length() == null || type.length() == 1 ? ValueKind.BOOLEAN : ValueKind.TEXT;
      default -> ValueKind.TEXT;
    };
  }

  /** Whether the type is blank-padded {@code character(n)}, whose trailing blanks are padding. */
  static boolean isPaddedChar(DataType type) {
    return type.name().equalsIgnoreCase("character");
  }
}
