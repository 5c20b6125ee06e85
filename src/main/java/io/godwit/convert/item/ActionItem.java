package io.godwit.convert.item;

import io.godwit.convert.ObjectRef;
import io.godwit.ir.SourceSpan;

/**
 * One occurrence of an action item.
 *
 * @param code the catalog code
 * @param category the category (the catalog's, unless the occurrence is graver)
 * @param message what happened here, specific to this occurrence
 * @param object the source object it belongs to
 * @param source where in the source text, or null
 * @param target where in the converted text, or null (set by the back end)
 * @param excerpt the source text it is about, shortened for reports
 */
public record ActionItem(
    String code,
    Category category,
    String message,
    ObjectRef object,
    SourceSpan source,
    SourceSpan target,
    String excerpt) {

  /** This item with the target span set. */
  public ActionItem withTarget(SourceSpan span) {
    return new ActionItem(code, category, message, object, source, span, excerpt);
  }
}
