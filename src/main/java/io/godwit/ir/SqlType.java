package io.godwit.ir;

import java.util.List;

/**
 * A neutral data type.
 *
 * @param kind the neutral kind
 * @param size length for character and binary types, precision for DECIMAL, fractional-second
 *     precision for time types and DAY TO SECOND intervals; {@code null} when not given
 * @param scale scale for DECIMAL, else {@code null}
 * @param national whether a character type is national (NCHAR, NVARCHAR2, NVARCHAR)
 * @param charLength for character types: whether {@code size} counts characters (true) or bytes
 * @param unsigned MySQL unsigned integers and decimals
 * @param name for NAMED, TYPE_OF and ROW_TYPE_OF: what it refers to; else {@code null}
 * @param element for ARRAY: the element type; else {@code null}
 * @param fields for RECORD: the fields in order; else empty
 * @param source the type exactly as the source declared it, for comments and action items
 */
public record SqlType(
    TypeKind kind,
    Integer size,
    Integer scale,
    boolean national,
    boolean charLength,
    boolean unsigned,
    QName name,
    SqlType element,
    List<Field> fields,
    String source) {

  /** A field of a RECORD type. */
  public record Field(Ident name, SqlType type) {}

  public SqlType {
    if (kind == null) {
      throw new IllegalArgumentException("a type needs a kind");
    }
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  public static SqlType of(TypeKind kind) {
    return new SqlType(kind, null, null, false, true, false, null, null, null, null);
  }

  public static SqlType sized(TypeKind kind, Integer size) {
    return new SqlType(kind, size, null, false, true, false, null, null, null, null);
  }

  public static SqlType decimal(Integer precision, Integer scale) {
    return new SqlType(
        TypeKind.DECIMAL, precision, scale, false, true, false, null, null, null, null);
  }

  public static SqlType named(TypeKind kind, QName name) {
    return new SqlType(kind, null, null, false, true, false, name, null, null, null);
  }

  /**
   * An associative array indexed by strings (Oracle's INDEX BY VARCHAR2): a JSON object whose keys
   * are the indexes and whose values are of {@code element}, walked in key order.
   */
  public static SqlType mapOf(SqlType element) {
    return new SqlType(TypeKind.JSON, null, null, false, true, false, null, element, null, null);
  }

  /** Whether this is a {@link #mapOf map}: JSON with an element type. */
  public boolean isMap() {
    return kind == TypeKind.JSON && element != null;
  }

  public static SqlType arrayOf(SqlType element) {
    return new SqlType(TypeKind.ARRAY, null, null, false, true, false, null, element, null, null);
  }

  /** This type with the source declaration recorded. */
  public SqlType withSource(String text) {
    return new SqlType(
        kind, size, scale, national, charLength, unsigned, name, element, fields, text);
  }

  /** This type with another size. */
  public SqlType withSize(Integer newSize) {
    return new SqlType(
        kind, newSize, scale, national, charLength, unsigned, name, element, fields, source);
  }

  /** This type marked national. */
  public SqlType asNational() {
    return new SqlType(
        kind, size, scale, true, charLength, unsigned, name, element, fields, source);
  }

  /** This type with byte (false) or character (true) length semantics. */
  public SqlType withCharLength(boolean chars) {
    return new SqlType(kind, size, scale, national, chars, unsigned, name, element, fields, source);
  }

  /** This type marked unsigned. */
  public SqlType asUnsigned() {
    return new SqlType(
        kind, size, scale, national, charLength, true, name, element, fields, source);
  }

  public boolean isCharacter() {
    return kind == TypeKind.CHAR || kind == TypeKind.VARCHAR || kind == TypeKind.CLOB;
  }

  public boolean isNumeric() {
    return switch (kind) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE, MONEY -> true;
      default -> false;
    };
  }

  public boolean isTemporal() {
    return switch (kind) {
      case DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, TIMESTAMP_LTZ -> true;
      default -> false;
    };
  }
}
