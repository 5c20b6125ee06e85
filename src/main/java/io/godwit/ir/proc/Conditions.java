package io.godwit.ir.proc;

/**
 * Neutral names of predefined error conditions. Front ends map their products' names and codes to
 * these; back ends map them to their own (PostgreSQL condition names, MySQL SQLSTATEs).
 */
public final class Conditions {

  public static final String OTHERS = "OTHERS";
  public static final String NO_DATA_FOUND = "NO_DATA_FOUND";
  public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
  public static final String DUP_VAL_ON_INDEX = "DUP_VAL_ON_INDEX";
  public static final String ZERO_DIVIDE = "ZERO_DIVIDE";
  public static final String VALUE_ERROR = "VALUE_ERROR";
  public static final String INVALID_NUMBER = "INVALID_NUMBER";
  public static final String INVALID_CURSOR = "INVALID_CURSOR";
  public static final String CURSOR_ALREADY_OPEN = "CURSOR_ALREADY_OPEN";
  public static final String CASE_NOT_FOUND = "CASE_NOT_FOUND";
  public static final String LOCK_TIMEOUT = "LOCK_TIMEOUT";
  public static final String DEADLOCK = "DEADLOCK";
  public static final String FOREIGN_KEY_VIOLATION = "FOREIGN_KEY_VIOLATION";
  public static final String NOT_NULL_VIOLATION = "NOT_NULL_VIOLATION";
  public static final String CHECK_VIOLATION = "CHECK_VIOLATION";
  public static final String COLLECTION_IS_NULL = "COLLECTION_IS_NULL";
  public static final String SUBSCRIPT_BEYOND_COUNT = "SUBSCRIPT_BEYOND_COUNT";

  private Conditions() {}
}
