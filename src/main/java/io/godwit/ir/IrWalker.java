package io.godwit.ir;

import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.ExprVisitor;
import io.godwit.ir.proc.AnonymousBlock;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.StmtVisitor;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.List;

/**
 * Visits every node of an IR tree, depth first, parents before children. Subclasses override the
 * {@code on...} hooks they care about (find uses of a function, collect referenced tables).
 */
public class IrWalker {

  /** Called for every expression. */
  protected void onExpr(Expr e) {}

  /** Called for every statement, blocks included. */
  protected void onStmt(Stmt s) {}

  /** Called for every query. */
  protected void onQuery(Query q) {}

  /** Called for every FROM item. */
  protected void onFrom(FromItem f) {}

  /** Called for every DML statement. */
  protected void onDml(Dml d) {}

  private final ExprWalk exprs = new ExprWalk();
  private final StmtWalk stmts = new StmtWalk();

  /** Walks a whole object. */
  public final void walk(IrObject o) {
    if (o instanceof Ddl d) {
      ddl(d);
    } else if (o instanceof Routine r) {
      routine(r);
    } else if (o instanceof Trigger t) {
      expr(t.when());
      stmt(t.body());
    } else if (o instanceof PackageDef p) {
      p.state().forEach(this::decl);
      p.routines().forEach(this::routine);
      if (p.initializer() != null) {
        stmt(p.initializer());
      }
    } else if (o instanceof AnonymousBlock b) {
      stmt(b.body());
    }
  }

  private void routine(Routine r) {
    for (Param p : r.params()) {
      expr(p.defaultValue());
    }
    if (r.body() != null) {
      stmt(r.body());
    }
  }

  private void ddl(Ddl d) {
    if (d instanceof Ddl.CreateTable t) {
      for (Ddl.ColumnDef c : t.columns()) {
        expr(c.defaultValue());
        expr(c.generated());
      }
      t.constraints().forEach(this::constraint);
    } else if (d instanceof Ddl.AddConstraint a) {
      constraint(a.constraint());
    } else if (d instanceof Ddl.CreateIndex i) {
      i.keys().forEach(k -> expr(k.expr()));
      expr(i.where());
    } else if (d instanceof Ddl.CreateView v) {
      query(v.query());
    } else if (d instanceof Ddl.CreateTableAs t) {
      query(t.query());
    } else if (d instanceof Ddl.CreateType t) {
      expr(t.check());
      expr(t.defaultValue());
    }
  }

  private void constraint(Ddl.Constraint c) {
    if (c instanceof Ddl.CheckDef ck) {
      expr(ck.condition());
    }
  }

  /** Walks an expression (null is ignored). */
  public final void expr(Expr e) {
    if (e != null) {
      onExpr(e);
      e.accept(exprs);
    }
  }

  private void exprs(List<? extends Expr> list) {
    for (Expr e : list) {
      expr(e);
    }
  }

  /** Walks a statement (null is ignored). */
  public final void stmt(Stmt s) {
    if (s != null) {
      onStmt(s);
      s.accept(stmts);
    }
  }

  private void stmts(List<Stmt> list) {
    if (list != null) {
      list.forEach(this::stmt);
    }
  }

  private void decl(Decl d) {
    if (d instanceof Decl.Variable v) {
      expr(v.init());
    } else if (d instanceof Decl.Cursor c) {
      query(c.query());
    } else if (d instanceof Decl.Subprogram sp) {
      routine(sp.routine());
    }
  }

  /** Walks a query (null is ignored). */
  public final void query(Query q) {
    if (q == null) {
      return;
    }
    onQuery(q);
    if (q instanceof Query.Select s) {
      with(s.with());
      s.items().forEach(i -> expr(i.expr()));
      s.from().forEach(this::from);
      expr(s.where());
      exprs(s.groupBy());
      expr(s.having());
      s.orderBy().forEach(o -> expr(o.expr()));
      limit(s.limit());
      if (s.hierarchy() != null) {
        expr(s.hierarchy().startWith());
        expr(s.hierarchy().connectBy());
        s.hierarchy().orderSiblingsBy().forEach(o -> expr(o.expr()));
      }
    } else if (q instanceof Query.SetOperation s) {
      with(s.with());
      query(s.left());
      query(s.right());
      s.orderBy().forEach(o -> expr(o.expr()));
      limit(s.limit());
    } else if (q instanceof Query.Values v) {
      v.rows().forEach(this::exprs);
    } else if (q instanceof Query.Changed c) {
      dml(c.dml());
    }
  }

  private void limit(Query.Limit l) {
    if (l != null) {
      expr(l.count());
      expr(l.offset());
    }
  }

  private void with(Query.With w) {
    if (w != null) {
      w.ctes().forEach(c -> query(c.query()));
    }
  }

  /** Walks a FROM item. */
  public final void from(FromItem f) {
    if (f == null) {
      return;
    }
    onFrom(f);
    if (f instanceof FromItem.TableRef t) {
      expr(t.asOf());
    } else if (f instanceof FromItem.DerivedTable d) {
      query(d.query());
    } else if (f instanceof FromItem.FunctionTable ft) {
      expr(ft.call());
    } else if (f instanceof FromItem.Join j) {
      from(j.left());
      from(j.right());
      expr(j.on());
    }
  }

