package io.godwit.ir.proc;

import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.Query;
import java.util.List;

/**
 * A procedural statement. Every kind is a nested record (and {@link Block}); {@link StmtVisitor}
 * dispatches on them. Every statement knows its source span (null when generated).
 */
public sealed interface Stmt
    permits Block,
        Stmt.Assign,
        Stmt.If,
        Stmt.CaseStmt,
        Stmt.Loop,
        Stmt.While,
        Stmt.ForRange,
        Stmt.ForQuery,
        Stmt.Exit,
        Stmt.Continue,
        Stmt.Return,
        Stmt.ReturnNext,
        Stmt.ReturnQuery,
        Stmt.Raise,
        Stmt.ReRaise,
        Stmt.Null,
        Stmt.Call,
        Stmt.Perform,
        Stmt.DmlStmt,
        Stmt.SelectInto,
        Stmt.QueryStmt,
        Stmt.ExecuteDynamic,
        Stmt.Open,
        Stmt.Fetch,
        Stmt.Close,
        Stmt.Transaction,
        Stmt.Goto,
        Stmt.Label,
        Stmt.ForAll,
        Stmt.GetDiagnostics,
        Stmt.DdlStmt,
        Stmt.Sleep,
        Stmt.Unsupported {

  SourceSpan span();

  <R> R accept(StmtVisitor<R> visitor);

  /** {@code target := value}; target is a variable, field, element or trigger row column. */
  record Assign(Expr target, Expr value, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitAssign(this);
    }
  }

  /** A condition and the statements it guards. */
  record Branch(Expr condition, List<Stmt> body) {
    public Branch {
      body = List.copyOf(body);
    }
  }

  /** IF ... ELSIF ... ELSE; otherwise is empty when there is no ELSE. */
  record If(List<Branch> branches, List<Stmt> otherwise, SourceSpan span) implements Stmt {
    public If {
      branches = List.copyOf(branches);
      otherwise = otherwise == null ? List.of() : List.copyOf(otherwise);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitIf(this);
    }
  }

  /**
   * CASE statement: simple (operand set, branch conditions are values) or searched. A null {@code
   * otherwise} raises CASE_NOT_FOUND when nothing matches, as in PL/SQL.
   */
  record CaseStmt(Expr operand, List<Branch> whens, List<Stmt> otherwise, SourceSpan span)
      implements Stmt {
    public CaseStmt {
      whens = List.copyOf(whens);
      otherwise = otherwise == null ? null : List.copyOf(otherwise);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitCaseStmt(this);
    }
  }

  /** An unconditional loop. */
  record Loop(Ident label, List<Stmt> body, SourceSpan span) implements Stmt {
    public Loop {
      body = List.copyOf(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitLoop(this);
    }
  }

  /** WHILE condition LOOP. */
  record While(Ident label, Expr condition, List<Stmt> body, SourceSpan span) implements Stmt {
    public While {
      body = List.copyOf(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitWhile(this);
    }
  }

  /** FOR variable IN [REVERSE] low .. high [BY step] LOOP. */
  record ForRange(
      Ident label,
      Ident variable,
      Expr low,
      Expr high,
      boolean reverse,
      Expr step,
      List<Stmt> body,
      SourceSpan span)
      implements Stmt {
    public ForRange {
      body = List.copyOf(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitForRange(this);
    }
  }

  /**
   * FOR record IN (query | cursor(args) | EXECUTE dynamic USING ...) LOOP. Exactly one of query,
   * cursor and dynamicSql is set.
   */
  record ForQuery(
      Ident label,
      Ident record,
      Query query,
      QName cursor,
      List<Expr> cursorArgs,
      Expr dynamicSql,
      List<Expr> using,
      List<Stmt> body,
      SourceSpan span)
      implements Stmt {
    public ForQuery {
      cursorArgs = cursorArgs == null ? List.of() : List.copyOf(cursorArgs);
      using = using == null ? List.of() : List.copyOf(using);
      body = List.copyOf(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitForQuery(this);
    }
  }

  /** EXIT [label] [WHEN condition]; T-SQL BREAK. */
  record Exit(Ident label, Expr when, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitExit(this);
    }
  }

  /** CONTINUE [label] [WHEN condition]. */
  record Continue(Ident label, Expr when, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitContinue(this);
    }
  }

  /** RETURN [value]. */
  record Return(Expr value, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitReturn(this);
    }
  }

  /** Emit one row of a set-returning function (PIPE ROW, RETURN NEXT). */
  record ReturnNext(Expr value, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitReturnNext(this);
    }
  }

  /** Emit the rows of a query from a set-returning routine. */
  record ReturnQuery(Query query, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitReturnQuery(this);
    }
  }

  /** Severity of a raised message. */
  enum Level {
    EXCEPTION,
    WARNING,
    NOTICE,
    INFO
  }

  /**
   * Raise an error or a message. For errors: a declared or predefined exception by name, or a user
   * error with {@code code} (RAISE_APPLICATION_ERROR's -20xxx, RAISERROR's number, THROW's number)
   * and {@code message}. For NOTICE and the others only {@code message}.
   */
  record Raise(Level level, QName exception, Expr code, Expr message, SourceSpan span)
      implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitRaise(this);
    }
  }

  /** Re-raise the exception being handled (RAISE; THROW;). */
  record ReRaise(SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitReRaise(this);
    }
  }

  /** NULL; the empty statement. */
  record Null(SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitNull(this);
    }
  }

  /** Call a procedure; statusTarget receives a T-SQL return code (EXEC @rc = p), or null. */
  record Call(QName procedure, List<Expr> args, Expr statusTarget, SourceSpan span)
      implements Stmt {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitCall(this);
    }
  }

  /** Evaluate an expression for its side effects (a function called as a statement). */
  record Perform(Expr expr, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitPerform(this);
    }
  }

  /** INSERT, UPDATE, DELETE or MERGE, with RETURNING ... [BULK COLLECT] INTO targets. */
  record DmlStmt(Dml dml, List<Expr> returningInto, boolean bulk, SourceSpan span) implements Stmt {
    public DmlStmt {
      returningInto = returningInto == null ? List.of() : List.copyOf(returningInto);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitDmlStmt(this);
    }
  }

  /**
   * SELECT ... INTO targets. {@code strict}: exactly one row or an error (PL/SQL); otherwise the
   * last row wins and no row leaves the targets unchanged (T-SQL SELECT @v = ...). {@code bulk}:
   * BULK COLLECT into collections.
   */
  record SelectInto(Query query, List<Expr> targets, boolean strict, boolean bulk, SourceSpan span)
      implements Stmt {
    public SelectInto {
      targets = List.copyOf(targets);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitSelectInto(this);
    }
  }

  /** A query whose rows go to the client (T-SQL SELECT in a procedure). */
  record QueryStmt(Query query, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitQueryStmt(this);
    }
  }

  /** EXECUTE IMMEDIATE / sp_executesql: sql [INTO targets] [USING args]. */
  record ExecuteDynamic(Expr sql, List<Expr> into, List<Expr> using, boolean bulk, SourceSpan span)
      implements Stmt {
    public ExecuteDynamic {
      into = into == null ? List.of() : List.copyOf(into);
      using = using == null ? List.of() : List.copyOf(using);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitExecuteDynamic(this);
    }
  }

  /**
   * OPEN a declared cursor (cursor named, args), or a cursor variable FOR a query or a dynamic SQL
   * string with USING args.
   */
  record Open(
      Expr cursor, List<Expr> args, Query query, Expr dynamicSql, List<Expr> using, SourceSpan span)
      implements Stmt {
    public Open {
      args = args == null ? List.of() : List.copyOf(args);
      using = using == null ? List.of() : List.copyOf(using);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitOpen(this);
    }
  }

  /** FETCH cursor [BULK COLLECT] INTO targets [LIMIT n]. */
  record Fetch(Expr cursor, List<Expr> into, boolean bulk, Expr limit, SourceSpan span)
      implements Stmt {
    public Fetch {
      into = List.copyOf(into);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitFetch(this);
    }
  }

  /** CLOSE cursor (T-SQL DEALLOCATE maps here too). */
  record Close(Expr cursor, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitClose(this);
    }
  }

  /** Transaction control. */
  enum TransactionKind {
    BEGIN,
    COMMIT,
    ROLLBACK,
    SAVEPOINT,
    ROLLBACK_TO_SAVEPOINT,
    RELEASE_SAVEPOINT
  }

  /** COMMIT, ROLLBACK, SAVEPOINT ...; savepoint is the name where one applies. */
  record Transaction(TransactionKind kind, Ident savepoint, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitTransaction(this);
    }
  }

  /** GOTO label. */
  record Goto(Ident label, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitGoto(this);
    }
  }

  /** A label statement ({@code <<name>>} before a non-loop statement, T-SQL {@code name:}). */
  record Label(Ident label, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitLabel(this);
    }
  }

  /**
   * FORALL index IN low .. high | INDICES OF coll: statement. {@code indicesOf} is the collection
   * when that form is used.
   */
  record ForAll(
      Ident index,
      Expr low,
      Expr high,
      Expr indicesOf,
      DmlStmt statement,
      boolean saveExceptions,
      SourceSpan span)
      implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitForAll(this);
    }
  }

  /** GET DIAGNOSTICS target = ROW_COUNT (introduced by passes for targets that need it). */
  record GetDiagnostics(Expr target, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitGetDiagnostics(this);
    }
  }

  /** DDL run from procedural code (temporary tables, TRUNCATE). */
  record DdlStmt(Ddl ddl, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitDdlStmt(this);
    }
  }

  /** Pause for a number of seconds (WAITFOR DELAY, DBMS_LOCK.SLEEP). */
  record Sleep(Expr seconds, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitSleep(this);
    }
  }

  /**
   * A statement the front end could not express. Back ends keep {@code text} in a comment; the item
   * with {@code code} says what to do.
   */
  record Unsupported(String text, String code, String message, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitUnsupported(this);
    }
  }
}
