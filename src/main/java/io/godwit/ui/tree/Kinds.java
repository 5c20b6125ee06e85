package io.godwit.ui.tree;

import io.godwit.convert.UnitKind;

/** Names of object kinds for people. */
public final class Kinds {

  private Kinds() {}

  /** The label of a tree node grouping objects of {@code kind}. */
  public static String plural(UnitKind kind) {
    return switch (kind) {
      case SCHEMA -> "Schemas";
      case TYPE -> "Types";
      case SEQUENCE -> "Sequences";
      case TABLE -> "Tables";
      case VIEW -> "Views";
      case MATERIALIZED_VIEW -> "Materialized views";
      case FUNCTION -> "Functions";
      case PROCEDURE -> "Procedures";
      case PACKAGE -> "Packages";
      case SYNONYM -> "Synonyms";
      case CONSTRAINT -> "Constraints";
      case INDEX -> "Indexes";
      case TRIGGER -> "Triggers";
      case COMMENT -> "Comments";
      case GRANT -> "Grants";
      case SCRIPT -> "Scripts";
    };
  }

  /** One object of {@code kind}: "materialized view". */
  public static String singular(UnitKind kind) {
    return kind.label().replace('_', ' ');
  }
}
