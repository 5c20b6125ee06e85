package io.godwit.ui.tree;

import io.godwit.convert.UnitKind;
import io.godwit.ui.fx.Icons;
import io.godwit.ui.model.ObjectState;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/**
 * A cell of an object tree: the kind icon, the name, the counts of a group node, and the state
 * badges of an object (converted, action items by category, failed, failed to apply, edited). Cells
 * are reused while scrolling, so each keeps its icon and badges and rebuilds them only when they
 * change.
 */
public final class ObjectTreeCell<T> extends TreeCell<TreeNode<T>> {

  private final Function<T, ObjectState> states;
  private final Label name = new Label();
  private final Label count = new Label();
  private final HBox box = new HBox(5);
  private final Tooltip tip = new Tooltip();
  private NodeType iconType;
  private UnitKind iconKind;
  private Node icon;
  private ObjectState badgeState;
  private Node badges;

  public ObjectTreeCell(Function<T, ObjectState> states) {
    this.states = states;
    count.getStyleClass().add("tree-count");
    box.setAlignment(Pos.CENTER_LEFT);
  }

  @Override
  protected void updateItem(TreeNode<T> node, boolean empty) {
    super.updateItem(node, empty);
    setText(null);
    if (empty || node == null) {
      setGraphic(null);
      setTooltip(null);
      return;
    }
    if (icon == null || iconType != node.type() || iconKind != node.kind()) {
      icon = Icons.node(node.type(), node.kind());
      iconType = node.type();
      iconKind = node.kind();
    }
    name.setText(node.label());
    if (node.type() == NodeType.OBJECT) {
      ObjectState s = states.apply(node.value());
      if (s == null) {
        box.getChildren().setAll(icon, name);
        setTooltip(null);
      } else {
        if (badges == null || !Objects.equals(s, badgeState)) {
          badges = Icons.states(s);
          badgeState = s;
        }
        box.getChildren().setAll(icon, name, badges);
        tip.setText(s.describe());
        setTooltip(tip);
      }
    } else {
      count.setText(SourceTreeViewModel.countText(node));
      box.getChildren().setAll(icon, name, count);
      setTooltip(null);
    }
    setGraphic(box);
  }
}
