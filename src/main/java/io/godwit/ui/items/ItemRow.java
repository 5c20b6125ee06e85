package io.godwit.ui.items;

import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.project.ObjectKey;

/**
 * One row of the action items table.
 *
 * @param item the occurrence
 * @param key the converted object it belongs to, or null for a problem reading the sources
 * @param object the object's name as shown ({@code SALES.ORDER_MGMT})
 * @param line the line in the object's source text (1-based), or 0
 * @param recommendation what to do, from the catalog
 */
public record ItemRow(
    ActionItem item, ObjectKey key, String object, int line, String recommendation) {

  public Category category() {
    return item.category();
  }

  public String code() {
    return item.code();
  }

  public String message() {
    return item.message();
  }
}
