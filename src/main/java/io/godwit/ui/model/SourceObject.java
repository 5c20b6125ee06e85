package io.godwit.ui.model;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.SourceUnit;
import io.godwit.model.SchemaObject;

/**
 * One object of the source tree.
 *
 * @param ref the object as the source names it
 * @param unit the front end's unit for it, or null when the source product has no front end
 * @param model the catalog object, when the catalog has it
 */
public record SourceObject(ObjectRef ref, SourceUnit unit, SchemaObject model) {

  /** The source text to show, or null when there is none. */
  public String text() {
    if (unit != null && unit.text() != null) {
      return unit.text();
    }
    return model == null ? null : CatalogText.of(ref, model);
  }
}
