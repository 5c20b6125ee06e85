package io.godwit.ir;

import io.godwit.ir.expr.Expr;

/** One key of an ORDER BY, window or WITHIN GROUP ordering. */
public record OrderItem(Expr expr, SortOrder order, NullsOrder nulls) {

  public OrderItem {
    order = order == null ? SortOrder.ASC : order;
    nulls = nulls == null ? NullsOrder.DEFAULT : nulls;
  }

  public static OrderItem asc(Expr expr) {
    return new OrderItem(expr, SortOrder.ASC, NullsOrder.DEFAULT);
  }
}
