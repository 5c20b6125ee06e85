package io.godwit.convert;

import io.godwit.convert.item.ActionItem;
import io.godwit.ir.IrObject;
import java.util.List;

/**
 * One IR object lowered from a source unit. A unit may lower to several (a table and its foreign
 * keys).
 *
 * @param source the source object it comes from
 * @param kind what it is on the target
 * @param table for indexes, constraints and triggers: the source table they belong to
 * @param ir the IR, or null when the object could not be lowered at all (its items say why)
 * @param items what the front end could not lower faithfully
 */
public record LoweredObject(
    ObjectRef source, UnitKind kind, String table, IrObject ir, List<ActionItem> items) {

  public LoweredObject {
    items = List.copyOf(items);
  }
}
