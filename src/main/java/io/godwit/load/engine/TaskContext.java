package io.godwit.load.engine;

import io.godwit.load.LobStore;
import io.godwit.load.progress.LoadEvent;
import io.godwit.load.progress.LoadListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/** What every part of a running task shares. */
final class TaskContext {

  final Endpoint source;
  final Endpoint target;
  final LoadOptions options;
  final MemoryBudget budget;
  final LobStore lobs;
  final StateBook book;
  final ExecutorService readers;
  final LoadListener listener;
  final AtomicReference<LoadException> stop = new AtomicReference<>();
  volatile boolean cancelled;

  TaskContext(
      Endpoint source,
      Endpoint target,
      LoadOptions options,
      LobStore lobs,
      StateBook book,
      ExecutorService readers,
      LoadListener listener) {
    this.source = source;
    this.target = target;
    this.options = options;
    this.budget = new MemoryBudget(options.memoryBudget());
    this.lobs = lobs;
    this.book = book;
    this.readers = readers;
    this.listener = listener;
  }

  /** Whether the task is winding down (stopped by a failure, or cancelled). */
  boolean stopping() {
    return cancelled || stop.get() != null;
  }

  /** Tells listeners about a table; progress-only changes are sent a few times a second. */
  void changed(TableJob job, boolean force) {
    if (force || job.eventDue(System.nanoTime())) {
      try {
        listener.onEvent(new LoadEvent.TableChanged(job.status()));
      } catch (RuntimeException e) {
        // a listener's failure must not fail the load
      }
    }
  }

  void note(String table, String text) {
    try {
      listener.onEvent(new LoadEvent.Note(table, text));
    } catch (RuntimeException e) {
      // as above
    }
  }
}
