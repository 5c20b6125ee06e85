package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.IrWalker;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query rewrites MySQL needs, done on the IR so the ordinary writers print the result:
 *
 * <ul>
 *   <li>FULL OUTER JOIN as the rows of the LEFT JOIN, UNION ALL the rows of the RIGHT JOIN whose
 *       left side did not match (a column of the left side that the ON condition compares is NULL
 *       exactly then);
 *   <li>INTERSECT and EXCEPT as EXISTS and NOT EXISTS with null-safe equality (before MySQL
 *       8.0.31);
 *   <li>row lists (VALUES) in FROM as SELECTs joined with UNION ALL, and derived-table column names
 *       as aliases of the query's items.
 * </ul>
 *
 * Each returns null when the query does not have the shape the rewrite is exact for.
 */
final class MyQueryRewrites {

  private static final Set<String> AGGREGATES =
      Set.of(
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "stddev",
          "variance",
          "stddev_pop",
          "stddev_samp",
          "var_pop",
          "var_samp",
          "bit_and",
          "bit_or",
          "bit_xor",
          "json_arrayagg",
          "json_objectagg",
          "median");

  private MyQueryRewrites() {}

  static boolean hasFullJoin(List<FromItem> from) {
    for (FromItem f : from) {
      if (countFull(f) > 0) {
        return true;
      }
    }
    return false;
  }

  private static int countFull(FromItem f) {
    if (f instanceof FromItem.Join j) {
      return (j.type() == FromItem.JoinType.FULL ? 1 : 0)
          + countFull(j.left())
          + countFull(j.right());
    }
    return 0;
  }

