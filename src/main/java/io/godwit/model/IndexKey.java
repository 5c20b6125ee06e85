package io.godwit.model;

/**
 * One key of an index: a column or an expression.
 *
 * @param column the column name, or {@code null} for an expression key
 * @param expression the key expression as source text, or {@code null} for a column key
 * @param order ascending or descending
 * @param nulls explicit NULLS FIRST/LAST, or DEFAULT
 */
public record IndexKey(String column, String expression, SortOrder order, NullsOrder nulls) {

  public IndexKey {
    if ((column == null) == (expression == null)) {
      throw new IllegalArgumentException("an index key is either a column or an expression");
    }
    order = order == null ? SortOrder.ASC : order;
    nulls = nulls == null ? NullsOrder.DEFAULT : nulls;
  }

  /** An ascending key on a column. */
  public static IndexKey column(String column) {
    return new IndexKey(column, null, SortOrder.ASC, NullsOrder.DEFAULT);
  }

  /** An ascending key on an expression. */
  public static IndexKey expression(String expression) {
    return new IndexKey(null, expression, SortOrder.ASC, NullsOrder.DEFAULT);
  }
}
