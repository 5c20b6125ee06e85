package io.godwit.ui.tree;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree item whose children are made the first time they are asked for (when the node is
 * expanded), so a tree of 50,000 objects costs only the items on screen.
 */
public final class LazyTreeItem<T> extends TreeItem<TreeNode<T>> {

  private boolean loaded;

  public LazyTreeItem(TreeNode<T> node) {
    super(node);
  }

  @Override
  public boolean isLeaf() {
    return getValue().isLeaf() || getValue().children().isEmpty();
  }

  @Override
  public ObservableList<TreeItem<TreeNode<T>>> getChildren() {
    if (!loaded) {
      loaded = true;
      java.util.List<TreeNode<T>> kids = getValue().children();
      @SuppressWarnings("unchecked")
      TreeItem<TreeNode<T>>[] items = new TreeItem[kids.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = new LazyTreeItem<>(kids.get(i));
      }
      super.getChildren().setAll(items);
    }
    return super.getChildren();
  }
}
