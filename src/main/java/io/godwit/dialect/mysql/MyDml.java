package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.IrWalker;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.List;
import java.util.Locale;

/** INSERT, UPDATE and DELETE as MySQL; MERGE is {@link MyMerge}'s. */
final class MyDml {

  private final MyRender r;

  MyDml(MyRender render) {
    this.r = render;
  }

  void write(Dml d) {
    if (d instanceof Dml.Insert i) {
      insert(i);
    } else if (d instanceof Dml.Update u) {
      update(u);
    } else if (d instanceof Dml.Delete del) {
      delete(del);
    } else if (d instanceof Dml.Merge m) {
      new MyMerge(r).write(m);
    }
  }

  void insert(Dml.Insert i) {
    r.write("INSERT INTO ");
    r.table(i.target().name());
    if (i.source() == null) {
      r.write(" () VALUES ()");
    } else {
      r.queries().idents(i.columns());
      r.write("\n");
      if (i.source() instanceof Query.Values v) {
        values(v);
      } else {
        r.queries().with(i.with());
        r.query(i.source());
      }
    }
    returning(i.returning(), true);
  }

  private void values(Query.Values v) {
    r.write("VALUES ");
    for (int k = 0; k < v.rows().size(); k++) {
      if (k > 0) {
        r.write(", ");
      }
      r.write("(");
      r.exprs(v.rows().get(k));
      r.write(")");
    }
  }

  private void update(Dml.Update u) {
    withOnChange(u.with());
    boolean targetInFrom = containsTarget(u.from(), u.target());
    boolean multi = !u.from().isEmpty();
    r.write("UPDATE ");
    if (!targetInFrom) {
      r.table(u.target().name());
      if (u.target().alias() != null) {
        r.write(" AS ");
        r.ident(u.target().alias());
      }
    }
    if (multi) {
      if (!targetInFrom) {
        r.write(", ");
      }
      r.queries().fromList(u.from());
    }
    r.write("\nSET ");
    assignments(u.set(), multi ? targetName(u.target()) : null);
    if (u.where() != null) {
      r.write("\nWHERE ");
      r.expr(u.where());
    }
    selfReference(u.target(), u.set(), u.where());
    returning(u.returning(), false);
  }

  private void withOnChange(Query.With with) {
    if (with == null) {
      return;
    }
    if (r.target.withOnChange()) {
      r.queries().with(with);
      return;
    }
    r.unsupported(
        MyItems.WITH_ON_CHANGE,
        "MariaDB accepts WITH only in front of SELECT",
        null,
        "WITH " + with.ctes().size() + " common table expression(s)",
        "");
    r.write("\n");
  }

  /** The name the target is referred to by in a multi-table statement. */
  private Ident targetName(FromItem.TableRef t) {
    return t.alias() != null ? t.alias() : t.name().last();
  }

  /** Whether the FROM items list the target table itself (T-SQL UPDATE t ... FROM t JOIN ...). */
  private boolean containsTarget(List<FromItem> from, FromItem.TableRef target) {
    String name = key(targetName(target));
    boolean[] found = {false};
    IrWalker w =
        new IrWalker() {
          @Override
          protected void onFrom(FromItem f) {
            if (f instanceof FromItem.TableRef t
                && key(t.alias() != null ? t.alias() : t.name().last()).equals(name)) {
              found[0] = true;
            }
          }
        };
    from.forEach(w::from);
    return found[0];
  }

  private static String key(Ident id) {
    return id.text().toLowerCase(Locale.ROOT);
  }

  /**
   * SET list. A row assignment {@code (a, b) = (SELECT x, y ...)} becomes one subquery per column,
   * as MySQL has no row assignment.
   */
  void assignments(List<Dml.Assignment> set, Ident qualifier) {
    boolean first = true;
    for (Dml.Assignment a : set) {
      if (a.targets().size() == 1) {
        first = separator(first);
        column(a.targets().get(0), qualifier);
        r.write(" = ");
        r.expr(a.value());
        continue;
      }
      List<Expr> values = rowValues(a);
      if (values == null) {
        first = separator(first);
        r.unsupported(
            MyItems.LEFTOVER_CONSTRUCT,
            "a row assignment from this value cannot be split into columns",
            null,
            "(...) = ...",
            "");
        column(a.targets().get(0), qualifier);
        r.write(" = NULL");
        continue;
      }
      for (int k = 0; k < a.targets().size(); k++) {
        first = separator(first);
        column(a.targets().get(k), qualifier);
        r.write(" = ");
        r.expr(values.get(k));
      }
    }
  }

