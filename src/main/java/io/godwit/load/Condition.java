package io.godwit.load;

import java.util.List;

/**
 * A row filter in product-neutral form: selection-rule filters and key ranges. Dialects render it
 * as SQL with bind parameters; values are of the {@link ValueKind} given with them.
 */
public sealed interface Condition
    permits Condition.Compare, Condition.IsNull, Condition.All, Condition.Any, Condition.Not {

  /** Comparison operators. */
  enum Op {
    LT("<"),
    LE("<="),
    EQ("="),
    NE("<>"),
    GE(">="),
    GT(">");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /** The SQL spelling, the same in every supported product. */
    public String symbol() {
      return symbol;
    }
  }

  /** {@code column op value}; never true when the column is NULL. */
  record Compare(String column, Op op, Object value, ValueKind kind) implements Condition {
    public Compare {
      if (value == null) {
        throw new IllegalArgumentException("compare " + column + " with a value, not NULL");
      }
    }
  }

  /** {@code column IS NULL}. */
  record IsNull(String column) implements Condition {}

  /** Every condition holds (AND); an empty list is always true. */
  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = List.copyOf(conditions);
    }
  }

  /** At least one condition holds (OR); an empty list is never true. */
  record Any(List<Condition> conditions) implements Condition {
    public Any {
      conditions = List.copyOf(conditions);
    }
  }

  /** The condition does not hold (NOT; NULL stays unknown, as in SQL). */
  record Not(Condition condition) implements Condition {}

  /** Every column named in this condition, in order of appearance. */
  default List<String> columns() {
    java.util.List<String> out = new java.util.ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Condition c, List<String> out) {
    if (c instanceof Compare k) {
      out.add(k.column());
    } else if (c instanceof IsNull n) {
      out.add(n.column());
    } else if (c instanceof All a) {
      a.conditions().forEach(x -> collect(x, out));
    } else if (c instanceof Any a) {
      a.conditions().forEach(x -> collect(x, out));
    } else if (c instanceof Not n) {
      collect(n.condition(), out);
    }
  }
}
