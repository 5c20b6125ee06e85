package io.godwit.dialect.mysql;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;

/**
 * Neutral types as MySQL writes them (docs/conversion/mysql.md has the table). Three places use
 * types differently: columns, stored-program variables and parameters, and CAST targets, which
 * accept only a few type names.
 */
final class MyTypes {

  /** The longest VARCHAR in characters: 65,535 bytes at 4 bytes a character (utf8mb4). */
  static final int MAX_VARCHAR = 16_383;

  /** The row size MySQL allows, not counting BLOB and TEXT contents. */
  static final int MAX_ROW_BYTES = 65_535;

  /** Bytes a character may take in utf8mb4. */
  static final int BYTES_PER_CHAR = 4;

  /** The widest DECIMAL, used for numbers without precision. */
  static final String WIDE_DECIMAL = "DECIMAL(65,30)";

  /**
   * A rendered type.
   *
   * @param text the MySQL type, or null when there is none (the caller writes a fallback)
   * @param code an item to raise, or null
   * @param message the item's message
   */
  record Result(String text, String code, String message) {
    static Result of(String text) {
      return new Result(text, null, null);
    }
  }

  private final MySqlTarget target;
  private final MyNames names;

  MyTypes(MySqlTarget target, MyNames names) {
    this.target = target;
    this.names = names;
  }

  /** The type of a column. */
  Result column(SqlType t) {
    return render(t, false);
  }

  /** The type of a stored-program variable, parameter or function result. */
  Result variable(SqlType t) {
    return render(t, true);
  }

  private Result render(SqlType t, boolean variable) {
    Integer n = t.size();
    String unsigned = t.unsigned() ? " UNSIGNED" : "";
    return switch (t.kind()) {
      case BOOLEAN -> Result.of("TINYINT(1)");
      case TINYINT -> Result.of("TINYINT" + unsigned);
      case SMALLINT -> Result.of("SMALLINT" + unsigned);
      case INTEGER -> Result.of("INT" + unsigned);
      case BIGINT -> Result.of("BIGINT" + unsigned);
      case DECIMAL -> Result.of(decimal(t, true) + unsigned);
      case REAL -> Result.of("FLOAT");
      case DOUBLE -> Result.of("DOUBLE");
      case MONEY -> Result.of("DECIMAL(19,4)");
      case CHAR -> Result.of(n == null ? (variable ? "LONGTEXT" : "CHAR(1)") : character(n, true));
      case VARCHAR -> Result.of(n == null ? "LONGTEXT" : character(n, false));
      case CLOB -> Result.of("LONGTEXT");
      case BINARY -> Result.of(n == null ? "BINARY(1)" : binary(n, true));
      case VARBINARY -> Result.of(n == null ? "LONGBLOB" : binary(n, false));
      case BLOB -> Result.of("LONGBLOB");
      case DATE -> Result.of("DATE");
      case TIME -> precise("TIME", n);
      case TIMESTAMP -> precise("DATETIME", n == null ? 6 : n);
      case TIME_TZ ->
          new Result(
              "TIME" + fsp(n),
              MyItems.TIME_ZONE,
              "TIME WITH TIME ZONE became TIME: the offset is not kept");
      case TIMESTAMP_TZ, TIMESTAMP_LTZ ->
          new Result(
              "DATETIME" + fsp(n == null ? 6 : n),
              MyItems.TIME_ZONE,
              (t.kind() == TypeKind.TIMESTAMP_TZ
                      ? "TIMESTAMP WITH TIME ZONE"
                      : "TIMESTAMP WITH LOCAL TIME ZONE")
                  + " became DATETIME: the time zone is not kept");
      case INTERVAL_YEAR_MONTH ->
          new Result(
              "INT",
              MyItems.INTERVAL_TYPE,
              "a year-to-month interval is stored as a number of months");
      case INTERVAL_DAY_SECOND ->
          new Result(
              "DECIMAL(18,6)",
              MyItems.INTERVAL_TYPE,
              "a day-to-second interval is stored as a number of seconds");
      case UUID ->
          Result.of(target.uuid() == MySqlTarget.Uuid.BINARY16 ? "BINARY(16)" : "CHAR(36)");
      case JSON -> Result.of("JSON");
      case XML ->
          new Result(
              "LONGTEXT",
              MyItems.UNSUPPORTED_TYPE,
              "XML became LONGTEXT: MySQL has no XML type (ExtractValue and UpdateXML work on"
                  + " text)");
      case TYPE_OF ->
          target.nativeRows() && t.name() != null
              ? Result.of("TYPE OF " + qualifiedText(t))
              : new Result(
                  "LONGTEXT",
                  MyItems.ANCHORED_TYPE,
                  "%TYPE of " + t.name() + " could not be resolved: declared as LONGTEXT");
      case ROW_TYPE_OF ->
          target.nativeRows() && t.name() != null
              ? Result.of("ROW TYPE OF " + qualifiedText(t))
              : new Result(null, MyItems.ANCHORED_TYPE, "%ROWTYPE of " + t.name());
      case ARRAY -> new Result(null, MyItems.COLLECTION, "a collection type has no MySQL form");
      case NAMED -> new Result(null, MyItems.USER_TYPE, "user-defined type " + t.name());
      case REF_CURSOR, RECORD, UNSUPPORTED -> new Result(null, MyItems.UNSUPPORTED_TYPE, null);
    };
  }

  private String qualifiedText(SqlType t) {
    return names.qualified(t.name());
  }

