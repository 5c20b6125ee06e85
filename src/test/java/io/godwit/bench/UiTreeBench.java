package io.godwit.bench;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.ir.SourceSpan;
import io.godwit.project.CredentialSeal;
import io.godwit.ui.MainWindow;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.fx.FxUiThread;
import io.godwit.ui.fx.Workers;
import io.godwit.ui.main.MainController;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.main.Prompts;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.tree.TreeNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

/**
 * {@code ui-tree [OBJECTS] [SCHEMAS]}: opens the real main window, loads a source of OBJECTS
 * objects (default 50,000) into the source tree, expands the biggest group, scrolls, and types
 * filters into the filter box. A heartbeat thread posts to the FX thread every 2 ms and measures
 * how long each post waited: the longest wait is the longest stall of the FX thread. Runs on the
 * real display when DISPLAY is set, else on Monocle headless.
 */
final class UiTreeBench implements Bench.Task {

  @Override
  public String description() {
    return "FX-thread stalls while a 50,000-object source tree opens, expands and filters";
  }

  /** A unit of the generated source. */
  record Unit(ObjectRef ref, String text, SourceSpan span) implements SourceUnit {}

  @Override
  public void run(List<String> args, PrintStream out) throws Exception {
    int objects = args.isEmpty() ? 50_000 : Integer.parseInt(args.get(0));
    int schemas = args.size() < 2 ? 5 : Integer.parseInt(args.get(1));
    if (System.getenv("DISPLAY") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    Heartbeat beat = new Heartbeat();
    beat.start();

    Path demo = Files.createTempDirectory("godwit-bench-demo");
    AtomicReference<MainViewModel> vmRef = new AtomicReference<>();
    AtomicReference<MainController> window = new AtomicReference<>();
    onFx(
        () -> {
          MainViewModel vm =
              new MainViewModel(
                  WorkbenchServices.create("bench"),
                  new NoPrompts(),
                  new RecentProjects(Preferences.userRoot().node("io/godwit/ui-bench")),
                  Workers.pool("bench"),
                  new FxUiThread(),
                  Clock.systemUTC(),
                  new CredentialSeal(new SecureRandom(), 1000));
          vmRef.set(vm);
          window.set(
              MainWindow.show(
                  new Stage(), vm, new NoPrompts(), Workers.single("hl"), demo, u -> {}));
        });
    MainViewModel vm = vmRef.get();
    TreeView<TreeNode<SourceObject>> tree = window.get().sourceTree().tree();
    TextField filter = (TextField) tree.getScene().lookup("#sourceFilter");

    out.printf(
        "ui-tree: %,d objects in %d schemas, %s%n",
        objects, schemas, System.getProperty("glass.platform", "GTK"));
    beat.phase("idle window (baseline)");
    Thread.sleep(1500);
    out.println(beat.report());

    long t0 = System.nanoTime();
    SourceModel model = SourceModel.of("oracle", "Generated", generate(objects, schemas));
    long built = System.nanoTime();
    out.printf("  source model built off the FX thread in %d ms%n", (built - t0) / 1_000_000);

    beat.phase("open: tree of " + objects + " objects shown");
    long open = System.nanoTime();
    onFx(() -> vm.state().sourceProperty().set(model));
    waitFor(() -> tree.getRoot() != null && tree.getRoot().getValue().total() == objects);
    settle();
    out.println(
        beat.report()
            + String.format("  (shown after %d ms)", (System.nanoTime() - open) / 1_000_000));

    beat.phase("expand the biggest group and scroll through it");
    long expand = System.nanoTime();
    AtomicReference<Integer> biggest = new AtomicReference<>(0);
    onFx(
        () -> {
          TreeItem<TreeNode<SourceObject>> schema = tree.getRoot().getChildren().get(0);
          schema.setExpanded(true);
          TreeItem<TreeNode<SourceObject>> kind = schema.getChildren().get(0);
          biggest.set(kind.getValue().total());
          kind.setExpanded(true);
        });
    settle();
    for (int i = 0; i < 20; i++) {
      int row = i * Math.max(1, biggest.get() / 20);
      onFx(() -> tree.scrollTo(row));
      Thread.sleep(30);
    }
    settle();
    out.println(
        beat.report()
            + String.format(
                "  (group of %,d, %d ms)",
                biggest.get(), (System.nanoTime() - expand) / 1_000_000));

    String[] filters = {"OBJ_1*", "*_42*", "s2.*", "obj_12345", "nothing-matches", ""};
    for (String f : filters) {
      beat.phase("filter \"" + f + "\" typed key by key");
      long typed = System.nanoTime();
      onFx(() -> filter.setText(""));
      for (int i = 1; i <= f.length(); i++) {
        String prefix = f.substring(0, i);
        onFx(() -> filter.setText(prefix));
        Thread.sleep(60);
      }
      waitFor(() -> !vm.sourceTree().filteringProperty().get());
      settle();
      AtomicReference<String> shown = new AtomicReference<>();
      onFx(
          () ->
              shown.set(
                  String.format(
                      "%,d of %,d",
                      tree.getRoot().getValue().count(), tree.getRoot().getValue().total())));
      out.println(
          beat.report()
              + String.format(
                  "  (%s shown, %d ms)", shown.get(), (System.nanoTime() - typed) / 1_000_000));
    }
    beat.halt();
    Platform.exit();
  }

  /** A source of {@code n} units spread over schemas and kinds like a real application. */
  static SourceSet generate(int n, int schemas) {
    UnitKind[] kinds = {
      UnitKind.TABLE,
      UnitKind.TABLE,
      UnitKind.TABLE,
      UnitKind.VIEW,
      UnitKind.PROCEDURE,
      UnitKind.FUNCTION,
      UnitKind.PACKAGE,
      UnitKind.TRIGGER,
      UnitKind.INDEX,
      UnitKind.SEQUENCE
    };
    List<SourceUnit> units = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String schema = "S" + (i % schemas);
      UnitKind kind = kinds[(i / schemas) % kinds.length];
      String text = "CREATE " + kind.label() + " OBJ_" + i + " ...";
      units.add(new Unit(new ObjectRef(schema, "OBJ_" + i, kind), text, null));
    }
    return new SourceSet(units, List.of(), null);
  }

