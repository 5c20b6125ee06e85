package io.godwit.convert.types;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import java.util.Locale;

/**
 * The small text syntax for neutral types used by mapping rules: {@code decimal(10,2)}, {@code
 * varchar(30)}, {@code timestamptz(3)}, {@code clob}. Parsed by scanning, never by regular
 * expressions.
 */
public final class TypeSpec {

  private TypeSpec() {}

  /** Parses {@code text}; throws IllegalArgumentException naming what is wrong. */
  public static SqlType parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    int open = t.indexOf('(');
    String name = open < 0 ? t : t.substring(0, open).strip();
    Integer a = null;
    Integer b = null;
    if (open >= 0) {
      int close = t.indexOf(')', open);
      if (close < 0) {
        throw new IllegalArgumentException("missing ')' in type " + text);
      }
      String inside = t.substring(open + 1, close);
      int comma = inside.indexOf(',');
      a = number(comma < 0 ? inside : inside.substring(0, comma), text);
      b = comma < 0 ? null : number(inside.substring(comma + 1), text);
    }
    return switch (name) {
      case "boolean" -> SqlType.of(TypeKind.BOOLEAN);
      case "tinyint" -> SqlType.of(TypeKind.TINYINT);
      case "smallint" -> SqlType.of(TypeKind.SMALLINT);
      case "integer" -> SqlType.of(TypeKind.INTEGER);
      case "bigint" -> SqlType.of(TypeKind.BIGINT);
      case "decimal" -> SqlType.decimal(a, b);
      case "real" -> SqlType.of(TypeKind.REAL);
      case "double" -> SqlType.of(TypeKind.DOUBLE);
      case "money" -> SqlType.of(TypeKind.MONEY);
      case "char" -> SqlType.sized(TypeKind.CHAR, a);
      case "nchar" -> SqlType.sized(TypeKind.CHAR, a).asNational();
      case "varchar" -> SqlType.sized(TypeKind.VARCHAR, a);
      case "nvarchar" -> SqlType.sized(TypeKind.VARCHAR, a).asNational();
      case "clob" -> SqlType.of(TypeKind.CLOB);
      case "nclob" -> SqlType.of(TypeKind.CLOB).asNational();
      case "binary" -> SqlType.sized(TypeKind.BINARY, a);
      case "varbinary" -> SqlType.sized(TypeKind.VARBINARY, a);
      case "blob" -> SqlType.of(TypeKind.BLOB);
      case "date" -> SqlType.of(TypeKind.DATE);
      case "time" -> SqlType.sized(TypeKind.TIME, a);
      case "timetz" -> SqlType.sized(TypeKind.TIME_TZ, a);
      case "timestamp" -> SqlType.sized(TypeKind.TIMESTAMP, a);
      case "timestamptz" -> SqlType.sized(TypeKind.TIMESTAMP_TZ, a);
      case "timestampltz" -> SqlType.sized(TypeKind.TIMESTAMP_LTZ, a);
      case "interval_ym" -> SqlType.of(TypeKind.INTERVAL_YEAR_MONTH);
      case "interval_ds" -> SqlType.sized(TypeKind.INTERVAL_DAY_SECOND, a);
      case "uuid" -> SqlType.of(TypeKind.UUID);
      case "xml" -> SqlType.of(TypeKind.XML);
      case "json" -> SqlType.of(TypeKind.JSON);
      case "refcursor" -> SqlType.of(TypeKind.REF_CURSOR);
      case "unsupported" -> SqlType.of(TypeKind.UNSUPPORTED);
      default ->
          throw new IllegalArgumentException("unknown neutral type '" + name + "' in " + text);
    };
  }

  private static Integer number(String s, String text) {
    String v = s.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + v + "' is not a number in type " + text);
    }
  }
}
