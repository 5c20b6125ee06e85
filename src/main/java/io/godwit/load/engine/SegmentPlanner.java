package io.godwit.load.engine;

import io.godwit.load.KeyRange;
import io.godwit.load.LoadSupport;
import io.godwit.load.TableSize;
import io.godwit.load.ValueConversions;
import io.godwit.load.ValueConverter;
import io.godwit.load.ValueKind;
import io.godwit.load.Values;
import io.godwit.load.mapping.ColumnPlan;
import io.godwit.load.mapping.TableMapping.ParallelLoad;
import io.godwit.load.mapping.TableMapping.ParallelType;
import io.godwit.load.mapping.TablePlan;
import io.godwit.model.Column;
import io.godwit.model.Table;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a table into key-range segments: the ranges a table-settings rule gives, or, by default,
 * equal slices of an integer primary key sized to about {@code segmentRows} rows each. Tables with
 * neither load as one segment.
 */
final class SegmentPlanner {

  private static final int MAX_SEGMENTS = 1024;

  private final LoadSupport source;
  private final long segmentRows;

  SegmentPlanner(LoadSupport source, long segmentRows) {
    this.source = source;
    this.segmentRows = segmentRows;
  }

  /** What the planner decided for a table. */
  record Split(List<String> columns, List<ValueKind> kinds, List<KeyRange> ranges, long estimate) {}

  Split split(Connection c, TablePlan plan, Table sourceTable) throws SQLException {
    TableSize size = source.estimateSize(c, plan.source());
    long estimate = size.rows();
    ParallelLoad p = plan.parallel();
    if (p != null && p.type() == ParallelType.NONE) {
      return whole(estimate);
    }
    if (p != null && p.type() == ParallelType.RANGES) {
      return ranges(plan, sourceTable, p, estimate);
    }
    long perSegment =
        p != null && p.rowsPerSegment() != null ? Math.max(1, p.rowsPerSegment()) : segmentRows;
    if (plan.primaryKey().size() != 1) {
      return whole(estimate);
    }
    String key = plan.primaryKey().get(0);
    Optional<Column> keyColumn = sourceTable.column(key);
    if (keyColumn.isEmpty() || source.kindOf(keyColumn.get().type()) != ValueKind.INTEGER) {
      return whole(estimate);
    }
    if (estimate < 0) {
      estimate = source.countRows(c, plan.source(), plan.filter());
    }
    List<String> cols = List.of(key);
    List<ValueKind> kinds = List.of(ValueKind.INTEGER);
    int n = (int) Math.min(MAX_SEGMENTS, Math.max(1, (estimate + perSegment - 1) / perSegment));
    Optional<long[]> bounds =
        n > 1 ? source.integerBounds(c, plan.source(), key, plan.filter()) : Optional.empty();
    List<KeyRange> ranges = new ArrayList<>();
    if (bounds.isEmpty()) {
      ranges.add(new KeyRange(cols, kinds, null, null, false));
      return new Split(cols, kinds, ranges, estimate);
    }
    BigInteger min = BigInteger.valueOf(bounds.get()[0]);
    BigInteger span = BigInteger.valueOf(bounds.get()[1]).subtract(min).add(BigInteger.ONE);
    n = (int) Math.min(n, span.min(BigInteger.valueOf(MAX_SEGMENTS)).longValue());
    Object lower = null;
    for (int k = 1; k <= n; k++) {
      Object upper = null;
      if (k < n) {
        // (min - 1) + k * span / n: the last key of slice k
        upper =
            min.subtract(BigInteger.ONE)
                .add(span.multiply(BigInteger.valueOf(k)).divide(BigInteger.valueOf(n)))
                .longValueExact();
      }
      ranges.add(
          new KeyRange(
              cols,
              kinds,
              lower == null ? null : List.of(lower),
              upper == null ? null : List.of(upper),
              false));
      lower = upper;
    }
    return new Split(cols, kinds, ranges, estimate);
  }

  private static Split whole(long estimate) {
    return new Split(List.of(), List.of(), List.of(KeyRange.all()), estimate);
  }

  private Split ranges(TablePlan plan, Table sourceTable, ParallelLoad p, long estimate) {
    List<ValueKind> kinds = new ArrayList<>();
    boolean nullable = false;
    for (String column : p.columns()) {
      Column col = sourceTable.column(column).orElseThrow();
      ValueKind kind =
          plan.column(column).map(ColumnPlan::sourceKind).orElse(source.kindOf(col.type()));
      kinds.add(kind);
      nullable |= col.nullable();
    }
    List<List<Object>> bounds = new ArrayList<>();
    for (List<String> b : p.boundaries()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < b.size(); i++) {
        ValueConverter parse = ValueConversions.converter(ValueKind.TEXT, kinds.get(i));
        try {
          values.add(parse.convert(b.get(i)));
        } catch (IllegalArgumentException | NullPointerException e) {
          throw LoadException.table(
              "parallel-load boundary '"
                  + b.get(i)
                  + "' of "
                  + plan.source()
                  + " is not valid: "
                  + e.getMessage());
        }
      }
      if (!bounds.isEmpty()
          && Values.compareTuples(values.toArray(), bounds.get(bounds.size() - 1)) <= 0) {
        throw LoadException.table(
            "parallel-load boundaries of " + plan.source() + " must be in ascending order");
      }
      bounds.add(values);
    }
    List<KeyRange> ranges = new ArrayList<>();
    List<Object> lower = null;
    for (List<Object> b : bounds) {
      ranges.add(new KeyRange(p.columns(), kinds, lower, b, false));
      lower = b;
    }
    ranges.add(new KeyRange(p.columns(), kinds, lower, null, false));
    if (nullable) {
      ranges.add(new KeyRange(p.columns(), kinds, null, null, true));
    }
    return new Split(p.columns(), kinds, ranges, estimate);
  }
}
