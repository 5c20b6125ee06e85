package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.OrderItem;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.StmtVisitor;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;

/** Procedural statements as MySQL stored-program statements. */
final class MyStatements implements StmtVisitor<Void> {

  private final MyRender r;
  private final MyBlocks blocks;
  private final MyRoutineScan scan;
  private final MyLoops loops;

  MyStatements(MyRender render, MyBlocks blocks, MyRoutineScan scan) {
    this.r = render;
    this.blocks = blocks;
    this.scan = scan;
    this.loops = new MyLoops(render, blocks);
  }

  void list(List<Stmt> statements) {
    for (Stmt s : statements) {
      s.accept(this);
    }
  }

  /** A statement list; MySQL rejects an empty one, so that is an empty block. */
  private void body(List<Stmt> statements) {
    r.out.indent();
    list(statements);
    if (statements.isEmpty()) {
      r.write("BEGIN\nEND;\n");
    }
    r.out.dedent();
  }

  private void rowCount() {
    if (scan.rowCount) {
      r.write("SET " + MyRoutineState.ROW_COUNT + " = ROW_COUNT();\n");
    }
  }

  /** Statements MySQL forbids in functions and triggers get an item and are not written. */
  private boolean restricted(String what, io.godwit.ir.SourceSpan span) {
    if (!r.routine.restricted()) {
      return false;
    }
    r.unsupported(
        MyItems.NOT_IN_FUNCTION,
        what
            + " is not allowed in a MySQL "
            + (r.routine.kind == MyRoutineState.Kind.TRIGGER ? "trigger" : "function"),
        span,
        what,
        "DO 0;");
    r.write("\n");
    return true;
  }

  @Override
  public Void visitBlock(Block s) {
    blocks.nested(s);
    return null;
  }

