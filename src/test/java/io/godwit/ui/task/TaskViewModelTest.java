package io.godwit.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TaskViewModelTest {

  /** Runs background work at once and queues UI posts, like a busy UI thread. */
  static final class Queue implements UiThread {
    final List<Runnable> pending = new ArrayList<>();

    @Override
    public void post(Runnable r) {
      pending.add(r);
    }

    void drain() {
      while (!pending.isEmpty()) {
        pending.remove(0).run();
      }
    }
  }

  @Test
  void reportsTheResultAndEnds() {
    Queue ui = new Queue();
    TaskViewModel task = new TaskViewModel(Runnable::run, ui);
    AtomicReference<String> result = new AtomicReference<>();
    assertThat(task.start("Work", ctx -> "done", result::set, e -> {})).isTrue();
    assertThat(task.isRunning()).isTrue();
    ui.drain();
    assertThat(result.get()).isEqualTo("done");
    assertThat(task.isRunning()).isFalse();
  }

  @Test
  void progressIsCoalescedToOneUpdateAtATime() {
    Queue ui = new Queue();
    TaskViewModel task = new TaskViewModel(Runnable::run, ui);
    task.start(
        "Converting",
        ctx -> {
          for (int i = 1; i <= 1000; i++) {
            ctx.progress(i, 1000);
            ctx.message("object " + i);
          }
          return null;
        },
        r -> {},
        e -> {});
    // 1000 reports, one pending update, then the outcome
    assertThat(ui.pending).hasSize(2);
    ui.pending.remove(0).run();
    assertThat(task.progressProperty().get()).isEqualTo(1.0);
    assertThat(task.messageProperty().get()).isEqualTo("object 1000");
  }

  @Test
  void oneTaskAtATime() {
    Queue ui = new Queue();
    TaskViewModel task = new TaskViewModel(r -> {}, ui);
    assertThat(task.start("A", ctx -> 1, r -> {}, e -> {})).isTrue();
    assertThat(task.start("B", ctx -> 2, r -> {}, e -> {})).isFalse();
  }

  @Test
  void cancelReachesTheWorkAndEndsQuietly() {
    Queue ui = new Queue();
    List<Runnable> background = new ArrayList<>();
    TaskViewModel task = new TaskViewModel(background::add, ui);
    List<Throwable> failures = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    task.start(
        "Long",
        ctx -> {
          ctx.checkCancelled();
          return "never";
        },
        results::add,
        failures::add);
    task.cancel();
    assertThat(task.cancelRequestedProperty().get()).isTrue();
    background.get(0).run();
    ui.drain();
    assertThat(results).isEmpty();
    assertThat(failures).isEmpty();
    assertThat(task.isRunning()).isFalse();
  }

  @Test
  void aFailureIsHandedToTheUiThread() {
    Queue ui = new Queue();
    TaskViewModel task = new TaskViewModel(Runnable::run, ui);
    List<Throwable> failures = new ArrayList<>();
    task.start(
        "Bad",
        ctx -> {
          throw new java.io.IOException("disk full");
        },
        r -> {},
        failures::add);
    assertThat(failures).isEmpty();
    ui.drain();
    assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("disk full");
  }
}
