package io.godwit.ir;

import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.StmtVisitor;

/** Rebuilds a statement with its parts rewritten by the owning {@link IrRewriter}. */
final class StmtRewriter implements StmtVisitor<Stmt> {

  private final IrRewriter r;

  StmtRewriter(IrRewriter rewriter) {
    this.r = rewriter;
  }

  private Stmt.Branch branch(Stmt.Branch b) {
    return new Stmt.Branch(r.expr(b.condition()), r.stmts(b.body()));
  }

  @Override
  public Stmt visitBlock(Block s) {
    return r.blockParts(s);
  }

  @Override
  public Stmt visitAssign(Stmt.Assign s) {
    return new Stmt.Assign(r.expr(s.target()), r.expr(s.value()), s.span());
  }

  @Override
  public Stmt visitIf(Stmt.If s) {
    return new Stmt.If(
        IrRewriter.list(s.branches(), this::branch), r.stmts(s.otherwise()), s.span());
  }

  @Override
  public Stmt visitCaseStmt(Stmt.CaseStmt s) {
    return new Stmt.CaseStmt(
        r.expr(s.operand()),
        IrRewriter.list(s.whens(), this::branch),
        r.stmts(s.otherwise()),
        s.span());
  }

  @Override
  public Stmt visitLoop(Stmt.Loop s) {
    return new Stmt.Loop(s.label(), r.stmts(s.body()), s.span());
  }

  @Override
  public Stmt visitWhile(Stmt.While s) {
    return new Stmt.While(s.label(), r.expr(s.condition()), r.stmts(s.body()), s.span());
  }

  @Override
  public Stmt visitForRange(Stmt.ForRange s) {
    return new Stmt.ForRange(
        s.label(),
        s.variable(),
        r.expr(s.low()),
        r.expr(s.high()),
        s.reverse(),
        r.expr(s.step()),
        r.stmts(s.body()),
        s.span());
  }

  @Override
  public Stmt visitForQuery(Stmt.ForQuery s) {
    return new Stmt.ForQuery(
        s.label(),
        s.record(),
        r.query(s.query()),
        s.cursor(),
        r.exprs(s.cursorArgs()),
        r.expr(s.dynamicSql()),
        r.exprs(s.using()),
        r.stmts(s.body()),
        s.span());
  }

  @Override
  public Stmt visitExit(Stmt.Exit s) {
    return new Stmt.Exit(s.label(), r.expr(s.when()), s.span());
  }

  @Override
  public Stmt visitContinue(Stmt.Continue s) {
    return new Stmt.Continue(s.label(), r.expr(s.when()), s.span());
  }

  @Override
  public Stmt visitReturn(Stmt.Return s) {
    return new Stmt.Return(r.expr(s.value()), s.span());
  }

  @Override
  public Stmt visitReturnNext(Stmt.ReturnNext s) {
    return new Stmt.ReturnNext(r.expr(s.value()), s.span());
  }

  @Override
  public Stmt visitReturnQuery(Stmt.ReturnQuery s) {
    return new Stmt.ReturnQuery(r.query(s.query()), s.span());
  }

  @Override
  public Stmt visitRaise(Stmt.Raise s) {
    return new Stmt.Raise(
        s.level(), s.exception(), r.expr(s.code()), r.expr(s.message()), s.span());
  }

  @Override
  public Stmt visitReRaise(Stmt.ReRaise s) {
    return s;
  }

  @Override
  public Stmt visitNull(Stmt.Null s) {
    return s;
  }

  @Override
  public Stmt visitCall(Stmt.Call s) {
    return new Stmt.Call(s.procedure(), r.exprs(s.args()), r.expr(s.statusTarget()), s.span());
  }

  @Override
  public Stmt visitPerform(Stmt.Perform s) {
    return new Stmt.Perform(r.expr(s.expr()), s.span());
  }

  @Override
  public Stmt visitDmlStmt(Stmt.DmlStmt s) {
    return new Stmt.DmlStmt(r.dml(s.dml()), r.exprs(s.returningInto()), s.bulk(), s.span());
  }

  @Override
  public Stmt visitSelectInto(Stmt.SelectInto s) {
    return new Stmt.SelectInto(
        r.query(s.query()), r.exprs(s.targets()), s.strict(), s.bulk(), s.span());
  }

  @Override
  public Stmt visitQueryStmt(Stmt.QueryStmt s) {
    return new Stmt.QueryStmt(r.query(s.query()), s.span());
  }

  @Override
  public Stmt visitExecuteDynamic(Stmt.ExecuteDynamic s) {
    return new Stmt.ExecuteDynamic(
        r.expr(s.sql()), r.exprs(s.into()), r.exprs(s.using()), s.bulk(), s.span());
  }

  @Override
  public Stmt visitOpen(Stmt.Open s) {
    return new Stmt.Open(
        r.expr(s.cursor()),
        r.exprs(s.args()),
        r.query(s.query()),
        r.expr(s.dynamicSql()),
        r.exprs(s.using()),
        s.span());
  }

  @Override
  public Stmt visitFetch(Stmt.Fetch s) {
    return new Stmt.Fetch(
        r.expr(s.cursor()), r.exprs(s.into()), s.bulk(), r.expr(s.limit()), s.span());
  }

  @Override
  public Stmt visitClose(Stmt.Close s) {
    return new Stmt.Close(r.expr(s.cursor()), s.span());
  }

  @Override
  public Stmt visitTransaction(Stmt.Transaction s) {
    return s;
  }

  @Override
  public Stmt visitGoto(Stmt.Goto s) {
    return s;
  }

  @Override
  public Stmt visitLabel(Stmt.Label s) {
    return s;
  }

  @Override
  public Stmt visitForAll(Stmt.ForAll s) {
    Stmt inner = r.stmt(s.statement());
    Stmt.DmlStmt dml = inner instanceof Stmt.DmlStmt d ? d : s.statement();
    return new Stmt.ForAll(
        s.index(),
        r.expr(s.low()),
        r.expr(s.high()),
        r.expr(s.indicesOf()),
        dml,
        s.saveExceptions(),
        s.span());
  }

  @Override
  public Stmt visitGetDiagnostics(Stmt.GetDiagnostics s) {
    return new Stmt.GetDiagnostics(r.expr(s.target()), s.span());
  }

  @Override
  public Stmt visitDdlStmt(Stmt.DdlStmt s) {
    return new Stmt.DdlStmt(r.ddl(s.ddl()), s.span());
  }

  @Override
  public Stmt visitSleep(Stmt.Sleep s) {
    return new Stmt.Sleep(r.expr(s.seconds()), s.span());
  }

  @Override
  public Stmt visitUnsupported(Stmt.Unsupported s) {
    return s;
  }
}
