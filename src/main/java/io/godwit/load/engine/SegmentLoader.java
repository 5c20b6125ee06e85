package io.godwit.load.engine;

import io.godwit.load.BadValue;
import io.godwit.load.Condition;
import io.godwit.load.ConnectionRole;
import io.godwit.load.FailureKind;
import io.godwit.load.KeyRange;
import io.godwit.load.LoadSupport;
import io.godwit.load.LobValue;
import io.godwit.load.ReadRequest;
import io.godwit.load.RowFailureException;
import io.godwit.load.RowSource;
import io.godwit.load.TableWriter;
import io.godwit.load.ValueConverter;
import io.godwit.load.ValueKind;
import io.godwit.load.Values;
import io.godwit.load.WriteRequest;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads one segment in one target transaction. A reader thread streams the segment's rows from the
 * source, converts them and hands them on in batches through a queue of two; this thread writes
 * each batch (COPY, LOAD DATA or INSERT) under a savepoint. A batch the target refuses is narrowed
 * down to its bad rows (the product names the row, or the batch is halved), which the error policy
 * then handles; the rest of the batch is written again. The segment commits at its end.
 */
final class SegmentLoader {

  private static final Object END = new Object();

  /** A reader's failure, handed to the writer through the queue. */
  private record ReadFailure(Throwable cause) {}

  private final TaskContext ctx;
  private final TableJob job;
  private final Segment segment;
  private final TableBinding binding;
  private final BadRows badRows;
  private long written;
  private long rejected;

  SegmentLoader(TaskContext ctx, TableJob job, Segment segment) {
    this.ctx = ctx;
    this.job = job;
    this.segment = segment;
    this.binding = job.binding;
    this.badRows = new BadRows(ctx, job, segment);
  }

  /** Rows written by the last successful {@link #load()}. */
  long written() {
    return written;
  }

  /** Rows rejected (staged) by the last {@link #load()}. */
  long rejected() {
    return rejected;
  }

  /**
   * Loads the segment and commits.
   *
   * @throws LoadException saying whether to retry, fail the table or stop the task
   */
  void load() {
    written = 0;
    rejected = 0;
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    AtomicBoolean abandon = new AtomicBoolean();
    AtomicReference<RowSource> reading = new AtomicReference<>();
    Future<?> reader = ctx.readers.submit(() -> read(queue, abandon, reading));
    LoadSupport target = ctx.target.support();
    Connection conn = null;
    boolean committing = false;
    try {
      conn = ctx.target.pool().getConnection();
      target.prepareSession(conn, ConnectionRole.TARGET);
      if (segment.needsCleanup) {
        cleanup(conn);
      }
      try (TableWriter writer =
          target.openWriter(
              conn, new WriteRequest(job.target(), binding.write, ctx.options.method()))) {
        job.method = writer.method();
        while (true) {
          Object item = queue.poll(200, TimeUnit.MILLISECONDS);
          if (item == null) {
            if (ctx.stopping()) {
              throw stopped();
            }
            continue;
          }
          if (item == END) {
            break;
          }
          if (item instanceof ReadFailure f) {
            throw sourceFailure(f.cause());
          }
          Batch batch = (Batch) item;
          try {
            for (Batch.BadRow bad : batch.bad) {
              rejected += badRows.unconvertible(bad);
            }
            write(conn, writer, batch.rows);
            job.bytes.addAndGet(batch.dataBytes);
          } finally {
            ctx.budget.release(batch.bytes);
            batch.releaseLobs();
          }
          ctx.changed(job, false);
          if (ctx.stopping()) {
            throw stopped();
          }
        }
      }
      committing = true;
      conn.commit();
    } catch (LoadException e) {
      throw abort(conn, e, queue, abandon, reading, reader);
    } catch (SQLException e) {
      throw abort(conn, targetFailure(e, committing), queue, abandon, reading, reader);
    } catch (IOException e) {
      throw abort(
          conn,
          LoadException.table("cannot write: " + e.getMessage(), e),
          queue,
          abandon,
          reading,
          reader);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw abort(conn, LoadException.cancelled(), queue, abandon, reading, reader);
    } catch (RuntimeException e) {
      throw abort(conn, LoadException.table(message(e), e), queue, abandon, reading, reader);
    } finally {
      close(conn);
    }
    await(reader);
  }

  private LoadException stopped() {
    LoadException stop = ctx.stop.get();
    return stop != null ? stop : LoadException.cancelled();
  }

