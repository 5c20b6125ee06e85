package io.godwit.ui.assess;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.AssessmentReport.TypeRow;
import io.godwit.assess.export.ReportFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The assessment tab: title, summary table, effort, a 100 % stacked bar per object type, the
 * action-item tree (code, then its occurrences) and the export buttons. It shows what {@link
 * AssessmentViewModel} holds; selecting an occurrence shows it in the editors.
 */
public final class AssessmentView {

  private static final List<String> HEADERS =
      List.of(
          "", "Objects", "Converted automatically", "Simple", "Medium", "Complex", "Lines of code");

  private final AssessmentViewModel vm;
  private final StackPane root = new StackPane();
  private final Label title = new Label();
  private final GridPane summary = new GridPane();
  private final Label counts = new Label();
  private final Label effort = new Label();
  private final StackedBarChart<String, Number> chart =
      new StackedBarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
  private final TreeView<Object> tree = new TreeView<>();
  private final Node content;
  private final Label empty =
      new Label("No report yet. Convert, then Actions > Create report (Ctrl+R).");

  /**
   * @param busy true while a task runs: the export buttons wait
   */
  public AssessmentView(AssessmentViewModel model, ObservableBooleanValue busy) {
    this.vm = model;
    title.getStyleClass().add("assessment-title");
    title.setId("assessmentTitle");
    summary.setId("assessmentSummary");
    summary.setHgap(14);
    summary.setVgap(4);
    counts.setId("assessmentCounts");
    effort.setId("assessmentEffort");
    effort.setWrapText(true);
    chart.setId("assessmentChart");
    chart.setTitle("Objects per type (%)");
    chart.setAnimated(false);
    chart.setCategoryGap(12);
    chart.setMinHeight(220);
    chart.getYAxis().setLabel("%");
    tree.setId("assessmentTree");
    tree.setShowRoot(false);
    tree.setCellFactory(t -> new ItemCell());
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null
                  && b.getValue() instanceof Occurrence
                  && b.getParent().getValue() instanceof ActionItemRow) {
                vm.show(
                    ((ActionItemRow) b.getParent().getValue()).code(), (Occurrence) b.getValue());
              }
            });
    HBox buttons = new HBox(8);
    for (ReportFormat f : ReportFormat.values()) {
      Button b = new Button("Export " + f.name());
      b.setId("export" + f.name());
      b.disableProperty()
          .bind(BooleanExpression.booleanExpression(busy).or(vm.reportProperty().isNull()));
      b.setOnAction(e -> vm.export(f));
      buttons.getChildren().add(b);
    }
    VBox top = new VBox(8, title, summary, counts, effort, buttons);
    top.setPadding(new Insets(10));
    SplitPane lower = new SplitPane(chart, tree);
    lower.setDividerPositions(0.45);
    VBox box = new VBox(top, lower);
    VBox.setVgrow(lower, Priority.ALWAYS);
    content = box;
    empty.setWrapText(true);
    empty.getStyleClass().add("figure-label");
    vm.reportProperty().addListener((o, a, b) -> show(b));
    show(vm.report());
  }

  /** The view's node. */
  public Node node() {
    return root;
  }

  /** The action-item tree. */
  public TreeView<Object> tree() {
    return tree;
  }

  private void show(AssessmentReport r) {
    if (r == null) {
      root.getChildren().setAll(empty);
      return;
    }
    title.setText(AssessmentViewModel.title(r));
    fillSummary(r);
    counts.setText(AssessmentViewModel.counts(r.summary()));
    effort.setText(AssessmentViewModel.effort(r.summary()));
    fillChart(r.objectTypes());
    fillTree(r.actionItems());
    root.getChildren().setAll(content);
  }

  private void fillSummary(AssessmentReport r) {
    summary.getChildren().clear();
    for (int c = 0; c < HEADERS.size(); c++) {
      Label h = new Label(HEADERS.get(c));
      h.setStyle("-fx-font-weight: bold");
      summary.add(h, c, 0);
    }
    List<AssessmentViewModel.SummaryRow> rows = AssessmentViewModel.summaryRows(r.summary());
    List<String> ids = List.of("storage", "code", "total");
    for (int i = 0; i < rows.size(); i++) {
      AssessmentViewModel.SummaryRow row = rows.get(i);
      List<String> cells =
          List.of(
              row.group(),
              row.objects(),
              row.converted(),
              row.simple(),
              row.medium(),
              row.complex(),
              row.lines());
      List<String> names =
          List.of("Group", "Objects", "Converted", "Simple", "Medium", "Complex", "Lines");
      for (int c = 0; c < cells.size(); c++) {
        Label l = new Label(cells.get(c));
        l.setId(ids.get(i) + names.get(c));
        summary.add(l, c, i + 1);
      }
    }
  }

  private void fillChart(List<TypeRow> types) {
    XYChart.Series<String, Number> converted = series("Converted automatically");
    XYChart.Series<String, Number> simple = series("Simple");
    XYChart.Series<String, Number> medium = series("Medium");
    XYChart.Series<String, Number> complex = series("Complex");
    List<String> labels = new java.util.ArrayList<>();
    for (TypeRow t : types) {
      if (t.objects() == 0) {
        continue;
      }
      String label = t.label() + " (" + t.objects() + ")";
      labels.add(label);
      double n = t.objects();
      converted.getData().add(new XYChart.Data<>(label, 100.0 * t.converted().count() / n));
      simple.getData().add(new XYChart.Data<>(label, 100.0 * t.simple() / n));
      medium.getData().add(new XYChart.Data<>(label, 100.0 * t.medium() / n));
      complex.getData().add(new XYChart.Data<>(label, 100.0 * t.complex() / n));
    }
    ((CategoryAxis) chart.getXAxis()).getCategories().setAll(labels);
    chart.getData().setAll(List.of(converted, simple, medium, complex));
  }

  private static XYChart.Series<String, Number> series(String name) {
    XYChart.Series<String, Number> s = new XYChart.Series<>();
    s.setName(name);
    return s;
  }

  private void fillTree(List<ActionItemRow> rows) {
    TreeItem<Object> top = new TreeItem<>();
    for (ActionItemRow r : rows) {
      TreeItem<Object> code = new TreeItem<>(r);
      for (Occurrence o : r.occurrences()) {
        code.getChildren().add(new TreeItem<>(o));
      }
      top.getChildren().add(code);
    }
    tree.setRoot(top);
  }

  /** A code (with its figures) or one of its occurrences. */
  private static final class ItemCell extends TreeCell<Object> {
    @Override
    protected void updateItem(Object item, boolean isEmpty) {
      super.updateItem(item, isEmpty);
      if (isEmpty || item == null) {
        setText(null);
      } else if (item instanceof ActionItemRow) {
        ActionItemRow r = (ActionItemRow) item;
        setText(
            String.format(
                Locale.ROOT,
                "%s  %s  [%s] — %d occurrences in %d objects, %s h",
                r.code(),
                r.title(),
                r.category().name().toLowerCase(Locale.ROOT),
                r.occurrenceCount(),
                r.objectCount(),
                AssessmentViewModel.hours(r.totalHours())));
      } else {
        setText(AssessmentViewModel.describe((Occurrence) item));
      }
    }
  }
}
