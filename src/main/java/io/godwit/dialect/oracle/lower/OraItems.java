package io.godwit.dialect.oracle.lower;

/** The Oracle front end's action-item codes (src/main/resources/io/godwit/items/ora.json). */
final class OraItems {

  static final String EXPRESSION = "ORA-1001";
  static final String STATEMENT = "ORA-1002";
  static final String SUPPLIED_PACKAGE = "ORA-1003";
  static final String OBJECT_TYPE = "ORA-1004";
  static final String ASSOCIATIVE_ARRAY = "ORA-1005";
  static final String MODEL_CLAUSE = "ORA-1006";
  static final String PIVOT = "ORA-1007";
  static final String DATABASE_LINK = "ORA-1008";
  static final String COMPOUND_TRIGGER = "ORA-1009";
  static final String SYSTEM_TRIGGER = "ORA-1010";
  static final String CONDITIONAL_COMPILATION = "ORA-1011";
  static final String XML = "ORA-1012";
  static final String JSON = "ORA-1013";
  static final String SQLCODE = "ORA-1014";
  static final String PARTITIONING = "ORA-1015";
  static final String DOMAIN_INDEX = "ORA-1016";
  static final String TABLE_ORGANIZATION = "ORA-1017";
  static final String BIND_VARIABLE = "ORA-1018";
  static final String SUBSTITUTION_VARIABLE = "ORA-1019";
  static final String ROWID = "ORA-1020";
  static final String NLS_DEPENDENT = "ORA-1021";
  static final String DEFAULT_ON_NULL = "ORA-1022";
  static final String DISABLED_CONSTRAINT = "ORA-1023";
  static final String VIRTUAL_COLUMN = "ORA-1024";
  static final String MULTI_TABLE_INSERT = "ORA-1025";
  static final String LOCK_WAIT = "ORA-1026";
  static final String MATERIALIZED_VIEW_REFRESH = "ORA-1027";
  static final String PIPELINED = "ORA-1028";
  static final String READ_ONLY_VIEW = "ORA-1029";
  static final String VIEW_CONSTRAINT = "ORA-1030";
  static final String EXTERNAL_TABLE = "ORA-1031";
  static final String COLUMN_ENCRYPTION = "ORA-1032";
  static final String INVISIBLE_COLUMN = "ORA-1033";

  private OraItems() {}
}
