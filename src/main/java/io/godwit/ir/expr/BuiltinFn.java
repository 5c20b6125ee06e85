package io.godwit.ir.expr;

/**
 * Neutral built-in functions. Front ends lower their products' functions to these with the source
 * semantics made explicit; each back end renders them. Argument conventions are given per constant;
 * positions are 1-based like SQL.
 */
public enum BuiltinFn {
  // Null handling and comparison
  /** (a, b, ...). */
  COALESCE(1, 99),
  /** (a, b). */
  NULLIF(2, 2),
  /** (a, b, ...): NULL if any argument is NULL (Oracle semantics). */
  GREATEST(1, 99),
  /** (a, b, ...): NULL if any argument is NULL (Oracle semantics). */
  LEAST(1, 99),

  // Strings
  /** (s): length in characters; NULL for NULL. */
  LENGTH(1, 1),
  /** (s): length in bytes. */
  OCTET_LENGTH(1, 1),
  UPPER(1, 1),
  LOWER(1, 1),
  INITCAP(1, 1),
  /** (s, start[, count]): start is 1-based; Oracle's 0 counts as 1 and negative from the end. */
  SUBSTRING(2, 3),
  /** (s, search[, start[, occurrence]]): 1-based position, 0 when absent (Oracle INSTR). */
  POSITION(2, 4),
  /** (s, n). */
  LEFT(2, 2),
  /** (s, n). */
  RIGHT(2, 2),
  /** (s, n[, pad]). */
  LPAD(2, 3),
  /** (s, n[, pad]). */
  RPAD(2, 3),
  /** (s[, chars]). */
  LTRIM(1, 2),
  /** (s[, chars]). */
  RTRIM(1, 2),
  /** (s[, chars]): both ends. */
  TRIM(1, 2),
  /** (s, from, to): every occurrence; a NULL or missing 'to' removes. */
  REPLACE(2, 3),
  /** (s, from, to). */
  TRANSLATE(3, 3),
  REVERSE(1, 1),
  /** (s, n). */
  REPEAT(2, 2),
  /** (s): code of the first character. */
  ASCII(1, 1),
  /** (n): character with that code. */
  CHR(1, 1),
  /** (s, start, length, insert): T-SQL STUFF, SQL OVERLAY. */
  OVERLAY(4, 4),
  /** (s, pattern[, flags]). */
  REGEXP_LIKE(2, 3),
  /** (s, pattern, replacement[, start[, occurrence[, flags]]]). */
  REGEXP_REPLACE(2, 6),
  /** (s, pattern[, start[, occurrence[, flags[, group]]]]). */
  REGEXP_SUBSTR(2, 6),
  /** (s, pattern[, start[, occurrence[, return_option[, flags]]]]). */
  REGEXP_INSTR(2, 7),
  /** (s, pattern[, start[, flags]]). */
  REGEXP_COUNT(2, 4),

  // Conversion; format models are Oracle-style text, rendered by each back end
  /** (value[, format]). */
  TO_CHAR(1, 3),
  /** (text[, format]): a date-time without time zone. */
  TO_DATE(1, 3),
  /** (text[, format]). */
  TO_TIMESTAMP(1, 3),
  /** (text[, format]). */
  TO_NUMBER(1, 3),

  // Numbers
  ABS(1, 1),
  CEIL(1, 1),
  FLOOR(1, 1),
  /** (n[, digits]); on a date-time: round to the part given. */
  ROUND(1, 2),
  /** (n[, digits]); on a date-time see DATE_TRUNC. */
  TRUNC(1, 2),
  /** (a, b): sign of a (Oracle MOD). */
  MOD(2, 2),
  POWER(2, 2),
  SQRT(1, 1),
  EXP(1, 1),
  /** Natural logarithm. */
  LN(1, 1),
  /** (base, x). */
  LOG(2, 2),
  SIGN(1, 1),
  /** A number in [0, 1). */
  RANDOM(0, 0),

