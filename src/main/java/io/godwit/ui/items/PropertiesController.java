package io.godwit.ui.items;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The properties panel. */
public final class PropertiesController {

  @FXML private TableView<PropertiesViewModel.Property> table;
  @FXML private TableColumn<PropertiesViewModel.Property, String> sectionColumn;
  @FXML private TableColumn<PropertiesViewModel.Property, String> nameColumn;
  @FXML private TableColumn<PropertiesViewModel.Property, String> valueColumn;

  public void bind(PropertiesViewModel vm) {
    table.setId("properties");
    sectionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().section()));
    nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
    table.setItems(vm.properties());
  }
}
