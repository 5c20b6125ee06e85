package io.godwit.ui.tree;

import io.godwit.project.ObjectKey;
import java.util.Set;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.TreeView;

/** The target tree's view. */
public final class TargetTreeController {

  @FXML private TreeView<TreeNode<ObjectKey>> tree;

  public void bind(TargetTreeViewModel vm, Consumer<ObjectKey> select) {
    tree.setId("targetTree");
    tree.setCellFactory(v -> new ObjectTreeCell<>(vm::stateOf));
    ObjectTrees.fixedRows(tree);
    Set<String> expanded = ObjectTrees.trackExpansion(tree);
    vm.rootProperty().addListener((o, a, root) -> ObjectTrees.show(tree, root, expanded, false));
    vm.statesVersionProperty().addListener((o, a, b) -> tree.refresh());
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) -> {
              if (item != null && item.getValue().value() != null) {
                select.accept(item.getValue().value());
              }
            });
  }

  public TreeView<TreeNode<ObjectKey>> tree() {
    return tree;
  }
}
