package io.godwit.ir;

import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.AnonymousBlock;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds an IR tree bottom up: children first, then the {@code rewrite...} hook of the node with
 * its rewritten children. The hooks return their argument by default; a pass overrides the ones it
 * needs. Statements are rebuilt by {@link StmtRewriter}, expressions by {@link ExprRewriter}.
 */
public class IrRewriter {

  private final ExprRewriter exprs = new ExprRewriter(this);
  private final StmtRewriter stmts = new StmtRewriter(this);

  /** Hook for an expression whose children are already rewritten. */
  protected Expr rewriteExpr(Expr e) {
    return e;
  }

  /** Hook for a query whose parts are already rewritten. */
  protected Query rewriteQuery(Query q) {
    return q;
  }

  /** Hook for a FROM item whose parts are already rewritten. */
  protected FromItem rewriteFrom(FromItem f) {
    return f;
  }

  /** Hook for a statement whose parts are already rewritten. */
  protected Stmt rewriteStmt(Stmt s) {
    return s;
  }

  /** Rewrites a whole object. */
  public IrObject object(IrObject o) {
    if (o instanceof Ddl d) {
      return ddl(d);
    }
    if (o instanceof Routine r) {
      return routine(r);
    }
    if (o instanceof Trigger t) {
      return new Trigger(
          t.name(),
          t.table(),
          t.timing(),
          t.events(),
          t.updateColumns(),
          t.forEachRow(),
          expr(t.when()),
          t.transitionTables(),
          block(t.body()),
          t.span());
    }
    if (o instanceof PackageDef p) {
      return new PackageDef(
          p.name(),
          list(p.state(), this::decl),
          list(p.routines(), this::routine),
          p.publicNames(),
          p.initializer() == null ? null : block(p.initializer()),
          p.span());
    }
    if (o instanceof AnonymousBlock b) {
      return new AnonymousBlock(block(b.body()), b.span());
    }
    return o;
  }

  public Routine routine(Routine r) {
    List<Param> params =
        list(r.params(), p -> new Param(p.name(), p.mode(), p.type(), expr(p.defaultValue())));
    return new Routine(
        r.name(),
        r.kind(),
        params,
        r.returns(),
        r.body() == null ? null : block(r.body()),
        r.flags(),
        r.span());
  }

  public Ddl ddl(Ddl d) {
    if (d instanceof Ddl.CreateTable t) {
      List<Ddl.ColumnDef> columns =
          list(
              t.columns(),
              c ->
                  new Ddl.ColumnDef(
                      c.name(),
                      c.type(),
                      expr(c.defaultValue()),
                      c.notNull(),
                      c.identity(),
                      expr(c.generated()),
                      c.generatedStored(),
                      c.comment()));
      return new Ddl.CreateTable(
          t.name(),
          t.kind(),
          columns,
          list(t.constraints(), this::constraint),
          t.comment(),
          t.span());
    }
    if (d instanceof Ddl.AddConstraint a) {
      return new Ddl.AddConstraint(a.table(), constraint(a.constraint()), a.span());
    }
    if (d instanceof Ddl.CreateIndex i) {
      return new Ddl.CreateIndex(
          i.name(),
          i.table(),
          i.unique(),
          list(i.keys(), k -> new Ddl.IndexKeyDef(expr(k.expr()), k.order(), k.nulls())),
          i.include(),
          expr(i.where()),
          i.method(),
          i.span());
    }
    if (d instanceof Ddl.CreateTableAs t) {
      return new Ddl.CreateTableAs(t.name(), t.columns(), query(t.query()), t.span());
    }
    if (d instanceof Ddl.CreateView v) {
      return new Ddl.CreateView(
          v.name(), v.columns(), query(v.query()), v.materialized(), v.checkOption(), v.span());
    }
    if (d instanceof Ddl.CreateType t) {
      return new Ddl.CreateType(
          t.name(),
          t.kind(),
          t.attributes(),
          t.labels(),
          t.base(),
          expr(t.check()),
          t.notNull(),
          expr(t.defaultValue()),
          t.span());
    }
    return d;
  }

  private Ddl.Constraint constraint(Ddl.Constraint c) {
    if (c instanceof Ddl.CheckDef ck) {
      return new Ddl.CheckDef(ck.name(), expr(ck.condition()));
    }
    return c;
  }

  public Decl decl(Decl d) {
    if (d instanceof Decl.Variable v) {
      return new Decl.Variable(
          v.name(), v.type(), expr(v.init()), v.constant(), v.notNull(), v.span());
    }
    if (d instanceof Decl.Cursor c) {
      return new Decl.Cursor(c.name(), c.params(), query(c.query()), c.span());
    }
    if (d instanceof Decl.Subprogram sp) {
      return new Decl.Subprogram(routine(sp.routine()));
    }
    return d;
  }

  /** Rewrites an expression (null stays null). */
  public Expr expr(Expr e) {
    return e == null ? null : rewriteExpr(e.accept(exprs));
  }

  public List<Expr> exprs(List<Expr> list) {
    return list(list, this::expr);
  }

  public OrderItem order(OrderItem o) {
    return new OrderItem(expr(o.expr()), o.order(), o.nulls());
  }

  /** Rewrites a statement. */
  public Stmt stmt(Stmt s) {
    return s == null ? null : rewriteStmt(s.accept(stmts));
  }

