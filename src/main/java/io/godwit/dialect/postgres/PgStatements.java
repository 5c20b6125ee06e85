package io.godwit.dialect.postgres;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.StmtVisitor;
import io.godwit.ir.query.Query;
import java.util.List;

/** Procedural statements as PL/pgSQL. */
final class PgStatements implements StmtVisitor<Void> {

  private final PgRender r;
  private final PgProcedural proc;

  PgStatements(PgRender render, PgProcedural proc) {
    this.r = render;
    this.proc = proc;
  }

  void list(List<Stmt> statements) {
    for (Stmt s : statements) {
      s.accept(this);
      if (r.rowCountUsed && changesRowCount(s)) {
        r.write("GET DIAGNOSTICS " + PgProcedural.ROW_COUNT_VARIABLE + " = ROW_COUNT;\n");
      }
    }
  }

  private static boolean changesRowCount(Stmt s) {
    return s instanceof Stmt.DmlStmt
        || s instanceof Stmt.SelectInto
        || s instanceof Stmt.ExecuteDynamic
        || s instanceof Stmt.ForAll
        || s instanceof Stmt.ReturnQuery;
  }

  private void body(List<Stmt> statements) {
    r.out.indent();
    list(statements);
    if (statements.isEmpty()) {
      r.write("NULL;\n");
    }
    r.out.dedent();
  }

  private void label(io.godwit.ir.Ident label) {
    if (label != null) {
      r.write("<<");
      r.ident(label);
      r.write(">>\n");
    }
  }

  private void endLoop(io.godwit.ir.Ident label) {
    r.write("END LOOP");
    if (label != null) {
      r.write(" ");
      r.ident(label);
    }
    r.write(";\n");
  }

  @Override
  public Void visitBlock(Block s) {
    proc.nested(s);
    return null;
  }

