package io.godwit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.Secret;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.CredentialSeal;
import io.godwit.project.ProjectStore;
import io.godwit.testdb.TestPostgres;
import io.godwit.ui.Sample;
import io.godwit.ui.ScriptedPrompts;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.connect.ConnectionRequest;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.ObjectState;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.notify.Notice;
import io.godwit.ui.task.UiThread;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's commands, run synchronously without the toolkit. */
class MainViewModelTest {

  @TempDir Path temp;
  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences prefs = Preferences.userRoot().node("io/godwit/ui-test-" + System.nanoTime());
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

  /** Puts the sample conversion in place, as Convert would. */
  ConversionModel converted() {
    SourceModel source = SourceModel.of("oracle", "Oracle scripts", Sample.sources());
    vm.state().sourceProperty().set(source);
    ConversionModel c = new ConversionModel(Sample.result(), Map.of());
    vm.state().conversionProperty().set(c);
    return c;
  }

  @Test
  void anEditIsSavedWithTheProjectAndReadBack() throws Exception {
    ConversionModel c = converted();
    vm.selectTarget(c.key(c.result().objects().get(1)));
    vm.code().userEdited("CREATE TABLE sales.orders (id bigint);\n");
    assertThat(vm.titleProperty().get()).endsWith("*");
    Path dir = temp.resolve("project");
    vm.saveAs(dir);
    assertThat(vm.state().dirtyProperty().get()).isFalse();
    assertThat(Files.readString(dir.resolve("edits/table/sales.orders.sql")))
        .isEqualTo("CREATE TABLE sales.orders (id bigint);\n");

    vm.open(dir);
    assertThat(vm.state().edits()).hasSize(1);
    assertThat(vm.state().edits().values().iterator().next().text()).contains("bigint");
    assertThat(vm.recentProjects()).containsExactly(dir.toAbsolutePath().normalize());
  }

  @Test
  void saveAsSqlWritesOneScriptOrOneFilePerObjectWithTheEdits() throws Exception {
    ConversionModel c = converted();
    vm.selectTarget(c.key(c.result().objects().get(1)));
    vm.code().userEdited("CREATE TABLE sales.orders (id bigint);\n");

    Path script = temp.resolve("out/all.sql");
    vm.saveAsSql(script, true);
    String text = Files.readString(script);
    assertThat(text)
        .contains("CREATE TABLE sales.orders (id bigint);")
        .contains("order_mgmt.purge");
    assertThat(text).doesNotContain("v_weird");

    Path folder = temp.resolve("folder");
    vm.saveAsSql(folder, false);
    assertThat(folder.resolve("sales/table/orders.sql"))
        .hasContent("CREATE TABLE sales.orders (id bigint);");
    assertThat(folder.resolve("order_mgmt/package/order_mgmt.sql")).exists();
    assertThat(folder.resolve("SALES/view/V_WEIRD.sql")).exists();
    assertThat(folder.resolve("summary.json")).exists();
    assertThat(folder.resolve("action-items.csv")).exists();
  }

