package io.godwit.dialect.sqlserver;

import io.godwit.model.DataType;
import java.util.Set;

/**
 * SQL Server's catalog types ({@code sys.types} joined to {@code sys.columns}, {@code
 * sys.parameters} or an alias type's own row) as model types.
 */
final class SqlServerTypes {

  private static final Set<String> BYTE_LENGTH = Set.of("char", "varchar", "binary", "varbinary");
  private static final Set<String> NATIONAL = Set.of("nchar", "nvarchar");
  private static final Set<String> EXACT = Set.of("decimal", "numeric");
  private static final Set<String> FRACTIONAL_SECONDS =
      Set.of("datetime2", "time", "datetimeoffset");

  private SqlServerTypes() {}

  /**
   * The type of a column, parameter or alias type.
   *
   * @param typeName {@code sys.types.name} of the declared type
   * @param typeSchema the schema of the declared type
   * @param userDefined {@code sys.types.is_user_defined}: an alias, CLR or table type
   * @param baseTypeName the system type under an alias type ({@code sys.types} row of its {@code
   *     system_type_id}); for system types the type itself
   * @param maxLength {@code max_length} in bytes, -1 for MAX
   * @param precision {@code precision}
   * @param scale {@code scale}
   */
  static DataType decode(
      String typeName,
      String typeSchema,
      boolean userDefined,
      String baseTypeName,
      int maxLength,
      int precision,
      int scale) {
    DataType base =
        system(baseTypeName == null ? typeName : baseTypeName, maxLength, precision, scale);
    if (!userDefined) {
      return typeName.equals(base.name()) ? base : base.withDeclared(typeName);
    }
    String name = SqlServerNames.qualified(typeSchema, typeName);
    // An alias type keeps its own name; length, precision and scale are those it was declared with.
    return new DataType(name, base.length(), base.precision(), base.scale(), null, name);
  }

  /** A system type with the modifiers that matter for it. */
  static DataType system(String name, int maxLength, int precision, int scale) {
    if (BYTE_LENGTH.contains(name)) {
      long length = maxLength;
      return new DataType(name, length, null, null, null, name + "(" + modifier(length) + ")");
    }
    if (NATIONAL.contains(name)) {
      // max_length counts bytes; nchar and nvarchar lengths are declared in byte pairs.
      long length = maxLength == -1 ? -1 : maxLength / 2;
      return new DataType(name, length, null, null, null, name + "(" + modifier(length) + ")");
    }
    if (EXACT.contains(name)) {
      return new DataType(
          name, null, precision, scale, null, name + "(" + precision + "," + scale + ")");
    }
    if (FRACTIONAL_SECONDS.contains(name)) {
      // sys.columns keeps the fractional-second digits in scale.
      return new DataType(name, null, scale, null, null, name + "(" + scale + ")");
    }
    if (name.equals("float")) {
      return new DataType(name, null, precision, null, null, name + "(" + precision + ")");
    }
    return DataType.of(name);
  }

  private static String modifier(long length) {
    return length == -1 ? "max" : Long.toString(length);
  }
}