  private boolean separator(boolean first) {
    if (!first) {
      r.write(", ");
    }
    return false;
  }

  /** The value of each target of a row assignment, or null. */
  private static List<Expr> rowValues(Dml.Assignment a) {
    int n = a.targets().size();
    if (a.value() instanceof Expr.RowValue rv && rv.items().size() == n) {
      return rv.items();
    }
    if (a.value() instanceof Expr.ScalarSubquery sq
        && sq.query() instanceof Query.Select s
        && s.items().size() == n
        && s.items().stream().noneMatch(i -> i.expr() instanceof Expr.Star)) {
      java.util.ArrayList<Expr> out = new java.util.ArrayList<>();
      for (Query.SelectItem item : s.items()) {
        out.add(
            new Expr.ScalarSubquery(
                new Query.Select(
                    s.with(),
                    s.distinct(),
                    List.of(new Query.SelectItem(item.expr(), null)),
                    s.from(),
                    s.where(),
                    s.groupBy(),
                    s.having(),
                    s.orderBy(),
                    s.limit(),
                    null,
                    null)));
      }
      return out;
    }
    return null;
  }

  /** A SET target: unqualified, or qualified by the target in a multi-table statement. */
  private void column(Expr target, Ident qualifier) {
    if (target instanceof Expr.ColumnRef c) {
      if (qualifier != null) {
        r.ident(qualifier);
        r.write(".");
      }
      r.ident(c.name().last());
    } else {
      r.expr(target);
    }
  }

  private void delete(Dml.Delete d) {
    withOnChange(d.with());
    boolean multi = d.target().alias() != null || !d.using().isEmpty();
    if (!multi) {
      r.write("DELETE FROM ");
      r.table(d.target().name());
    } else {
      boolean targetInUsing = containsTarget(d.using(), d.target());
      r.write("DELETE ");
      r.ident(targetName(d.target()));
      r.write(" FROM ");
      if (!targetInUsing) {
        r.table(d.target().name());
        if (d.target().alias() != null) {
          r.write(" AS ");
          r.ident(d.target().alias());
        }
      }
      if (!d.using().isEmpty()) {
        if (!targetInUsing) {
          r.write(", ");
        }
        r.queries().fromList(d.using());
      }
    }
    if (d.where() != null) {
      r.write("\nWHERE ");
      r.expr(d.where());
    }
    selfReference(d.target(), List.of(), d.where());
    returning(d.returning(), !multi);
  }

  /** MySQL (not MariaDB) rejects subqueries on the table an UPDATE or DELETE changes. */
  private void selfReference(FromItem.TableRef target, List<Dml.Assignment> set, Expr where) {
    if (r.target.mariadb()) {
      return;
    }
    String name = key(target.name().last());
    boolean[] found = {false};
    IrWalker w =
        new IrWalker() {
          @Override
          protected void onQuery(Query q) {
            if (q instanceof Query.Select s) {
              for (FromItem f : s.from()) {
                new IrWalker() {
                  @Override
                  protected void onFrom(FromItem item) {
                    if (item instanceof FromItem.TableRef t && key(t.name().last()).equals(name)) {
                      found[0] = true;
                    }
                  }
                }.from(f);
              }
            }
          }
        };
    set.forEach(a -> w.expr(a.value()));
    w.expr(where);
    if (found[0]) {
      r.itemHere(
          MyItems.SELF_REFERENCE,
          "MySQL rejects a subquery on "
              + target.name().last().text()
              + " in a statement that"
              + " changes it (error 1093)",
          null,
          null);
    }
  }

  /** RETURNING: MariaDB returns rows of INSERT and single-table DELETE as a result set. */
  private void returning(List<Query.SelectItem> items, boolean mariadbCan) {
    if (items.isEmpty()) {
      return;
    }
    if (mariadbCan && r.target.returning()) {
      r.write("\nRETURNING ");
      r.queries().selectItems(items);
      return;
    }
    r.write("\n");
    r.unsupported(
        MyItems.RETURNING,
        "RETURNING has no form on " + r.target.describe() + " for this statement",
        null,
        "RETURNING",
        "");
  }
}
