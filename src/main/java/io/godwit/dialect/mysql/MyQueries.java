package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.List;

/**
 * Queries as MySQL. FULL OUTER JOIN, INTERSECT/EXCEPT on older targets, and row lists in FROM are
 * rewritten in the IR first ({@link MyQueryRewrites}); what cannot be rewritten gets an item.
 */
final class MyQueries {

  private final MyRender r;
  private int derived;

  MyQueries(MyRender render) {
    this.r = render;
  }

  void query(Query q) {
    if (q instanceof Query.Select s) {
      select(s);
    } else if (q instanceof Query.SetOperation s) {
      setOperation(s);
    } else if (q instanceof Query.Values v) {
      query(MyQueryRewrites.valuesAsSelects(v, null));
    } else if (q instanceof Query.Changed) {
      r.unsupported(
          MyItems.LEFTOVER_CONSTRUCT,
          "a data-changing statement read as a query (a data-modifying CTE) has no MySQL"
              + " counterpart: run the change, then read the rows it changed",
          null,
          null,
          "SELECT NULL");
    }
  }

  /**
   * A subquery of IN, ANY or ALL: MySQL rejects LIMIT there, so a limited query is wrapped in a
   * derived table.
   */
  void subqueryWithoutLimit(Query q) {
    boolean limited =
        (q instanceof Query.Select s && s.limit() != null)
            || (q instanceof Query.SetOperation so && so.limit() != null);
    if (!limited) {
      query(q);
      return;
    }
    r.write("SELECT * FROM (");
    query(q);
    r.write(") AS godwit_limited");
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

  void idents(List<Ident> columns) {
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
    if (MyQueryRewrites.hasFullJoin(s.from())) {
      Query rewritten = MyQueryRewrites.fullJoin(s);
      if (rewritten != null) {
        query(rewritten);
        return;
      }
      r.itemHere(
          MyItems.FULL_JOIN,
          "this FULL OUTER JOIN cannot be written as a union of a left and a right join: it is"
              + " written as a LEFT JOIN",
          null,
          "FULL JOIN");
    }
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
          MyItems.LEFTOVER_CONSTRUCT,
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
    lock(s.lock());
  }

  private void lock(Query.Lock lock) {
    if (lock == null) {
      return;
    }
    r.write("\nFOR UPDATE");
    if (!lock.of().isEmpty()) {
      if (r.target.forUpdateOf()) {
        r.write(" OF ");
        for (int i = 0; i < lock.of().size(); i++) {
          if (i > 0) {
            r.write(", ");
          }
          // MySQL locks tables (by alias), not columns: keep the qualifier.
          QName of = lock.of().get(i);
          r.ident((of.size() > 1 ? of.qualifier() : of).last());
        }
      } else {
        r.itemHere(
            MyItems.LOCK_OF,
            "MariaDB has no FOR UPDATE OF: every table of the query is locked",
            null,
            null);
      }
    }
    if (lock.waitPolicy() != null) {
      r.write(" " + lock.waitPolicy());
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

  void orderAndLimit(List<OrderItem> orderBy, Query.Limit limit) {
    if (!orderBy.isEmpty()) {
      r.write("\nORDER BY ");
      r.orderItems(orderBy);
    }
    if (limit == null) {
      return;
    }
    if (limit.percent()) {
      r.write("\n");
      r.unsupported(
          MyItems.ROW_LIMIT, "a row limit in percent has no MySQL form", null, "PERCENT", "");
    }
    boolean countOk = limit.count() == null || limitOperand(limit.count());
    boolean offsetOk = limit.offset() == null || limitOperand(limit.offset());
    if (!countOk || !offsetOk) {
      r.write("\n");
      r.unsupported(
          MyItems.ROW_LIMIT,
          "MySQL's LIMIT takes constants and variables only: compute the limit into a variable",
          null,
          "row limit",
          "");
      return;
    }
    if (limit.withTies() && limit.count() != null) {
      if (r.target.withTies() && !orderBy.isEmpty()) {
        if (limit.offset() != null) {
          r.write("\nOFFSET ");
          r.expr(limit.offset());
          r.write(" ROWS");
        }
        r.write("\nFETCH FIRST ");
        r.expr(limit.count());
        r.write(" ROWS WITH TIES");
        return;
      }
      r.write("\n");
      r.unsupported(
          MyItems.ROW_LIMIT,
          "WITH TIES has no form on " + r.target.describe() + ": ties beyond the limit are cut",
          null,
          "WITH TIES",
          "");
    }
    r.write("\nLIMIT ");
    if (limit.count() != null) {
      r.expr(limit.count());
    } else {
      r.write("18446744073709551615");
    }
    if (limit.offset() != null) {
      r.write(" OFFSET ");
      r.expr(limit.offset());
    }
  }

  /** Whether MySQL accepts {@code e} in LIMIT: an integer literal or a stored-program variable. */
  private boolean limitOperand(Expr e) {
    if (e instanceof Expr.Literal l) {
      return l.kind() == io.godwit.ir.expr.LiteralKind.NUMBER && l.value().indexOf('.') < 0;
    }
    return r.procedural() && e instanceof Expr.VariableRef;
  }

  private void setOperation(Query.SetOperation s) {
    boolean native0 = s.op() == Query.SetOperator.UNION || r.target.intersectExcept();
    if (!native0) {
      Query rewritten = MyQueryRewrites.intersectExcept(s);
      if (rewritten != null) {
        query(rewritten);
        return;
      }
      r.itemHere(
          MyItems.SET_OPERATION,
          s.op()
              + (s.all() ? " ALL" : "")
              + " needs MySQL 8.0.31 or later and cannot be written with EXISTS here",
          null,
          s.op().name());
    }
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
            ? !s.orderBy().isEmpty()
                || s.limit() != null
                || s.with() != null
                || MyQueryRewrites.hasFullJoin(s.from())
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
      r.table(t.name());
      if (t.asOf() != null) {
        r.write(" ");
        r.unsupported(
            MyItems.FLASHBACK,
            "flashback queries (AS OF) have no MySQL equivalent",
            null,
            "AS OF",
            "");
      }
      if (t.alias() != null) {
        r.write(" ");
        r.ident(t.alias());
      }
    } else if (f instanceof FromItem.DerivedTable d) {
      if (d.lateral()) {
        if (r.target.lateral()) {
          r.write("LATERAL ");
        } else {
          r.unsupported(
              MyItems.LATERAL,
              r.target.describe() + " has no LATERAL derived tables",
              null,
              "LATERAL",
              "");
          r.write(" ");
        }
      }
      Query q = d.query();
      if (!d.columnAliases().isEmpty() || q instanceof Query.Values) {
        Query named = MyQueryRewrites.withColumnNames(q, d.columnAliases());
        if (named == null) {
          r.itemHere(
              MyItems.LEFTOVER_CONSTRUCT,
              "the column names of this derived table cannot be given to its query",
              null,
              null);
        } else {
          q = named;
        }
      }
      r.write("(");
      query(q);
      r.write(") ");
      // MySQL requires an alias on every derived table.
      if (d.alias() != null) {
        r.ident(d.alias());
      } else {
        derived++;
        r.write("godwit_derived" + derived);
      }
    } else if (f instanceof FromItem.FunctionTable ft) {
      r.unsupported(
          MyItems.LEFTOVER_CONSTRUCT,
          "a table function or collection in FROM has no MySQL form",
          null,
          "TABLE(...)",
          "(SELECT NULL AS column_value) ");
      r.write(ft.alias() == null ? "godwit_table" : r.names.ident(ft.alias()));
    } else if (f instanceof FromItem.Join j) {
      join(j);
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
          case LEFT, FULL -> "LEFT JOIN ";
          case RIGHT -> "RIGHT JOIN ";
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
      r.write(" ON TRUE");
    }
  }
}
