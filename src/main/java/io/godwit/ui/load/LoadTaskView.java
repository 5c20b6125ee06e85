package io.godwit.ui.load;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The load task view: a summary line with Cancel and Resume, and a table with one row per table of
 * the task (status, rows copied of expected, rows/s, a progress bar, validation, errors).
 */
public final class LoadTaskView {

  private final BorderPane root = new BorderPane();
  private final TableView<LoadRow> table = new TableView<>();

  /**
   * @param cancel cancels the running task
   * @param resume resumes the last failed or cancelled task
   * @param taskRunning whether any workbench task is running
   */
  public LoadTaskView(
      LoadTaskViewModel vm, Runnable cancel, Runnable resume, ObservableBooleanValue taskRunning) {
    Label summary = new Label();
    summary.setId("loadSummary");
    summary.textProperty().bind(vm.summaryProperty());
    summary.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(summary, Priority.ALWAYS);
    Button cancelButton = new Button("Cancel");
    cancelButton.setId("loadCancel");
    cancelButton.setOnAction(e -> cancel.run());
    cancelButton.disableProperty().bind(vm.runningProperty().not());
    Button resumeButton = new Button("Resume");
    resumeButton.setId("loadResume");
    resumeButton.setTooltip(
        new Tooltip("Finish the unfinished tables of the last task, without duplicating a row"));
    resumeButton.setOnAction(e -> resume.run());
    resumeButton
        .disableProperty()
        .bind(vm.resumableProperty().not().or(vm.runningProperty()).or(taskRunning));
    HBox bar = new HBox(8, summary, cancelButton, resumeButton);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6));

    table.setId("loadTable");
    table.setItems(vm.rows());
    table.setPlaceholder(new Label("Load > New load task… copies the data across."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .addAll(
            List.of(
                text("Table", 240, LoadRow::table),
                text("Status", 90, r -> r.state().label()),
                text("Rows", 150, LoadRow::rows),
                text("Rows/s", 80, LoadRow::rate),
                progress(),
                text("Validation", 220, LoadRow::validation),
                text("Errors", 260, LoadRow::errors)));
    root.setTop(bar);
    root.setCenter(table);
  }

  private static TableColumn<LoadRow, String> text(
      String title, double width, Function<LoadRow, String> value) {
    TableColumn<LoadRow, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    return c;
  }

  private static TableColumn<LoadRow, Double> progress() {
    TableColumn<LoadRow, Double> c = new TableColumn<>("Progress");
    c.setPrefWidth(140);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().fraction()));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              private final ProgressBar bar = new ProgressBar();

              {
                bar.setMaxWidth(Double.MAX_VALUE);
              }

              @Override
              protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                  setGraphic(null);
                } else {
                  bar.setProgress(value);
                  setGraphic(bar);
                }
              }
            });
    return c;
  }

  public Node node() {
    return root;
  }

  public TableView<LoadRow> table() {
    return table;
  }
}