  @Override
  public Void visitAssign(Stmt.Assign s) {
    if (s.target() instanceof Expr.PackageVar pv) {
      r.write("SET " + MyPackages.variable(r, pv.packageName(), pv.variable()) + " = ");
      r.expr(s.value());
      r.write(";\n");
      return null;
    }
    if (s.target() instanceof Expr.RowRef row && MyTriggers.absentRow(r, row)) {
      r.write("-- no " + (row.newRow() ? "NEW" : "OLD") + " row for this event\n");
      return null;
    }
    List<MyScope.Field> left = MyVariables.fields(r, s.target());
    if (left != null) {
      List<MyScope.Field> right = MyVariables.fields(r, s.value());
      if (right != null && right.size() == left.size()) {
        for (int i = 0; i < left.size(); i++) {
          r.write("SET " + left.get(i).variable() + " = " + right.get(i).variable() + ";\n");
        }
        return null;
      }
      r.unsupported(
          MyItems.ANCHORED_TYPE,
          "a record assigned from a value that is not a record of the same fields",
          s.span(),
          "record assignment",
          "DO 0;");
      r.write("\n");
      return null;
    }
    r.write("SET ");
    r.expr(s.target());
    r.write(" = ");
    r.expr(s.value());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitIf(Stmt.If s) {
    List<Stmt.Branch> branches = new ArrayList<>();
    List<Stmt> otherwise = s.otherwise();
    for (Stmt.Branch b : s.branches()) {
      Boolean constant = MyTriggers.constant(r, b.condition());
      if (constant == null) {
        branches.add(b);
      } else if (constant) {
        otherwise = b.body();
        break;
      }
    }
    if (branches.isEmpty()) {
      list(otherwise);
      return null;
    }
    for (int i = 0; i < branches.size(); i++) {
      Stmt.Branch b = branches.get(i);
      r.write(i == 0 ? "IF " : "ELSEIF ");
      r.expr(b.condition());
      r.write(" THEN\n");
      body(b.body());
    }
    if (!otherwise.isEmpty()) {
      r.write("ELSE\n");
      body(otherwise);
    }
    r.write("END IF;\n");
    return null;
  }

  @Override
  public Void visitCaseStmt(Stmt.CaseStmt s) {
    r.write("CASE");
    if (s.operand() != null) {
      r.write(" ");
      r.expr(s.operand());
    }
    r.write("\n");
    for (Stmt.Branch b : s.whens()) {
      r.write("WHEN ");
      r.expr(b.condition());
      r.write(" THEN\n");
      body(b.body());
    }
    if (s.otherwise() != null) {
      r.write("ELSE\n");
      body(s.otherwise());
    }
    r.write("END CASE;\n");
    return null;
  }

  @Override
  public Void visitLoop(Stmt.Loop s) {
    loops.loop(s);
    return null;
  }

  @Override
  public Void visitWhile(Stmt.While s) {
    loops.whileLoop(s);
    return null;
  }

  @Override
  public Void visitForRange(Stmt.ForRange s) {
    loops.forRange(s);
    return null;
  }

  @Override
  public Void visitForQuery(Stmt.ForQuery s) {
    loops.forQuery(s);
    return null;
  }

  @Override
  public Void visitExit(Stmt.Exit s) {
    loops.exitOrContinue(s.label(), s.when(), true, s.span());
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue s) {
    loops.exitOrContinue(s.label(), s.when(), false, s.span());
    return null;
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    MyRoutineState state = r.routine;
    if (state.kind == MyRoutineState.Kind.FUNCTION) {
      r.write("RETURN ");
      if (s.value() == null) {
        r.write("NULL");
      } else {
        r.expr(s.value());
      }
      r.write(";\n");
      return null;
    }
    if (!state.handlers.isEmpty()) {
      r.write("SET " + MyRoutineState.RETURNED + " = TRUE;\n");
      r.write("LEAVE " + state.handlers.peek() + ";\n");
      return null;
    }
    if (state.bodyLabel == null) {
      r.write("DO 0;\n");
      return null;
    }
    r.write("LEAVE " + state.bodyLabel + ";\n");
    return null;
  }

  @Override
  public Void visitReturnNext(Stmt.ReturnNext s) {
    if (r.routine.rowsTable == null) {
      r.unsupported(
          MyItems.SET_RETURNING,
          "PIPE ROW outside a set-returning function",
          s.span(),
          null,
          "DO 0;");
      r.write("\n");
      return null;
    }
    r.write("INSERT INTO " + r.routine.rowsTable + " VALUES (");
    List<MyScope.Field> fields = MyVariables.fields(r, s.value());
    if (fields != null) {
      List<String> vars = new ArrayList<>();
      fields.forEach(f -> vars.add(f.variable()));
      r.write(String.join(", ", vars));
    } else if (s.value() instanceof Expr.RowValue rv) {
      r.exprs(rv.items());
    } else if (s.value() != null) {
      r.expr(s.value());
    }
    r.write(");\n");
    return null;
  }

  @Override
  public Void visitReturnQuery(Stmt.ReturnQuery s) {
    if (r.routine.rowsTable != null) {
      r.write("INSERT INTO " + r.routine.rowsTable + "\n");
      r.query(s.query());
      r.write(";\n");
      return null;
    }
    if (restricted("a result set", s.span())) {
      return null;
    }
    r.query(s.query());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitRaise(Stmt.Raise s) {
    MyConditions.prepareMessage(r, s);
    MyConditions.raise(r, s);
    return null;
  }

  @Override
  public Void visitReRaise(Stmt.ReRaise s) {
    r.write("RESIGNAL;\n");
    return null;
  }

  @Override
  public Void visitNull(Stmt.Null s) {
    r.write("DO 0;\n");
    return null;
  }

  @Override
  public Void visitCall(Stmt.Call s) {
    r.write("CALL ");
    r.routineName(s.procedure());
    r.write("(");
    r.exprs(s.args());
    r.write(");\n");
    if (s.statusTarget() != null) {
      SqlWriter.Mark start = r.out.mark();
      r.write("-- return status of the call is not available\n");
      r.itemSince(
          start,
          MyItems.RESULT_STATUS,
          "a procedure's return status: MySQL procedures return nothing; use an OUT parameter",
          s.span(),
          null);
    }
    return null;
  }

  @Override
  public Void visitPerform(Stmt.Perform s) {
    r.write("DO ");
    r.expr(s.expr());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitDmlStmt(Stmt.DmlStmt s) {
    if (s.bulk()) {
      r.unsupported(
          MyItems.COLLECTION, "RETURNING ... BULK COLLECT needs collections", s.span(), null, "");
      r.write("\n");
    }
    Dml dml = s.dml();
    if (!s.returningInto().isEmpty()) {
      r.itemHere(
          MyItems.RETURNING,
          "RETURNING ... INTO has no MySQL form: read the values with a SELECT afterwards",
          s.span(),
          null);
      dml = MyTriggers.withoutReturning(dml);
    }
    SourceSpan outer = r.statementSpan;
    r.statementSpan = s.span();
    r.dml(dml);
    r.statementSpan = outer;
    r.write(";\n");
    rowCount();
    return null;
  }

  @Override
  public Void visitSelectInto(Stmt.SelectInto s) {
    if (s.bulk()) {
      r.unsupported(
          MyItems.COLLECTION,
          "SELECT ... BULK COLLECT INTO needs collections",
          s.span(),
          null,
          "DO 0;");
      r.write("\n");
      return null;
    }
    boolean wrap = s.strict() || scan.fetch;
    if (wrap) {
      r.write("BEGIN\n");
      r.out.indent();
      if (s.strict()) {
        r.write(
            "DECLARE EXIT HANDLER FOR NOT FOUND SIGNAL SQLSTATE '"
                + MyConditions.NO_DATA
                + "' SET MESSAGE_TEXT = 'no data found';\n");
      } else {
        r.write("DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN\nEND;\n");
      }
    }
    Query q = s.strict() ? s.query() : lastRow(s.query());
    List<String> targets = MyVariables.intoTargets(r, s.targets());
    if (q instanceof Query.Select select && !MyQueryRewrites.hasFullJoin(select.from())) {
      r.queries().with(select.with());
      r.write(select.distinct() ? "SELECT DISTINCT " : "SELECT ");
      r.queries().selectItems(select.items());
      r.write(" INTO " + String.join(", ", targets));
      r.queries().tail(select);
    } else {
      r.write("SELECT * INTO " + String.join(", ", targets) + " FROM (");
      r.query(q);
      r.write(") AS godwit_result");
    }
    r.write(";\n");
    rowCount();
    if (wrap) {
      r.out.dedent();
      r.write("END;\n");
    }
    return null;
  }

  /**
   * T-SQL's SELECT @v = ... keeps the last row: the order reversed and one row (MySQL fails on more
   * than one).
   */
  private static Query lastRow(Query q) {
    if (!(q instanceof Query.Select s) || s.limit() != null) {
      return q;
    }
    List<OrderItem> reversed = new ArrayList<>();
    for (OrderItem o : s.orderBy()) {
      reversed.add(
          new OrderItem(
              o.expr(), o.order() == SortOrder.DESC ? SortOrder.ASC : SortOrder.DESC, o.nulls()));
    }
    return new Query.Select(
        s.with(),
        s.distinct(),
        s.items(),
        s.from(),
        s.where(),
        s.groupBy(),
        s.having(),
        reversed,
        new Query.Limit(Expr.Literal.number(1), null, false, false),
        s.hierarchy(),
        s.lock());
  }

  @Override
  public Void visitQueryStmt(Stmt.QueryStmt s) {
    if (restricted("a result set", s.span())) {
      return null;
    }
    r.query(s.query());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitExecuteDynamic(Stmt.ExecuteDynamic s) {
    if (restricted("dynamic SQL", s.span())) {
      return null;
    }
    if (s.bulk()) {
      r.unsupported(
          MyItems.COLLECTION,
          "EXECUTE IMMEDIATE ... BULK COLLECT needs collections",
          s.span(),
          null,
          "DO 0;");
      r.write("\n");
      return null;
    }
    MyDynamicSql.execute(r, s.sql(), s.using(), s.into(), s.span(), scan.rowCount);
    return null;
  }

  @Override
  public Void visitOpen(Stmt.Open s) {
    MyCursors.open(r, s);
    return null;
  }

  @Override
  public Void visitFetch(Stmt.Fetch s) {
    MyCursors.fetch(r, s);
    return null;
  }

  @Override
  public Void visitClose(Stmt.Close s) {
    MyCursors.close(r, s);
    return null;
  }

  @Override
  public Void visitTransaction(Stmt.Transaction s) {
    if (restricted(s.kind().name().replace('_', ' '), s.span())) {
      return null;
    }
    String sp = s.savepoint() == null ? "" : r.names.ident(s.savepoint());
    r.write(
        switch (s.kind()) {
          case BEGIN -> "START TRANSACTION;\n";
          case COMMIT -> "COMMIT;\n";
          case ROLLBACK -> "ROLLBACK;\n";
          case SAVEPOINT -> "SAVEPOINT " + sp + ";\n";
          case ROLLBACK_TO_SAVEPOINT -> "ROLLBACK TO SAVEPOINT " + sp + ";\n";
          case RELEASE_SAVEPOINT -> "RELEASE SAVEPOINT " + sp + ";\n";
        });
    return null;
  }

  @Override
  public Void visitGoto(Stmt.Goto s) {
    r.unsupported(
        MyItems.GOTO,
        "MySQL has no GOTO: restructure with labelled blocks, LEAVE and ITERATE",
        s.span(),
        "GOTO " + s.label().text(),
        "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
            + MySqlNames.literal("GOTO " + s.label().text() + " not converted")
            + ";");
    r.write("\n");
    return null;
  }

  @Override
  public Void visitLabel(Stmt.Label s) {
    r.write("-- <<" + MyRender.commentSafe(s.label().text()) + ">>\n");
    return null;
  }

  @Override
  public Void visitForAll(Stmt.ForAll s) {
    r.unsupported(
        MyItems.COLLECTION,
        "FORALL works on collections, which MySQL does not have: loop over a temporary table",
        s.span(),
        "FORALL " + s.index().text(),
        "DO 0;");
    r.write("\n");
    return null;
  }

  @Override
  public Void visitGetDiagnostics(Stmt.GetDiagnostics s) {
    r.write("GET DIAGNOSTICS ");
    r.expr(s.target());
    r.write(" = ROW_COUNT;\n");
    return null;
  }

  @Override
  public Void visitDdlStmt(Stmt.DdlStmt s) {
    if (restricted("DDL", s.span())) {
      return null;
    }
    new MyDdl(r).write(s.ddl());
    return null;
  }

  @Override
  public Void visitSleep(Stmt.Sleep s) {
    r.write("DO SLEEP(");
    r.expr(s.seconds());
    r.write(");\n");
    return null;
  }

  @Override
  public Void visitUnsupported(Stmt.Unsupported s) {
    String line = s.span() == null ? "" : " at line " + s.span().startLine();
    r.unsupported(
        s.code(),
        s.message(),
        s.span(),
        s.text(),
        "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
            + MySqlNames.literal("GODWIT " + s.code() + ": statement not converted" + line)
            + ";");
    r.write("\n");
    return null;
  }
}
