package io.godwit.load.engine;

import io.godwit.load.BadValue;
import io.godwit.load.ReadColumn;
import io.godwit.load.ValueKind;
import io.godwit.load.Values;
import io.godwit.load.WriteColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the error policy to one bad row of a segment: stop the task, suspend the table, or stage
 * the row for the table's reject file with its key and validation hash.
 */
final class BadRows {

  private final TaskContext ctx;
  private final TableJob job;
  private final Segment segment;
  private RowHasher hasher;

  BadRows(TaskContext ctx, TableJob job, Segment segment) {
    this.ctx = ctx;
    this.job = job;
    this.segment = segment;
  }

  /** A row whose source values could not be converted. Returns the rows rejected (1). */
  long unconvertible(Batch.BadRow bad) {
    TableBinding b = job.binding;
    // Values in text form are of the same kind on both sides (TableBinding.textColumns).
    Object[] source = b.canonical(bad.values());
    List<String> names = new ArrayList<>();
    List<ValueKind> kinds = new ArrayList<>();
    Object[] values = new Object[b.read.size()];
    for (int i = 0; i < b.read.size(); i++) {
      ReadColumn c = b.read.get(i);
      names.add(c.name());
      Object v = source[i];
      values[i] = v instanceof BadValue x ? x.raw() : v;
      boolean text =
          v instanceof BadValue
              || (v instanceof String && c.kind() != ValueKind.TEXT && c.kind() != ValueKind.JSON);
      kinds.add(text ? ValueKind.TEXT : c.kind());
    }
    return handle(bad.message(), sourceKey(source), null, names, kinds, values);
  }

  /** A converted row the target refused. Returns the rows rejected (1). */
  long refused(Object[] refused, String message) {
    TableBinding b = job.binding;
    Object[] row = b.canonical(refused);
    List<String> names = new ArrayList<>();
    List<ValueKind> kinds = new ArrayList<>();
    boolean odd = false;
    for (int i = 0; i < b.write.size(); i++) {
      WriteColumn c = b.write.get(i);
      names.add(c.name());
      // A text-form value that is not a value of its kind (see TableBinding.canonical) stays text.
      boolean text =
          row[i] instanceof String && c.kind() != ValueKind.TEXT && c.kind() != ValueKind.JSON;
      odd |= text;
      kinds.add(text ? ValueKind.TEXT : c.kind());
    }
    if (hasher == null) {
      hasher = new RowHasher(b.targetKinds());
    }
    Long hash = odd ? null : hasher.hash(row);
    return handle(message, odd ? null : targetKey(row), hash, names, kinds, row);
  }

  private long handle(
      String message,
      List<Object> key,
      Long hash,
      List<String> names,
      List<ValueKind> kinds,
      Object[] values) {
    String which = describe(names, values);
    switch (ctx.options.errorPolicy()) {
      case STOP ->
          throw LoadException.task(
              "table "
                  + job.source()
                  + ": row "
                  + which
                  + " was refused: "
                  + message
                  + "; the task stopped (error policy stop)",
              null);
      case SUSPEND ->
          throw LoadException.table(
              "row "
                  + which
                  + " was refused: "
                  + message
                  + "; table suspended (error policy suspend)");
      default -> {
        job.rejects.stage(
            segment.id,
            job.source().toString(),
            message,
            key,
            job.rangeKinds,
            hash,
            names,
            kinds,
            values);
        return 1;
      }
    }
  }

  /** Forgets the rows this segment staged (its transaction rolled back). */
  void discard() {
    if (job.rejects != null) {
      job.rejects.discard(segment.id);
    }
  }

  /** The primary key (or first column) of a row, for messages: {@code id=42}. */
  private String describe(List<String> names, Object[] values) {
    List<String> key = job.plan.primaryKey();
    StringBuilder s = new StringBuilder();
    for (String k : key) {
      int i = job.binding.readIndex(k);
      if (i >= 0) {
        s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(shorten(values[i]));
      }
    }
    if (s.length() == 0 && !names.isEmpty()) {
      s.append(names.get(0)).append('=').append(shorten(values[0]));
    }
    return s.toString();
  }

  private static String shorten(Object v) {
    String s = Values.display(v);
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private List<Object> sourceKey(Object[] raw) {
    if (job.rangeColumns.isEmpty()) {
      return null;
    }
    List<Object> key = new ArrayList<>();
    for (String c : job.rangeColumns) {
      int i = job.binding.readIndex(c);
      if (i < 0 || raw[i] instanceof BadValue) {
        return null;
      }
      key.add(raw[i]);
    }
    return key;
  }

  private List<Object> targetKey(Object[] row) {
    if (job.rangeColumns.isEmpty() || job.rangeFromTarget == null) {
      return null;
    }
    List<Object> key = new ArrayList<>();
    for (int k = 0; k < job.rangeColumns.size(); k++) {
      int i = job.binding.readIndex(job.rangeColumns.get(k));
      if (i < 0) {
        return null;
      }
      Object v = row[i];
      key.add(v == null ? null : job.rangeFromTarget[k].convert(v));
    }
    return key;
  }
}
