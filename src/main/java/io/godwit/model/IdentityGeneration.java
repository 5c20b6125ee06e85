package io.godwit.model;

/** How an identity column gets its values. */
public enum IdentityGeneration {
  /** Always generated; an explicit value is rejected (Oracle, PostgreSQL, SQL Server). */
  ALWAYS,
  /** Generated unless a value is given. */
  BY_DEFAULT,
  /** MySQL's AUTO_INCREMENT. */
  AUTO_INCREMENT
}
