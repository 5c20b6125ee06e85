package io.godwit.dialect.postgres;

import io.godwit.model.DataType;

/** Decodes PostgreSQL's {@code atttypmod} into length, precision and scale. */
final class PgTypeModifier {

  private static final int VARHDRSZ = 4;

  private PgTypeModifier() {}

  /**
   * The model type for a column.
   *
   * @param baseTypeName the internal type name ({@code typname}: varchar, numeric, ...)
   * @param name {@code format_type(oid, NULL)}: the type's SQL name without modifiers
   * @param declared {@code format_type(oid, typmod)}: the full declaration
   * @param typmod the type modifier, -1 when there is none
   */
  static DataType decode(String baseTypeName, String name, String declared, int typmod) {
    Long length = null;
    Integer precision = null;
    Integer scale = null;
    if (typmod >= 0) {
      switch (baseTypeName) {
        case "varchar", "bpchar" -> length = (long) (typmod - VARHDRSZ);
        case "bit", "varbit" -> length = (long) typmod;
        case "numeric" -> {
          int mod = typmod - VARHDRSZ;
          precision = (mod >> 16) & 0xFFFF;
          // The scale is an 11-bit signed number since PostgreSQL 15.
          scale = ((mod & 0x7FF) ^ 1024) - 1024;
        }
        case "timestamp", "timestamptz", "time", "timetz" -> precision = typmod;
        case "interval" -> {
          int p = typmod & 0xFFFF;
          precision = p == 0xFFFF ? null : p;
        }
        default -> {
          // Other modifiers (geometry, vector, ...) stay visible in the declared text only.
        }
      }
    }
    return new DataType(name, length, precision, scale, null, declared);
  }
}
