package io.godwit.ui.load;

import io.godwit.load.engine.LoadTask;
import io.godwit.load.progress.LoadEvent;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.TableStatus;
import io.godwit.service.LoadRequest;
import io.godwit.service.LoadService;
import io.godwit.service.LoadService.LoadRun;
import io.godwit.ui.task.JobContext;
import io.godwit.ui.task.UiThread;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The load task view's state: one row per table, a summary line, the last report, and whether the
 * last task can be resumed. {@link #run} drives a task on a background thread and publishes its
 * tables to the UI thread at most once per pulse, however fast the engine reports.
 */
public final class LoadTaskViewModel {

  /** How often the running task's tables are read and cancellation is checked. */
  private static final long POLL_MILLIS = 250;

  private final UiThread ui;
  private final ObservableList<LoadRow> rows = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("No load task yet.");
  private final ObjectProperty<LoadReport> report = new SimpleObjectProperty<>();
  private final BooleanProperty resumable = new SimpleBooleanProperty(false);
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final AtomicReference<List<TableStatus>> pending = new AtomicReference<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile LoadRequest last;

  public LoadTaskViewModel(UiThread ui) {
    this.ui = ui;
  }

  /** Called on the UI thread before {@link #run} starts in the background. */
  public void starting(boolean resume) {
    running.set(true);
    resumable.set(false);
    report.set(null);
    if (!resume) {
      rows.clear();
    }
    summary.set(resume ? "Resuming the load task…" : "Starting the load task…");
  }

  /**
   * Runs {@code request} to its end on the calling thread (a background one): the user's Cancel
   * (through {@code ctx}) cancels the task, which keeps its committed work for a resume.
   *
   * @param notes receives the engine's notes ("3 zero dates loaded as NULL")
   */
  public LoadReport run(
      LoadService service, LoadRequest request, JobContext ctx, Consumer<String> notes) {
    last = request;
    try (LoadRun run = service.open(request, event -> onEvent(event, notes))) {
      LoadTask task = run.task();
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "godwit-load-view");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(
          () -> poll(task, ctx), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
      LoadReport result;
      try {
        result = task.run();
      } finally {
        timer.shutdownNow();
        awaitQuietly(timer);
      }
      publish(result.tables());
      return result;
    }
  }

  /** Lets a poll in progress end, so the final rows are not overtaken by a late one. */
  private static void awaitQuietly(ScheduledExecutorService timer) {
    try {
      timer.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void poll(LoadTask task, JobContext ctx) {
    if (ctx.cancelled()) {
      task.cancel();
    }
    List<TableStatus> tables = task.snapshot();
    if (tables.isEmpty()) {
      return;
    }
    publish(tables);
    long done = 0;
    long expected = 0;
    int finished = 0;
    for (TableStatus t : tables) {
      done += t.rows();
      expected += Math.max(t.estimatedRows(), t.rows());
      if (t.state().isFinal()) {
        finished++;
      }
    }
    ctx.progress(done, expected);
    ctx.message(
        String.format(
            "Loading: %,d of %,d tables done, %,d rows copied", finished, tables.size(), done));
  }

  private void onEvent(LoadEvent event, Consumer<String> notes) {
    if (event instanceof LoadEvent.TaskStarted started) {
      publish(started.tables());
    } else if (event instanceof LoadEvent.Note note) {
      notes.accept(note.table() + ": " + note.message());
    }
  }

  private void publish(List<TableStatus> tables) {
    pending.set(tables);
    if (scheduled.compareAndSet(false, true)) {
      ui.post(this::show);
    }
  }

  private void show() {
    scheduled.set(false);
    List<TableStatus> tables = pending.get();
    if (tables == null) {
      return;
    }
    if (rows.size() != tables.size()) {
      rows.setAll(tables.stream().map(LoadRow::new).toList());
    } else {
      for (int i = 0; i < tables.size(); i++) {
        LoadRow row = new LoadRow(tables.get(i));
        if (!row.equals(rows.get(i))) {
          rows.set(i, row);
        }
      }
    }
    if (running.get()) {
      long done = tables.stream().mapToLong(TableStatus::rows).sum();
      summary.set(String.format("Loading %,d tables: %,d rows copied", tables.size(), done));
    }
  }

  /** Called on the UI thread with the report of the task that {@link #run} ran. */
  public void finished(LoadReport result) {
    show();
    running.set(false);
    report.set(result);
    resumable.set(result.outcome() != LoadReport.Outcome.COMPLETED);
    String how =
        switch (result.outcome()) {
          case COMPLETED -> "Completed";
          case COMPLETED_WITH_ERRORS -> "Completed with errors";
          case STOPPED -> "Stopped";
          case CANCELLED -> "Cancelled";
        };
    long validated =
        result.tables().stream()
            .filter(t -> t.state() == io.godwit.load.progress.TableState.VALIDATED)
            .count();
    String text =
        String.format(
            "%s: %,d tables, %,d rows in %.1f s",
            how, result.tables().size(), result.totalRows(), result.duration().toMillis() / 1000.0);
    if (validated > 0) {
      text += String.format(", %,d validated", validated);
    }
    if (result.message() != null) {
      text += " · " + result.message();
    }
    if (resumable.get()) {
      text += " · Resume finishes the unfinished tables.";
    }
    summary.set(text);
  }

  /** Called on the UI thread when the task could not run; it can be resumed if it saved state. */
  public void failed(String message) {
    running.set(false);
    resumable.set(last != null && Files.exists(last.stateFile()));
    summary.set("Failed: " + message + (resumable.get() ? " · Resume tries again." : ""));
  }

  /** The last task's request with resume set, or null when there is nothing to resume. */
  public LoadRequest resumeRequest() {
    if (last == null || !resumable.get()) {
      return null;
    }
    LoadRequest r = last;
    return new LoadRequest(
        r.source(),
        r.target(),
        r.schemas(),
        r.mapping(),
        null,
        r.prep(),
        r.ddl(),
        r.parallel(),
        r.validate(),
        r.errorPolicy(),
        r.rejectDir(),
        r.stateFile(),
        true,
        r.method(),
        r.segmentRows());
  }

  public ObservableList<LoadRow> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  public ReadOnlyObjectProperty<LoadReport> reportProperty() {
    return report;
  }

  public ReadOnlyBooleanProperty resumableProperty() {
    return resumable;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running;
  }
}
