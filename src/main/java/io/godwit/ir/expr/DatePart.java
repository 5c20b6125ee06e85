package io.godwit.ir.expr;

/** Units and fields of date arithmetic, EXTRACT and truncation. */
public enum DatePart {
  YEAR,
  QUARTER,
  MONTH,
  WEEK,
  /** ISO week number. */
  ISO_WEEK,
  DAY,
  DAY_OF_YEAR,
  DAY_OF_WEEK,
  HOUR,
  MINUTE,
  SECOND,
  MILLISECOND,
  MICROSECOND,
  NANOSECOND,
  TIMEZONE_HOUR,
  TIMEZONE_MINUTE
}
