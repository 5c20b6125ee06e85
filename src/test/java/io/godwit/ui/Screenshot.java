package io.godwit.ui;

import io.godwit.project.CredentialSeal;
import io.godwit.project.DemoProjects;
import io.godwit.ui.fx.FxUiThread;
import io.godwit.ui.fx.Workers;
import io.godwit.ui.items.ItemRow;
import io.godwit.ui.main.FxPrompts;
import io.godwit.ui.main.MainController;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.model.RecentProjects;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the README's screenshot from the running workbench: {@code Screenshot OUT.png}. Opens the
 * Oracle demo in a 1400x860 window, converts everything, opens the first action item that has a
 * place in both texts, and writes the window's pixels; then creates the report and writes the
 * assessment view to {@code assessment.png} beside it. Run it on a display (for example under
 * {@code xvfb-run}); see docs/testing.md.
 */
public final class Screenshot {

  private Screenshot() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/images/workbench.png");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    Path demos = Files.createTempDirectory("godwit-shot");
    AtomicReference<MainViewModel> vmRef = new AtomicReference<>();
    AtomicReference<MainController> window = new AtomicReference<>();
    AtomicReference<Stage> stageRef = new AtomicReference<>();
    onFx(
        () -> {
          Stage stage = new Stage();
          stage.setWidth(1400);
          stage.setHeight(860);
          FxPrompts prompts = new FxPrompts(stage);
          MainViewModel vm =
              new MainViewModel(
                  WorkbenchServices.create("0.1"),
                  prompts,
                  new RecentProjects(Preferences.userRoot().node("io/godwit/ui-screenshot")),
                  Workers.pool("shot"),
                  new FxUiThread(),
                  Clock.systemUTC(),
                  new CredentialSeal());
          vmRef.set(vm);
          stageRef.set(stage);
          window.set(MainWindow.show(stage, vm, prompts, Workers.single("hl"), demos, u -> {}));
          stage.setWidth(1400);
          stage.setHeight(860);
          vm.openDemo(DemoProjects.DEFAULT, demos.resolve(DemoProjects.DEFAULT));
        });
    MainViewModel vm = vmRef.get();
    waitFor(() -> vm.state().source() != null && !vm.task().isRunning());
    onFx(vm::convertAll);
    waitFor(() -> vm.state().conversion() != null && !vm.task().isRunning());
    onFx(
        () -> {
          ItemRow row =
              vm.items().allRows().stream()
                  .filter(
                      r ->
                          r.key() != null
                              && r.item().source() != null
                              && r.item().target() != null
                              && r.item().target().endOffset() - r.item().target().startOffset()
                                  < 120)
                  .findFirst()
                  .orElse(null);
          if (row != null) {
            window.get().items().table().getSelectionModel().select(row);
            window.get().items().table().scrollTo(row);
            vm.openItem(row);
          }
        });
    Thread.sleep(2500);
    AtomicReference<WritableImage> shot = new AtomicReference<>();
    onFx(() -> shot.set(stageRef.get().getScene().snapshot(null)));
    write(shot.get(), out);
    System.out.println("wrote " + out.toAbsolutePath());
    // The assessment view: Create report, then the same window.
    Path report = out.resolveSibling("assessment.png");
    onFx(vm::createReport);
    waitFor(() -> vm.assessment().report() != null && !vm.task().isRunning());
    onFx(
        () -> {
          var tree = window.get().assessment().tree();
          if (!tree.getRoot().getChildren().isEmpty()) {
            tree.getRoot().getChildren().get(0).setExpanded(true);
          }
        });
    Thread.sleep(2500);
    onFx(() -> shot.set(stageRef.get().getScene().snapshot(null)));
    write(shot.get(), report);
    System.out.println("wrote " + report.toAbsolutePath());
    onFx(vm::close);
    Platform.exit();
    System.exit(0);
  }

  private static void write(WritableImage image, Path out) throws Exception {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    b.setRGB(0, 0, w, h, argb, 0, w);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    ImageIO.write(b, "png", out.toFile());
  }

  private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      AtomicReference<Boolean> ok = new AtomicReference<>(false);
      onFx(() -> ok.set(condition.get()));
      if (ok.get()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("timed out");
  }

  private static void onFx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            r.run();
          } finally {
            done.countDown();
          }
        });
    done.await();
  }
}
