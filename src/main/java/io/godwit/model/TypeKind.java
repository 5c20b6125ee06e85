package io.godwit.model;

/** The flavours of user-defined types across the supported products. */
public enum TypeKind {
  /** Oracle object type, PostgreSQL composite type. */
  OBJECT,
  /** Oracle TABLE OF. */
  NESTED_TABLE,
  /** Oracle VARRAY. */
  VARRAY,
  /** PostgreSQL enum. */
  ENUM,
  /** PostgreSQL domain. */
  DOMAIN,
  /** SQL Server alias type. */
  ALIAS,
  /** SQL Server table type. */
  TABLE_TYPE,
  /** PostgreSQL range type. */
  RANGE
}
