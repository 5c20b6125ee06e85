package io.godwit.ir.expr;

/**
 * Neutral built-in functions. Front ends lower their products' functions to these with the source
 * semantics made explicit; each back end renders them. Argument conventions are given per constant;
 * positions are 1-based like SQL.
 */
public enum BuiltinFn {
  // Null handling and comparison
  /** (a, b, ...). */
  COALESCE,
  /** (a, b). */
  NULLIF,
  /** (a, b, ...): NULL if any argument is NULL (Oracle semantics). */
  GREATEST,
  /** (a, b, ...): NULL if any argument is NULL (Oracle semantics). */
  LEAST,

  // Strings
  /** (s): length in characters; NULL for NULL. */
  LENGTH,
  /** (s): length in bytes. */
  OCTET_LENGTH,
  UPPER,
  LOWER,
  INITCAP,
  /** (s, start[, count]): start is 1-based; Oracle's 0 counts as 1 and negative from the end. */
  SUBSTRING,
  /** (s, search[, start[, occurrence]]): 1-based position, 0 when absent (Oracle INSTR). */
  POSITION,
  /** (s, n). */
  LEFT,
  /** (s, n). */
  RIGHT,
  /** (s, n[, pad]). */
  LPAD,
  /** (s, n[, pad]). */
  RPAD,
  /** (s[, chars]). */
  LTRIM,
  /** (s[, chars]). */
  RTRIM,
  /** (s[, chars]): both ends. */
  TRIM,
  /** (s, from, to): every occurrence; a NULL or missing 'to' removes. */
  REPLACE,
  /** (s, from, to). */
  TRANSLATE,
  REVERSE,
  /** (s, n). */
  REPEAT,
  /** (s): code of the first character. */
  ASCII,
  /** (n): character with that code. */
  CHR,
  /** (s, start, length, insert): T-SQL STUFF, SQL OVERLAY. */
  OVERLAY,
  /** (expr, separator): ordered by the call's WITHIN GROUP. */
  STRING_AGG,
  /** (s, pattern[, flags]). */
  REGEXP_LIKE,
  /** (s, pattern, replacement[, start[, occurrence[, flags]]]). */
  REGEXP_REPLACE,
  /** (s, pattern[, start[, occurrence[, flags[, group]]]]). */
  REGEXP_SUBSTR,
  /** (s, pattern[, start[, occurrence[, return_option[, flags]]]]). */
  REGEXP_INSTR,
  /** (s, pattern[, start[, flags]]). */
  REGEXP_COUNT,

  // Conversion; format models are Oracle-style text, rendered by each back end
  /** (value[, format]). */
  TO_CHAR,
  /** (text[, format]): a date-time without time zone. */
  TO_DATE,
  /** (text[, format]). */
  TO_TIMESTAMP,
  /** (text[, format]). */
  TO_NUMBER,

  // Numbers
  ABS,
  CEIL,
  FLOOR,
  /** (n[, digits]); on a date-time: round to the part given. */
  ROUND,
  /** (n[, digits]); on a date-time see DATE_TRUNC. */
  TRUNC,
  /** (a, b): sign of a (Oracle MOD). */
  MOD,
  POWER,
  SQRT,
  EXP,
  /** Natural logarithm. */
  LN,
  /** (base, x). */
  LOG,
  SIGN,
  /** A number in [0, 1). */
  RANDOM,

  // Dates and times
  /** Now, with time zone (SYSTIMESTAMP, SYSDATETIMEOFFSET). */
  CURRENT_TIMESTAMP,
  /** Now, without time zone (SYSDATE, GETDATE, SYSDATETIME). */
  LOCAL_TIMESTAMP,
  /** Today's date. */
  CURRENT_DATE,
  /** Now in UTC, without time zone (GETUTCDATE). */
  UTC_TIMESTAMP,
  /** (datetime, amount) with part: add amount units (negative subtracts). */
  DATE_ADD,
  /** (start, end) with part: boundaries crossed from start to end (T-SQL DATEDIFF). */
  DATE_DIFF,
  /** (datetime) with part: truncate to the part (Oracle TRUNC(date, fmt) lowered). */
  DATE_TRUNC,
  /** (datetime) with part. */
  EXTRACT,
  /** (datetime, months). */
  ADD_MONTHS,
  /** (a, b): fractional months a - b (Oracle). */
  MONTHS_BETWEEN,
  /** (datetime): last day of its month, time kept. */
  LAST_DAY,
  /** (datetime, weekday name). */
  NEXT_DAY,
  /** (datetime): the name of the month or weekday by part (T-SQL DATENAME). */
  DATE_NAME,
  /** (datetime[, months to add]): end of month as a date (T-SQL EOMONTH). */
  END_OF_MONTH,

  // Identity, rows, session
  /** A random UUID (NEWID, SYS_GUID). */
  NEW_UUID,
  /** Rows affected by the last statement (SQL%ROWCOUNT, @@ROWCOUNT). */
  ROW_COUNT,
  /** The last identity value generated in this session (SCOPE_IDENTITY, @@IDENTITY). */
  LAST_IDENTITY,
  /** The session user. */
  CURRENT_USER,
  /** Error code inside a handler (SQLCODE, ERROR_NUMBER). */
  ERROR_CODE,
  /** Error message inside a handler (SQLERRM, ERROR_MESSAGE). */
  ERROR_MESSAGE,
  /** Error state inside a handler (SQLSTATE, ERROR_STATE). */
  ERROR_STATE,
  /** The error stack text (DBMS_UTILITY.FORMAT_ERROR_STACK/BACKTRACE). */
  ERROR_STACK,

  // Cursors and collections (argument 0 is the cursor or collection)
  /** (cursor): whether the last fetch returned a row (%FOUND, @@FETCH_STATUS = 0). */
  CURSOR_FOUND,
  /** (cursor). */
  CURSOR_NOT_FOUND,
  /** (cursor). */
  CURSOR_IS_OPEN,
  /** (cursor): rows fetched so far. */
  CURSOR_ROW_COUNT,
  /** (collection). */
  COLLECTION_COUNT,
  /** (collection). */
  COLLECTION_FIRST,
  /** (collection). */
  COLLECTION_LAST,
  /** (collection, index). */
  COLLECTION_EXISTS,
  /** (collection, index). */
  COLLECTION_NEXT,
  /** (collection, index). */
  COLLECTION_PRIOR,

  // Oracle hierarchical pseudo-columns and functions, removed by the hierarchy pass
  LEVEL,
  /** (expr). */
  CONNECT_BY_ROOT,
  /** (expr, separator). */
  SYS_CONNECT_BY_PATH,
  CONNECT_BY_IS_LEAF,
  /** Oracle ROWNUM, removed by the row-limit pass. */
  ROWNUM
}
