package io.godwit.convert.passes;

import io.godwit.convert.IrPass;
import io.godwit.convert.item.Items;
import io.godwit.ir.IrObject;
import io.godwit.ir.IrRewriter;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Oracle ROWNUM. {@code WHERE ROWNUM <= n} (also {@code < n}, {@code = 1}, {@code n >= ROWNUM})
 * becomes a row limit; since Oracle numbers rows before it sorts, a query that also has ORDER BY is
 * limited first and sorted outside. The top-N idiom {@code SELECT * FROM (... ORDER BY ...) WHERE
 * ROWNUM <= n} becomes the inner query with a limit. ROWNUM in a select list becomes {@code
 * row_number() OVER ()}. Other uses are left for the back end to report.
 */
public final class RowNumPass implements IrPass {

  @Override
  public IrObject apply(IrObject object, Items items) {
    return new Rewriter().object(object);
  }

  private static final class Rewriter extends IrRewriter {

    @Override
    protected Query rewriteQuery(Query q) {
      if (!(q instanceof Query.Select s) || s.limit() != null) {
        return numberRows(q);
      }
      List<Expr> conjuncts = Conjuncts.split(s.where());
      Expr limit = null;
      List<Expr> rest = new ArrayList<>();
      for (Expr c : conjuncts) {
        Expr n = limitOf(c);
        if (n != null && limit == null) {
          limit = n;
        } else {
          rest.add(c);
        }
      }
      if (limit == null || rest.stream().anyMatch(RowNumPass::usesRowNum)) {
        return numberRows(q);
      }
      Query.Limit rows = new Query.Limit(limit, null, false, false);
      Expr where = Conjuncts.and(rest);
      if (s.orderBy().isEmpty()) {
        Query hoisted = hoistTopN(s, where, rows);
        if (hoisted != null) {
          return numberRows(hoisted);
        }
        return numberRows(
            new Query.Select(
                s.with(),
                s.distinct(),
                s.items(),
                s.from(),
                where,
                s.groupBy(),
                s.having(),
                s.orderBy(),
                rows,
                s.hierarchy(),
                s.lock()));
      }
      // Oracle numbers the rows before sorting: limit the unsorted rows, then sort them.
      if (!s.groupBy().isEmpty() || s.distinct() || !ordersByOutputColumns(s)) {
        return q;
      }
      Query inner =
          numberRows(
              new Query.Select(
                  s.with(),
                  false,
                  s.items(),
                  s.from(),
                  where,
                  List.of(),
                  null,
                  List.of(),
                  rows,
                  s.hierarchy(),
                  null));
      List<io.godwit.ir.OrderItem> outerOrder = new ArrayList<>();
      for (io.godwit.ir.OrderItem o : s.orderBy()) {
        Expr.ColumnRef c = (Expr.ColumnRef) o.expr();
        outerOrder.add(
            new io.godwit.ir.OrderItem(
                new Expr.ColumnRef(QName.of(c.name().last()), c.type()), o.order(), o.nulls()));
      }
      return numberRows(
          new Query.Select(
              null,
              false,
              List.of(new Query.SelectItem(new Expr.Star(null), null)),
              List.of(
                  new FromItem.DerivedTable(
                      inner, io.godwit.ir.Ident.of("rownum_limited"), null, false)),
              null,
              null,
              null,
              outerOrder,
              null,
              null,
              s.lock()));
    }

    /** {@code SELECT * FROM (q) [alias] WHERE ROWNUM <= n}: q with the limit, when q sorts. */
    private static Query hoistTopN(Query.Select s, Expr where, Query.Limit rows) {
      boolean selectStar =
          s.items().size() == 1
              && s.items().get(0).expr() instanceof Expr.Star star
              && star.qualifier() == null;
      if (!selectStar
          || where != null
          || !s.groupBy().isEmpty()
          || s.from().size() != 1
          || !(s.from().get(0) instanceof FromItem.DerivedTable d)
          || s.lock() != null) {
        return null;
      }
      if (d.query() instanceof Query.Select inner
          && inner.limit() == null
          && !inner.orderBy().isEmpty()) {
        return new Query.Select(
            inner.with(),
            inner.distinct(),
            inner.items(),
            inner.from(),
            inner.where(),
            inner.groupBy(),
            inner.having(),
            inner.orderBy(),
            rows,
            inner.hierarchy(),
            inner.lock());
      }
      return null;
    }

    private static boolean ordersByOutputColumns(Query.Select s) {
      for (io.godwit.ir.OrderItem o : s.orderBy()) {
        if (!(o.expr() instanceof Expr.ColumnRef c)) {
          return false;
        }
        String name = c.name().last().text();
        boolean found = false;
        for (Query.SelectItem item : s.items()) {
          String output =
              item.alias() != null
                  ? item.alias().text()
                  : item.expr() instanceof Expr.ColumnRef ic ? ic.name().last().text() : null;
          if (name.equalsIgnoreCase(output)) {
            found = true;
          }
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }

    /** ROWNUM in the select list of a query without a limit: row_number() OVER (). */
    private static Query numberRows(Query q) {
      if (!(q instanceof Query.Select s)) {
        return q;
      }
      boolean any = false;
      List<Query.SelectItem> items = new ArrayList<>();
      for (Query.SelectItem item : s.items()) {
        if (isRowNum(item.expr())) {
          any = true;
          Expr rowNumber =
              new Expr.Window(Expr.FunctionCall.of("row_number"), List.of(), List.of(), null);
          items.add(
              new Query.SelectItem(
                  rowNumber,
                  item.alias() == null ? io.godwit.ir.Ident.of("rownum") : item.alias()));
        } else {
          items.add(item);
        }
      }
      if (!any) {
        return q;
      }
      return s.withItems(items);
    }
  }

  /** The row count {@code c} limits to, or null when it is not a ROWNUM limit. */
  static Expr limitOf(Expr c) {
    if (!(c instanceof Expr.Binary b)) {
      return null;
    }
    Expr other;
    BinaryOp op = b.op();
    if (isRowNum(b.left())) {
      other = b.right();
    } else if (isRowNum(b.right())) {
      other = b.left();
      op = flip(op);
    } else {
      return null;
    }
    if (usesRowNum(other)) {
      return null;
    }
    BigDecimal n = number(other);
    return switch (op) {
      case LE -> other;
      case LT ->
          n != null
              ? Expr.Literal.number(n.subtract(BigDecimal.ONE).toPlainString())
              : new Expr.Binary(BinaryOp.SUBTRACT, other, Expr.Literal.number(1));
      case EQ -> n != null && n.compareTo(BigDecimal.ONE) == 0 ? other : null;
      default -> null;
    };
  }

  private static BinaryOp flip(BinaryOp op) {
    return switch (op) {
      case LT -> BinaryOp.GT;
      case LE -> BinaryOp.GE;
      case GT -> BinaryOp.LT;
      case GE -> BinaryOp.LE;
      default -> op;
    };
  }

  private static BigDecimal number(Expr e) {
    if (e instanceof Expr.Literal l && l.kind() == io.godwit.ir.expr.LiteralKind.NUMBER) {
      try {
        return new BigDecimal(l.value());
      } catch (NumberFormatException ex) {
        return null;
      }
    }
    return null;
  }

  static boolean isRowNum(Expr e) {
    return e instanceof Expr.Builtin b && b.fn() == BuiltinFn.ROWNUM;
  }

  static boolean usesRowNum(Expr e) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onExpr(Expr x) {
        if (isRowNum(x)) {
          found[0] = true;
        }
      }
    }.expr(e);
    return found[0];
  }
}
