package io.godwit.ui;

import io.godwit.project.CredentialSeal;
import io.godwit.project.DemoProjects;
import io.godwit.ui.fx.FxUiThread;
import io.godwit.ui.fx.Workers;
import io.godwit.ui.main.FxPrompts;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.model.RecentProjects;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Arguments (from {@link Workbench#launch}): {@code --version=V}, {@code
 * --demo}, {@code --demo-dir=DIR}, and an optional project folder.
 */
public final class GodwitApp extends Application {

  private WorkbenchServices services;
  private MainViewModel vm;
  private ExecutorService workers;
  private ExecutorService highlighting;

  @Override
  public void init() {
    // Off the UI thread: reading the dialect registry and the action-item catalog.
    services =
        WorkbenchServices.create(Workbench.option(getParameters().getRaw(), "--version=", "dev"));
  }

  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    workers = Workers.pool("worker");
    highlighting = Workers.single("highlight");
    FxPrompts prompts = new FxPrompts(stage);
    vm =
        new MainViewModel(
            services,
            prompts,
            new RecentProjects(Preferences.userRoot().node("io/godwit/ui")),
            workers,
            new FxUiThread(),
            Clock.systemDefaultZone(),
            new CredentialSeal());
    Path demoRoot = Workbench.demoRoot(services.version(), args);
    MainWindow.show(
        stage, vm, prompts, highlighting, demoRoot, url -> getHostServices().showDocument(url));
    String project = Workbench.project(args);
    if (args.contains("--demo")) {
      vm.openDemo(DemoProjects.DEFAULT, demoRoot.resolve(DemoProjects.DEFAULT));
    } else if (project != null) {
      vm.open(Path.of(project));
    }
  }

  @Override
  public void stop() {
    if (vm != null) {
      vm.close();
    }
    if (workers != null) {
      workers.shutdownNow();
      highlighting.shutdownNow();
    }
  }
}
