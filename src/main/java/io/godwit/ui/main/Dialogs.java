package io.godwit.ui.main;

import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.ItemDefinition;
import io.godwit.ui.fx.Icons;
import io.godwit.ui.notify.Notice;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Small dialogs of the main window: notice details, About, and the action-item reference. */
final class Dialogs {

  private Dialogs() {}

  /** The details of a notice (never a stack trace: only messages). */
  static void details(Window owner, Notice n) {
    Alert a =
        new Alert(
            n.level() == Notice.Level.ERROR ? Alert.AlertType.ERROR : Alert.AlertType.WARNING);
    a.initOwner(owner);
    a.setTitle("Details");
    a.setHeaderText(n.message());
    TextArea text = new TextArea(n.details());
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(10);
    a.getDialogPane().setContent(text);
    a.getDialogPane().setPrefWidth(640);
    a.showAndWait();
  }

  static void about(Window owner, String version) {
    Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
    a.initOwner(owner);
    a.setTitle("About Godwit");
    a.setHeaderText("Godwit " + version);
    a.setContentText(
        "A desktop workbench for migrating Oracle and SQL Server databases to PostgreSQL and"
            + " MySQL.\n\nJava "
            + System.getProperty("java.version")
            + ", JavaFX "
            + System.getProperty("javafx.runtime.version", "?")
            + "\nApache License 2.0");
    a.showAndWait();
  }

  /** Every action-item code with its category, title and recommendation. */
  static void itemReference(Window owner, ItemCatalog catalog) {
    TableView<ItemDefinition> table =
        new TableView<>(FXCollections.observableArrayList(catalog.all()));
    TableColumn<ItemDefinition, ItemDefinition> cat = new TableColumn<>("");
    cat.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
    cat.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ItemDefinition d, boolean empty) {
                super.updateItem(d, empty);
                setGraphic(empty || d == null ? null : Icons.category(d.category()));
              }
            });
    cat.setPrefWidth(34);
    TableColumn<ItemDefinition, String> code = new TableColumn<>("Code");
    code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
    TableColumn<ItemDefinition, String> title = new TableColumn<>("Title");
    title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
    title.setPrefWidth(300);
    TableColumn<ItemDefinition, String> rec = new TableColumn<>("What to do");
    rec.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().recommendation()));
    rec.setPrefWidth(480);
    table.getColumns().setAll(java.util.List.of(cat, code, title, rec));
    table.setPrefSize(920, 520);
    Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
    a.initOwner(owner);
    a.setTitle("Action item reference");
    a.setHeaderText(catalog.all().size() + " action item codes");
    a.getDialogPane().setContent(table);
    a.setResizable(true);
    a.showAndWait();
  }
}
