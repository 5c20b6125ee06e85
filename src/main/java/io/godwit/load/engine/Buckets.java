package io.godwit.load.engine;

import io.godwit.load.KeyRange;
import io.godwit.load.Values;
import java.util.List;

/**
 * Validation's per-range tallies: rows, sum of row hashes and unconvertible rows for each key
 * range, on each side. A row's range is found in Java from its key values, the same way for source
 * and target, so collations cannot put one row in two ranges.
 */
final class Buckets {

  final List<KeyRange> ranges;
  final int outside;
  final long[] sourceRows;
  final long[] sourceSums;
  final long[] sourceUnconvertible;
  final long[] rejectedUnconvertible;
  final long[] targetRows;
  final long[] targetSums;
  private final int nullRange;
  private final int ordered;

  Buckets(List<KeyRange> ranges) {
    this.ranges = List.copyOf(ranges);
    int n = ranges.size() + 1;
    this.outside = ranges.size();
    sourceRows = new long[n];
    sourceSums = new long[n];
    sourceUnconvertible = new long[n];
    rejectedUnconvertible = new long[n];
    targetRows = new long[n];
    targetSums = new long[n];
    int nulls = -1;
    int count = 0;
    for (int i = 0; i < ranges.size(); i++) {
      if (ranges.get(i).nulls()) {
        nulls = i;
      } else {
        count = i + 1;
      }
    }
    this.nullRange = nulls;
    this.ordered = count;
  }

  /** The range of a key (range-column values), or {@link #outside}. */
  int find(Object[] key) {
    if (ranges.size() == 1 && ranges.get(0).isAll()) {
      return 0;
    }
    if (key == null) {
      return outside;
    }
    for (Object v : key) {
      if (v == null) {
        return nullRange >= 0 ? nullRange : outside;
      }
    }
    int lo = 0;
    int hi = ordered - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      List<Object> upper = ranges.get(mid).upperInclusive();
      if (upper == null || Values.compareTuples(key, upper) <= 0) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    if (lo < ordered && ranges.get(lo).contains(key)) {
      return lo;
    }
    return outside;
  }

  boolean matches(int i) {
    return sourceRows[i] == targetRows[i]
        && sourceSums[i] == targetSums[i]
        && sourceUnconvertible[i] == rejectedUnconvertible[i];
  }

  String describe(int i) {
    return i == outside ? "rows outside every range" : ranges.get(i).describe();
  }
}
