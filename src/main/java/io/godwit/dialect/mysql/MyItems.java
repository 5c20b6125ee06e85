package io.godwit.dialect.mysql;

/** The MySQL back end's action-item codes (src/main/resources/io/godwit/items/my.json). */
final class MyItems {

  static final String UNSUPPORTED_TYPE = "MY-2001";
  static final String LEFTOVER_CONSTRUCT = "MY-2002";
  static final String TRY_CAST = "MY-2003";
  static final String TIME_ZONE = "MY-2004";
  static final String REGEXP = "MY-2005";
  static final String FORMAT_MODEL = "MY-2006";
  static final String GOTO = "MY-2007";
  static final String AUTONOMOUS = "MY-2008";
  static final String TIME_PRECISION = "MY-2009";
  static final String SYNONYM = "MY-2010";
  static final String NESTED_ROUTINE = "MY-2011";
  static final String COLLECTION = "MY-2012";
  static final String STATEMENT_TRIGGER = "MY-2013";
  static final String ROW_LIMIT = "MY-2014";
  static final String FLASHBACK = "MY-2015";
  static final String NOT_IN_FUNCTION = "MY-2016";
  static final String IDENTITY = "MY-2017";
  static final String INDEX_METHOD = "MY-2018";
  static final String PARTIAL_INDEX = "MY-2019";
  static final String SEQUENCE_DEFAULT = "MY-2020";
  static final String PARAM_DEFAULT = "MY-2021";
  static final String FUNCTION_OUT = "MY-2022";
  static final String SET_RETURNING = "MY-2023";
  static final String REF_CURSOR = "MY-2024";
  static final String RESULT_STATUS = "MY-2025";
  static final String PACKAGE_STATE = "MY-2026";
  static final String PACKAGE_STATE_LOST = "MY-2027";
  static final String TRIGGER_EVENT = "MY-2028";
  static final String TRANSITION_TABLES = "MY-2029";
  static final String UPDATE_OF = "MY-2030";
  static final String MERGE = "MY-2031";
  static final String MERGE_KEY = "MY-2032";
  static final String FULL_JOIN = "MY-2033";
  static final String SET_OPERATION = "MY-2034";
  static final String LATERAL = "MY-2035";
  static final String CONSTRAINT_MODE = "MY-2036";
  static final String COMMENT = "MY-2037";
  static final String MATERIALIZED_VIEW = "MY-2038";
  static final String USER_TYPE = "MY-2039";
  static final String TEMPORARY_TABLE = "MY-2040";
  static final String ZERO_DIVIDE = "MY-2041";
  static final String ROW_SIZE = "MY-2042";
  static final String KEY_LENGTH = "MY-2043";
  static final String NAMED_ARGS = "MY-2044";
  static final String ANCHORED_TYPE = "MY-2045";
  static final String EXPRESSION_INDEX = "MY-2046";
  static final String RETURNING = "MY-2047";
  static final String WITH_ON_CHANGE = "MY-2048";
  static final String GROUP_CONCAT_LIMIT = "MY-2049";
  static final String ERROR_INFO = "MY-2050";
  static final String DYNAMIC_SQL = "MY-2051";
  static final String LOCK_OF = "MY-2052";
  static final String HANDLER_CONTROL = "MY-2053";
  static final String CURSOR_VARIABLE = "MY-2054";
  static final String STRING_AGG = "MY-2055";
  static final String ORDERED_AGGREGATE = "MY-2056";
  static final String INTERVAL_TYPE = "MY-2057";
  static final String DYNAMIC_RAISE_CODE = "MY-2058";
  static final String SELF_REFERENCE = "MY-2059";
  static final String SEQUENCE_EMULATION = "MY-2060";
  static final String SEQUENCE_COLUMN = "MY-2061";
  static final String SEQUENCE_KEPT = "MY-2062";

  private MyItems() {}
}