  /** Walks a DML statement. */
  public final void dml(Dml d) {
    onDml(d);
    if (d instanceof Dml.Insert i) {
      with(i.with());
      from(i.target());
      query(i.source());
      i.returning().forEach(r -> expr(r.expr()));
    } else if (d instanceof Dml.Update u) {
      with(u.with());
      from(u.target());
      u.set()
          .forEach(
              a -> {
                exprs(a.targets());
                expr(a.value());
              });
      u.from().forEach(this::from);
      expr(u.where());
      u.returning().forEach(r -> expr(r.expr()));
    } else if (d instanceof Dml.Delete del) {
      with(del.with());
      from(del.target());
      del.using().forEach(this::from);
      expr(del.where());
      del.returning().forEach(r -> expr(r.expr()));
    } else if (d instanceof Dml.Merge m) {
      with(m.with());
      from(m.target());
      from(m.source());
      expr(m.on());
      for (Dml.MergeWhen w : m.whens()) {
        expr(w.condition());
        w.set()
            .forEach(
                a -> {
                  exprs(a.targets());
                  expr(a.value());
                });
        expr(w.deleteWhere());
        exprs(w.values());
      }
    }
  }

  private final class ExprWalk implements ExprVisitor<Void> {
    @Override
    public Void visitLiteral(Expr.Literal e) {
      return null;
    }

    @Override
    public Void visitIntervalLiteral(Expr.IntervalLiteral e) {
      return null;
    }

    @Override
    public Void visitColumnRef(Expr.ColumnRef e) {
      return null;
    }

    @Override
    public Void visitVariableRef(Expr.VariableRef e) {
      return null;
    }

    @Override
    public Void visitPackageVar(Expr.PackageVar e) {
      return null;
    }

    @Override
    public Void visitRowRef(Expr.RowRef e) {
      return null;
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
      expr(e.operand());
      return null;
    }

    @Override
    public Void visitBinary(Expr.Binary e) {
      expr(e.left());
      expr(e.right());
      return null;
    }

    @Override
    public Void visitBetween(Expr.Between e) {
      expr(e.value());
      expr(e.low());
      expr(e.high());
      return null;
    }

    @Override
    public Void visitInList(Expr.InList e) {
      expr(e.value());
      exprs(e.list());
      return null;
    }

    @Override
    public Void visitInQuery(Expr.InQuery e) {
      expr(e.value());
      query(e.query());
      return null;
    }

    @Override
    public Void visitExists(Expr.Exists e) {
      query(e.query());
      return null;
    }

    @Override
    public Void visitQuantified(Expr.Quantified e) {
      expr(e.value());
      query(e.query());
      exprs(e.list());
      return null;
    }

    @Override
    public Void visitIsNull(Expr.IsNull e) {
      expr(e.value());
      return null;
    }

    @Override
    public Void visitLike(Expr.Like e) {
      expr(e.value());
      expr(e.pattern());
      expr(e.escape());
      return null;
    }

    @Override
    public Void visitCase(Expr.Case e) {
      expr(e.operand());
      for (Expr.When w : e.whens()) {
        expr(w.condition());
        expr(w.result());
      }
      expr(e.otherwise());
      return null;
    }

    @Override
    public Void visitCast(Expr.Cast e) {
      expr(e.value());
      return null;
    }

    @Override
    public Void visitFunctionCall(Expr.FunctionCall e) {
      exprs(e.args());
      e.withinGroup().forEach(o -> expr(o.expr()));
      expr(e.filter());
      return null;
    }

    @Override
    public Void visitBuiltin(Expr.Builtin e) {
      exprs(e.args());
      return null;
    }

    @Override
    public Void visitStringAgg(Expr.StringAgg e) {
      expr(e.value());
      expr(e.separator());
      e.order().forEach(o -> expr(o.expr()));
      return null;
    }

    @Override
    public Void visitWindow(Expr.Window e) {
      expr(e.function());
      exprs(e.partitionBy());
      e.orderBy().forEach(o -> expr(o.expr()));
      if (e.frame() != null) {
        expr(e.frame().start().offset());
        expr(e.frame().end().offset());
      }
      return null;
    }

    @Override
    public Void visitScalarSubquery(Expr.ScalarSubquery e) {
      query(e.query());
      return null;
    }

    @Override
    public Void visitRowValue(Expr.RowValue e) {
      exprs(e.items());
      return null;
    }

    @Override
    public Void visitSequenceValue(Expr.SequenceValue e) {
      return null;
    }

    @Override
    public Void visitStar(Expr.Star e) {
      return null;
    }

    @Override
    public Void visitNamedArg(Expr.NamedArg e) {
      expr(e.value());
      return null;
    }

    @Override
    public Void visitElement(Expr.Element e) {
      expr(e.collection());
      expr(e.index());
      return null;
    }

    @Override
    public Void visitField(Expr.Field e) {
      expr(e.base());
      return null;
    }