  private static Result precise(String name, Integer n) {
    if (n != null && n > 6) {
      return new Result(
          name + "(6)",
          MyItems.TIME_PRECISION,
          "fractional seconds beyond microseconds (" + n + " digits) are rounded to 6");
    }
    return Result.of(name + fsp(n));
  }

  private static String fsp(Integer n) {
    if (n == null || n <= 0) {
      return "";
    }
    return "(" + Math.min(n, 6) + ")";
  }

  /**
   * DECIMAL by precision: scale 0 and up to 9 digits is INT, up to 18 BIGINT; no precision is the
   * widest DECIMAL. {@code integers} false keeps DECIMAL (CAST targets).
   */
  static String decimal(SqlType t, boolean integers) {
    Integer p = t.size();
    Integer s = t.scale();
    if (p == null) {
      return s != null && s == 0 ? "DECIMAL(65,0)" : WIDE_DECIMAL;
    }
    int scale = s == null ? 0 : s;
    int precision = p;
    if (scale < 0) {
      // Oracle NUMBER(5,-2): integers rounded to hundreds, up to 7 digits.
      precision = precision - scale;
      scale = 0;
    }
    if (scale > precision) {
      precision = scale;
    }
    scale = Math.min(scale, 30);
    precision = Math.min(Math.max(precision, 1), 65);
    if (integers && scale == 0 && precision <= 9) {
      return "INT";
    }
    if (integers && scale == 0 && precision <= 18) {
      return "BIGINT";
    }
    return scale == 0 ? "DECIMAL(" + precision + ")" : "DECIMAL(" + precision + "," + scale + ")";
  }

  /** CHAR up to 255 characters, then VARCHAR, then TEXT types by size. */
  static String character(int n, boolean fixed) {
    if (fixed && n <= 255) {
      return "CHAR(" + Math.max(n, 1) + ")";
    }
    if (n <= MAX_VARCHAR) {
      return "VARCHAR(" + Math.max(n, 1) + ")";
    }
    return text((long) n * BYTES_PER_CHAR);
  }

  /** The smallest TEXT type for {@code bytes}. */
  static String text(long bytes) {
    if (bytes <= 65_535) {
      return "TEXT";
    }
    if (bytes <= 16_777_215) {
      return "MEDIUMTEXT";
    }
    return "LONGTEXT";
  }

  private static String binary(int n, boolean fixed) {
    if (fixed && n <= 255) {
      return "BINARY(" + Math.max(n, 1) + ")";
    }
    if (n <= 65_532) {
      return "VARBINARY(" + Math.max(n, 1) + ")";
    }
    return n <= 16_777_215 ? "MEDIUMBLOB" : "LONGBLOB";
  }

  /** The CAST target for {@code t}, or null when CAST cannot produce it. */
  String cast(SqlType t) {
    Integer n = t.size();
    return switch (t.kind()) {
      case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT -> t.unsigned() ? "UNSIGNED" : "SIGNED";
      case DECIMAL -> decimal(t, false);
      case MONEY -> "DECIMAL(19,4)";
      case REAL -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case CHAR, VARCHAR -> n == null || n > MAX_VARCHAR ? "CHAR" : "CHAR(" + Math.max(n, 1) + ")";
      case CLOB, XML -> "CHAR";
      case BINARY, VARBINARY -> n == null || n > 65_532 ? "BINARY" : "BINARY(" + n + ")";
      case BLOB -> "BINARY";
      case DATE -> "DATE";
      case TIME, TIME_TZ -> "TIME" + fsp(n);
      case TIMESTAMP, TIMESTAMP_TZ, TIMESTAMP_LTZ -> "DATETIME" + fsp(n == null ? 6 : n);
      case UUID -> target.uuid() == MySqlTarget.Uuid.BINARY16 ? "BINARY(16)" : "CHAR(36)";
      case JSON -> target.mariadb() ? "CHAR" : "JSON";
      default -> null;
    };
  }

  /**
   * The most bytes a column of this rendered type counts toward the 65,535-byte row limit: the full
   * width of CHAR, VARCHAR and BINARY types, a pointer for TEXT and BLOB types.
   */
  static int rowBytes(String rendered) {
    int space = rendered.indexOf(' ');
    String r = space < 0 ? rendered : rendered.substring(0, space);
    int open = r.indexOf('(');
    String name = open < 0 ? r : r.substring(0, open);
    int size = 0;
    if (open >= 0) {
      int end = r.indexOf(')', open);
      String inside = r.substring(open + 1, end < 0 ? r.length() : end);
      int comma = inside.indexOf(',');
      try {
        size = Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma));
      } catch (NumberFormatException e) {
        size = 0;
      }
    }
    return switch (name) {
      case "VARCHAR" -> size * BYTES_PER_CHAR + (size * BYTES_PER_CHAR > 255 ? 2 : 1);
      case "CHAR" -> size * BYTES_PER_CHAR;
      case "VARBINARY" -> size + (size > 255 ? 2 : 1);
      case "BINARY" -> size;
      case "TINYINT" -> 1;
      case "SMALLINT" -> 2;
      case "INT", "FLOAT", "DATE" -> 4;
      case "BIGINT", "DOUBLE" -> 8;
      case "DECIMAL" -> (size + 8) / 9 * 4 + 4;
      case "DATETIME" -> 8;
      case "TIME" -> 6;
      default -> 12;
    };
  }
}
