package io.godwit.dialect.oracle.script;

/** What a statement of a script is, as far as its first keywords tell. */
public enum StatementKind {
  CREATE_TABLE,
  ALTER_TABLE,
  CREATE_INDEX,
  ALTER_INDEX,
  CREATE_SEQUENCE,
  ALTER_SEQUENCE,
  CREATE_VIEW,
  CREATE_MATERIALIZED_VIEW,
  CREATE_MATERIALIZED_VIEW_LOG,
  CREATE_SYNONYM,
  CREATE_TYPE,
  CREATE_TYPE_BODY,
  CREATE_PROCEDURE,
  CREATE_FUNCTION,
  CREATE_PACKAGE,
  CREATE_PACKAGE_BODY,
  CREATE_TRIGGER,
  ALTER_TRIGGER,
  CREATE_DATABASE_LINK,
  CREATE_USER,
  CREATE_ROLE,
  /** Another CREATE (directory, context, Java source, library, tablespace, ...). */
  CREATE_OTHER,
  /** ALTER SESSION; SET CURRENT_SCHEMA changes how the names after it resolve. */
  ALTER_SESSION,
  /** Another ALTER (procedure compile, view, user, system, ...). */
  ALTER_OTHER,
  COMMENT,
  GRANT,
  REVOKE,
  DROP,
  TRUNCATE,
  RENAME,
  ANONYMOUS_BLOCK,
  /** CALL, or the SQL*Plus EXECUTE command. */
  CALL,
  /** SELECT, INSERT, UPDATE, DELETE, MERGE, LOCK TABLE, EXPLAIN PLAN. */
  DML,
  /** COMMIT, ROLLBACK, SAVEPOINT, SET TRANSACTION, SET CONSTRAINTS. */
  TRANSACTION_CONTROL,
  OTHER
}
