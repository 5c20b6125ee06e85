package io.godwit.assess;

import io.godwit.assess.AssessmentReport.Group;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** One object while the assessment is computed; becomes an {@link AssessmentReport.ObjectRow}. */
final class AssessedObject {

  final String id;
  final ObjectRef source;
  final UnitKind kind;
  final ObjectRef target;
  final SourceSpan span;
  final List<ActionItem> items = new ArrayList<>();
  State state;
  int lines;
  Execution.Executed verified;
  double reviewUnits;
  double actionUnits;
  Category category;

  AssessedObject(
      String id, ObjectRef source, UnitKind kind, ObjectRef target, SourceSpan span, State state) {
    this.id = id;
    this.source = source;
    this.kind = kind;
    this.target = target;
    this.span = span;
    this.state = state;
  }

  Group group() {
    return Group.of(kind);
  }

  /** The worst category among the items that need action, or null. */
  Category worstAction() {
    Category worst = null;
    for (ActionItem i : items) {
      if (i.category().needsAction() && (worst == null || i.category().compareTo(worst) > 0)) {
        worst = i.category();
      }
    }
    return worst;
  }

  /** The key {@code godwit apply} reports the object under: target kind, schema and name. */
  String executionKey() {
    return target != null
        ? key(kind.label(), target.schema(), target.name())
        : key(kind.label(), null, source.name());
  }

  static String key(String kind, String schema, String name) {
    return kind + '\u0000' + (schema == null ? "" : schema) + '\u0000' + name;
  }
}
