package io.godwit.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment of a table: the rows whose range columns, compared as a tuple, lie after {@code
 * lowerExclusive} and up to {@code upperInclusive} (either may be {@code null} for "unbounded"),
 * or, for the NULL segment, the rows where a range column holds NULL. A table that is not split has
 * one segment with no columns: every row.
 *
 * @param columns the range columns (source names), empty for "every row"
 * @param kinds the kind of each range column's values
 * @param lowerExclusive the lower bound, excluded; {@code null} when unbounded
 * @param upperInclusive the upper bound, included; {@code null} when unbounded
 * @param nulls whether this is the segment of rows with a NULL in a range column
 */
public record KeyRange(
    List<String> columns,
    List<ValueKind> kinds,
    List<Object> lowerExclusive,
    List<Object> upperInclusive,
    boolean nulls) {

  public KeyRange {
    columns = List.copyOf(columns);
    kinds = List.copyOf(kinds);
    lowerExclusive = lowerExclusive == null ? null : unmodifiable(lowerExclusive);
    upperInclusive = upperInclusive == null ? null : unmodifiable(upperInclusive);
    if (columns.size() != kinds.size()) {
      throw new IllegalArgumentException("one kind per range column");
    }
  }

  private static List<Object> unmodifiable(List<Object> values) {
    return java.util.Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** The single segment of a table that is not split. */
  public static KeyRange all() {
    return new KeyRange(List.of(), List.of(), null, null, false);
  }

  /** Whether this segment is the whole table. */
  public boolean isAll() {
    return columns.isEmpty();
  }

  /** This range as a filter on the named columns ({@code null} when it is the whole table). */
  public Condition toCondition() {
    return toCondition(columns);
  }

  /**
   * This range as a filter on other names for the same columns (the target's), in the same order.
   */
  public Condition toCondition(List<String> names) {
    if (isAll()) {
      return null;
    }
    if (nulls) {
      List<Condition> any = new ArrayList<>();
      for (String c : names) {
        any.add(new Condition.IsNull(c));
      }
      return new Condition.Any(any);
    }
    List<Condition> parts = new ArrayList<>();
    if (lowerExclusive != null) {
      parts.add(tuple(names, lowerExclusive, true));
    }
    if (upperInclusive != null) {
      parts.add(tuple(names, upperInclusive, false));
    }
    if (parts.isEmpty()) {
      // (-inf, +inf): every row whose range columns are all set
      List<Condition> notNull = new ArrayList<>();
      for (String c : names) {
        notNull.add(new Condition.Not(new Condition.IsNull(c)));
      }
      return new Condition.All(notNull);
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
  }

  /** {@code (c1..cn) > (v1..vn)} when {@code greater}, else {@code (c1..cn) <= (v1..vn)}. */
  private Condition tuple(List<String> names, List<Object> values, boolean greater) {
    int n = names.size();
    if (n == 1) {
      return new Condition.Compare(
          names.get(0), greater ? Condition.Op.GT : Condition.Op.LE, values.get(0), kinds.get(0));
    }
    List<Condition> any = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Condition> all = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        all.add(new Condition.Compare(names.get(j), Condition.Op.EQ, values.get(j), kinds.get(j)));
      }
      Condition.Op op = greater ? Condition.Op.GT : Condition.Op.LT;
      all.add(new Condition.Compare(names.get(i), op, values.get(i), kinds.get(i)));
      any.add(all.size() == 1 ? all.get(0) : new Condition.All(all));
    }
    if (!greater) {
      List<Condition> equal = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        equal.add(
            new Condition.Compare(names.get(j), Condition.Op.EQ, values.get(j), kinds.get(j)));
      }
      any.add(new Condition.All(equal));
    }
    return new Condition.Any(any);
  }

  /**
   * Whether a row with these range-column values (canonical values of {@link #kinds()}) belongs to
   * this segment, compared in Java: the same answer for the same values on either side.
   */
  public boolean contains(Object[] key) {
    if (isAll()) {
      return true;
    }
    boolean anyNull = false;
    for (Object v : key) {
      anyNull |= v == null;
    }
    if (nulls || anyNull) {
      return nulls && anyNull;
    }
    if (lowerExclusive != null && Values.compareTuples(key, lowerExclusive) <= 0) {
      return false;
    }
    return upperInclusive == null || Values.compareTuples(key, upperInclusive) <= 0;
  }

  /** A short description for people: {@code id in (1000, 2000]}. */
  public String describe() {
    if (isAll()) {
      return "all rows";
    }
    String cols = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
    if (nulls) {
      return cols + " has a NULL";
    }
    return cols
        + " in ("
        + (lowerExclusive == null ? "-inf" : Values.display(lowerExclusive))
        + ", "
        + (upperInclusive == null ? "+inf)" : Values.display(upperInclusive) + "]");
  }
}
