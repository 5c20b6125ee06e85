package io.godwit.ir;

/** The neutral data types. Back ends render each for their product. */
public enum TypeKind {
  BOOLEAN,
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  /** Exact numeric with optional precision and scale. */
  DECIMAL,
  /** Single precision floating point. */
  REAL,
  /** Double precision floating point. */
  DOUBLE,
  /** Money: exact, 4 decimals. */
  MONEY,
  /** Fixed-length character string. */
  CHAR,
  /** Variable-length character string; no size means unbounded. */
  VARCHAR,
  /** Large character object (CLOB, TEXT, NTEXT, VARCHAR(MAX)). */
  CLOB,
  /** Fixed-length binary. */
  BINARY,
  /** Variable-length binary; no size means unbounded. */
  VARBINARY,
  /** Large binary object. */
  BLOB,
  DATE,
  /** Time of day, with fractional-second precision. */
  TIME,
  TIME_TZ,
  /** Date and time without time zone. */
  TIMESTAMP,
  /** Date and time with time zone (an instant). */
  TIMESTAMP_TZ,
  /** Oracle TIMESTAMP WITH LOCAL TIME ZONE: stored normalised, shown in the session zone. */
  TIMESTAMP_LTZ,
  INTERVAL_YEAR_MONTH,
  INTERVAL_DAY_SECOND,
  UUID,
  XML,
  JSON,
  /** An array of the element type (collections). */
  ARRAY,
  /** A cursor variable (REF CURSOR, SYS_REFCURSOR, T-SQL CURSOR variables). */
  REF_CURSOR,
  /** A record type: attributes listed in the type's fields. */
  RECORD,
  /** A user-defined type, domain or table type, by name. */
  NAMED,
  /** {@code x%TYPE}: the type of a column or variable, resolved later. */
  TYPE_OF,
  /** {@code t%ROWTYPE}: the row type of a table or cursor. */
  ROW_TYPE_OF,
  /** A type the target has nothing for (ROWID, SQL_VARIANT, ...): kept as text, with an item. */
  UNSUPPORTED
}
