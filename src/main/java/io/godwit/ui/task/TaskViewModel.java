package io.godwit.ui.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The long task the workbench is running, one at a time: its title, what it is doing now, how far
 * it is, and Cancel. Work runs on {@code background}; every state change and the outcome are
 * delivered on the UI thread. Progress reports are coalesced so a fast task cannot flood the UI
 * thread: at most one update is pending at any time.
 */
public final class TaskViewModel {

  private final Executor background;
  private final UiThread ui;

  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final BooleanProperty cancelRequested = new SimpleBooleanProperty(false);
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final DoubleProperty progress = new SimpleDoubleProperty(0);

  private volatile Job current;

  public TaskViewModel(Executor background, UiThread ui) {
    this.background = background;
    this.ui = ui;
  }

  /**
   * Starts {@code work} unless a task is running.
   *
   * @param onSuccess called on the UI thread with the result
   * @param onFailure called on the UI thread with the failure; a {@link CancellationException}
   *     thrown by the work is not a failure: the task just ends
   * @return false when another task is running
   */
  public <T> boolean start(
      String taskTitle, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    if (running.get()) {
      return false;
    }
    Job job = new Job();
    current = job;
    running.set(true);
    cancelRequested.set(false);
    title.set(taskTitle);
    message.set(taskTitle + "…");
    progress.set(-1);
    background.execute(
        () -> {
          T result;
          try {
            result = work.run(job);
          } catch (CancellationException e) {
            ui.post(() -> finish(job, () -> message.set("Cancelled")));
            return;
          } catch (Throwable e) {
            ui.post(() -> finish(job, () -> onFailure.accept(e)));
            return;
          }
          ui.post(() -> finish(job, () -> onSuccess.accept(result)));
        });
    return true;
  }

  private void finish(Job job, Runnable outcome) {
    job.done = true;
    if (current == job) {
      current = null;
      running.set(false);
      cancelRequested.set(false);
      progress.set(0);
      message.set("");
    }
    outcome.run();
  }

  /** Asks the running task to stop; it stops at its next check. */
  public void cancel() {
    Job job = current;
    if (job != null) {
      job.cancelled = true;
      cancelRequested.set(true);
      message.set("Cancelling…");
    }
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running;
  }

  public boolean isRunning() {
    return running.get();
  }

  public ReadOnlyBooleanProperty cancelRequestedProperty() {
    return cancelRequested;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message;
  }

  /** 0..1, or -1 while the amount of work is unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress;
  }

  /** The context of one run: progress is written here and posted once per UI pulse at most. */
  private final class Job implements JobContext {
    private volatile boolean cancelled;
    private volatile boolean done;
    private volatile long pendingDone;
    private volatile long pendingTotal;
    private volatile String pendingMessage;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    @Override
    public void progress(long doneSoFar, long total) {
      pendingDone = doneSoFar;
      pendingTotal = total;
      schedule();
    }

    @Override
    public void message(String text) {
      pendingMessage = text;
      schedule();
    }

    @Override
    public boolean cancelled() {
      return cancelled;
    }

    private void schedule() {
      if (scheduled.compareAndSet(false, true)) {
        ui.post(this::publish);
      }
    }

    private void publish() {
      scheduled.set(false);
      if (done || current != this) {
        return;
      }
      long total = pendingTotal;
      progress.set(total <= 0 ? -1 : Math.min(1.0, (double) pendingDone / total));
      String m = pendingMessage;
      if (m != null && !cancelled) {
        message.set(m);
      }
    }
  }
}
