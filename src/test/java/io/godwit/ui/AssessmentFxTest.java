package io.godwit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.Assessor;
import io.godwit.assess.EffortModel;
import io.godwit.assess.ReportContext;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.project.CredentialSeal;
import io.godwit.ui.code.SqlEditor;
import io.godwit.ui.fx.FxUiThread;
import io.godwit.ui.fx.Workers;
import io.godwit.ui.main.MainController;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.notify.Notice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assessment in a real window (headless with Monocle): open the demo, convert, create the
 * report with the toolbar button, compare the figures shown with the Assessor's for the same
 * conversion, click an occurrence and see its span highlighted, export the PDF (a real PDF with
 * pages) and see a failed export end as a notification.
 */
@ExtendWith(ApplicationExtension.class)
class AssessmentFxTest {

  @TempDir Path temp;
  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences prefs = Preferences.userRoot().node("io/godwit/ui-assess-" + System.nanoTime());
  MainViewModel vm;
  MainController window;

  @BeforeAll
  static void patientSetup() {
    FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
  }

  @Start
  void start(Stage stage) {
    vm =
        new MainViewModel(
            WorkbenchServices.create("test"),
            prompts,
            new RecentProjects(prefs),
            Workers.pool("assess"),
            new FxUiThread(),
            Clock.systemUTC(),
            new CredentialSeal(new SecureRandom(), 1000));
    window =
        MainWindow.show(
            stage, vm, prompts, Workers.single("assess-hl"), temp.resolve("demos"), u -> {});
  }

  @AfterEach
  void tearDown() throws Exception {
    vm.close();
    prefs.removeNode();
  }

  @Test
  void createReportShowsTheAssessorsFiguresAndExportsPdf(FxRobot robot) throws Exception {
    fire(robot, "Oracle order-to-cash");
    waitUntil(() -> vm.state().source() != null && !vm.task().isRunning());
    robot.clickOn("#convertButton");
    waitUntil(() -> vm.state().conversion() != null && !vm.task().isRunning());

    // Create the report (toolbar button): it is made in the background and shown.
    robot.clickOn("#reportButton");
    waitUntil(() -> vm.assessment().report() != null && !vm.task().isRunning());

    // The figures shown are the Assessor's for the same conversion.
    AssessmentReport expected =
        new Assessor(ItemCatalog.builtIn(), EffortModel.builtIn())
            .assess(
                vm.state().conversion().result(),
                null,
                new ReportContext(
                    "Oracle", "PostgreSQL", null, List.of(), OffsetDateTime.now(), "t"));
    AssessmentReport.Summary s = expected.summary();
    assertThat(s.total().objects()).isGreaterThan(10);
    assertThat(s.actionItems()).isGreaterThan(0);
    checkRow(robot, "storage", s.storage());
    checkRow(robot, "code", s.code());
    checkRow(robot, "total", s.total());
    String effort = text(robot, "#assessmentEffort");
    assertThat(effort)
        .contains(String.format(Locale.ROOT, "%,.1f hours", s.effort().hours()))
        .contains(String.format(Locale.ROOT, "(%,.1f person-days)", s.effort().personDays()));
    assertThat(text(robot, "#assessmentCounts"))
        .contains(String.format(Locale.ROOT, "%,d lines of code", s.linesOfCode()))
        .contains(String.format(Locale.ROOT, "%,d action items", s.actionItems()));
    javafx.scene.chart.StackedBarChart<?, ?> chart =
        robot.lookup("#assessmentChart").queryAs(javafx.scene.chart.StackedBarChart.class);
    assertThat(chart.getData()).hasSize(4);
    assertThat(chart.getData().get(0).getData())
        .hasSize((int) expected.objectTypes().stream().filter(t -> t.objects() > 0).count());

    // The tree holds every code; clicking an occurrence with a source place highlights it.
    TreeView<Object> tree = window.assessment().tree();
    assertThat(tree.getRoot().getChildren()).hasSize(expected.actionItems().size());
    TreeItem<Object> code = null;
    TreeItem<Object> occurrence = null;
    for (TreeItem<Object> c : tree.getRoot().getChildren()) {
      ActionItemRow r = (ActionItemRow) c.getValue();
      for (TreeItem<Object> o : c.getChildren()) {
        Occurrence occ = (Occurrence) o.getValue();
        if (r.category().needsAction() && occ.line() != null && occ.objectId() != null) {
          code = c;
          occurrence = o;
          break;
        }
      }
      if (occurrence != null) {
        break;
      }
    }
    assertThat(occurrence).as("an occurrence with a place in the source").isNotNull();
    TreeItem<Object> codeItem = code;
    TreeItem<Object> occItem = occurrence;
    robot.interact(
        () -> {
          codeItem.setExpanded(true);
          tree.scrollTo(tree.getRow(occItem));
        });
    robot.clickOn(cellOf(robot, tree, occItem));
    SqlEditor source = window.code().sourceEditor();
    waitUntil(() -> source.highlighted() != null);
    waitUntil(() -> source.isHighlighted(source.highlighted()));
    io.godwit.ui.code.TextSpan span = source.highlighted();
    String shown = source.area().getText();
    assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(shown.length());
    assertThat(shown.substring(span.start(), span.end())).isNotBlank();
    assertThat(vm.state().selection()).isNotNull();

    // Export the PDF: a real PDF with pages.
    Path out = temp.resolve("report");
    prompts.path(out);
    selectTab(robot, "Assessment");
    robot.clickOn("#exportPDF");
    Path pdf = out.resolve("assessment.pdf");
    waitUntil(() -> Files.exists(pdf) && !vm.task().isRunning());
    PdfReader reader = new PdfReader(pdf.toString());
    try {
      assertThat(reader.getNumberOfPages()).isGreaterThan(1);
    } finally {
      reader.close();
    }

    // An export that cannot be written ends as an error notification, not a stack trace.
    Path notAFolder = Files.writeString(temp.resolve("file.txt"), "x");
    prompts.path(notAFolder);
    // The "Exported" notice lies over the top of the view until it hides: close it first.
    robot.interact(() -> vm.notices().dismiss());
    WaitForAsyncUtils.waitForFxEvents();
    robot.sleep(1000);
    robot.clickOn("#exportJSON");
    waitUntil(
        () ->
            !vm.task().isRunning()
                && vm.notices().currentProperty().get() != null
                && vm.notices().currentProperty().get().level() == Notice.Level.ERROR);
    Notice n = vm.notices().currentProperty().get();
    assertThat(n.message()).contains("Exporting the JSON report").doesNotContain("Exception");
    assertThat(Files.exists(notAFolder.resolve("assessment.json"))).isFalse();
  }

