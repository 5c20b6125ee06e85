package io.godwit.dialect.mysql;

import io.godwit.ir.OrderItem;
import io.godwit.ir.SortOrder;
import io.godwit.ir.expr.Expr;
import java.util.List;

/** ORDER BY lists (with NULLS FIRST/LAST as MySQL needs them) and window specifications. */
final class MyWindows {

  private final MyRender r;

  MyWindows(MyRender render) {
    this.r = render;
  }

  void orderItems(List<OrderItem> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      OrderItem o = items.get(i);
      boolean desc = o.order() == SortOrder.DESC;
      // MySQL sorts NULLs first ascending and last descending; other placements need a key.
      boolean nullsKey =
          switch (o.nulls()) {
            case FIRST -> desc;
            case LAST -> !desc;
            default -> false;
          };
      if (nullsKey) {
        r.operand(o.expr(), MyExpressions.COMPARE, false);
        r.write(o.nulls() == io.godwit.ir.NullsOrder.FIRST ? " IS NULL DESC, " : " IS NULL, ");
      }
      r.expr(o.expr());
      if (desc) {
        r.write(" DESC");
      }
    }
  }

  void window(Expr.Window e) {
    r.expr(e.function());
    r.write(" OVER (");
    boolean space = false;
    if (!e.partitionBy().isEmpty()) {
      r.write("PARTITION BY ");
      r.exprs(e.partitionBy());
      space = true;
    }
    if (!e.orderBy().isEmpty()) {
      r.write(space ? " ORDER BY " : "ORDER BY ");
      orderItems(e.orderBy());
      space = true;
    }
    if (e.frame() != null) {
      r.write(space ? " " : "");
      String unit = e.frame().unit().toUpperCase(java.util.Locale.ROOT);
      if (unit.equals("GROUPS")) {
        r.unsupported(
            MyItems.LEFTOVER_CONSTRUCT,
            "MySQL window frames have no GROUPS unit: ROWS is used",
            null,
            "GROUPS",
            "ROWS");
      } else {
        r.write(unit);
      }
      r.write(" BETWEEN ");
      bound(e.frame().start());
      r.write(" AND ");
      bound(e.frame().end());
    }
    r.write(")");
  }

  private void bound(Expr.FrameBound b) {
    switch (b.kind()) {
      case UNBOUNDED_PRECEDING -> r.write("UNBOUNDED PRECEDING");
      case UNBOUNDED_FOLLOWING -> r.write("UNBOUNDED FOLLOWING");
      case CURRENT_ROW -> r.write("CURRENT ROW");
      case PRECEDING -> {
        r.expr(b.offset());
        r.write(" PRECEDING");
      }
      case FOLLOWING -> {
        r.expr(b.offset());
        r.write(" FOLLOWING");
      }
    }
  }
}
