package io.godwit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.project.CredentialSeal;
import io.godwit.ui.fx.FxUiThread;
import io.godwit.ui.fx.Workers;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.model.RecentProjects;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

  @TempDir static Path temp;
  MainViewModel vm;

  /** The window is built on a shared, busy machine: give it more than TestFX's default 30 s. */
  @org.junit.jupiter.api.BeforeAll
  static void patientSetup() {
    org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
  }

  @Start
  void start(Stage stage) {
    ExecutorService workers = Workers.pool("test");
    vm =
        new MainViewModel(
            WorkbenchServices.create("test"),
            new ScriptedPrompts(),
            new RecentProjects(Preferences.userRoot().node("io/godwit/ui-test")),
            workers,
            new FxUiThread(),
            Clock.systemUTC(),
            new CredentialSeal(new SecureRandom(), 1000));
    MainWindow.show(stage, vm, new ScriptedPrompts(), Workers.single("hl"), temp, url -> {});
  }

  @Test
  void opens(FxRobot robot) {
    assertThat(robot.lookup("#sourceTree").tryQuery()).isPresent();
  }
}