  private static void checkRow(FxRobot robot, String id, Figures f) {
    assertThat(text(robot, "#" + id + "Objects"))
        .isEqualTo(String.format(Locale.ROOT, "%,d", f.objects()));
    assertThat(text(robot, "#" + id + "Converted")).isEqualTo(share(f.converted()));
    assertThat(text(robot, "#" + id + "Simple")).isEqualTo(share(f.simple()));
    assertThat(text(robot, "#" + id + "Medium")).isEqualTo(share(f.medium()));
    assertThat(text(robot, "#" + id + "Complex")).isEqualTo(share(f.complex()));
    assertThat(text(robot, "#" + id + "Lines"))
        .isEqualTo(String.format(Locale.ROOT, "%,d", f.lines()));
  }

  private static String share(AssessmentReport.Share s) {
    return String.format(Locale.ROOT, "%,d (%.1f %%)", s.count(), s.percent());
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @SuppressWarnings("unchecked")
  private static Node cellOf(FxRobot robot, TreeView<Object> tree, TreeItem<Object> item)
      throws Exception {
    waitUntil(
        () ->
            robot.from(tree).lookup(".tree-cell").queryAll().stream()
                .anyMatch(n -> ((TreeCell<Object>) n).getTreeItem() == item));
    return robot.from(tree).lookup(".tree-cell").queryAll().stream()
        .filter(n -> ((TreeCell<Object>) n).getTreeItem() == item)
        .findFirst()
        .orElseThrow();
  }

  private void fire(FxRobot robot, String text) {
    MenuBar bar = (MenuBar) window.root().lookup("#menuBar");
    AtomicReference<MenuItem> found = new AtomicReference<>();
    for (Menu m : bar.getMenus()) {
      find(m, text, found);
    }
    assertThat(found.get()).as("menu item " + text).isNotNull();
    robot.interact(() -> found.get().fire());
  }

  private static void find(Menu menu, String text, AtomicReference<MenuItem> found) {
    for (MenuItem item : menu.getItems()) {
      if (text.equals(item.getText())) {
        found.set(item);
      } else if (item instanceof Menu) {
        find((Menu) item, text, found);
      }
    }
  }

  private void selectTab(FxRobot robot, String text) {
    robot.clickOn(
        robot
            .lookup(".tab-label")
            .match(
                n ->
                    n instanceof javafx.scene.control.Labeled
                        && text.equals(((javafx.scene.control.Labeled) n).getText()))
            .<Node>query());
  }

  private static void waitUntil(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(
        180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