  private static void settle() throws InterruptedException {
    // Let layout and rendering of what changed run, then one more pulse.
    Thread.sleep(300);
    onFx(() -> {});
  }

  private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      AtomicReference<Boolean> ok = new AtomicReference<>(false);
      onFx(() -> ok.set(condition.get()));
      if (ok.get()) {
        return;
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("timed out waiting for the tree");
  }

  private static void onFx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Platform.runLater(
        () -> {
          try {
            r.run();
          } catch (Throwable t) {
            failed.set(t);
          } finally {
            done.countDown();
          }
        });
    done.await();
    if (failed.get() != null) {
      throw new IllegalStateException(failed.get());
    }
  }

  /**
   * Posts to the FX thread every 2 ms and records how long each post waited (wall clock) and how
   * much CPU the FX thread used since the previous post ran (its busy stretch). On a loaded machine
   * the wall figure includes time the FX thread was not scheduled; the CPU figure is the work the
   * FX thread itself did.
   */
  static final class Heartbeat extends Thread {
    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> busy = Collections.synchronizedList(new ArrayList<>());
    private final java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    private long lastCpu = -1;
    private volatile boolean running = true;
    private volatile String phase = "";

    Heartbeat() {
      super("bench-heartbeat");
      setDaemon(true);
    }

    void phase(String name) {
      phase = name;
      waits.clear();
      busy.clear();
    }

    @Override
    public void run() {
      while (running) {
        long posted = System.nanoTime();
        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(
            () -> {
              waits.add(System.nanoTime() - posted);
              long cpu = threads.getCurrentThreadCpuTime();
              if (lastCpu >= 0) {
                busy.add(cpu - lastCpu);
              }
              lastCpu = cpu;
              ran.countDown();
            });
        try {
          ran.await();
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void halt() {
      running = false;
    }

    String report() {
      List<Long> w = sorted(waits);
      List<Long> b = sorted(busy);
      if (w.isEmpty() || b.isEmpty()) {
        return "  " + phase + ": no samples";
      }
      return String.format(
          "  %-50s FX busy (CPU) max %4d ms, p99 %3d ms | wait (wall) max %4d ms, p99 %4d ms | %d samples",
          phase + ":", ms(b, 1.0), ms(b, 0.99), ms(w, 1.0), ms(w, 0.99), w.size());
    }

    private static List<Long> sorted(List<Long> values) {
      List<Long> copy;
      synchronized (values) {
        copy = new ArrayList<>(values);
      }
      Collections.sort(copy);
      return copy;
    }

    private static long ms(List<Long> sorted, double quantile) {
      int i = (int) Math.min(sorted.size() - 1, Math.floor((sorted.size() - 1) * quantile));
      return sorted.get(i) / 1_000_000;
    }
  }

  /** The bench asks no questions. */
  static final class NoPrompts implements Prompts {
    @Override
    public int choose(String title, String message, List<String> options) {
      return -1;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName) {
      return Optional.empty();
    }

    @Override
    public Optional<char[]> secret(String title, String message) {
      return Optional.empty();
    }
  }
}
