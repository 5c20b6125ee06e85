package io.godwit.dialect.sqlserver.lower;

/**
 * Action-item codes of table-valued functions, result sets and triggers
 * (src/main/resources/io/godwit/items/mss.json, MSS-1020 to MSS-1039).
 */
final class MssRoutineItems {

  static final String RESULT_COLUMNS = "MSS-1020";
  static final String RESULT_TABLE_VARIABLE = "MSS-1021";
  static final String RESULT_TABLE_CONSTRAINT = "MSS-1022";
  static final String SEVERAL_RESULT_SETS = "MSS-1023";
  static final String RESULT_SET_CURSOR = "MSS-1024";
  static final String TRIGGER_KIND = "MSS-1025";
  static final String INSTEAD_OF_TABLE = "MSS-1026";

  private MssRoutineItems() {}
}
