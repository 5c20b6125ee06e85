package io.godwit.dialect.postgres;

import io.godwit.ir.SqlType;

/** Neutral types as PostgreSQL writes them. */
final class PgTypes {

  private final PgNames names;

  PgTypes(PgNames names) {
    this.names = names;
  }

  /** The PostgreSQL type, or null for UNSUPPORTED (the caller raises the item). */
  String render(SqlType t) {
    Integer n = t.size();
    return switch (t.kind()) {
      case BOOLEAN -> "boolean";
      case TINYINT, SMALLINT -> t.unsigned() ? "integer" : "smallint";
      case INTEGER -> t.unsigned() ? "bigint" : "integer";
      case BIGINT -> t.unsigned() ? "numeric(20)" : "bigint";
      case DECIMAL -> decimal(t);
      case REAL -> "real";
      case DOUBLE -> "double precision";
      case MONEY -> "numeric(19,4)";
      case CHAR -> n == null ? "char(1)" : "char(" + n + ")";
      case VARCHAR -> n == null ? "varchar" : "varchar(" + n + ")";
      case CLOB -> "text";
      case BINARY, VARBINARY, BLOB -> "bytea";
      case DATE -> "date";
      case TIME -> n == null ? "time" : "time(" + Math.min(n, 6) + ")";
      case TIME_TZ ->
          n == null ? "time with time zone" : "time(" + Math.min(n, 6) + ") with time zone";
      case TIMESTAMP -> n == null ? "timestamp" : "timestamp(" + Math.min(n, 6) + ")";
      case TIMESTAMP_TZ, TIMESTAMP_LTZ ->
          n == null
              ? "timestamp with time zone"
              : "timestamp(" + Math.min(n, 6) + ") with time zone";
      case INTERVAL_YEAR_MONTH -> "interval year to month";
      case INTERVAL_DAY_SECOND ->
          n == null ? "interval day to second" : "interval day to second(" + Math.min(n, 6) + ")";
      case UUID -> "uuid";
      case XML -> "xml";
      case JSON -> "jsonb";
      case ARRAY -> {
        String element = render(t.element());
        yield element == null ? null : element + "[]";
      }
      case REF_CURSOR -> "refcursor";
      case RECORD -> "record";
      case NAMED -> names.qualified(t.name());
      case TYPE_OF -> names.qualified(t.name()) + "%TYPE";
      case ROW_TYPE_OF -> names.qualified(t.name()) + "%ROWTYPE";
      case UNSUPPORTED -> null;
    };
  }

  private static String decimal(SqlType t) {
    if (t.size() == null) {
      return "numeric";
    }
    if (t.scale() == null || t.scale() == 0) {
      return "numeric(" + t.size() + ")";
    }
    return "numeric(" + t.size() + "," + t.scale() + ")";
  }
}
