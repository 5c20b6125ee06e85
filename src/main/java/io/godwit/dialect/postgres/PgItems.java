package io.godwit.dialect.postgres;

/** The PostgreSQL back end's action-item codes (src/main/resources/io/godwit/items/pg.json). */
final class PgItems {

  static final String UNSUPPORTED_TYPE = "PG-2001";
  static final String LEFTOVER_CONSTRUCT = "PG-2002";
  static final String TRY_CAST = "PG-2003";
  static final String CURSOR_ATTRIBUTE = "PG-2004";
  static final String REGEXP_FLAGS = "PG-2005";
  static final String FORMAT_MODEL = "PG-2006";
  static final String GOTO = "PG-2007";
  static final String AUTONOMOUS = "PG-2008";
  static final String TIME_PRECISION = "PG-2009";
  static final String SYNONYM = "PG-2010";
  static final String NESTED_ROUTINE = "PG-2011";
  static final String BULK_DYNAMIC = "PG-2012";
  static final String STATEMENT_TRIGGER_WHEN = "PG-2013";
  static final String PERCENT_LIMIT = "PG-2014";
  static final String FLASHBACK = "PG-2015";
  static final String TRANSACTION_IN_FUNCTION = "PG-2016";
  static final String SAVE_EXCEPTIONS = "PG-2017";
  static final String INDEX_METHOD = "PG-2018";
  static final String PACKAGE_STATE = "PG-2019";
  static final String SAVEPOINT = "PG-2020";
  static final String DEFAULT_ORDER = "PG-2021";
  static final String OUT_AND_RETURN = "PG-2022";
  static final String BULK_FETCH_LIMIT = "PG-2023";
  static final String DYNAMIC_RAISE_CODE = "PG-2024";
  static final String RESULT_SET = "PG-2025";

  private PgItems() {}
}
