package io.godwit.ir.proc;

/** Dispatches on the kinds of {@link Stmt}. */
public interface StmtVisitor<R> {

  R visitBlock(Block s);

  R visitAssign(Stmt.Assign s);

  R visitIf(Stmt.If s);

  R visitCaseStmt(Stmt.CaseStmt s);

  R visitLoop(Stmt.Loop s);

  R visitWhile(Stmt.While s);

  R visitForRange(Stmt.ForRange s);

  R visitForQuery(Stmt.ForQuery s);

  R visitExit(Stmt.Exit s);

  R visitContinue(Stmt.Continue s);

  R visitReturn(Stmt.Return s);

  R visitReturnNext(Stmt.ReturnNext s);

  R visitReturnQuery(Stmt.ReturnQuery s);

  R visitRaise(Stmt.Raise s);

  R visitReRaise(Stmt.ReRaise s);

  R visitNull(Stmt.Null s);

  R visitCall(Stmt.Call s);

  R visitPerform(Stmt.Perform s);

  R visitDmlStmt(Stmt.DmlStmt s);

  R visitSelectInto(Stmt.SelectInto s);

  R visitQueryStmt(Stmt.QueryStmt s);

  R visitExecuteDynamic(Stmt.ExecuteDynamic s);

  R visitOpen(Stmt.Open s);

  R visitFetch(Stmt.Fetch s);

  R visitClose(Stmt.Close s);

  R visitTransaction(Stmt.Transaction s);

  R visitGoto(Stmt.Goto s);

  R visitLabel(Stmt.Label s);

  R visitForAll(Stmt.ForAll s);

  R visitGetDiagnostics(Stmt.GetDiagnostics s);

  R visitDdlStmt(Stmt.DdlStmt s);

  R visitSleep(Stmt.Sleep s);

  R visitUnsupported(Stmt.Unsupported s);
}
