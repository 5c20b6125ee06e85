package io.godwit.convert.passes;

import io.godwit.convert.IrPass;
import io.godwit.convert.item.Items;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.IrRewriter;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.UnaryOp;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Oracle hierarchical queries to WITH RECURSIVE, for a CONNECT BY over one table:
 *
 * <pre>
 * WITH RECURSIVE godwit_tree AS (
 *   SELECT t.*, 1 AS godwit_level, ... FROM table t WHERE start-with
 *   UNION ALL
 *   SELECT t.*, godwit_prior.godwit_level + 1, ... FROM table t
 *     JOIN godwit_tree godwit_prior ON connect-by (PRIOR x read from godwit_prior)
 * )
 * SELECT ... FROM godwit_tree t WHERE where-clause ...
 * </pre>
 *
 * LEVEL, SYS_CONNECT_BY_PATH, CONNECT_BY_ROOT and CONNECT_BY_ISLEAF become columns or expressions
 * over the tree; the WHERE clause filters the finished tree, as in Oracle. Joins in the
 * hierarchical block, NOCYCLE and ORDER SIBLINGS BY are left for the back end to report.
 */
public final class ConnectByPass implements IrPass {

  static final Ident TREE = Ident.of("godwit_tree");
  static final Ident PRIOR = Ident.of("godwit_prior");
  static final Ident LEVEL = Ident.of("godwit_level");

  @Override
  public IrObject apply(IrObject object, Items items) {
    return new Rewriter().object(object);
  }

  private static final class Rewriter extends IrRewriter {
    @Override
    protected Query rewriteQuery(Query q) {
      if (q instanceof Query.Select s && s.hierarchy() != null) {
        Query rewritten = rewrite(s);
        return rewritten == null ? q : rewritten;
      }
      return q;
    }
  }

