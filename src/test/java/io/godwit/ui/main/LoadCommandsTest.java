package io.godwit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.Secret;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import io.godwit.load.progress.LoadReport.Outcome;
import io.godwit.load.progress.TableState;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.CredentialSeal;
import io.godwit.testdb.TestPostgres;
import io.godwit.ui.ScriptedPrompts;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.connect.ConnectionRequest;
import io.godwit.ui.load.LoadChoices;
import io.godwit.ui.load.LoadFormViewModel;
import io.godwit.ui.load.LoadRow;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.task.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load tasks through the main view model, synchronously and without the toolkit, against embedded
 * PostgreSQL: the form is filled from the project, a table that fails is suspended, and Resume
 * finishes it without duplicating a row.
 */
class LoadCommandsTest {

  @TempDir Path temp;
  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences prefs = Preferences.userRoot().node("io/godwit/ui-load-" + System.nanoTime());
  final MainViewModel vm =
      new MainViewModel(
          WorkbenchServices.create("test"),
          prompts,
          new RecentProjects(prefs),
          Runnable::run,
          UiThread.DIRECT,
          Clock.systemUTC(),
          new CredentialSeal(new SecureRandom(), 1000));

  @AfterEach
  void tearDown() throws Exception {
    vm.close();
    prefs.removeNode();
  }

  @Test
  void aSuspendedTableIsFinishedByResumeWithoutDuplicates() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String source = pg.createDatabase("uiloadsrc");
    String target = pg.createDatabase("uiloaddst");
    String ddl =
        "create schema shop;"
            + " create table shop.items (id int primary key, price numeric(10,2));"
            + " create table shop.notes (id int primary key, body text);";
    exec(pg, source, ddl);
    exec(
        pg,
        source,
        "insert into shop.items select g, g / 10.0 from generate_series(1, 3000) g;"
            + " insert into shop.notes select g, 'note ' || g from generate_series(1, 500) g;");
    exec(pg, target, ddl + " alter table shop.items add constraint cheap check (price < 200);");
    vm.saveAs(temp.resolve("project"));
    vm.connectTarget(
        new ConnectionRequest(
            new ConnectionSettings("postgresql", null, 0, null, pg.user(), null, target, null),
            Secret.of(pg.password()),
            null));

    LoadFormViewModel form = vm.loadForm();
    assertThat(form.problemProperty().get()).isEqualTo("Choose the source database.");
    form.chooseSource(
        new ConnectionSettings("postgresql", null, 0, null, pg.user(), null, source, null),
        Secret.of(pg.password()));
    assertThat(form.targetProperty().get().url()).isEqualTo(target);
    form.schemasProperty().set("shop");
    form.errorPolicyProperty().set(ErrorPolicy.SUSPEND);
    assertThat(form.problemProperty().get()).isNull();
    LoadChoices choices = form.choices();
    assertThat(choices.prep()).isEqualTo(PrepMode.TRUNCATE_BEFORE_LOAD);
    assertThat(choices.validate()).isTrue();

    vm.startLoad(choices);
    assertThat(vm.load().reportProperty().get().outcome()).isEqualTo(Outcome.COMPLETED_WITH_ERRORS);
    assertThat(state(vm.load().rows(), "shop.items")).isEqualTo(TableState.ERROR);
    assertThat(state(vm.load().rows(), "shop.notes")).isEqualTo(TableState.VALIDATED);
    assertThat(row(vm.load().rows(), "shop.items").errors()).isNotBlank();
    assertThat(vm.load().resumableProperty().get()).isTrue();
    try (var tasks = Files.list(temp.resolve("project/load"))) {
      Path task = tasks.findFirst().orElseThrow();
      assertThat(task.resolve("load-state.json")).exists();
      assertThat(task.resolve("load-report.json")).exists();
    }

    exec(pg, target, "alter table shop.items drop constraint cheap;");
    vm.resumeLoad();
    assertThat(vm.load().reportProperty().get().outcome())
        .as(vm.load().summaryProperty().get())
        .isEqualTo(Outcome.COMPLETED);
    assertThat(vm.load().rows())
        .allSatisfy(r -> assertThat(r.state()).isEqualTo(TableState.VALIDATED));
    assertThat(vm.load().resumableProperty().get()).isFalse();
    assertThat(count(pg, target, "shop.items")).isEqualTo(3000);
    assertThat(count(pg, target, "shop.notes")).isEqualTo(500);
  }

  @Test
  void chosenTablesBecomeAMappingAndOnlyThoseLoad() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String source = pg.createDatabase("uiloadsrc");
    String target = pg.createDatabase("uiloaddst");
    String ddl =
        "create schema crm; create table crm.a_one (id int primary key);"
            + " create table crm.a_two (id int primary key); create table crm.b (id int primary key);";
    exec(
        pg,
        source,
        ddl
            + " insert into crm.a_one values (1); insert into crm.a_two values (2);"
            + " insert into crm.b values (3);");
    exec(pg, target, ddl);
    LoadFormViewModel form = vm.loadForm();
    ConnectionSettings s =
        new ConnectionSettings("postgresql", null, 0, null, pg.user(), null, source, null);
    ConnectionSettings t =
        new ConnectionSettings("postgresql", null, 0, null, pg.user(), null, target, null);
    form.chooseSource(s, Secret.of(pg.password()));
    form.chooseTarget(t, Secret.of(pg.password()));
    form.schemasProperty().set("crm");
    form.tablesProperty().set("a_%");
    vm.startLoad(form.choices());
    assertThat(vm.load().reportProperty().get().outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(vm.load().rows())
        .extracting(LoadRow::table)
        .containsExactly("crm.a_one", "crm.a_two");
    assertThat(count(pg, target, "crm.b")).isZero();
  }

  private static TableState state(List<LoadRow> rows, String table) {
    return row(rows, table).state();
  }

  private static LoadRow row(List<LoadRow> rows, String table) {
    return rows.stream().filter(r -> r.table().equals(table)).findFirst().orElseThrow();
  }

  private static void exec(TestPostgres pg, String url, String sql) throws Exception {
    try (Connection c = pg.connect(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(TestPostgres pg, String url, String table) throws Exception {
    try (Connection c = pg.connect(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