    @Override
    public Void visitOuterJoinMarker(Expr.OuterJoinMarker e) {
      expr(e.column());
      return null;
    }

    @Override
    public Void visitAtTimeZone(Expr.AtTimeZone e) {
      expr(e.value());
      expr(e.zone());
      return null;
    }

    @Override
    public Void visitPlaceholder(Expr.Placeholder e) {
      return null;
    }

    @Override
    public Void visitEmbeddedSql(Expr.EmbeddedSql e) {
      stmt(e.statement());
      return null;
    }

    @Override
    public Void visitDefaultValue(Expr.DefaultValue e) {
      return null;
    }

    @Override
    public Void visitUnsupported(Expr.Unsupported e) {
      return null;
    }
  }

  private final class StmtWalk implements StmtVisitor<Void> {
    @Override
    public Void visitBlock(Block s) {
      s.declarations().forEach(IrWalker.this::decl);
      stmts(s.body());
      for (Handler h : s.handlers()) {
        stmts(h.body());
      }
      return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
      expr(s.target());
      expr(s.value());
      return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
      for (Stmt.Branch b : s.branches()) {
        expr(b.condition());
        stmts(b.body());
      }
      stmts(s.otherwise());
      return null;
    }

    @Override
    public Void visitCaseStmt(Stmt.CaseStmt s) {
      expr(s.operand());
      for (Stmt.Branch b : s.whens()) {
        expr(b.condition());
        stmts(b.body());
      }
      stmts(s.otherwise());
      return null;
    }

    @Override
    public Void visitLoop(Stmt.Loop s) {
      stmts(s.body());
      return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
      expr(s.condition());
      stmts(s.body());
      return null;
    }

    @Override
    public Void visitForRange(Stmt.ForRange s) {
      expr(s.low());
      expr(s.high());
      expr(s.step());
      stmts(s.body());
      return null;
    }

    @Override
    public Void visitForQuery(Stmt.ForQuery s) {
      query(s.query());
      exprs(s.cursorArgs());
      expr(s.dynamicSql());
      exprs(s.using());
      stmts(s.body());
      return null;
    }

    @Override
    public Void visitExit(Stmt.Exit s) {
      expr(s.when());
      return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
      expr(s.when());
      return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
      expr(s.value());
      return null;
    }

    @Override
    public Void visitReturnNext(Stmt.ReturnNext s) {
      expr(s.value());
      return null;
    }

    @Override
    public Void visitReturnQuery(Stmt.ReturnQuery s) {
      query(s.query());
      return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
      expr(s.code());
      expr(s.message());
      return null;
    }

    @Override
    public Void visitReRaise(Stmt.ReRaise s) {
      return null;
    }

    @Override
    public Void visitNull(Stmt.Null s) {
      return null;
    }

    @Override
    public Void visitCall(Stmt.Call s) {
      exprs(s.args());
      expr(s.statusTarget());
      return null;
    }

    @Override
    public Void visitPerform(Stmt.Perform s) {
      expr(s.expr());
      return null;
    }

    @Override
    public Void visitDmlStmt(Stmt.DmlStmt s) {
      dml(s.dml());
      exprs(s.returningInto());
      return null;
    }

    @Override
    public Void visitSelectInto(Stmt.SelectInto s) {
      query(s.query());
      exprs(s.targets());
      return null;
    }

    @Override
    public Void visitQueryStmt(Stmt.QueryStmt s) {
      query(s.query());
      return null;
    }

    @Override
    public Void visitExecuteDynamic(Stmt.ExecuteDynamic s) {
      expr(s.sql());
      exprs(s.into());
      exprs(s.using());
      return null;
    }

    @Override
    public Void visitOpen(Stmt.Open s) {
      expr(s.cursor());
      exprs(s.args());
      query(s.query());
      expr(s.dynamicSql());
      exprs(s.using());
      return null;
    }

    @Override
    public Void visitFetch(Stmt.Fetch s) {
      expr(s.cursor());
      exprs(s.into());
      expr(s.limit());
      return null;
    }

    @Override
    public Void visitClose(Stmt.Close s) {
      expr(s.cursor());
      return null;
    }

    @Override
    public Void visitTransaction(Stmt.Transaction s) {
      return null;
    }

    @Override
    public Void visitGoto(Stmt.Goto s) {
      return null;
    }

    @Override
    public Void visitLabel(Stmt.Label s) {
      return null;
    }

    @Override
    public Void visitForAll(Stmt.ForAll s) {
      expr(s.low());
      expr(s.high());
      expr(s.indicesOf());
      stmt(s.statement());
      return null;
    }

    @Override
    public Void visitGetDiagnostics(Stmt.GetDiagnostics s) {
      expr(s.target());
      return null;
    }

    @Override
    public Void visitDdlStmt(Stmt.DdlStmt s) {
      ddl(s.ddl());
      return null;
    }

    @Override
    public Void visitSleep(Stmt.Sleep s) {
      expr(s.seconds());
      return null;
    }

    @Override
    public Void visitUnsupported(Stmt.Unsupported s) {
      return null;
    }
  }
}
