package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.proc.Stmt;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * BEGIN/COMMIT/ROLLBACK/SAVE TRAN in a routine. PL/pgSQL allows COMMIT and ROLLBACK only in a
 * procedure called outside a transaction block and never inside a block with an EXCEPTION clause,
 * and has no savepoints. So:
 *
 * <ul>
 *   <li>inside TRY ... CATCH the converted block (a subtransaction) is the transaction: its changes
 *       are undone when it fails, so BEGIN TRAN and COMMIT in the TRY and ROLLBACK in the CATCH are
 *       dropped (an info item says so);
 *   <li>elsewhere in a procedure BEGIN TRAN is dropped (PL/pgSQL always runs in a transaction) and
 *       COMMIT/ROLLBACK stay: faithful when the procedure is CALLed on its own, which an item says;
 *   <li>SAVE TRAN and ROLLBACK to a savepoint are items (a nested BEGIN ... EXCEPTION block is the
 *       PostgreSQL way).
 * </ul>
 */
final class MssTransactions {

  private final MssContext cx;

  MssTransactions(MssContext cx) {
    this.cx = cx;
  }

  void statement(TSqlParser.TransactionStatementContext t, List<Stmt> out) {
    if (cx.mysql) {
      // A MySQL handler does not undo the changes of the block it ends, so dropping BEGIN TRAN
      // and ROLLBACK around TRY/CATCH would silently keep half a unit of work: leave it to a
      // person.
      out.add(
          cx.unsupportedStmt(
              t,
              MssItems.TRANSACTION,
              "transaction control in a routine: MySQL has START TRANSACTION, COMMIT and ROLLBACK"
                  + " in procedures (not in functions or triggers) but no nested transactions or"
                  + " @@TRANCOUNT, and a handler does not undo the changes of its block; rewrite"
                  + " the transaction by hand"));
      return;
    }
    if (t instanceof TSqlParser.SaveTransactionContext
        || t instanceof TSqlParser.RollbackTransactionContext r && savepoint(r)) {
      out.add(
          cx.unsupportedStmt(
              t,
              MssItems.TRANSACTION,
              "savepoints cannot be used in PL/pgSQL: put the statements after SAVE TRAN in a"
                  + " nested BEGIN ... EXCEPTION block, which rolls back to its start on error"));
      return;
    }
    if (t instanceof TSqlParser.BeginTransactionContext b && b.DISTRIBUTED() != null) {
      out.add(
          cx.unsupportedStmt(
              t,
              MssItems.LINKED_SERVER,
              "a distributed transaction has no PostgreSQL equivalent (two-phase commit with"
                  + " PREPARE TRANSACTION is driven by the client)"));
      return;
    }
    String where = tryPart(t);
    if (where != null) {
      cx.item(
          MssItems.TRANSACTION_BLOCK,
          "dropped: the converted TRY block is the transaction; PostgreSQL undoes its changes when"
              + " it fails and keeps them otherwise ("
              + where
              + ")",
          t);
      return;
    }
    if (t instanceof TSqlParser.BeginTransactionContext) {
      cx.item(
          MssItems.TRANSACTION_CALL,
          "BEGIN TRAN is dropped: a PostgreSQL procedure always runs in a transaction; the"
              + " COMMIT/ROLLBACK that follow work only when it is CALLed outside a transaction"
              + " block, and a caller's transaction is not nested as in SQL Server",
          t);
      return;
    }
    Stmt.TransactionKind kind =
        t instanceof TSqlParser.CommitTransactionContext
            ? Stmt.TransactionKind.COMMIT
            : Stmt.TransactionKind.ROLLBACK;
    cx.item(
        MssItems.TRANSACTION_CALL,
        kind.name()
            + " in a procedure: it works only when the procedure is CALLed outside a transaction"
            + " block (not from a function, nor inside BEGIN ... EXCEPTION), and it ends the"
            + " caller's transaction too",
        t);
    out.add(new Stmt.Transaction(kind, null, cx.span(t)));
  }

  /** Whether a ROLLBACK names a savepoint that the body sets with SAVE TRAN. */
  private static boolean savepoint(TSqlParser.RollbackTransactionContext r) {
    if (r.transactionName() == null) {
      return false;
    }
    String name = r.transactionName().getText().toUpperCase(Locale.ROOT);
    ParseTree root = r;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return saves(root, name);
  }

  private static boolean saves(ParseTree t, String name) {
    if (t instanceof TSqlParser.SaveTransactionContext s
        && s.transactionName().getText().toUpperCase(Locale.ROOT).equals(name)) {
      return true;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      if (saves(t.getChild(i), name)) {
        return true;
      }
    }
    return false;
  }

  /** "in TRY" or "in CATCH" when the statement is in a TRY ... CATCH, else null. */
  private static String tryPart(ParserRuleContext t) {
    ParserRuleContext child = t;
    for (ParserRuleContext p = t.getParent(); p != null; p = p.getParent()) {
      if (p instanceof TSqlParser.TryCatchStatementContext tc) {
        return child == tc.catchBody ? "in CATCH" : "in TRY";
      }
      if (p instanceof TSqlParser.CreateProcedureContext
          || p instanceof TSqlParser.CreateFunctionStatementContext) {
        return null;
      }
      child = p;
    }
    return null;
  }

  /**
   * {@code IF @@TRANCOUNT > 0 ROLLBACK} (or COMMIT, or XACT_STATE() in the condition) with no ELSE:
   * PostgreSQL code always runs in a transaction, so the statement is converted on its own. False
   * when the IF is something else.
   */
  boolean guarded(TSqlParser.IfStatementContext i, List<Stmt> out) {
    if (i.elseStatement != null || !readsTransactionState(i.searchCondition())) {
      return false;
    }
    List<TSqlParser.StatementContext> then =
        i.thenStatement.blockStatement() != null
                && i.thenStatement.blockStatement().ATOMIC() == null
            ? i.thenStatement.blockStatement().statementList().statement()
            : List.of(i.thenStatement);
    if (then.isEmpty()) {
      return false;
    }
    for (TSqlParser.StatementContext s : then) {
      if (s.transactionStatement() == null) {
        return false;
      }
    }
    for (TSqlParser.StatementContext s : then) {
      statement(s.transactionStatement(), out);
    }
    return true;
  }

  private static boolean readsTransactionState(ParseTree t) {
    if (t instanceof TSqlParser.SystemVariableExprContext s
        && s.getText().equalsIgnoreCase("@@TRANCOUNT")) {
      return true;
    }
    if (t instanceof TSqlParser.FunctionCallContext f
        && f.getStart().getText().equalsIgnoreCase("XACT_STATE")) {
      return true;
    }
    for (int k = 0; k < t.getChildCount(); k++) {
      if (readsTransactionState(t.getChild(k))) {
        return true;
      }
    }
    return false;
  }
}