  private static Query rewrite(Query.Select s) {
    Query.Hierarchy h = s.hierarchy();
    if (h.noCycle() || !h.orderSiblingsBy().isEmpty()) {
      return null;
    }
    if (s.from().size() != 1 || !(s.from().get(0) instanceof FromItem.TableRef table)) {
      return null;
    }
    Ident alias = table.alias() != null ? table.alias() : table.name().last();
    // Collect the path and root expressions used anywhere in the block.
    List<Expr.Builtin> paths = new ArrayList<>();
    List<Expr.Builtin> roots = new ArrayList<>();
    IrWalker collect =
        new IrWalker() {
          @Override
          protected void onExpr(Expr e) {
            if (e instanceof Expr.Builtin b
                && b.fn() == BuiltinFn.SYS_CONNECT_BY_PATH
                && !paths.contains(b)) {
              paths.add(b);
            } else if (e instanceof Expr.Builtin b
                && b.fn() == BuiltinFn.CONNECT_BY_ROOT
                && !roots.contains(b)) {
              roots.add(b);
            }
          }
        };
    s.items().forEach(i -> collect.expr(i.expr()));
    collect.expr(s.where());
    s.orderBy().forEach(o -> collect.expr(o.expr()));
    s.groupBy().forEach(collect::expr);
    collect.expr(s.having());

    List<Query.SelectItem> anchorItems = new ArrayList<>();
    List<Query.SelectItem> stepItems = new ArrayList<>();
    anchorItems.add(new Query.SelectItem(new Expr.Star(QName.of(alias)), null));
    stepItems.add(new Query.SelectItem(new Expr.Star(QName.of(alias)), null));
    anchorItems.add(new Query.SelectItem(Expr.Literal.number(1), LEVEL));
    stepItems.add(
        new Query.SelectItem(
            new Expr.Binary(BinaryOp.ADD, prior(LEVEL), Expr.Literal.number(1)), LEVEL));
    for (int i = 0; i < paths.size(); i++) {
      // In the recursive step both the table and the tree have these columns: qualify them.
      Expr value = qualifyBare(paths.get(i).args().get(0), alias);
      Expr sep = paths.get(i).args().get(1);
      Ident col = Ident.of("godwit_path_" + (i + 1));
      anchorItems.add(
          new Query.SelectItem(new Expr.Binary(BinaryOp.CONCAT_NULL_AS_EMPTY, sep, value), col));
      stepItems.add(
          new Query.SelectItem(
              new Expr.Binary(
                  BinaryOp.CONCAT_NULL_AS_EMPTY,
                  new Expr.Binary(BinaryOp.CONCAT_NULL_AS_EMPTY, prior(col), sep),
                  value),
              col));
    }
    for (int i = 0; i < roots.size(); i++) {
      Ident col = Ident.of("godwit_root_" + (i + 1));
      anchorItems.add(new Query.SelectItem(qualifyBare(roots.get(i).args().get(0), alias), col));
      stepItems.add(new Query.SelectItem(prior(col), col));
    }
    FromItem.TableRef child = new FromItem.TableRef(table.name(), alias, null, null);
    Query.Select anchor =
        new Query.Select(
            null,
            false,
            anchorItems,
            List.of(child),
            h.startWith(),
            null,
            null,
            null,
            null,
            null,
            null);
    Expr on = split(h.connectBy(), PRIOR, alias);
    Query.Select step =
        new Query.Select(
            null,
            false,
            stepItems,
            List.of(
                new FromItem.Join(
                    FromItem.JoinType.INNER,
                    child,
                    FromItem.TableRef.of(QName.of(TREE), PRIOR),
                    on,
                    null,
                    false)),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Query.Cte cte =
        new Query.Cte(
            TREE,
            null,
            new Query.SetOperation(null, Query.SetOperator.UNION, true, anchor, step, null, null));
    List<Query.Cte> ctes = new ArrayList<>();
    if (s.with() != null) {
      ctes.addAll(s.with().ctes());
    }
    ctes.add(cte);
    IrRewriter outer =
        new IrRewriter() {
          @Override
          protected Expr rewriteExpr(Expr e) {
            if (e instanceof Expr.Builtin b) {
              switch (b.fn()) {
                case LEVEL -> {
                  return column(alias, LEVEL);
                }
                case SYS_CONNECT_BY_PATH -> {
                  int i = indexOf(paths, b);
                  return i < 0 ? e : column(alias, Ident.of("godwit_path_" + (i + 1)));
                }
                case CONNECT_BY_ROOT -> {
                  int i = indexOf(roots, b);
                  return i < 0 ? e : column(alias, Ident.of("godwit_root_" + (i + 1)));
                }
                case CONNECT_BY_IS_LEAF -> {
                  return isLeaf(table, alias, h.connectBy());
                }
                default -> {
                  return e;
                }
              }
            }
            return e;
          }
        };
    List<Query.SelectItem> items = new ArrayList<>();
    for (Query.SelectItem item : s.items()) {
      items.add(new Query.SelectItem(outer.expr(item.expr()), item.alias()));
    }
    List<io.godwit.ir.OrderItem> order = new ArrayList<>();
    s.orderBy().forEach(o -> order.add(outer.order(o)));
    return new Query.Select(
        new Query.With(true, ctes),
        s.distinct(),
        items,
        List.of(FromItem.TableRef.of(QName.of(TREE), alias)),
        outer.expr(s.where()),
        outer.exprs(s.groupBy()),
        outer.expr(s.having()),
        order,
        s.limit(),
        null,
        s.lock());
  }

  /** Unqualified column references in {@code e} qualified with {@code alias}. */
  private static Expr qualifyBare(Expr e, Ident alias) {
    return new IrRewriter() {
      @Override
      protected Expr rewriteExpr(Expr x) {
        if (x instanceof Expr.ColumnRef c && c.name().size() == 1) {
          return new Expr.ColumnRef(QName.of(alias, c.name().last()), c.type());
        }
        return x;
      }
    }.expr(e);
  }

  /** Structural index: the same builtin written twice is one column. */
  private static int indexOf(List<Expr.Builtin> list, Expr.Builtin b) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).equals(b)) {
        return i;
      }
    }
    return -1;
  }

  private static Expr prior(Ident column) {
    return column(PRIOR, column);
  }

  private static Expr column(Ident qualifier, Ident column) {
    return new Expr.ColumnRef(QName.of(qualifier, column), null);
  }

  /**
   * {@code condition} with the operands of PRIOR re-pointed at {@code priorQualifier} and every
   * other column at {@code plainQualifier}.
   */
  private static Expr split(Expr condition, Ident priorQualifier, Ident plainQualifier) {
    Ident marker = new Ident("\u0000prior", true);
    Expr marked =
        new IrRewriter() {
          @Override
          protected Expr rewriteExpr(Expr e) {
            if (e instanceof Expr.Unary u && u.op() == UnaryOp.PRIOR) {
              return requalify(u.operand(), marker);
            }
            return e;
          }
        }.expr(condition);
    return new IrRewriter() {
      @Override
      protected Expr rewriteExpr(Expr e) {
        if (e instanceof Expr.ColumnRef c) {
          boolean prior = c.name().size() > 1 && c.name().qualifier().last().equals(marker);
          return new Expr.ColumnRef(
              QName.of(prior ? priorQualifier : plainQualifier, c.name().last()), c.type());
        }
        return e;
      }
    }.expr(marked);
  }

  /** Column references in {@code e} re-pointed at {@code qualifier}. */
  private static Expr requalify(Expr e, Ident qualifier) {
    return new IrRewriter() {
      @Override
      protected Expr rewriteExpr(Expr x) {
        if (x instanceof Expr.ColumnRef c) {
          return new Expr.ColumnRef(QName.of(qualifier, c.name().last()), c.type());
        }
        return x;
      }
    }.expr(e);
  }

  /** 1 when no row has the current row as its PRIOR, else 0. */
  private static Expr isLeaf(FromItem.TableRef table, Ident alias, Expr connectBy) {
    Ident childAlias = Ident.of("godwit_child");
    Query.Select children =
        Query.Select.simple(
            List.of(new Query.SelectItem(Expr.Literal.number(1), null)),
            List.of(new FromItem.TableRef(table.name(), childAlias, null, null)),
            split(connectBy, alias, childAlias));
    return new Expr.Case(
        null,
        List.of(new Expr.When(new Expr.Exists(children, false), Expr.Literal.number(0))),
        Expr.Literal.number(1));
  }
}
