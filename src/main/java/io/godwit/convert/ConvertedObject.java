package io.godwit.convert;

import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.ir.SourceSpan;
import java.util.List;
import java.util.Set;

/**
 * One object of a conversion result.
 *
 * @param source the source object
 * @param kind its kind on the target
 * @param target the target object, or null when it failed
 * @param table for indexes, constraints and triggers: the target table they belong to
 * @param sql the target SQL, or null when it failed
 * @param items every action item of the object, front end's and back end's
 * @param status converted, actions or failed
 * @param sourceText the source text of the object, when there is one
 * @param sourceSpan where the source text is
 * @param references source objects it refers to, lower-case {@code schema.name} or {@code name}
 * @param support support objects the target SQL calls
 */
public record ConvertedObject(
    ObjectRef source,
    UnitKind kind,
    ObjectRef target,
    String table,
    String sql,
    List<ActionItem> items,
    ObjectStatus status,
    String sourceText,
    SourceSpan sourceSpan,
    Set<String> references,
    Set<String> support) {

  public ConvertedObject {
    items = List.copyOf(items);
    references = references == null ? Set.of() : Set.copyOf(references);
    support = support == null ? Set.of() : Set.copyOf(support);
  }

  /** The worst category among the items, or null. */
  public Category worstCategory() {
    Category worst = null;
    for (ActionItem i : items) {
      if (worst == null || i.category().compareTo(worst) > 0) {
        worst = i.category();
      }
    }
    return worst;
  }

  /** The status an object with these items and this text has. */
  static ObjectStatus statusOf(String sql, List<ActionItem> items) {
    if (sql == null) {
      return ObjectStatus.FAILED;
    }
    return items.stream().anyMatch(i -> i.category().needsAction())
        ? ObjectStatus.ACTIONS
        : ObjectStatus.CONVERTED;
  }
}
