package io.godwit.ui.items;

import io.godwit.convert.item.Category;
import io.godwit.ui.fx.Icons;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;

/** The action items table: filters, sortable columns, select to highlight, double-click to jump. */
public final class ActionItemsController {

  @FXML private TextField filter;
  @FXML private ComboBox<Category> category;
  @FXML private CheckBox onlySelected;
  @FXML private Label summary;
  @FXML private TableView<ItemRow> table;
  @FXML private TableColumn<ItemRow, Category> categoryColumn;
  @FXML private TableColumn<ItemRow, String> codeColumn;
  @FXML private TableColumn<ItemRow, String> messageColumn;
  @FXML private TableColumn<ItemRow, String> objectColumn;
  @FXML private TableColumn<ItemRow, Integer> lineColumn;

  /**
   * @param open shows an item's object and highlights its spans
   * @param jump moves the focus to the code after a double-click
   */
  public void bind(ActionItemsViewModel vm, Consumer<ItemRow> open, Runnable jump) {
    table.setId("actionItems");
    filter.textProperty().bindBidirectional(vm.filterProperty());
    category.getItems().setAll(FXCollections.observableArrayList((Category) null));
    category.getItems().addAll(Category.values());
    category.setCellFactory(v -> new CategoryCell());
    category.setButtonCell(new CategoryCell());
    category.valueProperty().bindBidirectional(vm.categoryProperty());
    onlySelected.selectedProperty().bindBidirectional(vm.onlySelectedProperty());
    summary.textProperty().bind(vm.summaryProperty());

    categoryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().category()));
    categoryColumn.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Category item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : Icons.category(item));
                setText(null);
              }
            });
    codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
    messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
    objectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().object()));
    lineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
    lineColumn.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item == 0 ? null : item.toString());
              }
            });
    SortedList<ItemRow> sorted = new SortedList<>(vm.rows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setPlaceholder(new Label("No action items: convert to see what needs work"));
    table.setRowFactory(
        t -> {
          TableRow<ItemRow> row = new TableRow<>();
          row.itemProperty()
              .addListener(
                  (o, a, item) ->
                      row.setTooltip(
                          item == null || item.recommendation().isEmpty()
                              ? null
                              : new Tooltip(item.recommendation())));
          row.setOnMouseClicked(
              e -> {
                if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && !row.isEmpty()) {
                  open.accept(row.getItem());
                  jump.run();
                }
              });
          return row;
        });
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, row) -> {
              if (row != null) {
                open.accept(row);
              }
            });
  }

  public TableView<ItemRow> table() {
    return table;
  }

  private static final class CategoryCell extends ListCell<Category> {
    @Override
    protected void updateItem(Category item, boolean empty) {
      super.updateItem(item, empty);
      if (empty) {
        setText(null);
        setGraphic(null);
      } else if (item == null) {
        setText("All categories");
        setGraphic(null);
      } else {
        setText(item.label());
        setGraphic(Icons.category(item));
      }
    }
  }
}
