package io.godwit.model;

/**
 * A column, parameter or attribute type as the source database reports it.
 *
 * @param name the base type name without length, precision or scale, as the source product spells
 *     it ({@code varchar2}, {@code numeric}, {@code int unsigned}, {@code timestamp with time
 *     zone}); readers of case-insensitive products give it in lower case
 * @param length the character or binary length, or {@code null}; -1 means "max" (SQL Server)
 * @param precision numeric precision, or fractional-second precision for time types, or {@code
 *     null}
 * @param scale numeric scale, or {@code null}
 * @param lengthUnit BYTE or CHAR for character types where the source distinguishes, else {@code
 *     null}
 * @param declared the type exactly as the catalog or script declared it, for display
 */
public record DataType(
    String name,
    Long length,
    Integer precision,
    Integer scale,
    LengthUnit lengthUnit,
    String declared) {

  public DataType {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a data type needs a name");
    }
    if (declared == null) {
      declared = name;
    }
  }

  /** A type with no length, precision or scale. */
  public static DataType of(String name) {
    return new DataType(name, null, null, null, null, null);
  }

  /** A type with only a length ({@code varchar(30)}). */
  public static DataType ofLength(String name, long length) {
    return new DataType(name, length, null, null, null, null);
  }

  /** A numeric type with precision and scale. */
  public static DataType ofNumeric(String name, Integer precision, Integer scale) {
    return new DataType(name, null, precision, scale, null, null);
  }

  /** This type with the given display text. */
  public DataType withDeclared(String text) {
    return new DataType(name, length, precision, scale, lengthUnit, text);
  }
}
