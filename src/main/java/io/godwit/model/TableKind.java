package io.godwit.model;

/** The storage flavour of a table. */
public enum TableKind {
  REGULAR,
  PARTITIONED,
  /** Oracle GLOBAL TEMPORARY, SQL Server ##temp, PostgreSQL UNLOGGED is not temporary. */
  TEMPORARY,
  /** Oracle ORGANIZATION INDEX. */
  INDEX_ORGANIZED,
  /** Oracle ORGANIZATION EXTERNAL, PostgreSQL foreign tables. */
  EXTERNAL
}
