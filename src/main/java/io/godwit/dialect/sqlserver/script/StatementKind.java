package io.godwit.dialect.sqlserver.script;

/** What a top-level statement of a batch does, as far as the migration cares. */
public enum StatementKind {
  CREATE_TABLE,
  ALTER_TABLE,
  CREATE_INDEX,
  ALTER_INDEX,
  CREATE_VIEW,
  CREATE_PROCEDURE,
  CREATE_FUNCTION,
  CREATE_TRIGGER,
  CREATE_SEQUENCE,
  ALTER_SEQUENCE,
  CREATE_SYNONYM,
  CREATE_TYPE,
  CREATE_SCHEMA,
  ALTER_SCHEMA,
  /** CREATE PARTITION FUNCTION / SCHEME. */
  CREATE_PARTITIONING,
  /** EXEC sp_addextendedproperty / sp_updateextendedproperty. */
  EXTENDED_PROPERTY,
  /** SET NOCOUNT, ANSI_NULLS, IDENTITY_INSERT, TRANSACTION ISOLATION LEVEL and the like. */
  SET_OPTION,
  USE,
  /** GRANT, DENY and REVOKE. */
  GRANT,
  /** Users, logins, roles and authorization. */
  SECURITY,
  DROP,
  /** SELECT, INSERT, UPDATE, DELETE and MERGE. */
  DML,
  TRUNCATE,
  DECLARE,
  /** SET @v = ... */
  ASSIGNMENT,
  /** EXEC of a procedure or of dynamic SQL, other than extended properties. */
  EXECUTE,
  /** IF, WHILE, BEGIN/END, TRY/CATCH, RETURN, GOTO, PRINT, RAISERROR, THROW, WAITFOR ... */
  CONTROL_FLOW,
  /** BEGIN/COMMIT/ROLLBACK/SAVE TRANSACTION. */
  TRANSACTION,
  /** DECLARE CURSOR is DECLARE; OPEN, FETCH, CLOSE, DEALLOCATE are CURSOR. */
  CURSOR,
  /** Statistics, DBCC, backup and restore, database settings, CHECKPOINT and the like. */
  MAINTENANCE,
  OTHER
}
