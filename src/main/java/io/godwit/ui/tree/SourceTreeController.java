package io.godwit.ui.tree;

import io.godwit.ui.model.SourceObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The source tree's view: binds the tree, the filter box and the context menu. */
public final class SourceTreeController {

  /** What the tree's context menu and selection do. */
  public interface Actions {
    void select(SourceObject object);

    void convert(List<SourceObject> objects);

    void report(List<SourceObject> objects);

    void refresh();
  }

  @FXML private TreeView<TreeNode<SourceObject>> tree;
  @FXML private TextField filter;

  /**
   * Shown while a filtered tree is built. A label, not a spinning ProgressIndicator: the spinner's
   * skin was built and styled on the FX thread the first time a filter was typed (part of the first
   * filter's stall) and animated on every pulse while filtering.
   */
  @FXML private Label busy;

  @FXML private MenuItem convertItem;
  @FXML private MenuItem reportItem;
  @FXML private MenuItem refreshItem;

  private Actions actions;

  public void bind(
      SourceTreeViewModel vm, Actions handlers, javafx.beans.value.ObservableBooleanValue idle) {
    this.actions = handlers;
    tree.setId("sourceTree");
    filter.setId("sourceFilter");
    tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    tree.setCellFactory(v -> new ObjectTreeCell<>(vm::stateOf));
    ObjectTrees.fixedRows(tree);
    filter.textProperty().bindBidirectional(vm.filterProperty());
    busy.visibleProperty().bind(vm.filteringProperty());
    Set<String> expanded = ObjectTrees.trackExpansion(tree);
    vm.rootProperty()
        .addListener(
            (o, a, root) -> ObjectTrees.show(tree, root, expanded, !filter.getText().isBlank()));
    vm.statesVersionProperty().addListener((o, a, b) -> tree.refresh());
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) -> {
              if (item != null && item.getValue().value() != null) {
                actions.select(item.getValue().value());
              }
            });
    convertItem.disableProperty().bind(javafx.beans.binding.Bindings.not(idle));
    reportItem.disableProperty().bind(javafx.beans.binding.Bindings.not(idle));
    refreshItem.disableProperty().bind(javafx.beans.binding.Bindings.not(idle));
  }

  /** The objects at or below the selected nodes. */
  public List<SourceObject> selectedObjects() {
    List<TreeNode<SourceObject>> nodes = new ArrayList<>();
    for (TreeItem<TreeNode<SourceObject>> item : tree.getSelectionModel().getSelectedItems()) {
      if (item != null) {
        nodes.add(item.getValue());
      }
    }
    return SourceTreeViewModel.objectsOf(nodes);
  }

  public TreeView<TreeNode<SourceObject>> tree() {
    return tree;
  }

  @FXML
  private void onConvert() {
    actions.convert(selectedObjects());
  }

  @FXML
  private void onReport() {
    actions.report(selectedObjects());
  }

  @FXML
  private void onRefresh() {
    actions.refresh();
  }
}
