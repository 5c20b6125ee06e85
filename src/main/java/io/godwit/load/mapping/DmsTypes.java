package io.godwit.load.mapping;

import io.godwit.load.ValueKind;
import io.godwit.load.mapping.TableMapping.DataTypeSpec;
import java.util.Locale;

/** The DMS data types of change-data-type rules and the kind of value each one means. */
public final class DmsTypes {

  private DmsTypes() {}

  /**
   * The kind of a DMS type.
   *
   * @throws MappingException for a type DMS does not define
   */
  public static ValueKind kindOf(DataTypeSpec type, String where) {
    return switch (type.type().toLowerCase(Locale.ROOT)) {
      case "boolean" -> ValueKind.BOOLEAN;
      case "bytes", "blob" -> ValueKind.BINARY;
      case "date" -> ValueKind.DATE;
      case "time" -> ValueKind.TIME;
      case "datetime" -> ValueKind.TIMESTAMP;
      case "int1", "int2", "int4", "int8", "uint1", "uint2", "uint4" -> ValueKind.INTEGER;
      case "uint8", "numeric" -> ValueKind.DECIMAL;
      case "real4" -> ValueKind.FLOAT32;
      case "real8" -> ValueKind.FLOAT64;
      case "string", "wstring", "clob", "nclob" -> ValueKind.TEXT;
      default ->
          throw new MappingException(
              where + ": data-type '" + type.type() + "' is not a DMS type (string, int4, ...)");
    };
  }
}
