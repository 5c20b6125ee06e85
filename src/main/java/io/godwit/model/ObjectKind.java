package io.godwit.model;

/** Kinds of schema objects, in the order the catalog tree shows them. */
public enum ObjectKind {
  TABLE("Tables"),
  VIEW("Views"),
  MATERIALIZED_VIEW("Materialized views"),
  INDEX("Indexes"),
  SEQUENCE("Sequences"),
  PROCEDURE("Procedures"),
  FUNCTION("Functions"),
  PACKAGE("Packages"),
  TRIGGER("Triggers"),
  SYNONYM("Synonyms"),
  TYPE("Types");

  private final String plural;

  ObjectKind(String plural) {
    this.plural = plural;
  }

  /** The label of the tree node that groups objects of this kind. */
  public String plural() {
    return plural;
  }
}
