package io.godwit.ui.fx;

import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import io.godwit.ui.model.ObjectState;
import io.godwit.ui.tree.NodeType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The workbench's icons, drawn from shapes (no image files): a cylinder for databases, a folder for
 * schemas, a lettered tile per object kind, and small round badges for states and action-item
 * categories.
 */
public final class Icons {

  private static final Font TILE_FONT = Font.font("System", FontWeight.BOLD, 9);
  private static final Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 8);

  private Icons() {}

  /** The icon of a tree node. */
  public static Node node(NodeType type, UnitKind kind) {
    return switch (type) {
      case DATABASE -> database();
      case SCHEMA -> schema();
      case KIND, OBJECT -> kind(kind);
    };
  }

  /** A database: a cylinder. */
  public static Node database() {
    SVGPath body = new SVGPath();
    body.setContent(
        "M8 1.5c3.6 0 6.5 1 6.5 2.3v8.4c0 1.3-2.9 2.3-6.5 2.3s-6.5-1-6.5-2.3V3.8C1.5 2.5 4.4 1.5"
            + " 8 1.5z");
    body.setFill(Color.web("#4a6fa5"));
    SVGPath top = new SVGPath();
    top.setContent("M8 2.3c3 0 5.6.7 5.6 1.5S11 5.3 8 5.3 2.4 4.6 2.4 3.8 5 2.3 8 2.3z");
    top.setFill(Color.web("#9db7dd"));
    StackPane.setAlignment(top, Pos.TOP_CENTER);
    top.setTranslateY(0.8);
    return fixed(new StackPane(body, top));
  }

  /** A schema: a folder. */
  public static Node schema() {
    SVGPath folder = new SVGPath();
    folder.setContent("M1 3.5h5l1.6 1.6H15v8.4H1z");
    folder.setFill(Color.web("#e0a83a"));
    SVGPath flap = new SVGPath();
    flap.setContent("M1 6.2h14v7.3H1z");
    flap.setFill(Color.web("#f2c45c"));
    StackPane.setAlignment(flap, Pos.BOTTOM_CENTER);
    return fixed(new StackPane(folder, flap));
  }

  /** A lettered tile for an object kind. */
  public static Node kind(UnitKind kind) {
    if (kind == null) {
      return schema();
    }
    Rectangle tile = new Rectangle(13, 13);
    tile.setArcWidth(4);
    tile.setArcHeight(4);
    tile.setFill(Color.web(kindColor(kind)));
    Text letter = new Text(kindLetter(kind));
    letter.setFont(TILE_FONT);
    letter.setFill(Color.WHITE);
    return fixed(new StackPane(tile, letter));
  }

  static String kindLetter(UnitKind kind) {
    return switch (kind) {
      case SCHEMA -> "S";
      case TYPE -> "Ty";
      case SEQUENCE -> "Sq";
      case TABLE -> "T";
      case VIEW -> "V";
      case MATERIALIZED_VIEW -> "M";
      case FUNCTION -> "ƒ";
      case PROCEDURE -> "P";
      case PACKAGE -> "Pk";
      case SYNONYM -> "Sy";
      case CONSTRAINT -> "C";
      case INDEX -> "I";
      case TRIGGER -> "Tg";
      case COMMENT -> "#";
      case GRANT -> "G";
      case SCRIPT -> "{}";
    };
  }

  static String kindColor(UnitKind kind) {
    return switch (kind) {
      case TABLE -> "#3b73b9";
      case VIEW, MATERIALIZED_VIEW -> "#2a9d8f";
      case FUNCTION -> "#8e5cc2";
      case PROCEDURE -> "#7048a8";
      case PACKAGE -> "#b5651d";
      case TRIGGER -> "#c2410c";
      case SEQUENCE -> "#5b7083";
      case INDEX, CONSTRAINT -> "#64748b";
      case TYPE, SYNONYM -> "#6b8e23";
      default -> "#6b7280";
    };
  }

  /** The colour of an action-item category. */
  public static String categoryColor(Category c) {
    return switch (c) {
      case INFO -> "#3b82f6";
      case SIMPLE -> "#d4a017";
      case MEDIUM -> "#ea7a1a";
      case COMPLEX -> "#d0342c";
    };
  }

  /** A round badge for an action-item category. */
  public static Node category(Category c) {
    String glyph =
        switch (c) {
          case INFO -> "i";
          case SIMPLE -> "S";
          case MEDIUM -> "M";
          case COMPLEX -> "C";
        };
    return badge(categoryColor(c), glyph, c.label());
  }

  /**
   * The badges of a converted object: its worst action item (or a check when it converted cleanly),
   * failed, failed to apply, and edited.
   */
  public static Node states(ObjectState s) {
    HBox box = new HBox(2);
    box.setAlignment(Pos.CENTER_LEFT);
    if (s == null) {
      return box;
    }
    switch (s.status()) {
      case FAILED -> box.getChildren().add(badge("#b91c1c", "✕", null));
      case ACTIONS -> box.getChildren().add(badge(categoryColor(s.worst()), "!", null));
      case CONVERTED -> box.getChildren().add(badge("#16a34a", "✓", null));
    }
    if (s.applyFailed()) {
      box.getChildren().add(badge("#7f1d1d", "⚠", null));
    } else if (s.apply() != null && s.apply().applied()) {
      box.getChildren().add(badge("#15803d", "▲", null));
    }
    if (s.edited()) {
      box.getChildren().add(badge("#2563eb", "✎", null));
    }
    return box;
  }

  /** A small coloured disc with a glyph and a tooltip. */
  public static Node badge(String color, String glyph, String tip) {
    Circle disc = new Circle(6, Color.web(color));
    Text t = new Text(glyph);
    t.setFont(BADGE_FONT);
    t.setFill(Color.WHITE);
    StackPane p = new StackPane(disc, t);
    p.setMinSize(12, 12);
    p.setMaxSize(12, 12);
    if (tip != null) {
      Tooltip.install(p, new Tooltip(tip));
    }
    return p;
  }

  private static Node fixed(StackPane p) {
    p.setMinSize(16, 16);
    p.setPrefSize(16, 16);
    p.setMaxSize(16, 16);
    return p;
  }
}