  @Override
  public Void visitAssign(Stmt.Assign s) {
    if (s.target() instanceof Expr.Element el && PgMaps.isMap(el.collection())) {
      new PgMaps(r).assign(el, s.value());
      return null;
    }
    if (s.target() instanceof Expr.PackageVar pv) {
      r.write("PERFORM ");
      PgPackages.assign(r, pv, s.value());
      r.write(";\n");
      return null;
    }
    r.expr(s.target());
    r.write(" := ");
    r.expr(s.value());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitIf(Stmt.If s) {
    for (int i = 0; i < s.branches().size(); i++) {
      Stmt.Branch b = s.branches().get(i);
      r.write(i == 0 ? "IF " : "ELSIF ");
      r.expr(b.condition());
      r.write(" THEN\n");
      body(b.body());
    }
    if (!s.otherwise().isEmpty()) {
      r.write("ELSE\n");
      body(s.otherwise());
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
    label(s.label());
    r.write("LOOP\n");
    body(s.body());
    endLoop(s.label());
    return null;
  }

  @Override
  public Void visitWhile(Stmt.While s) {
    label(s.label());
    r.write("WHILE ");
    r.expr(s.condition());
    r.write(" LOOP\n");
    body(s.body());
    endLoop(s.label());
    return null;
  }

  @Override
  public Void visitForRange(Stmt.ForRange s) {
    label(s.label());
    r.write("FOR ");
    r.ident(s.variable());
    r.write(" IN ");
    if (s.reverse()) {
      // PL/SQL writes REVERSE low..high; PL/pgSQL writes REVERSE high..low.
      r.write("REVERSE ");
      r.expr(s.high());
      r.write(" .. ");
      r.expr(s.low());
    } else {
      r.expr(s.low());
      r.write(" .. ");
      r.expr(s.high());
    }
    if (s.step() != null) {
      r.write(" BY ");
      r.expr(s.step());
    }
    r.write(" LOOP\n");
    body(s.body());
    endLoop(s.label());
    return null;
  }

  @Override
  public Void visitForQuery(Stmt.ForQuery s) {
    label(s.label());
    r.write("FOR ");
    r.ident(s.record());
    r.write(" IN ");
    if (s.cursor() != null) {
      r.name(s.cursor());
      if (!s.cursorArgs().isEmpty()) {
        r.write("(");
        r.exprs(s.cursorArgs());
        r.write(")");
      }
    } else if (s.dynamicSql() != null) {
      r.write("EXECUTE ");
      r.expr(s.dynamicSql());
      using(s.using());
    } else {
      r.out.indent();
      r.write("\n");
      r.query(s.query());
      r.out.dedent();
    }
    r.write(" LOOP\n");
    body(s.body());
    endLoop(s.label());
    return null;
  }

  private void using(List<Expr> args) {
    if (!args.isEmpty()) {
      r.write(" USING ");
      r.exprs(args);
    }
  }

  @Override
  public Void visitExit(Stmt.Exit s) {
    r.write("EXIT");
    labelAndWhen(s.label(), s.when());
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue s) {
    r.write("CONTINUE");
    labelAndWhen(s.label(), s.when());
    return null;
  }

  private void labelAndWhen(io.godwit.ir.Ident label, Expr when) {
    if (label != null) {
      r.write(" ");
      r.ident(label);
    }
    if (when != null) {
      r.write(" WHEN ");
      r.expr(when);
    }
    r.write(";\n");
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    if (r.triggerReturn != null) {
      r.write("RETURN " + r.triggerReturn + ";\n");
      return null;
    }
    Routine routine = r.currentRoutine;
    boolean valueAllowed =
        routine != null
            && routine.kind() == Routine.Kind.FUNCTION
            && routine.returns() != null
            && !routine.returns().setOf()
            && routine.returns().table().isEmpty();
    if (s.value() != null && valueAllowed) {
      r.write("RETURN ");
      r.expr(s.value());
      r.write(";\n");
    } else {
      r.write("RETURN;\n");
    }
    return null;
  }

  @Override
  public Void visitReturnNext(Stmt.ReturnNext s) {
    r.write("RETURN NEXT");
    if (s.value() != null) {
      r.write(" ");
      r.expr(s.value());
    }
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitReturnQuery(Stmt.ReturnQuery s) {
    r.write("RETURN QUERY\n");
    r.out.indent();
    r.query(s.query());
    r.out.dedent();
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitRaise(Stmt.Raise s) {
    if (s.level() != Stmt.Level.EXCEPTION) {
      r.write("RAISE " + s.level().name() + " '%', ");
      if (s.message() == null) {
        r.write("''");
      } else {
        r.expr(s.message());
      }
      r.write(";\n");
      return null;
    }
    if (s.exception() != null) {
      QName e = s.exception();
      String predefined = e.size() == 1 ? PgConditions.predefined(e.last().text()) : null;
      boolean declared = r.exceptions.containsKey(r.names.naming().name(e.last()));
      if (predefined != null && !declared) {
        r.write("RAISE " + predefined);
        if (s.message() != null) {
          r.write(" USING MESSAGE = ");
          r.expr(s.message());
        }
        r.write(";\n");
        return null;
      }
      r.write("RAISE EXCEPTION USING ERRCODE = '" + PgConditions.stateOf(r, e) + "', MESSAGE = ");
      if (s.message() != null) {
        r.expr(s.message());
      } else {
        r.write(PgNames.literal(e.last().text()));
      }
      r.write(";\n");
      return null;
    }
    java.math.BigDecimal code = s.code() == null ? null : PgExpressions.numberValue(s.code());
    SqlWriter.Mark start = r.out.mark();
    r.write("RAISE EXCEPTION USING ERRCODE = '");
    r.write(code == null ? "P0001" : PgConditions.codeState(code.intValue()));
    r.write("', MESSAGE = ");
    if (s.message() == null) {
      r.write("'error'");
    } else {
      r.expr(s.message());
    }
    r.write(";\n");
    if (s.code() != null && code == null) {
      r.itemSince(
          start,
          PgItems.DYNAMIC_RAISE_CODE,
          "an error number computed at run time: raised as SQLSTATE P0001",
          s.span(),
          null);
    }
    return null;
  }

  @Override
  public Void visitReRaise(Stmt.ReRaise s) {
    r.write("RAISE;\n");
    return null;
  }

  @Override
  public Void visitNull(Stmt.Null s) {
    r.write("NULL;\n");
    return null;
  }

  @Override
  public Void visitCall(Stmt.Call s) {
    r.write("CALL ");
    r.name(s.procedure());
    r.write("(");
    r.exprs(s.args());
    r.write(");\n");
    if (s.statusTarget() != null) {
      SqlWriter.Mark start = r.out.mark();
      r.write("-- return status of the call is not available\n");
      r.itemSince(
          start,
          PgItems.RESULT_SET,
          "a procedure's return status: PostgreSQL procedures return nothing; use an OUT"
              + " parameter",
          s.span(),
          null);
    }
    return null;
  }

  @Override
  public Void visitPerform(Stmt.Perform s) {
    r.write("PERFORM ");
    r.expr(s.expr());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitDmlStmt(Stmt.DmlStmt s) {
    if (s.bulk() && !s.returningInto().isEmpty()) {
      bulkReturning(s);
      return null;
    }
    r.queries().dml(s.dml());
    if (!s.returningInto().isEmpty()) {
      r.write(" INTO ");
      r.exprs(s.returningInto());
    }
    r.write(";\n");
    return null;
  }

  /** RETURNING ... BULK COLLECT INTO: collect the returned rows with array_agg. */
  private void bulkReturning(Stmt.DmlStmt s) {
    r.write("WITH godwit_changed AS (\n");
    r.out.indent();
    r.queries().dml(s.dml());
    r.out.dedent();
    r.write("\n)\nSELECT ");
    List<Query.SelectItem> returning = returningOf(s);
    for (int i = 0; i < returning.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.write(
          "array_agg(godwit_changed."
              + (returning.get(i).alias() == null
                  ? r.names.naming().name(lastIdent(returning.get(i).expr()))
                  : r.names.naming().name(returning.get(i).alias()))
              + ")");
    }
    r.write(" INTO ");
    r.exprs(s.returningInto());
    r.write(" FROM godwit_changed;\n");
  }

  private static io.godwit.ir.Ident lastIdent(Expr e) {
    if (e instanceof Expr.ColumnRef c) {
      return c.name().last();
    }
    return io.godwit.ir.Ident.of("column");
  }

  private static List<Query.SelectItem> returningOf(Stmt.DmlStmt s) {
    if (s.dml() instanceof io.godwit.ir.query.Dml.Insert i) {
      return i.returning();
    }
    if (s.dml() instanceof io.godwit.ir.query.Dml.Update u) {
      return u.returning();
    }
    if (s.dml() instanceof io.godwit.ir.query.Dml.Delete d) {
      return d.returning();
    }
    return List.of();
  }

  @Override
  public Void visitSelectInto(Stmt.SelectInto s) {
    if (s.bulk()) {
      bulkCollect(s);
      return null;
    }
    if (!(s.query() instanceof Query.Select select)) {
      r.write("SELECT * INTO ");
      if (s.strict()) {
        r.write("STRICT ");
      }
      r.exprs(s.targets());
      r.write(" FROM (");
      r.query(s.query());
      r.write(") godwit_result;\n");
      return null;
    }
    // [WITH ...] SELECT items INTO [STRICT] targets FROM ...: INTO follows the select list.
    r.queries().with(select.with());
    r.write(select.distinct() ? "SELECT DISTINCT " : "SELECT ");
    r.queries().selectItems(select.items());
    r.write(" INTO ");
    if (s.strict()) {
      r.write("STRICT ");
    }
    r.exprs(s.targets());
    r.queries().tail(select);
    r.write(";\n");
    return null;
  }

  /** BULK COLLECT INTO collections: one array_agg per target over the query's rows. */
  private void bulkCollect(Stmt.SelectInto s) {
    r.write("SELECT ");
    List<Expr> targets = s.targets();
    // One target and a query of one column: an array of the column's values, not of rows.
    boolean oneColumn =
        targets.size() == 1
            && s.query() instanceof Query.Select q
            && q.items().size() == 1
            && !(q.items().get(0).expr() instanceof Expr.Star);
    if (targets.size() == 1 && !oneColumn) {
      r.write("array_agg(godwit_row)");
    } else {
      for (int i = 0; i < targets.size(); i++) {
        if (i > 0) {
          r.write(", ");
        }
        r.write("array_agg(godwit_row.c" + (i + 1) + ")");
      }
    }
    r.write(" INTO ");
    r.exprs(targets);
    r.write(" FROM (");
    r.query(s.query());
    r.write(") godwit_row");
    if (targets.size() > 1 || oneColumn) {
      r.write(" (");
      for (int i = 0; i < targets.size(); i++) {
        r.write(i == 0 ? "c1" : ", c" + (i + 1));
      }
      r.write(")");
    }
    r.write(";\n");
  }

  @Override
  public Void visitQueryStmt(Stmt.QueryStmt s) {
    SqlWriter.Mark start = r.out.mark();
    r.write("-- result set not returned:\n");
    r.write("PERFORM * FROM (");
    r.query(s.query());
    r.write(") godwit_result;\n");
    r.itemSince(
        start,
        PgItems.RESULT_SET,
        "a result set returned to the client: make the routine return it (SETOF or refcursor)",
        s.span(),
        null);
    return null;
  }

  @Override
  public Void visitExecuteDynamic(Stmt.ExecuteDynamic s) {
    if (s.bulk()) {
      r.unsupported(
          PgItems.BULK_DYNAMIC,
          "EXECUTE IMMEDIATE ... BULK COLLECT: collect with array_agg in the dynamic query",
          s.span(),
          null,
          "NULL;");
      r.write("\n");
      return null;
    }
    r.write("EXECUTE ");
    r.expr(s.sql());
    if (!s.into().isEmpty()) {
      r.write(" INTO ");
      r.exprs(s.into());
    }
    using(s.using());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitOpen(Stmt.Open s) {
    r.write("OPEN ");
    r.expr(s.cursor());
    if (s.query() != null) {
      r.write(" FOR\n");
      r.out.indent();
      r.query(s.query());
      r.out.dedent();
    } else if (s.dynamicSql() != null) {
      r.write(" FOR EXECUTE ");
      r.expr(s.dynamicSql());
      using(s.using());
    } else if (!s.args().isEmpty()) {
      r.write("(");
      r.exprs(s.args());
      r.write(")");
    }
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitFetch(Stmt.Fetch s) {
    if (s.bulk()) {
      bulkFetch(s);
      return null;
    }
    r.write("FETCH ");
    r.expr(s.cursor());
    r.write(" INTO ");
    r.exprs(s.into());
    r.write(";\n");
    return null;
  }

  /** FETCH ... BULK COLLECT INTO coll [LIMIT n]: a loop appending each row. */
  private void bulkFetch(Stmt.Fetch s) {
    if (s.into().size() != 1) {
      r.unsupported(
          PgItems.BULK_FETCH_LIMIT,
          "FETCH BULK COLLECT into several collections",
          s.span(),
          null,
          "NULL;");
      r.write("\n");
      return;
    }
    Expr target = s.into().get(0);
    r.expr(target);
    r.write(" := '{}';\n");
    r.write("LOOP\n");
    r.out.indent();
    if (s.limit() != null) {
      r.write("EXIT WHEN coalesce(cardinality(");
      r.expr(target);
      r.write("), 0) >= ");
      r.expr(s.limit());
      r.write(";\n");
    }
    r.write("FETCH ");
    r.expr(s.cursor());
    r.write(" INTO godwit_fetched;\n");
    r.write("EXIT WHEN NOT FOUND;\n");
    r.expr(target);
    r.write(" := array_append(");
    r.expr(target);
    r.write(", godwit_fetched);\n");
    r.out.dedent();
    r.write("END LOOP;\n");
    r.items.add(
        PgItems.BULK_FETCH_LIMIT,
        "FETCH BULK COLLECT became a row loop: declare godwit_fetched with the collection's"
            + " element type",
        s.span(),
        null);
  }

  @Override
  public Void visitClose(Stmt.Close s) {
    r.write("CLOSE ");
    r.expr(s.cursor());
    r.write(";\n");
    return null;
  }

  @Override
  public Void visitTransaction(Stmt.Transaction s) {
    switch (s.kind()) {
      case COMMIT -> transactionControl("COMMIT;\n", s);
      case ROLLBACK -> transactionControl("ROLLBACK;\n", s);
      case BEGIN -> r.write("-- BEGIN TRANSACTION: PL/pgSQL runs inside the caller's\n");
      case SAVEPOINT, ROLLBACK_TO_SAVEPOINT, RELEASE_SAVEPOINT ->
          r.unsupported(
              PgItems.SAVEPOINT,
              "savepoints cannot be used in PL/pgSQL: use a nested BEGIN ... EXCEPTION block",
              s.span(),
              s.kind().name() + (s.savepoint() == null ? "" : " " + s.savepoint().text()),
              "NULL;");
    }
    if (s.kind() == Stmt.TransactionKind.SAVEPOINT
        || s.kind() == Stmt.TransactionKind.ROLLBACK_TO_SAVEPOINT
        || s.kind() == Stmt.TransactionKind.RELEASE_SAVEPOINT) {
      r.write("\n");
    }
    return null;
  }

  private void transactionControl(String text, Stmt.Transaction s) {
    Routine routine = r.currentRoutine;
    if (routine != null && routine.kind() == Routine.Kind.FUNCTION) {
      r.unsupported(
          PgItems.TRANSACTION_IN_FUNCTION,
          "a function cannot COMMIT or ROLLBACK in PostgreSQL: make it a procedure or move the"
              + " transaction control to the caller",
          s.span(),
          text.strip(),
          "NULL;");
      r.write("\n");
      return;
    }
    r.write(text);
  }

  @Override
  public Void visitGoto(Stmt.Goto s) {
    r.unsupported(
        PgItems.GOTO,
        "PL/pgSQL has no GOTO: restructure with loops, EXIT and CONTINUE",
        s.span(),
        "GOTO " + s.label().text(),
        "RAISE EXCEPTION 'GOTO " + s.label().text().replace("'", "''") + " not converted';");
    r.write("\n");
    return null;
  }

  @Override
  public Void visitLabel(Stmt.Label s) {
    r.write("-- <<" + s.label().text() + ">>\n");
    return null;
  }

  @Override
  public Void visitForAll(Stmt.ForAll s) {
    if (s.saveExceptions()) {
      SqlWriter.Mark start = r.out.mark();
      r.write("-- SAVE EXCEPTIONS\n");
      r.itemSince(
          start,
          PgItems.SAVE_EXCEPTIONS,
          "FORALL ... SAVE EXCEPTIONS: the loop stops at the first error; catch errors per"
              + " row in a nested block to continue",
          s.span(),
          null);
    }
    r.write("FOR ");
    r.ident(s.index());
    r.write(" IN ");
    if (s.indicesOf() != null) {
      r.write("array_lower(");
      r.expr(s.indicesOf());
      r.write(", 1) .. array_upper(");
      r.expr(s.indicesOf());
      r.write(", 1)");
    } else {
      r.expr(s.low());
      r.write(" .. ");
      r.expr(s.high());
    }
    r.write(" LOOP\n");
    r.out.indent();
    s.statement().accept(this);
    r.out.dedent();
    r.write("END LOOP;\n");
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
    new PgDdl(r).write(s.ddl());
    return null;
  }

  @Override
  public Void visitSleep(Stmt.Sleep s) {
    r.write("PERFORM pg_sleep(");
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
        "RAISE EXCEPTION 'GODWIT " + s.code() + ": statement not converted" + line + "';");
    r.write("\n");
    return null;
  }
}
