package io.godwit.load.engine;

import io.godwit.load.DeferredObject;
import io.godwit.load.state.LoadState;
import io.godwit.load.state.LoadState.DeferredEntry;
import io.godwit.load.state.LoadState.SegmentEntry;
import io.godwit.load.state.LoadState.TableEntry;
import io.godwit.load.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The running task's state, saved to the state file whenever something is committed. */
final class StateBook {

  /** An object set aside, and whether it is back. */
  static final class Deferred {
    final DeferredObject object;
    volatile boolean disabled;
    volatile boolean restored;

    /** Whether this run tried to put it back (and failed, when not restored). */
    volatile boolean attempted;

    Deferred(DeferredObject object, boolean disabled, boolean restored) {
      this.object = object;
      this.disabled = disabled;
      this.restored = restored;
    }
  }

  private final StateStore store;
  private final String taskId;
  private final Instant created;
  private final String source;
  private final String target;
  private final Map<String, String> options;
  private final String mapping;
  private final List<TableJob> jobs = new CopyOnWriteArrayList<>();
  final List<Deferred> deferred = new CopyOnWriteArrayList<>();
  private volatile String status = "running";

  StateBook(
      StateStore store,
      String taskId,
      Instant created,
      String source,
      String target,
      Map<String, String> options,
      String mapping) {
    this.store = store;
    this.taskId = taskId;
    this.created = created;
    this.source = source;
    this.target = target;
    this.options = options;
    this.mapping = mapping;
  }

  void jobs(List<TableJob> all) {
    jobs.clear();
    jobs.addAll(all);
  }

  void status(String value) {
    status = value;
  }

  synchronized void save() {
    List<TableEntry> tables = new ArrayList<>();
    for (TableJob j : jobs) {
      List<SegmentEntry> segments = new ArrayList<>();
      for (Segment s : j.segments) {
        segments.add(
            new SegmentEntry(
                s.id,
                s.range.lowerExclusive(),
                s.range.upperInclusive(),
                s.range.nulls(),
                s.done,
                s.rows));
      }
      tables.add(
          new TableEntry(
              j.source(),
              j.target(),
              j.state,
              j.prepared,
              j.restart == TableJob.Restart.RANGE,
              j.rangeColumns,
              j.rangeKinds,
              segments,
              j.rejected.get(),
              j.failed ? j.message : null,
              j.postLoadDone,
              j.method));
    }
    List<DeferredEntry> objects = new ArrayList<>();
    for (Deferred d : deferred) {
      objects.add(new DeferredEntry(d.object, d.disabled, d.restored));
    }
    store.save(
        new LoadState(
            taskId,
            created,
            Instant.now(),
            status,
            source,
            target,
            options,
            mapping,
            tables,
            objects));
  }
}
