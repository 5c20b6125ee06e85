package io.godwit.ir.query;

import io.godwit.ir.Ident;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import java.util.List;

/** A query: a SELECT, a set operation or a VALUES list. */
public sealed interface Query {

  /** WITH [RECURSIVE] ctes. */
  record With(boolean recursive, List<Cte> ctes) {
    public With {
      ctes = List.copyOf(ctes);
    }
  }

  /** One common table expression. */
  record Cte(Ident name, List<Ident> columns, Query query) {
    public Cte {
      columns = columns == null ? List.of() : List.copyOf(columns);
    }
  }

  /** One item of a select list; alias may be null. */
  record SelectItem(Expr expr, Ident alias) {}

  /** Oracle CONNECT BY; removed by the hierarchy pass. */
  record Hierarchy(
      Expr startWith, Expr connectBy, boolean noCycle, List<OrderItem> orderSiblingsBy) {
    public Hierarchy {
      orderSiblingsBy = orderSiblingsBy == null ? List.of() : List.copyOf(orderSiblingsBy);
    }
  }

  /** FOR UPDATE [OF ...] [NOWAIT | SKIP LOCKED]; waitPolicy is "NOWAIT", "SKIP LOCKED" or null. */
  record Lock(List<QName> of, String waitPolicy) {
    public Lock {
      of = of == null ? List.of() : List.copyOf(of);
    }
  }

  /** Row limiting: FETCH FIRST / LIMIT / TOP, OFFSET; percent and withTies as in SQL:2008. */
  record Limit(Expr count, Expr offset, boolean percent, boolean withTies) {}

  /** A SELECT. Lists are never null. */
  record Select(
      With with,
      boolean distinct,
      List<SelectItem> items,
      List<FromItem> from,
      Expr where,
      List<Expr> groupBy,
      Expr having,
      List<OrderItem> orderBy,
      Limit limit,
      Hierarchy hierarchy,
      Lock lock)
      implements Query {
    public Select {
      items = List.copyOf(items);
      from = from == null ? List.of() : List.copyOf(from);
      groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
      orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    }

    /** This SELECT with other select-list items. */
    public Select withItems(List<SelectItem> newItems) {
      return new Select(
          with, distinct, newItems, from, where, groupBy, having, orderBy, limit, hierarchy, lock);
    }

    /** {@code SELECT items FROM from [WHERE where]}. */
    public static Select simple(List<SelectItem> items, List<FromItem> from, Expr where) {
      return new Select(null, false, items, from, where, null, null, null, null, null, null);
    }
  }

  /** Set operators. */
  enum SetOperator {
    UNION,
    INTERSECT,
    /** EXCEPT, Oracle MINUS. */
    EXCEPT
  }

  /** {@code left op [ALL] right}, with an ordering and limit over the whole. */
  record SetOperation(
      With with,
      SetOperator op,
      boolean all,
      Query left,
      Query right,
      List<OrderItem> orderBy,
      Limit limit)
      implements Query {
    public SetOperation {
      orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    }
  }

  /** {@code VALUES (..), (..)}. */
  record Values(List<List<Expr>> rows) implements Query {
    public Values {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A data-changing statement whose RETURNING rows are read as a query: PostgreSQL's data-modifying
   * CTE ({@code WITH changed AS (UPDATE ... RETURNING ...) INSERT ... SELECT ...}). Front ends use
   * it only in a CTE; back ends without data-modifying CTEs report it.
   */
  record Changed(Dml dml) implements Query {}
}
