package io.godwit.ui.tree;

import io.godwit.ui.fx.Icons;
import io.godwit.ui.model.ObjectState;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/**
 * A cell of an object tree: the kind icon, the name, the counts of a group node, and the state
 * badges of an object (converted, action items by category, failed, failed to apply, edited).
 */
public final class ObjectTreeCell<T> extends TreeCell<TreeNode<T>> {

  private final Function<T, ObjectState> states;
  private final Label name = new Label();
  private final Label count = new Label();
  private final HBox box = new HBox(5);

  public ObjectTreeCell(Function<T, ObjectState> states) {
    this.states = states;
    count.getStyleClass().add("tree-count");
    box.setAlignment(Pos.CENTER_LEFT);
  }

  @Override
  protected void updateItem(TreeNode<T> node, boolean empty) {
    super.updateItem(node, empty);
    if (empty || node == null) {
      setText(null);
      setGraphic(null);
      return;
    }
    setText(null);
    name.setText(node.label());
    box.getChildren().setAll(Icons.node(node.type(), node.kind()), name);
    if (node.type() == NodeType.OBJECT) {
      ObjectState s = states.apply(node.value());
      if (s != null) {
        box.getChildren().add(Icons.states(s));
      }
    } else {
      count.setText(SourceTreeViewModel.countText(node));
      box.getChildren().add(count);
    }
    setGraphic(box);
  }
}
