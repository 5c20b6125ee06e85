package io.godwit.dialect.sqlserver.lower;

/** The SQL Server front end's action-item codes (src/main/resources/io/godwit/items/mss.json). */
final class MssItems {

  static final String EXPRESSION = "MSS-1001";
  static final String STATEMENT = "MSS-1002";
  static final String TYPE = "MSS-1003";
  static final String COMPUTED_COLUMN = "MSS-1004";
  static final String STORAGE = "MSS-1005";
  static final String INDEX_KIND = "MSS-1006";
  static final String SYSTEM_OBJECT = "MSS-1007";
  static final String PLUS_OPERANDS = "MSS-1008";
  static final String TABLE_HINT = "MSS-1009";
  static final String RESULT_SET = "MSS-1010";
  static final String ERROR_VARIABLE = "MSS-1011";
  static final String TRANSACTION = "MSS-1012";
  static final String DYNAMIC_SQL = "MSS-1013";
  static final String EXTENDED_PROPERTY = "MSS-1014";
  static final String DISABLED_CONSTRAINT = "MSS-1015";
  static final String TRIGGER = "MSS-1016";
  static final String CURSOR_OPTION = "MSS-1040";
  static final String CURSOR_SNAPSHOT = "MSS-1041";
  static final String CURSOR_OPERATION = "MSS-1042";
  static final String GLOBAL_TEMP_TABLE = "MSS-1043";
  static final String GOTO = "MSS-1044";
  static final String WAITFOR = "MSS-1045";
  static final String TRANSACTION_BLOCK = "MSS-1046";
  static final String TRANSACTION_CALL = "MSS-1047";
  static final String DYNAMIC_OUTPUT = "MSS-1048";
  static final String AGENT = "MSS-1049";
  static final String LINKED_SERVER = "MSS-1050";
  static final String EXTENDED_PROCEDURE = "MSS-1051";

  // MSS-1060..1079: joined DML, OUTPUT, MERGE, PIVOT, FOR XML/JSON, schema objects.
  static final String OUTPUT = "MSS-1060";
  static final String MERGE_BRANCH = "MSS-1061";
  static final String MERGE_SPLIT = "MSS-1062";
  static final String PIVOT = "MSS-1063";
  static final String FOR_XML_JSON = "MSS-1064";
  static final String SYNONYM = "MSS-1065";
  static final String TABLE_TYPE = "MSS-1066";
  static final String SEQUENCE_TYPE = "MSS-1067";

  /** Shared GW items. */
  static final String NOT_PARSED = "GW-0001";

  static final String SKIPPED = "GW-0006";

  private MssItems() {}
}