  /** Deletes what an earlier attempt may have committed of this segment. */
  private void cleanup(Connection conn) throws SQLException {
    LoadSupport target = ctx.target.support();
    if (job.restart == TableJob.Restart.RANGE && !segment.range.isAll()) {
      target.delete(conn, job.target(), targetRange(segment.range).toCondition());
    } else {
      target.truncate(conn, job.target());
    }
    conn.commit();
  }

  private KeyRange targetRange(KeyRange r) {
    return new KeyRange(
        job.targetRangeColumns,
        job.targetRangeKinds,
        convert(r.lowerExclusive()),
        convert(r.upperInclusive()),
        r.nulls());
  }

  private List<Object> convert(List<Object> values) {
    if (values == null) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.add(job.rangeToTarget[i].convert(values.get(i)));
    }
    return out;
  }

  /** Writes rows under a savepoint; narrows a refused batch down to its bad rows. */
  private void write(Connection conn, TableWriter writer, List<Object[]> rows)
      throws SQLException, IOException {
    if (rows.isEmpty()) {
      return;
    }
    Savepoint savepoint = conn.setSavepoint();
    try {
      writer.write(rows);
    } catch (SQLException e) {
      if (ctx.target.support().classify(e) != FailureKind.DATA) {
        throw e;
      }
      conn.rollback(savepoint);
      narrow(conn, writer, rows, e);
      return;
    }
    conn.releaseSavepoint(savepoint);
    written += rows.size();
    job.inFlight.addAndGet(rows.size());
  }

  private void narrow(Connection conn, TableWriter writer, List<Object[]> rows, SQLException e)
      throws SQLException, IOException {
    String message = firstLine(e);
    if (rows.size() == 1) {
      rejected += badRows.refused(rows.get(0), message);
      return;
    }
    int bad = e instanceof RowFailureException r ? r.rowIndex() : -1;
    if (bad >= 0 && bad < rows.size()) {
      write(conn, writer, rows.subList(0, bad));
      rejected += badRows.refused(rows.get(bad), message);
      write(conn, writer, rows.subList(bad + 1, rows.size()));
      return;
    }
    int half = rows.size() / 2;
    write(conn, writer, rows.subList(0, half));
    write(conn, writer, rows.subList(half, rows.size()));
  }

  /** The reader thread: streams, converts and hands on batches. */
  private void read(
      BlockingQueue<Object> queue, AtomicBoolean abandon, AtomicReference<RowSource> reading) {
    LoadSupport source = ctx.source.support();
    Connection conn = null;
    RowSource rows = null;
    try {
      conn = ctx.source.pool().getConnection();
      source.prepareSession(conn, ConnectionRole.SOURCE);
      Condition filter = and(job.plan.filter(), segment.range.toCondition());
      rows =
          source.openReader(
              conn,
              new ReadRequest(
                  job.source(),
                  binding.read,
                  filter,
                  job.fetchSize,
                  ctx.lobs,
                  job::note,
                  binding.textColumns(source, ctx.target.support(), ctx.options.method())));
      reading.set(rows);
      int n = binding.read.size();
      ValueConverter[] converters = binding.converters;
      int batchRows = ctx.options.batchRows();
      long batchBytes = ctx.options.batchBytes();
      Batch batch = new Batch();
      while (!abandon.get()) {
        Object[] row = new Object[n];
        if (!rows.next(row)) {
          break;
        }
        String problem = null;
        Object[] raw = null;
        long size = 16 + 8L * n;
        long data = 0;
        for (int i = 0; i < n; i++) {
          Object v = row[i];
          if (v == null) {
            continue;
          }
          if (v instanceof BadValue bad) {
            problem = problem != null ? problem : "column " + bad.column() + ": " + bad.message();
            continue;
          }
          if (problem == null) {
            try {
              Object c = converters[i].convert(v);
              if (c != v && raw == null) {
                raw = row.clone();
              }
              row[i] = c;
            } catch (IllegalArgumentException | ClassCastException e) {
              problem = "column " + binding.read.get(i).name() + ": " + message(e);
            }
          }
          Object w = row[i];
          Class<?> type = w.getClass();
          if (type == byte[].class) {
            int length = ((byte[]) w).length;
            size += 16L + length;
            data += length;
          } else if (type == Long.class || type == Double.class || type == Integer.class) {
            size += 24;
            data += 8;
          } else if (type == String.class) {
            int length = ((String) w).length();
            size += 40L + 2L * length;
            data += length;
          } else {
            size += Values.estimateBytes(w);
            data += Values.dataBytes(w);
            batch.lobs |= w instanceof LobValue;
          }
        }
        if (problem != null) {
          batch.bad.add(new Batch.BadRow(raw != null ? raw : row, problem));
        } else {
          batch.rows.add(row);
        }
        batch.bytes += size;
        batch.dataBytes += data;
        // Large values live in files, but a batch full of them still makes one long statement.
        if (batch.size() >= batchRows
            || batch.bytes >= batchBytes
            || batch.dataBytes >= 4 * batchBytes) {
          if (!hand(queue, batch, abandon)) {
            return;
          }
          batch = new Batch();
        }
      }
      if (!batch.isEmpty() && !hand(queue, batch, abandon)) {
        return;
      }
      put(queue, END, abandon);
    } catch (Throwable t) {
      put(queue, new ReadFailure(t), abandon);
    } finally {
      if (rows != null) {
        if (abandon.get()) {
          rows.abort();
        }
        try {
          rows.close();
        } catch (SQLException | RuntimeException ignored) {
          // the source is being abandoned
        }
      }
      if (conn != null) {
        try {
          if (!conn.getAutoCommit()) {
            conn.rollback();
          }
        } catch (SQLException ignored) {
          // the pool checks the connection before it hands it out again
        }
        close(conn);
      }
    }
  }

  private boolean hand(BlockingQueue<Object> queue, Batch batch, AtomicBoolean abandon)
      throws InterruptedException {
    if (!ctx.budget.acquire(batch.bytes, abandon::get)) {
      batch.releaseLobs();
      return false;
    }
    if (!put(queue, batch, abandon)) {
      ctx.budget.release(batch.bytes);
      batch.releaseLobs();
      return false;
    }
    return true;
  }

  private static boolean put(BlockingQueue<Object> queue, Object item, AtomicBoolean abandon) {
    try {
      while (!abandon.get()) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private static Condition and(Condition a, Condition b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new Condition.All(List.of(a, b));
  }

  /** Stops the reader, rolls back, and gives back what the queue still holds. */
  private LoadException abort(
      Connection conn,
      LoadException failure,
      BlockingQueue<Object> queue,
      AtomicBoolean abandon,
      AtomicReference<RowSource> reading,
      Future<?> reader) {
    abandon.set(true);
    RowSource rows = reading.get();
    if (rows != null) {
      rows.abort();
    }
    if (conn != null) {
      try {
        conn.rollback();
      } catch (SQLException ignored) {
        // a lost connection has rolled back on its own
      }
    }
    badRows.discard();
    try {
      reader.get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      reader.cancel(true);
    }
    for (Object item; (item = queue.poll()) != null; ) {
      if (item instanceof Batch b) {
        ctx.budget.release(b.bytes);
        b.releaseLobs();
      }
    }
    job.inFlight.addAndGet(-written);
    written = 0;
    rejected = 0;
    return failure;
  }

  private static void await(Future<?> reader) {
    try {
      reader.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the reader reports its failures through the queue
    }
  }

  private LoadException targetFailure(SQLException e, boolean committing) {
    FailureKind kind = ctx.target.support().classify(e);
    String where = ctx.target.description();
    if (kind == FailureKind.CONNECTION) {
      if (committing && job.restart == TableJob.Restart.RELOAD_ALL) {
        return LoadException.table(
            "the connection to "
                + where
                + " was lost while committing: "
                + firstLine(e)
                + "; resume reloads the table",
            e);
      }
      return LoadException.retry("the connection to " + where + " was lost: " + firstLine(e), e);
    }
    return LoadException.table(firstLine(e), e);
  }

  private LoadException sourceFailure(Throwable t) {
    if (t instanceof LoadException l) {
      return l;
    }
    if (t instanceof SQLException e) {
      if (ctx.source.support().classify(e) == FailureKind.CONNECTION) {
        return LoadException.retry(
            "the connection to " + ctx.source.description() + " was lost: " + firstLine(e), e);
      }
      return LoadException.table("reading " + job.source() + ": " + firstLine(e), e);
    }
    return LoadException.table("reading " + job.source() + ": " + message(t), t);
  }

  static String firstLine(Throwable e) {
    String m = message(e);
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.startsWith("ERROR: ") ? m.substring(7).strip() : m.strip();
  }

  static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void close(Connection conn) {
    if (conn != null) {
      try {
        conn.close();
      } catch (SQLException ignored) {
        // nothing to do
      }
    }
  }

  /** Kinds of the target values of a row (for messages). */
  ValueKind[] targetKinds() {
    return binding.targetKinds();
  }
}
