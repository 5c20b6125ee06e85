package io.godwit.load.engine;

import io.godwit.load.TableRef;
import io.godwit.load.ValueConverter;
import io.godwit.load.ValueKind;
import io.godwit.load.mapping.TablePlan;
import io.godwit.load.progress.Mismatch;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** One table of a running task: its plan, segments, state and counters. */
final class TableJob {

  /** How an interrupted table is brought back to a clean state before loading again. */
  enum Restart {
    /** Delete the target rows of each unfinished key range. */
    RANGE,
    /** The table is one segment: empty it. */
    TRUNCATE,
    /** Ranges that do not order alike on both sides: empty the table and load every range. */
    RELOAD_ALL
  }

  final TablePlan plan;
  final List<Segment> segments;
  final List<String> rangeColumns;
  final List<ValueKind> rangeKinds;
  final long estimatedRows;

  volatile TableBinding binding;
  volatile Restart restart = Restart.TRUNCATE;

  /** Target names and converters of the range columns, when restart is RANGE. */
  volatile List<String> targetRangeColumns;

  volatile ValueConverter[] rangeToTarget;

  /** Converters from the target kind of each range column back to its source kind. */
  volatile ValueConverter[] rangeFromTarget;

  /** How many rows the reader asks the driver for at once. */
  volatile int fetchSize = 1000;

  volatile List<ValueKind> targetRangeKinds;

  volatile TableState state = TableState.QUEUED;
  volatile String message;
  volatile String method;
  volatile boolean prepared;
  volatile boolean postLoadDone;
  volatile boolean failed;
  volatile List<Mismatch> mismatches = List.of();
  volatile RejectLog rejects;

  final AtomicLong inFlight = new AtomicLong();
  final AtomicLong committed = new AtomicLong();
  final AtomicLong bytes = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicInteger remaining = new AtomicInteger();
  final Map<String, AtomicLong> notes = new ConcurrentHashMap<>();

  private volatile long startedNanos;
  private volatile long finishedNanos;
  private volatile long rowsAtStart;
  private volatile long lastEvent;

  TableJob(
      TablePlan plan,
      List<Segment> segments,
      List<String> rangeColumns,
      List<ValueKind> rangeKinds,
      long estimatedRows) {
    this.plan = plan;
    this.segments = List.copyOf(segments);
    this.rangeColumns = List.copyOf(rangeColumns);
    this.rangeKinds = List.copyOf(rangeKinds);
    this.estimatedRows = estimatedRows;
    long committedRows = 0;
    int left = 0;
    for (Segment s : segments) {
      if (s.done) {
        committedRows += s.rows;
      } else {
        left++;
      }
    }
    committed.set(committedRows);
    remaining.set(left);
  }

  TableRef source() {
    return plan.source();
  }

  TableRef target() {
    return plan.target();
  }

  long rows() {
    return committed.get() + inFlight.get();
  }

  synchronized void started() {
    if (startedNanos == 0) {
      startedNanos = System.nanoTime();
      rowsAtStart = committed.get();
    }
  }

  synchronized void finished() {
    if (finishedNanos == 0) {
      finishedNanos = System.nanoTime();
    }
  }

  /** Whether enough time passed since the last progress event to send another. */
  boolean eventDue(long now) {
    if (now - lastEvent < 250_000_000L) {
      return false;
    }
    lastEvent = now;
    return true;
  }

  void note(String column, String text) {
    notes.computeIfAbsent(column + ": " + text, k -> new AtomicLong()).incrementAndGet();
  }

  List<String> noteLines() {
    List<String> out = new ArrayList<>();
    notes.forEach(
        (text, count) -> out.add(count.get() == 1 ? text : text + " (" + count.get() + " times)"));
    out.sort(null);
    return out;
  }

  TableStatus status() {
    long now = finishedNanos != 0 ? finishedNanos : System.nanoTime();
    long start = startedNanos;
    Duration elapsed = start == 0 ? Duration.ZERO : Duration.ofNanos(now - start);
    long rows = rows();
    double seconds = elapsed.toNanos() / 1e9;
    double rate = seconds > 0.2 ? (rows - rowsAtStart) / seconds : 0;
    Duration eta = null;
    if (rate > 0 && estimatedRows > rows && !state.isFinal()) {
      eta = Duration.ofSeconds((long) ((estimatedRows - rows) / rate));
    } else if (state.isFinal() || estimatedRows >= 0 && rows >= estimatedRows && rate > 0) {
      eta = Duration.ZERO;
    }
    int done = 0;
    for (Segment s : segments) {
      if (s.done) {
        done++;
      }
    }
    return new TableStatus(
        plan.source(),
        plan.target(),
        state,
        rows,
        estimatedRows,
        bytes.get(),
        rejected.get(),
        rate,
        eta,
        elapsed,
        done,
        segments.size(),
        method,
        message,
        mismatches);
  }
}
