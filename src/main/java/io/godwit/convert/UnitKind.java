package io.godwit.convert;

import java.util.Locale;

/**
 * Kinds of source and target objects, in the order {@code all.sql} runs them: schemas, types and
 * sequences first (a column default may call a sequence), then tables, views and routines (ordered
 * by what they reference among themselves), then constraints, indexes, triggers and the rest.
 */
public enum UnitKind {
  SCHEMA,
  TYPE,
  SEQUENCE,
  TABLE,
  VIEW,
  MATERIALIZED_VIEW,
  FUNCTION,
  PROCEDURE,
  PACKAGE,
  SYNONYM,
  CONSTRAINT,
  INDEX,
  TRIGGER,
  COMMENT,
  GRANT,
  /** Anonymous blocks and statements that are not objects (DML in an install script). */
  SCRIPT;

  /** The lower-case name used in file paths and JSON ({@code materialized_view}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Storage objects of the assessment; the others are code objects or neither. */
  public boolean isStorage() {
    return this == TABLE || this == CONSTRAINT || this == INDEX || this == SEQUENCE;
  }

  /** Code objects of the assessment. */
  public boolean isCode() {
    return switch (this) {
      case VIEW, MATERIALIZED_VIEW, FUNCTION, PROCEDURE, PACKAGE, TRIGGER, TYPE -> true;
      default -> false;
    };
  }

  /** The kind for a label, ignoring case. */
  public static UnitKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
