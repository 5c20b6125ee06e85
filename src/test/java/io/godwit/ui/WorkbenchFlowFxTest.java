package io.godwit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.project.CredentialSeal;
import io.godwit.project.ObjectKey;
import io.godwit.ui.code.SqlEditor;
import io.godwit.ui.code.TextSpan;
import io.godwit.ui.fx.FxUiThread;
import io.godwit.ui.fx.Workers;
import io.godwit.ui.items.ItemRow;
import io.godwit.ui.main.MainController;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.model.RecentProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow in a real window (headless with Monocle): open the demo, convert everything,
 * double-click an action item and see its spans highlighted in both editors, edit the target, save,
 * reopen, convert again keeping the edit, and save as SQL both ways. The clicks and the typing go
 * through the robot; only opening a folder (a native file chooser) is called directly.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowFxTest {

  @TempDir Path temp;
  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences prefs = Preferences.userRoot().node("io/godwit/ui-flow-" + System.nanoTime());
  MainViewModel vm;
  MainController window;

  /** The window is built on a shared, busy machine: give it more than TestFX's default 30 s. */
  @org.junit.jupiter.api.BeforeAll
  static void patientSetup() {
    org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
  }

  @Start
  void start(Stage stage) {
    vm =
        new MainViewModel(
            WorkbenchServices.create("test"),
            prompts,
            new RecentProjects(prefs),
            Workers.pool("flow"),
            new FxUiThread(),
            Clock.systemUTC(),
            new CredentialSeal(new SecureRandom(), 1000));
    window =
        MainWindow.show(
            stage, vm, prompts, Workers.single("flow-hl"), temp.resolve("demos"), u -> {});
  }

  @AfterEach
  void tearDown() throws Exception {
    vm.close();
    prefs.removeNode();
  }

  @Test
  void demoConvertHighlightEditSaveReopenAndSaveAsSql(FxRobot robot) throws Exception {
    // 1. Open the demo (File > Open demo > Oracle order-to-cash).
    fire(robot, "Oracle order-to-cash");
    waitUntil(() -> vm.state().source() != null && !vm.task().isRunning());
    assertThat(vm.state().source().objects()).hasSizeGreaterThan(10);
    Path project = vm.state().folder();
    assertThat(project).isNotNull();

    // 3. Convert everything with the toolbar button.
    robot.clickOn("#convertButton");
    waitUntil(() -> vm.state().conversion() != null && !vm.task().isRunning());
    assertThat(vm.items().allRows()).isNotEmpty();

    // 4. Double-click an action item that has a place in both texts: both spans are highlighted.
    ItemRow row =
        vm.items().allRows().stream()
            .filter(r -> r.key() != null && r.item().source() != null && r.item().target() != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no action item with both spans"));
    TableView<ItemRow> table = window.items().table();
    robot.interact(() -> table.scrollTo(row));
    selectTab(robot, "Action items");
    Node cell = rowNode(robot, table, row);
    robot.doubleClickOn(cell);
    SqlEditor source = window.code().sourceEditor();
    SqlEditor target = window.code().targetEditor();
    waitUntil(() -> source.highlighted() != null && target.highlighted() != null);
    TextSpan srcSpan = source.highlighted();
    TextSpan tgtSpan = target.highlighted();
    waitUntil(() -> source.isHighlighted(srcSpan) && target.isHighlighted(tgtSpan));
    assertThat(vm.state().selection().key()).isEqualTo(row.key());

    // 5. Edit the target by typing, then save the project with the toolbar button.
    ObjectKey key = row.key();
    robot.interact(() -> target.area().moveTo(0));
    robot.clickOn(target.area());
    robot.interact(() -> target.area().moveTo(0));
    robot.write("-- reviewed\n");
    waitUntil(() -> vm.code().targetEditedProperty().get());
    String edited = target.area().getText();
    assertThat(edited).startsWith("-- reviewed\n");
    robot.clickOn("#saveButton");
    waitUntil(() -> !vm.state().dirtyProperty().get());
    try (Stream<Path> files = Files.walk(project.resolve("edits"))) {
      List<Path> sql = files.filter(p -> p.toString().endsWith(".sql")).toList();
      assertThat(sql).hasSize(1);
      assertThat(Files.readString(sql.get(0))).isEqualTo(edited);
    }

    // 6. Reopen the project: the edit is kept, and survives converting everything again.
    robot.interact(() -> vm.open(project));
    waitUntil(() -> vm.state().source() != null && !vm.task().isRunning());
    assertThat(vm.state().edits()).containsKey(key);
    assertThat(vm.state().edits().get(key).text()).isEqualTo(edited);
    prompts.choose(0); // "Convert, keep my edits"
    robot.clickOn("#convertButton");
    waitUntil(() -> vm.state().conversion() != null && !vm.task().isRunning());
    assertThat(prompts.asked()).contains("Convert edited objects again?");
    robot.interact(() -> vm.selectTarget(key));
    waitUntil(() -> edited.equals(target.area().getText()));
    assertThat(vm.code().targetEditedProperty().get()).isTrue();

    // 7. Save as SQL: one script (Actions > Save as SQL > One script) and one file per object.
    Path script = temp.resolve("out/all.sql");
    prompts.path(script);
    fire(robot, "_One script…");
    waitUntil(() -> Files.exists(script) && !vm.task().isRunning());
    assertThat(Files.readString(script)).contains("-- reviewed\n");
    Path folder = temp.resolve("out/objects");
    prompts.path(folder);
    robot.clickOn("#saveSqlButton");
    waitUntil(() -> Files.isDirectory(folder) && !vm.task().isRunning());
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> sql = files.filter(p -> p.toString().endsWith(".sql")).toList();
      assertThat(sql).hasSizeGreaterThan(10);
      assertThat(sql.stream().filter(p -> read(p).startsWith("-- reviewed\n"))).hasSize(1);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Fires the menu item with {@code text}, found anywhere in the menu bar. */
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

  @SuppressWarnings("unchecked")
  private static Node rowNode(FxRobot robot, TableView<ItemRow> table, ItemRow row)
      throws Exception {
    waitUntil(
        () ->
            robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .anyMatch(n -> ((TableRow<ItemRow>) n).getItem() == row));
    return robot.from(table).lookup(".table-row-cell").queryAll().stream()
        .filter(n -> ((TableRow<ItemRow>) n).getItem() == row)
        .findFirst()
        .orElseThrow();
  }

  private static void waitUntil(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(
        180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