  // Dates and times
  /** Now, with time zone (SYSTIMESTAMP, SYSDATETIMEOFFSET). */
  CURRENT_TIMESTAMP(0, 0),
  /** Now, without time zone (SYSDATE, GETDATE, SYSDATETIME). */
  LOCAL_TIMESTAMP(0, 0),
  /** Today's date. */
  CURRENT_DATE(0, 0),
  /** Now in UTC, without time zone (GETUTCDATE). */
  UTC_TIMESTAMP(0, 0),
  /** (datetime, amount) with part: add amount units (negative subtracts). */
  DATE_ADD(2, 2),
  /** (start, end) with part: boundaries crossed from start to end (T-SQL DATEDIFF). */
  DATE_DIFF(2, 2),
  /** (a, b): days from b to a as a fractional number (Oracle date - date). */
  DAYS_BETWEEN(2, 2),
  /** (datetime) with part: truncate to the part (Oracle TRUNC(date, fmt) lowered). */
  DATE_TRUNC(1, 1),
  /** (datetime) with part. */
  EXTRACT(1, 1),
  /** (datetime, months). */
  ADD_MONTHS(2, 2),
  /** (a, b): fractional months a - b (Oracle). */
  MONTHS_BETWEEN(2, 2),
  /** (datetime): last day of its month, time kept. */
  LAST_DAY(1, 1),
  /** (datetime, weekday name). */
  NEXT_DAY(2, 2),
  /** (datetime): the name of the month or weekday by part (T-SQL DATENAME). */
  DATE_NAME(1, 1),
  /** (datetime[, months to add]): end of month as a date (T-SQL EOMONTH). */
  END_OF_MONTH(1, 2),

  // Identity, rows, session
  /** A random UUID (NEWID, SYS_GUID). */
  NEW_UUID(0, 0),
  /** Rows affected by the last statement (SQL%ROWCOUNT, @@ROWCOUNT). */
  ROW_COUNT(0, 0),
  /** The last identity value generated in this session (SCOPE_IDENTITY, @@IDENTITY). */
  LAST_IDENTITY(0, 0),
  /** The session user. */
  CURRENT_USER(0, 0),
  /** Error code inside a handler (SQLCODE, ERROR_NUMBER). */
  ERROR_CODE(0, 0),
  /** Error message inside a handler (SQLERRM, ERROR_MESSAGE). */
  ERROR_MESSAGE(0, 0),
  /** Error state inside a handler (SQLSTATE, ERROR_STATE). */
  ERROR_STATE(0, 0),
  /** The error stack text (DBMS_UTILITY.FORMAT_ERROR_STACK/BACKTRACE). */
  ERROR_STACK(0, 0),

  // Cursors and collections (argument 0 is the cursor or collection)
  /** (cursor): whether the last fetch returned a row (%FOUND, @@FETCH_STATUS = 0). */
  CURSOR_FOUND(1, 1),
  /** (cursor). */
  CURSOR_NOT_FOUND(1, 1),
  /** (cursor). */
  CURSOR_IS_OPEN(1, 1),
  /** (cursor): rows fetched so far. */
  CURSOR_ROW_COUNT(1, 1),
  /** (collection). */
  COLLECTION_COUNT(1, 1),
  /** (collection). */
  COLLECTION_FIRST(1, 1),
  /** (collection). */
  COLLECTION_LAST(1, 1),
  /** (collection, index). */
  COLLECTION_EXISTS(2, 2),
  /** (collection, index). */
  COLLECTION_NEXT(2, 2),
  /** (collection, index). */
  COLLECTION_PRIOR(2, 2),
  /** (collection, index): the collection without that element (a map's DELETE(key)). */
  COLLECTION_DELETE(2, 2),

  // Trigger predicates
  /** True in a trigger firing for an INSERT (Oracle INSERTING). */
  INSERTING(0, 0),
  /** True for an UPDATE; with a column argument: that column is being updated. */
  UPDATING(0, 1),
  /** True for a DELETE. */
  DELETING(0, 0),

  // Oracle hierarchical pseudo-columns and functions, removed by the hierarchy pass
  LEVEL(0, 0),
  /** (expr). */
  CONNECT_BY_ROOT(1, 1),
  /** (expr, separator). */
  SYS_CONNECT_BY_PATH(2, 2),
  CONNECT_BY_IS_LEAF(0, 0),
  /** Oracle ROWNUM, removed by the row-limit pass. */
  ROWNUM(0, 0);

  private final int minArgs;
  private final int maxArgs;

  BuiltinFn(int minArgs, int maxArgs) {
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
  }

  public int minArgs() {
    return minArgs;
  }

  public int maxArgs() {
    return maxArgs;
  }
}
