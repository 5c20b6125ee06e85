package io.godwit.ui.tree;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * Puts a new tree into a view while keeping what the user expanded, and opening groups when a
 * filter leaves few matches.
 */
public final class ObjectTrees {

  /** Below this many matches every group of a filtered tree is opened. */
  static final int EXPAND_ALL_BELOW = 200;

  private ObjectTrees() {}

  /** Shows {@code root} in {@code view}, re-expanding the nodes in {@code expanded}. */
  public static <T> void show(
      TreeView<TreeNode<T>> view, TreeNode<T> root, Set<String> expanded, boolean filtered) {
    if (root == null) {
      view.setRoot(null);
      return;
    }
    LazyTreeItem<T> item = new LazyTreeItem<>(root);
    item.setExpanded(true);
    boolean openAll = filtered && root.count() <= EXPAND_ALL_BELOW;
    for (TreeItem<TreeNode<T>> schema : item.getChildren()) {
      if (openAll || root.children().size() <= 3 || expanded.contains(path(schema))) {
        schema.setExpanded(true);
        for (TreeItem<TreeNode<T>> kind : schema.getChildren()) {
          if (openAll || expanded.contains(path(kind))) {
            kind.setExpanded(true);
          }
        }
      }
    }
    view.setRoot(item);
  }

  /**
   * Gives every row of {@code view} the same height (two lines of the default font): the view then
   * never measures rows to size its scroll bar, which it otherwise does for many rows when a group
   * of thousands is expanded or a filtered tree is shown.
   */
  public static void fixedRows(TreeView<?> view) {
    view.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2));
  }

  /** Records expansions and collapses of {@code view}'s nodes in {@code expanded}. */
  public static <T> Set<String> trackExpansion(TreeView<TreeNode<T>> view) {
    Set<String> expanded = new HashSet<>();
    view.rootProperty()
        .addListener(
            (o, a, root) -> {
              if (root != null) {
                root.addEventHandler(
                    TreeItem.<TreeNode<T>>branchExpandedEvent(),
                    e -> expanded.add(path(e.getTreeItem())));
                root.addEventHandler(
                    TreeItem.<TreeNode<T>>branchCollapsedEvent(),
                    e -> expanded.remove(path(e.getTreeItem())));
              }
            });
    return expanded;
  }

  private static <T> String path(TreeItem<TreeNode<T>> item) {
    TreeNode<T> n = item.getValue();
    return n.type() + "/" + n.schema() + "/" + n.kind();
  }
}
