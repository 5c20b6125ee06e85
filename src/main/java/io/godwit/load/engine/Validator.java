package io.godwit.load.engine;

import io.godwit.load.BadValue;
import io.godwit.load.Condition;
import io.godwit.load.ConnectionRole;
import io.godwit.load.KeyRange;
import io.godwit.load.LoadSupport;
import io.godwit.load.ReadColumn;
import io.godwit.load.ReadRequest;
import io.godwit.load.RowSource;
import io.godwit.load.ValueConverter;
import io.godwit.load.ValueKind;
import io.godwit.load.WriteColumn;
import io.godwit.load.progress.Mismatch;
import io.godwit.load.progress.TableState;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Compares a loaded table with its source: row counts and checksums per key range, computed from
 * both sides' rows after the same normalisation ({@link RowHasher}), with the rows the task
 * rejected taken out of the source's tally. Ranges that differ are listed; for an integer key the
 * differing keys are narrowed down too.
 */
final class Validator {

  private static final int MAX_LISTED_RANGES = 20;
  private static final int MAX_LISTED_KEYS = 10;
  private static final int MAX_NARROWED_ROWS = 2_000_000;

  private final TaskContext ctx;

  Validator(TaskContext ctx) {
    this.ctx = ctx;
  }

  void validate(TableJob job) throws SQLException, IOException {
    job.state = TableState.VALIDATING;
    ctx.changed(job, true);
    ctx.book.save();
    List<KeyRange> ranges = new ArrayList<>();
    job.segments.forEach(s -> ranges.add(s.range));
    Buckets buckets = new Buckets(ranges);
    int[] keyIndex = keyIndex(job);
    Future<?> source =
        ctx.readers.submit(
            () -> {
              readSource(job, buckets, keyIndex, null, null);
              return null;
            });
    readTarget(job, buckets, keyIndex, null, null);
    await(source);
    subtractRejects(job, buckets);
    List<Mismatch> mismatches = new ArrayList<>();
    long differing = 0;
    for (int i = 0; i <= buckets.outside; i++) {
      if (buckets.matches(i)) {
        continue;
      }
      differing++;
      if (mismatches.size() < MAX_LISTED_RANGES) {
        List<String> keys =
            narrowable(job, keyIndex) && i != buckets.outside && !ranges.get(i).nulls()
                ? narrow(job, ranges.get(i), keyIndex)
                : List.of();
        mismatches.add(
            new Mismatch(buckets.describe(i), buckets.sourceRows[i], buckets.targetRows[i], keys));
      }
    }
    job.mismatches = mismatches;
    if (mismatches.isEmpty()) {
      job.state = TableState.VALIDATED;
    } else {
      job.state = TableState.MISMATCHED;
      job.message =
          differing
              + (differing == 1 ? " key range differs" : " key ranges differ")
              + " between source and target";
    }
    ctx.changed(job, true);
    ctx.book.save();
  }