  public List<Stmt> stmts(List<Stmt> list) {
    return list == null ? null : list(list, this::stmt);
  }

  /** Rewrites a block, keeping it a block. */
  public Block block(Block b) {
    Stmt s = stmt(b);
    return s instanceof Block rewritten ? rewritten : Block.of(List.of(s));
  }

  Block blockParts(Block b) {
    List<Handler> handlers = list(b.handlers(), h -> new Handler(h.conditions(), stmts(h.body())));
    return new Block(
        b.label(), list(b.declarations(), this::decl), stmts(b.body()), handlers, b.span());
  }

  /** Rewrites a query (null stays null). */
  public Query query(Query q) {
    if (q == null) {
      return null;
    }
    Query rebuilt;
    if (q instanceof Query.Select s) {
      Query.Hierarchy h = s.hierarchy();
      rebuilt =
          new Query.Select(
              with(s.with()),
              s.distinct(),
              list(s.items(), i -> new Query.SelectItem(expr(i.expr()), i.alias())),
              list(s.from(), this::from),
              expr(s.where()),
              exprs(s.groupBy()),
              expr(s.having()),
              list(s.orderBy(), this::order),
              limit(s.limit()),
              h == null
                  ? null
                  : new Query.Hierarchy(
                      expr(h.startWith()),
                      expr(h.connectBy()),
                      h.noCycle(),
                      list(h.orderSiblingsBy(), this::order)),
              s.lock());
    } else if (q instanceof Query.SetOperation s) {
      rebuilt =
          new Query.SetOperation(
              with(s.with()),
              s.op(),
              s.all(),
              query(s.left()),
              query(s.right()),
              list(s.orderBy(), this::order),
              limit(s.limit()));
    } else if (q instanceof Query.Changed c) {
      rebuilt = new Query.Changed(dml(c.dml()));
    } else {
      Query.Values v = (Query.Values) q;
      rebuilt = new Query.Values(list(v.rows(), this::exprs));
    }
    return rewriteQuery(rebuilt);
  }

  private Query.Limit limit(Query.Limit l) {
    return l == null
        ? null
        : new Query.Limit(expr(l.count()), expr(l.offset()), l.percent(), l.withTies());
  }

  public Query.With with(Query.With w) {
    return w == null
        ? null
        : new Query.With(
            w.recursive(),
            list(w.ctes(), c -> new Query.Cte(c.name(), c.columns(), query(c.query()))));
  }

  /** Rewrites a FROM item. */
  public FromItem from(FromItem f) {
    FromItem rebuilt;
    if (f instanceof FromItem.TableRef t) {
      rebuilt = new FromItem.TableRef(t.name(), t.alias(), t.columnAliases(), expr(t.asOf()));
    } else if (f instanceof FromItem.DerivedTable d) {
      rebuilt =
          new FromItem.DerivedTable(query(d.query()), d.alias(), d.columnAliases(), d.lateral());
    } else if (f instanceof FromItem.FunctionTable ft) {
      rebuilt =
          new FromItem.FunctionTable(expr(ft.call()), ft.alias(), ft.columnAliases(), ft.lateral());
    } else {
      FromItem.Join j = (FromItem.Join) f;
      rebuilt =
          new FromItem.Join(
              j.type(), from(j.left()), from(j.right()), expr(j.on()), j.using(), j.natural());
    }
    return rewriteFrom(rebuilt);
  }

  private FromItem.TableRef table(FromItem.TableRef t) {
    FromItem f = from(t);
    return f instanceof FromItem.TableRef tr ? tr : t;
  }

  /** Rewrites a DML statement. */
  public Dml dml(Dml d) {
    if (d instanceof Dml.Insert i) {
      return new Dml.Insert(
          with(i.with()), table(i.target()), i.columns(), query(i.source()), items(i.returning()));
    }
    if (d instanceof Dml.Update u) {
      return new Dml.Update(
          with(u.with()),
          table(u.target()),
          list(u.set(), this::assignment),
          list(u.from(), this::from),
          expr(u.where()),
          items(u.returning()));
    }
    if (d instanceof Dml.Delete del) {
      return new Dml.Delete(
          with(del.with()),
          table(del.target()),
          list(del.using(), this::from),
          expr(del.where()),
          items(del.returning()));
    }
    Dml.Merge m = (Dml.Merge) d;
    List<Dml.MergeWhen> whens =
        list(
            m.whens(),
            w ->
                new Dml.MergeWhen(
                    w.matched(),
                    w.bySource(),
                    expr(w.condition()),
                    w.action(),
                    list(w.set(), this::assignment),
                    expr(w.deleteWhere()),
                    w.columns(),
                    exprs(w.values())));
    return new Dml.Merge(with(m.with()), table(m.target()), from(m.source()), expr(m.on()), whens);
  }

  private Dml.Assignment assignment(Dml.Assignment a) {
    return new Dml.Assignment(exprs(a.targets()), expr(a.value()));
  }

  private List<Query.SelectItem> items(List<Query.SelectItem> items) {
    return list(items, i -> new Query.SelectItem(expr(i.expr()), i.alias()));
  }

  /** Maps a list (null stays null). */
  static <T, R> List<R> list(List<T> in, Function<T, R> f) {
    if (in == null) {
      return null;
    }
    List<R> out = new ArrayList<>(in.size());
    for (T t : in) {
      out.add(f.apply(t));
    }
    return out;
  }
}
