package io.godwit.ui.notify;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The log console: newest line last, kept in view. */
public final class LogController {

  @FXML private ListView<LogViewModel.Line> list;

  public void bind(LogViewModel vm) {
    list.setId("log");
    list.setItems(vm.lines());
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(LogViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("log-info", "log-warning", "log-error");
                if (empty || line == null) {
                  setText(null);
                } else {
                  setText(line.toString());
                  getStyleClass()
                      .add("log-" + line.level().name().toLowerCase(java.util.Locale.ROOT));
                }
              }
            });
    vm.lines()
        .addListener(
            (ListChangeListener<LogViewModel.Line>)
                c -> list.scrollTo(Math.max(0, vm.lines().size() - 1)));
    MenuItem copy = new MenuItem("Copy log");
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(vm.text());
          Clipboard.getSystemClipboard().setContent(content);
        });
    list.setContextMenu(new ContextMenu(copy));
  }
}
