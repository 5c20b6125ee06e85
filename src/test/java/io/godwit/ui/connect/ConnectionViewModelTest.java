package io.godwit.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.Dialects;
import io.godwit.project.ConnectionSettings;
import io.godwit.service.ConnectionCheck;
import io.godwit.testdb.TestPostgres;
import io.godwit.ui.task.UiThread;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionViewModelTest {

  ConnectionViewModel vm =
      new ConnectionViewModel(
          List.of("postgresql", "mysql"),
          new ConnectionCheck(Dialects.discover()),
          Runnable::run,
          UiThread.DIRECT);

  @Test
  void validatesTheFields() {
    assertThat(vm.validProperty().get()).isTrue();
    vm.hostProperty().set(" ");
    assertThat(vm.problemProperty().get()).isEqualTo("Enter the host name.");
    vm.hostProperty().set("db");
    vm.portProperty().set("70000");
    assertThat(vm.problemProperty().get()).contains("between 1 and 65535");
    vm.portProperty().set("");
    vm.savePasswordProperty().set(true);
    vm.passphraseProperty().set("short");
    assertThat(vm.problemProperty().get()).contains("at least 8");
    vm.passphraseProperty().set("long enough");
    vm.passphraseAgainProperty().set("different");
    assertThat(vm.problemProperty().get()).contains("differ");
    vm.passphraseAgainProperty().set("long enough");
    assertThat(vm.validProperty().get()).isTrue();
    assertThat(vm.request().savePassword()).isTrue();
  }

  @Test
  void theDatabaseFieldFollowsTheProduct() {
    assertThat(vm.databaseLabelProperty().get()).isEqualTo("Database");
    assertThat(vm.databaseProperty().get()).isEqualTo("postgres");
    vm.productProperty().set("mysql");
    assertThat(vm.databaseProperty().get()).isEmpty();
    ConnectionViewModel oracle =
        new ConnectionViewModel(List.of("oracle"), null, Runnable::run, UiThread.DIRECT);
    assertThat(oracle.databaseLabelProperty().get()).isEqualTo("Service name");
  }

  @Test
  void loadsSavedSettingsWithoutThePassword() {
    vm.load(
        new ConnectionSettings("postgresql", "pg.example", 6432, "shop", "app", null, null, null));
    assertThat(vm.previewUrl()).isEqualTo("jdbc:postgresql://pg.example:6432/shop?sslmode=disable");
    assertThat(vm.passwordProperty().get()).isEmpty();
  }

  @Test
  void testConnectionAgainstARealServer() {
    TestPostgres pg = TestPostgres.get();
    URI uri = URI.create(pg.baseUrl().substring("jdbc:".length()));
    vm.hostProperty().set(uri.getHost());
    vm.portProperty().set(Integer.toString(uri.getPort()));
    vm.databaseProperty().set("postgres");
    vm.userProperty().set(pg.user());
    vm.passwordProperty().set(pg.password());
    vm.test();
    assertThat(vm.testStateProperty().get()).isEqualTo(ConnectionViewModel.TestState.OK);
    assertThat(vm.testMessageProperty().get()).startsWith("Connected to PostgreSQL 15");

    vm.databaseProperty().set("no_such_database");
    vm.test();
    assertThat(vm.testStateProperty().get()).isEqualTo(ConnectionViewModel.TestState.FAILED);
    assertThat(vm.testMessageProperty().get())
        .contains("no_such_database")
        .doesNotContain("Exception");
  }
}
