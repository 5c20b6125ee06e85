package io.godwit.assess;

import io.godwit.assess.AssessmentReport.Group;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import java.util.List;

/** Words for people: the names every export uses for kinds, groups, states and categories. */
public final class Labels {

  /** The order reports list kinds in: storage objects, code objects, then the rest. */
  public static final List<UnitKind> ORDER =
      List.of(
          UnitKind.TABLE,
          UnitKind.CONSTRAINT,
          UnitKind.INDEX,
          UnitKind.SEQUENCE,
          UnitKind.VIEW,
          UnitKind.MATERIALIZED_VIEW,
          UnitKind.FUNCTION,
          UnitKind.PROCEDURE,
          UnitKind.PACKAGE,
          UnitKind.TRIGGER,
          UnitKind.TYPE,
          UnitKind.SYNONYM,
          UnitKind.SCHEMA,
          UnitKind.COMMENT,
          UnitKind.GRANT,
          UnitKind.SCRIPT);

  private Labels() {}

  /** {@code Tables}, {@code Materialized views}. */
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
      case SCRIPT -> "Script statements";
    };
  }

  /** {@code table}, {@code materialized view}. */
  public static String singular(UnitKind kind) {
    return kind == null ? "" : kind.label().replace('_', ' ');
  }

  /** {@code Storage objects}. */
  public static String group(Group group) {
    return switch (group) {
      case STORAGE -> "Storage objects";
      case CODE -> "Code objects";
      case OTHER -> "Other objects";
    };
  }

  /** {@code Simple}; an empty string for null. */
  public static String category(Category category) {
    if (category == null) {
      return "";
    }
    return switch (category) {
      case INFO -> "Info";
      case SIMPLE -> "Simple";
      case MEDIUM -> "Medium";
      case COMPLEX -> "Complex";
    };
  }

  /** {@code Converted}, {@code Needs actions}. */
  public static String state(State state) {
    return switch (state) {
      case CONVERTED -> "Converted";
      case ACTIONS -> "Needs actions";
      case FAILED -> "Not converted";
      case UNREADABLE -> "Could not be read";
    };
  }
}