  @Test
  void applyRunsOnTheTargetServerAndMarksEachObject() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String url = pg.createDatabase("gwui_apply");
    URI uri = URI.create(url.substring("jdbc:".length()));
    ConversionModel c = converted();
    vm.connectTarget(
        new ConnectionRequest(
            new ConnectionSettings(
                "postgresql",
                uri.getHost(),
                uri.getPort(),
                uri.getPath().substring(1),
                pg.user(),
                null,
                null,
                null),
            Secret.of(pg.password()),
            null));
    vm.apply();
    ConversionModel after = vm.state().conversion();
    var keys = c.result().objects().stream().map(c::key).toList();
    ObjectState table = after.state(keys.get(1), vm.state().edits().keySet());
    assertThat(table.apply().applied()).isTrue();
    assertThat(after.state(keys.get(2), vm.state().edits().keySet()).apply().applied()).isTrue();
    assertThat(after.state(keys.get(3), vm.state().edits().keySet()).apply().skipped()).isTrue();
    try (Connection conn = pg.connect(url);
        ResultSet rs = conn.getMetaData().getTables(null, "sales", "orders", null)) {
      assertThat(rs.next()).isTrue();
    }
    assertThat(vm.log().text()).contains("3 applied, 0 failed, 1 skipped");
  }

  @Test
  void aFailureOnTheTargetIsShownOnTheObject() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String url = pg.createDatabase("gwui_fail");
    URI uri = URI.create(url.substring("jdbc:".length()));
    ConversionModel c = converted();
    vm.selectTarget(c.key(c.result().objects().get(1)));
    vm.code().userEdited("CREATE TABLE sales.orders (id no_such_type);\n");
    vm.connectTarget(
        new ConnectionRequest(
            new ConnectionSettings(
                "postgresql",
                uri.getHost(),
                uri.getPort(),
                uri.getPath().substring(1),
                pg.user(),
                null,
                null,
                null),
            Secret.of(pg.password()),
            null));
    vm.apply();
    ObjectState table =
        vm.state()
            .conversion()
            .state(c.key(c.result().objects().get(1)), vm.state().edits().keySet());
    assertThat(table.applyFailed()).isTrue();
    assertThat(table.apply().error()).contains("no_such_type");
    assertThat(vm.notices().currentProperty().get().level()).isEqualTo(Notice.Level.WARNING);
  }

  @Test
  void withNoTargetServerApplyOffersTheSandbox() {
    converted();
    prompts.choose(0);
    vm.apply();
    assertThat(prompts.asked()).containsExactly("No target server");
    assertThat(vm.log().text()).contains("3 applied, 0 failed, 1 skipped");
  }

  @Test
  void aDamagedProjectIsReportedAndTheOpenProjectStays() throws Exception {
    vm.rename("Mine");
    prompts.choose(1);
    Path bad = temp.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve(ProjectStore.FILE_NAME), "{ not json");
    vm.open(bad);
    Notice n = vm.notices().currentProperty().get();
    assertThat(n.level()).isEqualTo(Notice.Level.ERROR);
    assertThat(n.message()).contains("damaged").doesNotContain("Exception");
    assertThat(vm.state().project().file().name()).isEqualTo("Mine");
    assertThat(Files.readString(bad.resolve(ProjectStore.FILE_NAME))).isEqualTo("{ not json");
  }

  @Test
  void unsavedChangesAreAskedAboutBeforeOpeningAnother() throws Exception {
    vm.rename("Changed");
    prompts.choose(2);
    vm.newProject();
    assertThat(vm.state().project().file().name()).isEqualTo("Changed");
    prompts.choose(1);
    vm.newProject();
    assertThat(vm.state().project().file().name()).isEqualTo("Untitled");
    assertThat(prompts.asked()).containsExactly("Unsaved changes", "Unsaved changes");
  }

  @Test
  void aSourceWithoutAFrontEndCanBeBrowsedButNotConverted() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String url = pg.createDatabase("gwui_browse");
    try (Connection conn = pg.connect(url)) {
      conn.createStatement().execute("create table shop_orders (id int primary key, note text)");
    }
    URI uri = URI.create(url.substring("jdbc:".length()));
    vm.connectSource(
        new ConnectionRequest(
            new ConnectionSettings(
                "postgresql",
                uri.getHost(),
                uri.getPort(),
                uri.getPath().substring(1),
                pg.user(),
                null,
                null,
                null),
            Secret.of(pg.password()),
            null),
        java.util.List.of("public"));
    SourceModel source = vm.state().source();
    assertThat(source.convertible()).isFalse();
    assertThat(source.objects()).extracting(o -> o.ref().name()).contains("shop_orders");
    assertThat(vm.canConvertProperty().get()).isFalse();
    vm.convertAll();
    assertThat(vm.notices().currentProperty().get().message())
        .contains("cannot convert from PostgreSQL");
  }
}
