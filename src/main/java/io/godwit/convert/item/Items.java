package io.godwit.convert.item;

import io.godwit.convert.ObjectRef;
import io.godwit.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects the action items of one object while it is converted. */
public final class Items {

  private static final int EXCERPT_LIMIT = 200;

  private final ItemCatalog catalog;
  private final ObjectRef object;
  private final List<ActionItem> items = new ArrayList<>();

  public Items(ItemCatalog catalog, ObjectRef object) {
    this.catalog = catalog;
    this.object = object;
  }

  public ObjectRef object() {
    return object;
  }

  public ItemCatalog catalog() {
    return catalog;
  }

  /**
   * Records one occurrence of {@code code}.
   *
   * @param message what happened here; the catalog title when null
   * @param source where in the source, or null
   * @param excerpt the source text concerned, or null
   * @return the item, so a back end can later attach its target span
   */
  public ActionItem add(String code, String message, SourceSpan source, String excerpt) {
    ItemDefinition d = catalog.definition(code);
    ActionItem item =
        new ActionItem(
            code,
            d.category(),
            message == null ? d.title() : message,
            object,
            source,
            null,
            shorten(excerpt));
    items.add(item);
    return item;
  }

  /** Adds items produced elsewhere (by a front end for this object). */
  public void addAll(List<ActionItem> more) {
    items.addAll(more);
  }

  /** Replaces {@code item} with a copy carrying its target span. */
  public void setTarget(ActionItem item, SourceSpan target) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == item) {
        items.set(i, item.withTarget(target));
        return;
      }
    }
  }

  /**
   * Ties the items that have no target span yet (source constructs reported by the front end, such
   * as a disabled constraint) to the whole of the object's target text.
   */
  public void targetWhole(String sql) {
    if (sql == null || sql.isEmpty()) {
      return;
    }
    int lines = 1;
    int lineStart = 0;
    for (int i = 0; i < sql.length(); i++) {
      if (sql.charAt(i) == '\n' && i + 1 < sql.length()) {
        lines++;
        lineStart = i + 1;
      }
    }
    int end = sql.endsWith("\n") ? sql.length() - 1 : sql.length();
    SourceSpan whole = new SourceSpan(null, 1, 1, lines, end - lineStart + 1, 0, end);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).target() == null) {
        items.set(i, items.get(i).withTarget(whole));
      }
    }
  }

  /** How many items have been recorded. */
  public int size() {
    return items.size();
  }

  /**
   * Moves the target spans of the items from index {@code from} on: text rendered on its own
   * (starting at line 1, column 1, offset 0) was placed at {@code offset}, {@code line}, {@code
   * column} of the final text.
   */
  public void shiftTargets(int from, int offset, int line, int column) {
    for (int i = from; i < items.size(); i++) {
      ActionItem item = items.get(i);
      SourceSpan t = item.target();
      if (t == null) {
        continue;
      }
      int startColumn = t.startLine() == 1 ? t.startColumn() + column - 1 : t.startColumn();
      int endColumn = t.endLine() == 1 ? t.endColumn() + column - 1 : t.endColumn();
      items.set(
          i,
          item.withTarget(
              new SourceSpan(
                  t.file(),
                  t.startLine() + line - 1,
                  startColumn,
                  t.endLine() + line - 1,
                  endColumn,
                  t.startOffset() + offset,
                  t.endOffset() + offset)));
    }
  }

  public List<ActionItem> list() {
    return List.copyOf(items);
  }

  /** The worst category among the items, or null when there are none. */
  public Category worst() {
    Category worst = null;
    for (ActionItem i : items) {
      if (worst == null || i.category().compareTo(worst) > 0) {
        worst = i.category();
      }
    }
    return worst;
  }

  static String shorten(String text) {
    if (text == null) {
      return null;
    }
    String oneLine = text.strip();
    if (oneLine.length() <= EXCERPT_LIMIT) {
      return oneLine;
    }
    return oneLine.substring(0, EXCERPT_LIMIT - 3) + "...";
  }
}
