package io.godwit.ui.tree;

import io.godwit.convert.UnitKind;
import java.util.List;

/**
 * One node of an object tree: immutable, so a filtered tree can be built on a background thread and
 * handed to the view whole.
 *
 * @param type the level
 * @param label the text shown (without the counts)
 * @param schema the schema this node is in, or null above schemas
 * @param kind the kind of a kind or object node, else null
 * @param value an object node's object, else null
 * @param count objects below (or this object) that match the filter
 * @param total objects below regardless of the filter
 * @param children the children, in display order
 */
public record TreeNode<T>(
    NodeType type,
    String label,
    String schema,
    UnitKind kind,
    T value,
    int count,
    int total,
    List<TreeNode<T>> children) {

  public TreeNode {
    children = children == null ? List.of() : children;
  }

  public boolean isLeaf() {
    return type == NodeType.OBJECT;
  }

  /** Every object value at or below this node, in display order. */
  public void collect(List<T> out) {
    if (value != null) {
      out.add(value);
    }
    for (TreeNode<T> c : children) {
      c.collect(out);
    }
  }
}
