package io.godwit.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.Secret;
import io.godwit.load.progress.TableState;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.CredentialSeal;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import io.godwit.ui.MainWindow;
import io.godwit.ui.ScriptedPrompts;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.connect.ConnectionRequest;
import io.godwit.ui.fx.FxUiThread;
import io.godwit.ui.fx.Workers;
import io.godwit.ui.main.MainController;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.model.RecentProjects;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
 * Load > New load task in a real window (headless with Monocle): a project whose source is an
 * embedded MariaDB database and whose target is an embedded PostgreSQL server; the dialog is filled
 * from the project and started with its button; the task view shows every table validated and the
 * rows are on PostgreSQL.
 */
@ExtendWith(ApplicationExtension.class)
class LoadFxTest {

  @TempDir Path temp;
  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences prefs = Preferences.userRoot().node("io/godwit/ui-load-" + System.nanoTime());
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
            Workers.pool("load"),
            new FxUiThread(),
            Clock.systemUTC(),
            new CredentialSeal(new SecureRandom(), 1000));
    window =
        MainWindow.show(
            stage, vm, prompts, Workers.single("load-hl"), temp.resolve("demos"), u -> {});
  }

  @AfterEach
  void tearDown() throws Exception {
    vm.close();
    prefs.removeNode();
  }

  @Test
  void loadsMariaDbIntoPostgresFromTheDialogAndShowsTablesValidated(FxRobot robot)
      throws Exception {
    TestMariaDb maria = TestMariaDb.get();
    TestPostgres pg = TestPostgres.get();
    String sourceUrl = maria.createDatabase("uiload");
    String schema = sourceUrl.substring(sourceUrl.lastIndexOf('/') + 1).split("\\?")[0];
    try (Connection c = maria.connect(sourceUrl);
        Statement s = c.createStatement()) {
      s.execute("create table customers (id int primary key, name varchar(60) not null)");
      s.execute(
          "create table orders (id bigint primary key, customer_id int not null,"
              + " amount decimal(12,2), note text)");
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement("insert into customers values (?, ?)")) {
        for (int i = 1; i <= 1_000; i++) {
          p.setInt(1, i);
          p.setString(2, "Kunde " + i + " ü");
          p.addBatch();
        }
        p.executeBatch();
      }
      try (PreparedStatement p = c.prepareStatement("insert into orders values (?, ?, ?, ?)")) {
        for (int i = 1; i <= 6_000; i++) {
          p.setLong(1, i);
          p.setInt(2, 1 + i % 1_000);
          p.setBigDecimal(3, java.math.BigDecimal.valueOf(i * 7L, 2));
          p.setString(4, i % 3 == 0 ? null : "order " + i);
          p.addBatch();
        }
        p.executeBatch();
      }
      c.commit();
    }
    String targetUrl = pg.createDatabase("uiload");
    try (Connection c = pg.connect(targetUrl);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
      s.execute("create table " + schema + ".customers (id int primary key, name varchar(60))");
      s.execute(
          "create table "
              + schema
              + ".orders (id bigint primary key, customer_id int, amount numeric(12,2),"
              + " note text)");
    }

    // The project: the MariaDB database as the live source, PostgreSQL as the target server.
    robot.interact(
        () ->
            vm.connectSource(
                new ConnectionRequest(
                    settings("mysql", sourceUrl, maria.user()), secret(maria.password()), null),
                List.of()));
    waitUntil(() -> vm.state().source() != null && !vm.task().isRunning());
    robot.interact(
        () ->
            vm.connectTarget(
                new ConnectionRequest(
                    settings("postgresql", targetUrl, pg.user()), secret(pg.password()), null)));

    // Load > New load task…, filled from the project; start it with the dialog's button.
    fireLater("_New load task…");
    waitUntil(() -> robot.lookup("#loadStart").tryQuery().isPresent());
    assertThat(robot.lookup("#loadSource").queryAs(Labeled.class).getText()).contains(schema);
    assertThat(robot.lookup("#loadTarget").queryAs(Labeled.class).getText())
        .startsWith("postgresql");
    robot.clickOn("#loadStart");

    waitUntil(() -> vm.load().reportProperty().get() != null && !vm.task().isRunning());
    assertThat(vm.load().reportProperty().get().outcome())
        .as(vm.load().summaryProperty().get())
        .isEqualTo(io.godwit.load.progress.LoadReport.Outcome.COMPLETED);
    assertThat(count(pg, targetUrl, schema + ".customers")).isEqualTo(1_000);
    assertThat(count(pg, targetUrl, schema + ".orders")).isEqualTo(6_000);

    // The task view: one row per table, each validated with its rows, shown in the window.
    LoadTaskView view = window.load();
    assertThat(view.table().getItems()).hasSize(2);
    assertThat(view.table().getItems())
        .allSatisfy(r -> assertThat(r.state()).isEqualTo(TableState.VALIDATED));
    waitUntil(() -> cellShown(robot, "validated") >= 2);
    waitUntil(() -> cellShown(robot, "6,000 / ") + cellShown(robot, "1,000 / ") >= 2);
    assertThat(vm.load().summaryProperty().get()).startsWith("Completed: 2 tables, 7,000 rows");
    assertThat(robot.lookup("#loadResume").queryButton().isDisabled()).isTrue();
  }

  private static ConnectionSettings settings(String product, String url, String user) {
    return new ConnectionSettings(product, null, 0, null, user, null, url, null);
  }

  private static Secret secret(String password) {
    return password == null || password.isEmpty() ? Secret.none() : Secret.of(password);
  }

  private static long count(TestPostgres pg, String url, String table) throws Exception {
    try (Connection c = pg.connect(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** How many table cells of the load view show text starting with {@code text}. */
  private static long cellShown(FxRobot robot, String text) {
    return robot.lookup("#loadTable .table-cell").queryAll().stream()
        .filter(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(text))
        .count();
  }

  /** Fires a menu item after this call returns: the dialog it opens waits for the user. */
  private void fireLater(String text) {
    MenuBar bar = (MenuBar) window.root().lookup("#menuBar");
    AtomicReference<MenuItem> found = new AtomicReference<>();
    for (Menu m : bar.getMenus()) {
      for (MenuItem item : m.getItems()) {
        if (text.equals(item.getText())) {
          found.set(item);
        }
      }
    }
    assertThat(found.get()).as("menu item " + text).isNotNull();
    Platform.runLater(() -> found.get().fire());
  }

  private static void waitUntil(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(
        240, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
