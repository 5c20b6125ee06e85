package io.godwit.load.engine;

import io.godwit.load.ConnectionRole;
import io.godwit.load.KeyRange;
import io.godwit.load.LoadSupport;
import io.godwit.load.LobStore;
import io.godwit.load.TableRef;
import io.godwit.load.TableSize;
import io.godwit.load.ddl.ConvertedDdl;
import io.godwit.load.mapping.TablePlan;
import io.godwit.load.progress.LoadEvent;
import io.godwit.load.progress.LoadListener;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.LoadReport.Outcome;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import io.godwit.load.state.LoadState;
import io.godwit.load.state.LoadState.DeferredEntry;
import io.godwit.load.state.LoadState.SegmentEntry;
import io.godwit.load.state.LoadState.TableEntry;
import io.godwit.load.state.StateStore;
import io.godwit.model.Database;
import io.godwit.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data load task: plans segments, prepares the target, runs {@code parallel} segments at a time,
 * puts indexes, triggers and constraints back, validates, and keeps the state file so an
 * interrupted task resumes where it stopped. {@link #run()} blocks; {@link #cancel()} and {@link
 * #snapshot()} may be called from other threads.
 */
public final class LoadTask {

  private static final Logger LOG = LoggerFactory.getLogger(LoadTask.class);

  /** What a task is given. */
  public record Setup(
      Endpoint source,
      Endpoint target,
      Database sourceCatalog,
      List<TablePlan> plans,
      ConvertedDdl ddl,
      LoadOptions options,
      StateStore store,
      LoadState resumeFrom,
      String mappingJson,
      Map<String, String> displayOptions) {}

  private final Setup setup;
  private final LoadListener listener;
  private final List<TableJob> jobs = new ArrayList<>();
  private volatile TaskContext ctx;

  /** Resuming a finished task with validation on validates every table again. */
  private volatile boolean revalidate;

  public LoadTask(Setup setup, LoadListener listener) {
    this.setup = setup;
    this.listener = listener == null ? LoadListener.none() : listener;
  }

  /** Asks the task to stop as soon as it can; committed work stays and can be resumed. */
  public void cancel() {
    TaskContext c = ctx;
    if (c != null) {
      c.cancelled = true;
    }
  }

  /** Every table's status now (empty until the plan is known). */
  public List<TableStatus> snapshot() {
    synchronized (jobs) {
      return jobs.stream().map(TableJob::status).toList();
    }
  }

  /**
   * Runs the task to its end and returns the report.
   *
   * @throws LoadException (scope TASK) when the task cannot start: a missing target table, an
   *     unusable converted DDL, a state that does not fit
   */
  public LoadReport run() {
    Instant started = Instant.now();
    LoadOptions options = setup.options();
    Path work = options.workDir().resolve("godwit-load-" + UUID.randomUUID());
    LobStore lobs = new LobStore(work, options.lobInlineLimit());
    LoadState resume = setup.resumeFrom();
    revalidate = resume != null && "completed".equals(resume.status()) && options.validate();
    StateBook book =
        new StateBook(
            setup.store(),
            resume != null ? resume.taskId() : UUID.randomUUID().toString(),
            resume != null ? resume.created() : started,
            setup.source().description(),
            setup.target().description(),
            setup.displayOptions(),
            setup.mappingJson());
    ExecutorService readers = Executors.newCachedThreadPool(threads("godwit-reader"));
    ExecutorService workers =
        Executors.newFixedThreadPool(options.parallel(), threads("godwit-load"));
    TaskContext context =
        new TaskContext(setup.source(), setup.target(), options, lobs, book, readers, listener);
    this.ctx = context;
    try {
      List<TableJob> planned = resume == null ? plan(context) : resumed(context, resume);
      synchronized (jobs) {
        jobs.addAll(planned);
      }
      book.jobs(planned);
      if (resume != null) {
        for (DeferredEntry d : resume.deferred()) {
          StateBook.Deferred x = new StateBook.Deferred(d.object(), d.disabled(), d.restored());
          book.deferred.add(x);
        }
      }
      book.save();
      listener.onEvent(new LoadEvent.TaskStarted(snapshot()));
      Preparation prep = new Preparation(context, setup.ddl());
      Database targetCatalog = prep.targetCatalog(planned);
      prep.check(planned, targetCatalog);
      prep.prepare(planned, targetCatalog);
      if (options.prep() == PrepMode.DROP_AND_CREATE) {
        targetCatalog = prep.targetCatalog(planned);
      }
      if (resume != null) {
        try (Connection c = context.target.pool().getConnection()) {
          context.target.support().prepareSession(c, ConnectionRole.TARGET);
          prep.disableDeferred(c);
        }
      }
      prep.bind(planned, targetCatalog, setup.sourceCatalog());
      for (TableJob j : planned) {
        j.rejects =
            new RejectLog(
                options
                    .rejectDir()
                    .resolve(j.target().schema() + "." + j.target().name() + ".rejects.jsonl"));
      }
      if (resume != null) {
        resetForResume(context, planned);
      }
      book.save();
      runSegments(context, planned, prep, workers);
      boolean complete = !context.stopping();
      if (complete) {
        prep.restoreRemaining(planned);
      }
      Outcome outcome = outcome(context, planned);
      book.status(
          switch (outcome) {
            case COMPLETED, COMPLETED_WITH_ERRORS -> "completed";
            case STOPPED -> "stopped";
            case CANCELLED -> "cancelled";
          });
      book.save();
      LoadReport report = report(context, planned, outcome, started);
      listener.onEvent(new LoadEvent.TaskFinished(report));
      return report;
    } catch (SQLException e) {
      throw LoadException.task("preparing the target failed: " + SegmentLoader.firstLine(e), e);
    } finally {
      workers.shutdownNow();
      readers.shutdownNow();
      try {
        readers.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      lobs.deleteAll();
    }
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Splits every planned table into segments. */
  private List<TableJob> plan(TaskContext c) {
    List<TableJob> out = new ArrayList<>();
    LoadSupport source = c.source.support();
    SegmentPlanner planner = new SegmentPlanner(source, c.options.segmentRows());
    try (Connection conn = c.source.pool().getConnection()) {
      source.prepareSession(conn, ConnectionRole.SOURCE);
      for (TablePlan p : setup.plans()) {
        Table table = sourceTable(p.source());
        SegmentPlanner.Split split;
        try {
          split = planner.split(conn, p, table);
        } catch (LoadException e) {
          throw LoadException.task(e.getMessage(), e);
        }
        List<Segment> segments = new ArrayList<>();
        for (KeyRange r : split.ranges()) {
          segments.add(new Segment(segments.size(), r));
        }
        TableJob job = new TableJob(p, segments, split.columns(), split.kinds(), split.estimate());
        job.fetchSize = fetchSize(source.estimateSize(conn, p.source()));
        out.add(job);
      }
      if (!conn.getAutoCommit()) {
        conn.rollback();
      }
    } catch (SQLException e) {
      throw LoadException.task("reading the source failed: " + SegmentLoader.firstLine(e), e);
    }
    return out;
  }

  /** Rows per fetch so one fetch holds about 8 MB. */
  private static int fetchSize(TableSize size) {
    if (size.bytesPerRow() <= 0) {
      return 1000;
    }
    return (int) Math.max(1, Math.min(10_000, (8L << 20) / size.bytesPerRow()));
  }

  private Table sourceTable(TableRef ref) {
    return setup
        .sourceCatalog()
        .schema(ref.schema())
        .flatMap(s -> s.tables().stream().filter(t -> t.name().equals(ref.name())).findFirst())
        .orElseThrow(
            () -> LoadException.task("source table " + ref + " is not in the catalog", null));
  }

  /** Rebuilds the jobs of an interrupted task from its state. */
  private List<TableJob> resumed(TaskContext c, LoadState state) {
    Map<TableRef, TableEntry> entries = new HashMap<>();
    for (TableEntry e : state.tables()) {
      entries.put(e.source(), e);
    }
    Set<TableRef> planned = new HashSet<>();
    List<TableJob> out = new ArrayList<>();
    LoadSupport source = c.source.support();
    try (Connection conn = c.source.pool().getConnection()) {
      source.prepareSession(conn, ConnectionRole.SOURCE);
      for (TablePlan p : setup.plans()) {
        planned.add(p.source());
        TableEntry e = entries.get(p.source());
        if (e == null || !e.target().equals(p.target())) {
          throw LoadException.task(
              "the interrupted task did not load "
                  + p.source()
                  + " into "
                  + p.target()
                  + "; resume with the same schemas and mapping, or start a new task",
              null);
        }
        List<Segment> segments = new ArrayList<>();
        for (SegmentEntry s : e.segments()) {
          KeyRange range =
              e.rangeColumns().isEmpty()
                  ? KeyRange.all()
                  : new KeyRange(e.rangeColumns(), e.rangeKinds(), s.lower(), s.upper(), s.nulls());
          Segment seg = new Segment(s.id(), range);
          seg.done = s.done();
          seg.rows = s.rows();
          segments.add(seg);
        }
        TableSize size = source.estimateSize(conn, p.source());
        TableJob job = new TableJob(p, segments, e.rangeColumns(), e.rangeKinds(), size.rows());
        job.fetchSize = fetchSize(size);
        job.prepared = e.prepared();
        job.postLoadDone = e.postLoadDone();
        job.rejected.set(e.rejected());
        job.method = e.method();
        job.state = e.state() == TableState.ERROR ? TableState.QUEUED : e.state();
        out.add(job);
      }
      if (!conn.getAutoCommit()) {
        conn.rollback();
      }
    } catch (SQLException ex) {
      throw LoadException.task("reading the source failed: " + SegmentLoader.firstLine(ex), ex);
    }
    for (TableEntry e : state.tables()) {
      if (!planned.contains(e.source())) {
        throw LoadException.task(
            "the interrupted task also loaded "
                + e.source()
                + ", which this command does not select; resume with the same schemas and mapping",
            null);
      }
    }
    return out;
  }

  /** Decides how each unfinished segment of a resumed task is cleaned up before it loads again. */
  private void resetForResume(TaskContext c, List<TableJob> planned) throws SQLException {
    for (TableJob j : planned) {
      if (j.failed) {
        continue;
      }
      Set<Integer> done = new HashSet<>();
      for (Segment s : j.segments) {
        if (s.done) {
          done.add(s.id);
        }
      }
      if (j.restart == TableJob.Restart.RELOAD_ALL && done.size() < j.segments.size()) {
        try (Connection conn = c.target.pool().getConnection()) {
          c.target.support().prepareSession(conn, ConnectionRole.TARGET);
          c.target.support().truncate(conn, j.target());
          conn.commit();
        }
        for (Segment s : j.segments) {
          s.done = false;
          s.rows = 0;
        }
        done.clear();
        j.committed.set(0);
        j.rejected.set(0);
        j.remaining.set(j.segments.size());
      } else {
        for (Segment s : j.segments) {
          s.needsCleanup = !s.done;
        }
      }
      j.rejects.keepOnly(done, j.segments.size());
    }
  }

  private void runSegments(
      TaskContext c, List<TableJob> planned, Preparation prep, ExecutorService workers) {
    ConcurrentLinkedQueue<Runnable> work = new ConcurrentLinkedQueue<>();
    for (TableJob j : planned) {
      if (j.failed) {
        continue;
      }
      if (j.remaining.get() == 0) {
        work.add(() -> finish(c, j, prep));
        continue;
      }
      for (Segment s : j.segments) {
        if (!s.done) {
          work.add(() -> segment(c, j, s, prep));
        }
      }
    }
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    for (int w = 0; w < c.options.parallel(); w++) {
      running.add(
          workers.submit(
              () -> {
                Runnable next;
                while (!c.stopping() && (next = work.poll()) != null) {
                  next.run();
                }
              }));
    }
    for (java.util.concurrent.Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        c.cancelled = true;
      } catch (java.util.concurrent.ExecutionException e) {
        LOG.error("a load worker failed", e.getCause());
        c.stop.compareAndSet(
            null, LoadException.task("internal error: " + SegmentLoader.message(e.getCause()), e));
      }
    }
  }

  /** Loads one segment, retrying after lost connections. */
  private void segment(TaskContext c, TableJob j, Segment s, Preparation prep) {
    if (j.failed || c.stopping()) {
      return;
    }
    synchronized (j) {
      j.started();
      if (j.state == TableState.QUEUED) {
        j.state = TableState.LOADING;
        c.changed(j, true);
      }
    }
    long delay = c.options.retryDelay().toMillis();
    for (int attempt = 0; ; attempt++) {
      SegmentLoader loader = new SegmentLoader(c, j, s);
      try {
        loader.load();
        committed(c, j, s, loader);
        break;
      } catch (LoadException e) {
        switch (e.scope()) {
          case RETRY -> {
            if (attempt < c.options.retries() && !c.stopping()) {
              LOG.warn(
                  "table {}: {}; retrying segment {} ({} of {})",
                  j.source(),
                  e.getMessage(),
                  s.range.describe(),
                  attempt + 1,
                  c.options.retries());
              c.note(j.source().toString(), e.getMessage() + "; retrying");
              sleep(delay << attempt);
              if (j.restart != TableJob.Restart.RELOAD_ALL) {
                s.needsCleanup = true;
              }
              continue;
            }
            c.stop.compareAndSet(null, LoadException.task(e.getMessage(), e));
            return;
          }
          case TABLE -> {
            prep.fail(j, e.getMessage());
            c.book.save();
            return;
          }
          case TASK -> {
            if (c.stop.compareAndSet(null, e)) {
              prep.fail(j, e.getMessage());
              c.book.save();
            }
            return;
          }
          default -> {
            return;
          }
        }
      }
    }
    if (j.remaining.decrementAndGet() == 0 && !j.failed) {
      finish(c, j, prep);
    }
  }

  private static void committed(TaskContext c, TableJob j, Segment s, SegmentLoader loader) {
    synchronized (j) {
      long rows = loader.written();
      s.rows = rows;
      s.done = true;
      s.needsCleanup = false;
      j.inFlight.addAndGet(-rows);
      j.committed.addAndGet(rows);
      if (j.rejects != null) {
        j.rejected.addAndGet(j.rejects.commit(s.id));
      }
      c.book.save();
    }
    c.changed(j, true);
  }

  /** After a table's last segment: post-load steps, then validation. */
  private void finish(TaskContext c, TableJob j, Preparation prep) {
    if (c.stopping()) {
      return;
    }
    try {
      if (!j.postLoadDone) {
        prep.postLoad(j);
      }
      if (j.failed) {
        return;
      }
      boolean validated = j.state == TableState.VALIDATED || j.state == TableState.MISMATCHED;
      if (!validated || revalidate) {
        j.state = TableState.COMPLETED;
        j.finished();
        c.changed(j, true);
        c.book.save();
      }
      logNotes(c, j);
      if (c.options.validate() && j.state == TableState.COMPLETED && !c.stopping()) {
        new Validator(c).validate(j);
        j.finished();
      }
    } catch (LoadException e) {
      if (e.scope() == LoadException.Scope.CANCELLED) {
        return;
      }
      prep.fail(j, e.getMessage());
      c.book.save();
    } catch (SQLException | IOException | RuntimeException e) {
      prep.fail(j, SegmentLoader.firstLine(e));
      c.book.save();
    }
  }

  private static void logNotes(TaskContext c, TableJob j) {
    for (String n : j.noteLines()) {
      LOG.warn("table {}: {}", j.source(), n);
      c.note(j.source().toString(), n);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Outcome outcome(TaskContext c, List<TableJob> planned) {
    if (c.stop.get() != null) {
      return Outcome.STOPPED;
    }
    if (c.cancelled) {
      return Outcome.CANCELLED;
    }
    for (TableJob j : planned) {
      if (j.state == TableState.ERROR || j.state == TableState.MISMATCHED || j.failed) {
        return Outcome.COMPLETED_WITH_ERRORS;
      }
    }
    return Outcome.COMPLETED;
  }

  private LoadReport report(
      TaskContext c, List<TableJob> planned, Outcome outcome, Instant started) {
    List<TableStatus> statuses = planned.stream().map(TableJob::status).toList();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    Map<String, String> rejects = new LinkedHashMap<>();
    for (TableJob j : planned) {
      List<String> lines = j.noteLines();
      if (!lines.isEmpty()) {
        notes.put(j.source().toString(), lines);
      }
      if (j.rejects != null && j.rejects.exists() && j.rejected.get() > 0) {
        rejects.put(j.source().toString(), j.rejects.file().toString());
      }
    }
    String message = null;
    long rows = statuses.stream().mapToLong(TableStatus::rows).sum();
    long done =
        statuses.stream().filter(s -> s.state().isFinal() && s.state() != TableState.ERROR).count();
    String progress =
        done + " of " + statuses.size() + " tables finished, " + rows + " rows loaded";
    switch (outcome) {
      case STOPPED -> message = c.stop.get().getMessage() + " (" + progress + ")";
      case CANCELLED -> message = "cancelled (" + progress + ")";
      case COMPLETED_WITH_ERRORS -> {
        long failed = statuses.stream().filter(s -> s.state() == TableState.ERROR).count();
        long mismatched = statuses.stream().filter(s -> s.state() == TableState.MISMATCHED).count();
        List<String> parts = new ArrayList<>();
        if (failed > 0) {
          parts.add(failed + (failed == 1 ? " table failed" : " tables failed"));
        }
        if (mismatched > 0) {
          parts.add(mismatched + (mismatched == 1 ? " table mismatched" : " tables mismatched"));
        }
        message = String.join(", ", parts);
      }
      default -> {}
    }
    return new LoadReport(
        outcome,
        message,
        started,
        Instant.now(),
        c.source.description(),
        c.target.description(),
        setup.displayOptions(),
        statuses,
        notes,
        rejects);
  }

  /** The lower-case name of a mode or policy for display. */
  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Deletes a directory tree, quietly (used for the work directory). */
  static void deleteQuietly(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      // temporary files only
    }
  }
}
