package io.godwit.dialect.postgres;

import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.List;

/** Queries and DML as PostgreSQL. */
final class PgQueries {

  private final PgRender r;

  PgQueries(PgRender render) {
    this.r = render;
  }

  void query(Query q) {
    if (q instanceof Query.Select s) {
      select(s);
    } else if (q instanceof Query.SetOperation s) {
      setOperation(s);
    } else if (q instanceof Query.Values v) {
      values(v);
    } else if (q instanceof Query.Changed c) {
      dml(c.dml());
    }
  }

  void with(Query.With with) {
    if (with == null || with.ctes().isEmpty()) {
      return;
    }
    r.write(with.recursive() ? "WITH RECURSIVE " : "WITH ");
    for (int i = 0; i < with.ctes().size(); i++) {
      Query.Cte cte = with.ctes().get(i);
      if (i > 0) {
        r.write(",\n");
      }
      r.ident(cte.name());
      idents(cte.columns());
      r.write(" AS (");
      query(cte.query());
      r.write(")");
    }
    r.write("\n");
  }

  private void idents(List<Ident> columns) {
    if (columns.isEmpty()) {
      return;
    }
    r.write(" (");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.ident(columns.get(i));
    }
    r.write(")");
  }

  private void select(Query.Select s) {
    with(s.with());
    r.write(s.distinct() ? "SELECT DISTINCT " : "SELECT ");
    selectItems(s.items());
    tail(s);
  }

  /** Everything after the select list: FROM, WHERE, GROUP BY, HAVING, ORDER BY, limits, locks. */
  void tail(Query.Select s) {
    if (!s.from().isEmpty()) {
      r.write("\nFROM ");
      fromList(s.from());
    }
    if (s.where() != null) {
      r.write("\nWHERE ");
      r.expr(s.where());
    }
    if (s.hierarchy() != null) {
      r.unsupported(
          PgItems.LEFTOVER_CONSTRUCT,
          "CONNECT BY could not be rewritten as WITH RECURSIVE",
          null,
          "CONNECT BY",
          "");
    }
    if (!s.groupBy().isEmpty()) {
      r.write("\nGROUP BY ");
      r.exprs(s.groupBy());
    }
    if (s.having() != null) {
      r.write("\nHAVING ");
      r.expr(s.having());
    }
    orderAndLimit(s.orderBy(), s.limit());
    if (s.lock() != null) {
      r.write("\nFOR UPDATE");
      if (!s.lock().of().isEmpty()) {
        r.write(" OF ");
        for (int i = 0; i < s.lock().of().size(); i++) {
          if (i > 0) {
            r.write(", ");
          }
          // PostgreSQL locks tables (by alias), not columns: keep the qualifier.
          QName of = s.lock().of().get(i);
          r.name(of.size() > 1 ? of.qualifier() : of);
        }
      }
      if (s.lock().waitPolicy() != null) {
        r.write(" " + s.lock().waitPolicy());
      }
    }
  }

  void selectItems(List<Query.SelectItem> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      Query.SelectItem item = items.get(i);
      r.expr(item.expr());
      if (item.alias() != null) {
        r.write(" AS ");
        r.ident(item.alias());
      }
    }
  }

  private void orderAndLimit(List<io.godwit.ir.OrderItem> orderBy, Query.Limit limit) {
    if (!orderBy.isEmpty()) {
      r.write("\nORDER BY ");
      orderItems(orderBy);
    }
    if (limit == null) {
      return;
    }
    if (limit.offset() != null) {
      r.write("\nOFFSET ");
      r.expr(limit.offset());
      r.write(" ROWS");
    }
    if (limit.count() != null) {
      if (limit.percent()) {
        r.unsupported(
            PgItems.PERCENT_LIMIT,
            "a row limit in percent has no PostgreSQL form",
            null,
            "PERCENT",
            "");
      }
      r.write("\nFETCH FIRST ");
      r.operand(limit.count(), PgExpressions.PRIMARY, false);
      r.write(limit.withTies() ? " ROWS WITH TIES" : " ROWS ONLY");
    }
  }

  private void orderItems(List<io.godwit.ir.OrderItem> items) {
    r.orderItems(items);
  }

  private void setOperation(Query.SetOperation s) {
    with(s.with());
    operandQuery(s.left());
    r.write("\n");
    r.write(
        switch (s.op()) {
          case UNION -> "UNION";
          case INTERSECT -> "INTERSECT";
          case EXCEPT -> "EXCEPT";
        });
    if (s.all()) {
      r.write(" ALL");
    }
    r.write("\n");
    operandQuery(s.right());
    orderAndLimit(s.orderBy(), s.limit());
  }

  /** A set-operation operand: parenthesised when it has its own ordering, limit or WITH. */
  private void operandQuery(Query q) {
    boolean wrap =
        q instanceof Query.Select s
            ? !s.orderBy().isEmpty() || s.limit() != null || s.with() != null
            : q instanceof Query.SetOperation so
                && (!so.orderBy().isEmpty() || so.limit() != null || so.with() != null);
    if (wrap) {
      r.write("(");
    }
    query(q);
    if (wrap) {
      r.write(")");
    }
  }

  private void values(Query.Values v) {
    r.write("VALUES ");
    for (int i = 0; i < v.rows().size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.write("(");
      r.exprs(v.rows().get(i));
      r.write(")");
    }
  }

  void fromList(List<FromItem> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      from(items.get(i));
    }
  }

  void from(FromItem f) {
    if (f instanceof FromItem.TableRef t) {
      r.name(t.name());
      if (t.asOf() != null) {
        r.unsupported(
            PgItems.FLASHBACK,
            "flashback queries (AS OF) have no PostgreSQL equivalent",
            null,
            "AS OF",
            "");
      }
      alias(t.alias(), t.columnAliases());
    } else if (f instanceof FromItem.DerivedTable d) {
      if (d.lateral()) {
        r.write("LATERAL ");
      }
      r.write("(");
      query(d.query());
      r.write(")");
      // PostgreSQL before 16 requires an alias on a subquery in FROM.
      alias(d.alias() == null ? Ident.of("subquery") : d.alias(), d.columnAliases());
    } else if (f instanceof FromItem.FunctionTable ft) {
      if (ft.lateral()) {
        r.write("LATERAL ");
      }
      r.expr(ft.call());
      alias(ft.alias(), ft.columnAliases());
    } else if (f instanceof FromItem.Join j) {
      join(j);
    }
  }

  private void alias(Ident alias, List<Ident> columns) {
    if (alias != null) {
      r.write(" ");
      r.ident(alias);
      idents(columns);
    }
  }

  private void join(FromItem.Join j) {
    from(j.left());
    r.write("\n");
    if (j.natural()) {
      r.write("NATURAL ");
    }
    r.write(
        switch (j.type()) {
          case INNER -> "JOIN ";
          case LEFT -> "LEFT JOIN ";
          case RIGHT -> "RIGHT JOIN ";
          case FULL -> "FULL JOIN ";
          case CROSS -> "CROSS JOIN ";
        });
    boolean nested = j.right() instanceof FromItem.Join;
    if (nested) {
      r.write("(");
    }
    from(j.right());
    if (nested) {
      r.write(")");
    }
    if (j.on() != null) {
      r.write(" ON ");
      r.expr(j.on());
    } else if (!j.using().isEmpty()) {
      r.write(" USING");
      idents(j.using());
    } else if (j.type() != FromItem.JoinType.CROSS && !j.natural()) {
      r.write(" ON true");
    }
  }

  /** INSERT, UPDATE, DELETE, MERGE. */
  void dml(Dml d) {
    if (d instanceof Dml.Insert i) {
      insert(i);
    } else if (d instanceof Dml.Update u) {
      update(u);
    } else if (d instanceof Dml.Delete del) {
      delete(del);
    } else if (d instanceof Dml.Merge m) {
      merge(m);
    }
  }

  private void insert(Dml.Insert i) {
    with(i.with());
    r.write("INSERT INTO ");
    target(i.target());
    idents(i.columns());
    if (i.source() == null) {
      r.write(" DEFAULT VALUES");
    } else {
      r.write("\n");
      query(i.source());
    }
    returning(i.returning());
  }

  private void target(FromItem.TableRef t) {
    r.name(t.name());
    if (t.alias() != null) {
      r.write(" AS ");
      r.ident(t.alias());
    }
  }

  private void update(Dml.Update u) {
    with(u.with());
    r.write("UPDATE ");
    target(u.target());
    r.write("\nSET ");
    assignments(u.set());
    if (!u.from().isEmpty()) {
      r.write("\nFROM ");
      fromList(u.from());
    }
    if (u.where() != null) {
      r.write("\nWHERE ");
      r.expr(u.where());
    }
    returning(u.returning());
  }

  private void assignments(List<Dml.Assignment> set) {
    for (int i = 0; i < set.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      Dml.Assignment a = set.get(i);
      if (a.targets().size() == 1) {
        column(a.targets().get(0));
      } else {
        r.write("(");
        for (int k = 0; k < a.targets().size(); k++) {
          if (k > 0) {
            r.write(", ");
          }
          column(a.targets().get(k));
        }
        r.write(")");
      }
      r.write(" = ");
      r.expr(a.value());
    }
  }

  /** A SET target: PostgreSQL does not allow a table qualifier there. */
  private void column(Expr target) {
    if (target instanceof Expr.ColumnRef c) {
      r.ident(c.name().last());
    } else {
      r.expr(target);
    }
  }

  private void delete(Dml.Delete d) {
    with(d.with());
    r.write("DELETE FROM ");
    target(d.target());
    if (!d.using().isEmpty()) {
      r.write("\nUSING ");
      fromList(d.using());
    }
    if (d.where() != null) {
      r.write("\nWHERE ");
      r.expr(d.where());
    }
    returning(d.returning());
  }

  private void returning(List<Query.SelectItem> items) {
    if (!items.isEmpty()) {
      r.write("\nRETURNING ");
      selectItems(items);
    }
  }

  /** PostgreSQL 15 MERGE. */
  private void merge(Dml.Merge m) {
    with(m.with());
    r.write("MERGE INTO ");
    target(m.target());
    r.write("\nUSING ");
    from(m.source());
    r.write("\nON ");
    r.expr(m.on());
    for (Dml.MergeWhen w : m.whens()) {
      if (w.bySource()) {
        r.write("\n");
        r.unsupported(
            PgItems.LEFTOVER_CONSTRUCT,
            "WHEN NOT MATCHED BY SOURCE needs PostgreSQL 17; on 15 delete or update those rows"
                + " in a separate statement",
            null,
            "WHEN NOT MATCHED BY SOURCE",
            "");
        continue;
      }
      r.write(w.matched() ? "\nWHEN MATCHED" : "\nWHEN NOT MATCHED");
      if (w.condition() != null) {
        r.write(" AND ");
        r.expr(w.condition());
      }
      r.write(" THEN ");
      switch (w.action()) {
        case UPDATE -> {
          r.write("UPDATE SET ");
          assignments(w.set());
          if (w.deleteWhere() != null) {
            r.write(" ");
            r.unsupported(
                PgItems.LEFTOVER_CONSTRUCT,
                "MERGE ... UPDATE ... DELETE WHERE: PostgreSQL cannot delete in the update"
                    + " branch; add a WHEN MATCHED AND <condition on the new values> THEN DELETE",
                null,
                "DELETE WHERE",
                "");
          }
        }
        case DELETE -> r.write("DELETE");
        case DO_NOTHING -> r.write("DO NOTHING");
        case INSERT -> {
          r.write("INSERT");
          idents(w.columns());
          r.write(" VALUES (");
          r.exprs(w.values());
          r.write(")");
        }
      }
    }
  }
}