  /** The FULL OUTER JOIN of {@code s} as a union, or null. */
  static Query fullJoin(Query.Select s) {
    if (s.from().size() != 1 || countFull(s.from().get(0)) != 1) {
      return null;
    }
    if (!s.groupBy().isEmpty() || s.having() != null || s.hierarchy() != null) {
      return null;
    }
    if (s.lock() != null || hasAggregate(s.items())) {
      return null;
    }
    FromItem root = s.from().get(0);
    FromItem.Join full = fullOnLeftSpine(root);
    if (full == null || full.on() == null || full.natural()) {
      return null;
    }
    Expr marker = marker(full.on(), names(full.left()));
    if (marker == null) {
      return null;
    }
    List<OrderItem> order = new ArrayList<>();
    for (OrderItem o : s.orderBy()) {
      Expr position = outputPosition(o.expr(), s.items());
      if (position == null) {
        return null;
      }
      order.add(new OrderItem(position, o.order(), o.nulls()));
    }
    FromItem leftJoined = replaceFull(root, full, FromItem.JoinType.LEFT);
    FromItem rightJoined = replaceFull(root, full, FromItem.JoinType.RIGHT);
    Expr unmatched = new Expr.IsNull(marker, false);
    Expr where2 =
        s.where() == null ? unmatched : new Expr.Binary(BinaryOp.AND, s.where(), unmatched);
    Query.Select part1 =
        new Query.Select(
            null,
            s.distinct(),
            s.items(),
            List.of(leftJoined),
            s.where(),
            null,
            null,
            null,
            null,
            null,
            null);
    Query.Select part2 =
        new Query.Select(
            null,
            s.distinct(),
            s.items(),
            List.of(rightJoined),
            where2,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Query.SetOperation(
        s.with(), Query.SetOperator.UNION, !s.distinct(), part1, part2, order, s.limit());
  }

  /** The FULL join reached from the top through left sides of inner, left and cross joins. */
  private static FromItem.Join fullOnLeftSpine(FromItem f) {
    FromItem cur = f;
    while (cur instanceof FromItem.Join j) {
      if (j.type() == FromItem.JoinType.FULL) {
        return countFull(j.left()) + countFull(j.right()) == 0 ? j : null;
      }
      if (j.type() == FromItem.JoinType.RIGHT) {
        return null;
      }
      cur = j.left();
    }
    return null;
  }

  private static FromItem replaceFull(FromItem f, FromItem.Join full, FromItem.JoinType type) {
    if (f == full) {
      return new FromItem.Join(type, full.left(), full.right(), full.on(), full.using(), false);
    }
    if (f instanceof FromItem.Join j) {
      return new FromItem.Join(
          j.type(), replaceFull(j.left(), full, type), j.right(), j.on(), j.using(), j.natural());
    }
    return f;
  }

  /** The names FROM items of {@code f} can be referred to by, lower case. */
  private static Set<String> names(FromItem f) {
    Set<String> out = new HashSet<>();
    new IrWalker() {
      @Override
      protected void onFrom(FromItem item) {
        if (item instanceof FromItem.TableRef t) {
          out.add(key(t.alias() != null ? t.alias() : t.name().last()));
        } else if (item instanceof FromItem.DerivedTable d && d.alias() != null) {
          out.add(key(d.alias()));
        }
      }
    }.from(f);
    return out;
  }

  private static String key(Ident id) {
    return id.text().toLowerCase(Locale.ROOT);
  }

  /**
   * A column of the left side compared in a top-level conjunct of ON: it is never NULL on a row
   * that matched, and NULL on every row the right join added.
   */
  private static Expr marker(Expr on, Set<String> left) {
    if (on instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
      Expr m = marker(b.left(), left);
      return m != null ? m : marker(b.right(), left);
    }
    if (on instanceof Expr.Binary b
        && b.op().isComparison()
        && b.op() != BinaryOp.IS_DISTINCT_FROM
        && b.op() != BinaryOp.IS_NOT_DISTINCT_FROM) {
      if (isLeftColumn(b.left(), left)) {
        return b.left();
      }
      if (isLeftColumn(b.right(), left)) {
        return b.right();
      }
    }
    return null;
  }

  private static boolean isLeftColumn(Expr e, Set<String> left) {
    return e instanceof Expr.ColumnRef c
        && c.name().size() >= 2
        && left.contains(key(c.name().parts().get(c.name().size() - 2)));
  }

  private static boolean hasAggregate(List<Query.SelectItem> items) {
    boolean[] found = {false};
    IrWalker w =
        new IrWalker() {
          @Override
          protected void onExpr(Expr e) {
            if (e instanceof Expr.Window || e instanceof Expr.StringAgg) {
              found[0] = true;
            } else if (e instanceof Expr.FunctionCall f
                && f.name().size() == 1
                && AGGREGATES.contains(key(f.name().last()))) {
              found[0] = true;
            }
          }
        };
    items.forEach(i -> w.expr(i.expr()));
    return found[0];
  }

  /** An ORDER BY key of the union: the position of the select item it names, or null. */
  private static Expr outputPosition(Expr e, List<Query.SelectItem> items) {
    for (int i = 0; i < items.size(); i++) {
      Query.SelectItem item = items.get(i);
      boolean same = item.expr().equals(e);
      boolean alias =
          item.alias() != null
              && e instanceof Expr.ColumnRef c
              && c.name().size() == 1
              && key(c.name().last()).equals(key(item.alias()));
      if (same || alias) {
        return Expr.Literal.number(i + 1);
      }
    }
    if (e instanceof Expr.Literal l && l.kind() == io.godwit.ir.expr.LiteralKind.NUMBER) {
      return e;
    }
    return null;
  }

  /**
   * {@code l INTERSECT r}: {@code SELECT DISTINCT l.* FROM (l) WHERE EXISTS (SELECT 1 FROM (r)
   * WHERE l.c1 <=> r.c1 AND ...)}; EXCEPT with NOT EXISTS. Null for the ALL forms and for operands
   * whose columns cannot be counted.
   */
  static Query intersectExcept(Query.SetOperation s) {
    if (s.all()) {
      return null;
    }
    List<Query.SelectItem> leftItems = firstItems(s.left());
    List<Query.SelectItem> rightItems = firstItems(s.right());
    if (leftItems == null
        || rightItems == null
        || leftItems.size() != rightItems.size()
        || hasStar(leftItems)
        || hasStar(rightItems)) {
      return null;
    }
    int n = leftItems.size();
    List<Ident> cols = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      cols.add(Ident.of("godwit_c" + i));
    }
    Query left = withColumnNames(s.left(), cols);
    Query right = withColumnNames(s.right(), cols);
    if (left == null || right == null) {
      return null;
    }
    Ident l = Ident.of("godwit_l");
    Ident r = Ident.of("godwit_r");
    Expr match = null;
    List<Query.SelectItem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Expr lc = new Expr.ColumnRef(QName.of(l, cols.get(i)), null);
      Expr rc = new Expr.ColumnRef(QName.of(r, cols.get(i)), null);
      Expr eq = new Expr.Binary(BinaryOp.IS_NOT_DISTINCT_FROM, lc, rc);
      match = match == null ? eq : new Expr.Binary(BinaryOp.AND, match, eq);
      out.add(new Query.SelectItem(lc, outputName(leftItems.get(i))));
    }
    Query.Select exists =
        Query.Select.simple(
            List.of(new Query.SelectItem(Expr.Literal.number(1), null)),
            List.of(new FromItem.DerivedTable(right, r, null, false)),
            match);
    Expr where = new Expr.Exists(exists, s.op() == Query.SetOperator.EXCEPT);
    List<OrderItem> order = new ArrayList<>();
    for (OrderItem o : s.orderBy()) {
      order.add(o);
    }
    return new Query.Select(
        s.with(),
        true,
        out,
        List.of(new FromItem.DerivedTable(left, l, null, false)),
        where,
        null,
        null,
        order,
        s.limit(),
        null,
        null);
  }

  private static boolean hasStar(List<Query.SelectItem> items) {
    return items.stream().anyMatch(i -> i.expr() instanceof Expr.Star);
  }

  /** The select items that name a query's columns, or null (VALUES). */
  private static List<Query.SelectItem> firstItems(Query q) {
    if (q instanceof Query.Select s) {
      return s.items();
    }
    if (q instanceof Query.SetOperation so) {
      return firstItems(so.left());
    }
    if (q instanceof Query.Values v && !v.rows().isEmpty()) {
      List<Query.SelectItem> items = new ArrayList<>();
      for (Expr e : v.rows().get(0)) {
        items.add(new Query.SelectItem(e, null));
      }
      return items;
    }
    return null;
  }

  private static Ident outputName(Query.SelectItem item) {
    if (item.alias() != null) {
      return item.alias();
    }
    if (item.expr() instanceof Expr.ColumnRef c) {
      return c.name().last();
    }
    return null;
  }

  /**
   * {@code q} with its columns named {@code names} (aliases on the items of its first SELECT), or
   * null when it has SELECT * or the counts differ. An empty list keeps the names.
   */
  static Query withColumnNames(Query q, List<Ident> names) {
    if (q instanceof Query.Values v) {
      return valuesAsSelects(v, names);
    }
    if (names.isEmpty()) {
      return q;
    }
    if (q instanceof Query.Select s) {
      if (s.items().size() != names.size() || hasStar(s.items())) {
        return null;
      }
      List<Query.SelectItem> items = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        items.add(new Query.SelectItem(s.items().get(i).expr(), names.get(i)));
      }
      return s.withItems(items);
    }
    if (q instanceof Query.SetOperation so) {
      Query left = withColumnNames(so.left(), names);
      return left == null
          ? null
          : new Query.SetOperation(
              so.with(), so.op(), so.all(), left, so.right(), so.orderBy(), so.limit());
    }
    return null;
  }

  /** VALUES as {@code SELECT a, b UNION ALL SELECT c, d}, the first naming the columns. */
  static Query valuesAsSelects(Query.Values v, List<Ident> names) {
    Query result = null;
    for (int i = 0; i < v.rows().size(); i++) {
      List<Expr> row = v.rows().get(i);
      List<Query.SelectItem> items = new ArrayList<>();
      for (int k = 0; k < row.size(); k++) {
        Ident name =
            i == 0
                ? (names != null && k < names.size() ? names.get(k) : Ident.of("column" + (k + 1)))
                : null;
        items.add(new Query.SelectItem(row.get(k), name));
      }
      Query.Select select = Query.Select.simple(items, List.of(), null);
      result =
          result == null
              ? select
              : new Query.SetOperation(
                  null, Query.SetOperator.UNION, true, result, select, null, null);
    }
    return result;
  }
}