  /** The positions of the range columns among the read columns, or null when one is not read. */
  private static int[] keyIndex(TableJob job) {
    if (job.rangeColumns.isEmpty()) {
      return null;
    }
    int[] idx = new int[job.rangeColumns.size()];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = job.binding.readIndex(job.rangeColumns.get(k));
      if (idx[k] < 0 || job.rangeFromTarget == null) {
        return null;
      }
    }
    return idx;
  }

  private static boolean narrowable(TableJob job, int[] keyIndex) {
    return keyIndex != null
        && keyIndex.length == 1
        && job.rangeKinds.get(0) == ValueKind.INTEGER
        && job.targetRangeColumns != null;
  }

  /** Tallies the source side; when {@code pairs} is given, collects (key, hash) instead. */
  private void readSource(
      TableJob job, Buckets buckets, int[] keyIndex, KeyRange only, LongPairs pairs)
      throws SQLException, IOException {
    LoadSupport support = ctx.source.support();
    TableBinding b = job.binding;
    RowHasher hasher = new RowHasher(b.targetKinds());
    ValueConverter[] converters = b.converters;
    Condition filter = job.plan.filter();
    if (only != null) {
      filter =
          filter == null
              ? only.toCondition()
              : new Condition.All(List.of(filter, only.toCondition()));
    }
    try (Connection c = ctx.source.pool().getConnection()) {
      support.prepareSession(c, ConnectionRole.SOURCE);
      try (RowSource rows =
          support.openReader(
              c, new ReadRequest(job.source(), b.read, filter, job.fetchSize, ctx.lobs, null))) {
        int n = b.read.size();
        Object[] row = new Object[n];
        Object[] key = keyIndex == null ? null : new Object[keyIndex.length];
        while (rows.next(row)) {
          boolean keyBad = false;
          if (key != null) {
            for (int k = 0; k < key.length; k++) {
              Object v = row[keyIndex[k]];
              keyBad |= v instanceof BadValue;
              key[k] = v;
            }
          }
          int bucket = pairs != null ? -1 : keyBad ? buckets.outside : buckets.find(key);
          boolean convertible = true;
          for (int i = 0; i < n && convertible; i++) {
            Object v = row[i];
            if (v == null) {
              continue;
            }
            if (v instanceof BadValue) {
              convertible = false;
              continue;
            }
            try {
              row[i] = converters[i].convert(v);
            } catch (IllegalArgumentException | ClassCastException e) {
              convertible = false;
            }
          }
          if (!convertible) {
            if (pairs == null) {
              buckets.sourceUnconvertible[bucket]++;
            }
          } else {
            long h = hasher.hash(row);
            if (pairs != null) {
              pairs.add((Long) key[0], h);
            } else {
              buckets.sourceRows[bucket]++;
              buckets.sourceSums[bucket] += h;
            }
          }
          Batch.release(row);
          Arrays.fill(row, null);
        }
      } finally {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
      }
    }
  }

  private void readTarget(
      TableJob job, Buckets buckets, int[] keyIndex, KeyRange only, LongPairs pairs)
      throws SQLException, IOException {
    LoadSupport support = ctx.target.support();
    TableBinding b = job.binding;
    RowHasher hasher = new RowHasher(b.targetKinds());
    List<ReadColumn> columns = new ArrayList<>();
    for (WriteColumn w : b.write) {
      columns.add(new ReadColumn(w.name(), w.type(), w.kind()));
    }
    Condition filter = null;
    if (only != null) {
      List<Object> lower = convert(job, only.lowerExclusive());
      List<Object> upper = convert(job, only.upperInclusive());
      filter =
          new KeyRange(job.targetRangeColumns, job.targetRangeKinds, lower, upper, only.nulls())
              .toCondition();
    }
    try (Connection c = ctx.target.pool().getConnection()) {
      support.prepareSession(c, ConnectionRole.TARGET);
      try (RowSource rows =
          support.openReader(
              c, new ReadRequest(job.target(), columns, filter, job.fetchSize, ctx.lobs, null))) {
        int n = columns.size();
        Object[] row = new Object[n];
        Object[] key = keyIndex == null ? null : new Object[keyIndex.length];
        while (rows.next(row)) {
          if (key != null) {
            for (int k = 0; k < key.length; k++) {
              Object v = row[keyIndex[k]];
              key[k] = v == null ? null : job.rangeFromTarget[k].convert(v);
            }
          }
          long h = hasher.hash(row);
          if (pairs != null) {
            pairs.add((Long) key[0], h);
          } else {
            int bucket = buckets.find(key);
            buckets.targetRows[bucket]++;
            buckets.targetSums[bucket] += h;
          }
          Batch.release(row);
          Arrays.fill(row, null);
        }
      } finally {
        c.rollback();
      }
    }
  }

  private static List<Object> convert(TableJob job, List<Object> values) {
    if (values == null) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.add(job.rangeToTarget[i].convert(values.get(i)));
    }
    return out;
  }

  private static void subtractRejects(TableJob job, Buckets buckets) {
    if (job.rejects == null || !job.rejects.exists()) {
      return;
    }
    for (RejectLog.Entry e : job.rejects.entries(job.rangeKinds)) {
      Object[] key = e.key() == null ? null : e.key().toArray();
      int bucket =
          job.rangeColumns.isEmpty()
              ? buckets.find(null)
              : key == null ? buckets.outside : buckets.find(key);
      if (e.hash() != null) {
        buckets.sourceRows[bucket]--;
        buckets.sourceSums[bucket] -= e.hash();
      } else {
        buckets.rejectedUnconvertible[bucket]++;
      }
    }
  }

  /** The keys that differ in one range: read (key, hash) from both sides, sort, compare. */
  private List<String> narrow(TableJob job, KeyRange range, int[] keyIndex) {
    try {
      LongPairs source = new LongPairs(MAX_NARROWED_ROWS);
      LongPairs target = new LongPairs(MAX_NARROWED_ROWS);
      Future<?> s =
          ctx.readers.submit(
              () -> {
                readSource(job, null, keyIndex, range, source);
                return null;
              });
      readTarget(job, null, keyIndex, range, target);
      await(s);
      source.sort();
      target.sort();
      return diff(job.rangeColumns.get(0), source, target, job);
    } catch (LongPairs.TooMany | SQLException | IOException e) {
      return List.of();
    }
  }

  private static List<String> diff(String column, LongPairs a, LongPairs b, TableJob job) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while ((i < a.size || j < b.size) && out.size() < MAX_LISTED_KEYS) {
      if (j >= b.size || (i < a.size && a.keys[i] < b.keys[j])) {
        if (!rejected(job, a.keys[i], a.hashes[i])) {
          out.add(column + "=" + a.keys[i] + " (missing on the target)");
        }
        i++;
      } else if (i >= a.size || b.keys[j] < a.keys[i]) {
        out.add(column + "=" + b.keys[j] + " (only on the target)");
        j++;
      } else {
        if (a.hashes[i] != b.hashes[j]) {
          out.add(column + "=" + a.keys[i] + " (values differ)");
        }
        i++;
        j++;
      }
    }
    return out;
  }

  private static boolean rejected(TableJob job, long key, long hash) {
    if (job.rejects == null || !job.rejects.exists()) {
      return false;
    }
    for (RejectLog.Entry e : job.rejects.entries(job.rangeKinds)) {
      if (e.key() != null && Long.valueOf(key).equals(e.key().get(0))) {
        return e.hash() == null || e.hash() == hash;
      }
    }
    return false;
  }

  private static void await(Future<?> f) throws SQLException, IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LoadException.cancelled();
    } catch (ExecutionException e) {
      Throwable t = e.getCause();
      if (t instanceof SQLException s) {
        throw s;
      }
      if (t instanceof IOException io) {
        throw io;
      }
      if (t instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(t);
    }
  }

  /** (key, hash) pairs in two growing arrays, sorted by key. */
  private static final class LongPairs {
    static final class TooMany extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }

    private final int limit;
    long[] keys = new long[1024];
    long[] hashes = new long[1024];
    int size;

    LongPairs(int limit) {
      this.limit = limit;
    }

    void add(long key, long hash) {
      if (size == limit) {
        throw new TooMany();
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      keys[size] = key;
      hashes[size] = hash;
      size++;
    }

    void sort() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
      long[] k = new long[size];
      long[] h = new long[size];
      for (int i = 0; i < size; i++) {
        k[i] = keys[order[i]];
        h[i] = hashes[order[i]];
      }
      keys = k;
      hashes = h;
    }
  }
}
