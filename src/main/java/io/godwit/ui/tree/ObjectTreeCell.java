package io.godwit.ui.tree;

import io.godwit.convert.UnitKind;
import io.godwit.ui.fx.Icons;
import io.godwit.ui.model.ObjectState;
import java.util.List;
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
  private Tooltip tip;
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
        show(icon, name, null);
        setTooltip(null);
      } else {
        if (badges == null || !Objects.equals(s, badgeState)) {
          badges = Icons.states(s);
          badgeState = s;
        }
        show(icon, name, badges);
        if (tip == null) {
          tip = new Tooltip();
        }
        tip.setText(s.describe());
        setTooltip(tip);
      }
    } else {
      count.setText(SourceTreeViewModel.countText(node));
      show(icon, name, count);
      setTooltip(null);
    }
    if (getGraphic() != box) {
      setGraphic(box);
    }
  }

  /**
   * Puts these nodes in the cell's box, touching the box only when they differ from what it holds:
   * replacing children makes JavaFX style and lay out the whole box again, which on every reuse of
   * every visible cell was the cost of expanding and filtering a big tree.
   */
  private void show(Node first, Node second, Node third) {
    List<Node> kids = box.getChildren();
    int size = third == null ? 2 : 3;
    if (kids.size() == size
        && kids.get(0) == first
        && kids.get(1) == second
        && (third == null || kids.get(2) == third)) {
      return;
    }
    if (third == null) {
      box.getChildren().setAll(first, second);
    } else {
      box.getChildren().setAll(first, second, third);
    }
  }
}
