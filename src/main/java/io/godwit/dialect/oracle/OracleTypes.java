package io.godwit.dialect.oracle;

import io.godwit.model.DataType;
import io.godwit.model.LengthUnit;
import java.util.Locale;
import java.util.Set;

/**
 * Oracle's catalog type columns ({@code DATA_TYPE}, {@code DATA_LENGTH}, {@code DATA_PRECISION},
 * {@code DATA_SCALE}, {@code CHAR_LENGTH}, {@code CHAR_USED}, ...) as model types. Built-in type
 * names are lower-cased with their modifiers removed ({@code TIMESTAMP(6) WITH TIME ZONE} becomes
 * {@code timestamp with time zone}); user-defined types keep their case and are qualified with
 * their owner.
 */
final class OracleTypes {

  /** Owners whose types are part of the product: named bare, in lower case (xmltype, anydata). */
  private static final Set<String> PRODUCT_OWNERS = Set.of("SYS", "PUBLIC");

  private static final Set<String> CHARACTER = Set.of("varchar2", "char", "varchar");
  private static final Set<String> NATIONAL_CHARACTER = Set.of("nvarchar2", "nchar");
  private static final Set<String> TIMESTAMPS =
      Set.of("timestamp", "timestamp with time zone", "timestamp with local time zone");

  private OracleTypes() {}

  /**
   * The type of a column, attribute or collection element.
   *
   * @param dataType {@code DATA_TYPE} (or {@code ATTR_TYPE_NAME}, {@code ELEM_TYPE_NAME})
   * @param typeOwner the owner of a user-defined type, else {@code null}
   * @param typeMod {@code REF} or {@code POINTER} for references, else {@code null}
   * @param byteLength {@code DATA_LENGTH}: the length in bytes
   * @param precision {@code DATA_PRECISION}, {@code null} when not declared
   * @param scale {@code DATA_SCALE}, {@code null} when not declared
   * @param charLength {@code CHAR_LENGTH}: the length in characters
   * @param charUsed {@code B} (byte semantics), {@code C} (character semantics) or {@code null}
   */
  static DataType decode(
      String dataType,
      String typeOwner,
      String typeMod,
      Long byteLength,
      Integer precision,
      Integer scale,
      Long charLength,
      String charUsed) {
    if (dataType == null || dataType.isBlank()) {
      return DataType.of("undefined");
    }
    if (typeOwner != null && !PRODUCT_OWNERS.contains(typeOwner)) {
      String name = OracleNames.quote(typeOwner) + "." + OracleNames.quote(dataType);
      return DataType.of(reference(typeMod) + name);
    }
    String name = baseName(dataType);
    if (typeOwner != null) {
      return DataType.of(reference(typeMod) + name);
    }
    if (CHARACTER.contains(name) || NATIONAL_CHARACTER.contains(name)) {
      boolean national = NATIONAL_CHARACTER.contains(name);
      LengthUnit unit = national || "C".equals(charUsed) ? LengthUnit.CHAR : LengthUnit.BYTE;
      Long length = unit == LengthUnit.CHAR && charLength != null ? charLength : byteLength;
      String declared =
          length == null
              ? name
              : national
                  ? name + "(" + length + ")"
                  : name + "(" + length + " " + unit.name().toLowerCase(Locale.ROOT) + ")";
      return new DataType(name, length, null, null, unit, declared);
    }
    switch (name) {
      case "raw", "urowid" -> {
        return new DataType(
            name,
            byteLength,
            null,
            null,
            null,
            byteLength == null ? name : name + "(" + byteLength + ")");
      }
      case "number" -> {
        String declared;
        if (precision == null && scale == null) {
          declared = name;
        } else if (precision == null) {
          declared = name + "(*," + scale + ")";
        } else if (scale == null || scale == 0) {
          declared = name + "(" + precision + ")";
        } else {
          declared = name + "(" + precision + "," + scale + ")";
        }
        return new DataType(name, null, precision, scale, null, declared);
      }
      case "float" -> {
        return new DataType(
            name,
            null,
            precision,
            null,
            null,
            precision == null ? name : name + "(" + precision + ")");
      }
      case "interval year to month" -> {
        String declared = precision == null ? name : "interval year(" + precision + ") to month";
        return new DataType(name, null, precision, null, null, declared);
      }
      case "interval day to second" -> {
        String declared =
            "interval day"
                + (precision == null ? "" : "(" + precision + ")")
                + " to second"
                + (scale == null ? "" : "(" + scale + ")");
        return new DataType(name, null, precision, scale, null, declared);
      }
      default -> {
        if (TIMESTAMPS.contains(name)) {
          // DATA_SCALE holds the fractional-second precision of TIMESTAMP types.
          String declared =
              scale == null
                  ? name
                  : "timestamp(" + scale + ")" + name.substring("timestamp".length());
          return new DataType(name, null, scale, null, null, declared);
        }
        return DataType.of(name);
      }
    }
  }

  /**
   * The type of a routine parameter or function result from {@code ALL_ARGUMENTS}. Parameters have
   * no length or precision in PL/SQL, so only the name is set.
   *
   * @param dataType {@code DATA_TYPE} ({@code VARCHAR2}, {@code PL/SQL BOOLEAN}, {@code OBJECT},
   *     {@code REF CURSOR}, ...)
   * @param typeOwner {@code TYPE_OWNER} of a user-defined type, else {@code null}
   * @param typeName {@code TYPE_NAME}: the user-defined type, or the package declaring it
   * @param typeSubname {@code TYPE_SUBNAME}: the type inside that package, else {@code null}
   * @param plsType {@code PLS_TYPE}: the PL/SQL type name of a scalar as declared ({@code INTEGER},
   *     {@code PLS_INTEGER}), else {@code null}
   */
  static DataType argument(
      String dataType, String typeOwner, String typeName, String typeSubname, String plsType) {
    if (typeName != null) {
      if (typeOwner == null || PRODUCT_OWNERS.contains(typeOwner)) {
        String bare = typeSubname == null ? typeName : typeName + "." + typeSubname;
        return DataType.of(bare.toLowerCase(Locale.ROOT));
      }
      String name = OracleNames.quote(typeOwner) + "." + OracleNames.quote(typeName);
      if (typeSubname != null) {
        name = name + "." + OracleNames.quote(typeSubname);
      }
      return DataType.of(name);
    }
    if (plsType != null && !plsType.isBlank()) {
      return DataType.of(baseName(plsType));
    }
    return dataType == null ? DataType.of("undefined") : DataType.of(baseName(dataType));
  }

  private static String reference(String typeMod) {
    return "REF".equals(typeMod) ? "ref " : "";
  }

  /**
   * The name without parenthesised modifiers, blanks collapsed, in lower case: {@code INTERVAL
   * DAY(2) TO SECOND(6)} becomes {@code interval day to second}.
   */
  static String baseName(String dataType) {
    StringBuilder out = new StringBuilder(dataType.length());
    int depth = 0;
    boolean blank = false;
    for (int i = 0; i < dataType.length(); i++) {
      char c = dataType.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        if (Character.isWhitespace(c)) {
          blank = out.length() > 0;
        } else {
          if (blank) {
            out.append(' ');
            blank = false;
          }
          out.append(c);
        }
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
