package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * T-SQL statements of a procedure or function body as IR statements. T-SQL variables live from
 * their DECLARE to the end of the batch, so every DECLARE becomes a declaration of the routine's
 * outermost block (labelled {@link #LOCALS}, and read qualified so no column shadows it) and its
 * initial value an assignment where the DECLARE was.
 */
final class MssProcedural {

  /** The label of a converted routine's outermost block. */
  static final Ident LOCALS = Ident.of("locals");

  private final MssContext cx;
  private final MssExpr ex;
  private final MssQuery q;
  private final MssDml dml;
  private final MssTypes types;
  private final SqlType returns;
  private final List<Decl> declarations = new ArrayList<>();
  private MssBodyHooks hooks = new MssBodyHooks() {};
  private final MssCursors cursors;
  private final MssTempTables temps;
  private final MssTransactions transactions;
  private final MssDynamicSql dynamic;

  /**
   * @param returns the scalar type a function returns; null for a procedure
   */
  MssProcedural(MssContext cx, MssExpr ex, MssQuery q, SqlType returns) {
    this.cx = cx;
    this.ex = ex;
    this.q = q;
    this.dml = new MssDml(cx, ex, q);
    this.types = new MssTypes(cx);
    this.returns = returns;
    this.cursors = new MssCursors(cx, q, this);
    this.temps = new MssTempTables(cx, ex, q);
    this.transactions = new MssTransactions(cx);
    this.dynamic = new MssDynamicSql(cx, ex);
  }

  /** What the kind of routine being lowered changes (table-valued functions, result sets). */
  MssProcedural hooks(MssBodyHooks h) {
    this.hooks = h;
    return this;
  }

  /** The routine's body: its hoisted declarations and statements. */
  Block body(TSqlParser.StatementListContext list, ParserRuleContext whole) {
    if (list != null) {
      cursors.prepare(list);
      temps.prepare(list);
    }
    List<Stmt> stmts = list(list);
    cursors.finish();
    stmts.addAll(temps.cleanup(stmts));
    return new Block(LOCALS, declarations, stmts, null, cx.span(whole));
  }

  List<Stmt> list(TSqlParser.StatementListContext list) {
    List<Stmt> out = new ArrayList<>();
    if (list != null) {
      statements(list.statement(), out);
    }
    return out;
  }

  /** Lowers statements in order; a cursor's FETCH loop may take several of them at once. */
  void statements(List<TSqlParser.StatementContext> list, List<Stmt> out) {
    for (int i = 0; i < list.size(); i++) {
      int taken = cursors.loop(list, i, out);
      if (taken > 0) {
        i += taken - 1;
        continue;
      }
      statement(list.get(i), out);
    }
  }

  /** A declaration of the routine's outermost block (cursors, their rows, status variables). */
  void declare(Decl d) {
    declarations.add(d);
  }

  List<Stmt> single(TSqlParser.StatementContext s) {
    List<Stmt> out = new ArrayList<>();
    statement(s, out);
    return out;
  }

  private void statement(TSqlParser.StatementContext s, List<Stmt> out) {
    if (s.blockStatement() != null) {
      if (s.blockStatement().ATOMIC() != null) {
        out.add(cx.unsupportedStmt(s, MssItems.STATEMENT, "BEGIN ATOMIC is not converted"));
        return;
      }
      out.addAll(list(s.blockStatement().statementList()));
    } else if (s.declareStatement() != null) {
      declare(s.declareStatement(), out);
    } else if (s.setStatement() != null) {
      set(s.setStatement(), out);
    } else if (s.ifStatement() != null && transactions.guarded(s.ifStatement(), out)) {
      return; // IF @@TRANCOUNT > 0 ROLLBACK ...
    } else if (s.ifStatement() != null) {
      TSqlParser.IfStatementContext i = s.ifStatement();
      out.add(
          new Stmt.If(
              List.of(new Stmt.Branch(ex.condition(i.searchCondition()), single(i.thenStatement))),
              i.elseStatement == null ? List.of() : single(i.elseStatement),
              cx.span(s)));
    } else if (s.whileStatement() != null) {
      TSqlParser.WhileStatementContext w = s.whileStatement();
      out.add(
          new Stmt.While(
              null, ex.condition(w.searchCondition()), single(w.statement()), cx.span(s)));
    } else if (s.breakStatement() != null) {
      out.add(new Stmt.Exit(null, null, cx.span(s)));
    } else if (s.continueStatement() != null) {
      out.add(new Stmt.Continue(null, null, cx.span(s)));
    } else if (s.returnStatement() != null) {
      out.add(returnStatement(s.returnStatement()));
    } else if (s.dmlStatement() != null && temps.selectInto(s.dmlStatement(), out)) {
      return; // SELECT ... INTO #t
    } else if (s.dmlStatement() != null) {
      out.add(dmlStatement(s.dmlStatement()));
    } else if (s.printStatement() != null) {
      out.add(
          new Stmt.Raise(
              Stmt.Level.NOTICE, null, null, ex.expr(s.printStatement().expression()), cx.span(s)));
    } else if (s.tryCatchStatement() != null) {
      TSqlParser.TryCatchStatementContext t = s.tryCatchStatement();
      out.add(
          new Block(
              null,
              null,
              list(t.tryBody),
              List.of(new Handler(List.of(Handler.Condition.others()), list(t.catchBody))),
              cx.span(s)));
    } else if (s.throwStatement() != null) {
      out.add(throwStatement(s.throwStatement()));
    } else if (s.raiserrorStatement() != null) {
      out.add(raiserror(s.raiserrorStatement()));
    } else if (s.executeStatement() != null) {
      Stmt dyn = dynamic.execute(s.executeStatement());
      if (dyn == null && s.executeStatement() instanceof TSqlParser.ExecuteProcedureContext p) {
        dyn = MssSystemObjects.call(cx, p);
      }
      out.add(dyn != null ? dyn : execute(s.executeStatement()));
    } else if (s.transactionStatement() != null) {
      transactions.statement(s.transactionStatement(), out);
    } else if (s.cursorStatement() != null) {
      cursors.statement(s.cursorStatement(), out);
    } else if (s.createTableStatement() != null && temps.create(s.createTableStatement(), out)) {
      return;
    } else if (s.dropStatement() instanceof TSqlParser.DropObjectsContext d && temps.drop(d, out)) {
      return;
    } else if (s.truncateTableStatement() != null
        && temps.truncate(s.truncateTableStatement(), out)) {
      return;
    } else if (s.waitforStatement() != null
        || s.gotoStatement() != null
        || s.labelStatement() != null) {
      MssFlow.statement(cx, ex, s, out);
    } else {
      out.add(cx.unsupportedStmt(s, MssItems.STATEMENT, "this statement is not converted yet"));
    }
  }

  private void declare(TSqlParser.DeclareStatementContext d, List<Stmt> out) {
    if (d instanceof TSqlParser.DeclareCursorContext c) {
      cursors.declare(c, out);
      return;
    }
    if (d instanceof TSqlParser.DeclareTableVariableContext t) {
      temps.declare(t, out);
      return;
    }
    if (!(d instanceof TSqlParser.DeclareVariablesContext v)) {
      out.add(cx.unsupportedStmt(d, MssItems.STATEMENT, "this DECLARE is not converted"));
      return;
    }
    for (TSqlParser.DeclareVariableContext var : v.declareVariable()) {
      if (var.dataType() == null) {
        out.add(cx.unsupportedStmt(var, MssItems.STATEMENT, "cursor variables are not converted"));
        continue;
      }
      String written = var.VARIABLE().getText();
      Ident name = MssNames.variable(written);
      SqlType type = types.map(var.dataType(), false);
      declarations.add(new Decl.Variable(name, type, null, false, false, cx.span(var)));
      cx.variable(written, type, QName.of(LOCALS, name));
      if (var.expression() != null) {
        Expr target = new Expr.VariableRef(cx.variableName(written), type);
        out.add(
            new Stmt.Assign(target, MssExpr.coerce(ex.expr(var.expression()), type), cx.span(var)));
      }
    }
  }

  private void set(TSqlParser.SetStatementContext s, List<Stmt> out) {
    if (s instanceof TSqlParser.SetVariableContext v) {
      String written = v.VARIABLE().getText();
      SqlType type = cx.variableType(written);
      Expr target = new Expr.VariableRef(cx.variableName(written), type);
      Expr value = MssDml.compound(v.assignmentOperator(), target, ex.expr(v.expression()));
      out.add(new Stmt.Assign(target, MssExpr.coerce(value, type), cx.span(s)));
      return;
    }
    if (s instanceof TSqlParser.SetOnOffContext) {
      return; // SET NOCOUNT, ANSI_NULLS, XACT_ABORT ...: session options with no PL/pgSQL meaning
    }
    out.add(cx.unsupportedStmt(s, MssItems.STATEMENT, "this SET statement is not converted"));
  }

  private Stmt returnStatement(TSqlParser.ReturnStatementContext r) {
    if (r.expression() == null) {
      return new Stmt.Return(null, cx.span(r));
    }
    if (returns == null) {
      Stmt code = hooks.returnCode(r);
      if (code != null) {
        return code;
      }
      return cx.unsupportedStmt(
          r,
          MssItems.STATEMENT,
          cx.mysql
              ? "a procedure's return code: MySQL procedures return no value; pass it in an"
                  + " OUT parameter"
              : "a procedure's return code: PostgreSQL procedures return no value; pass it in an"
                  + " INOUT parameter");
    }
    return new Stmt.Return(MssExpr.coerce(ex.expr(r.expression()), returns), cx.span(r));
  }

  private Stmt dmlStatement(TSqlParser.DmlStatementContext d) {
    if (d.select() != null) {
      return select(d);
    }
    if (d.mergeStatement() != null) {
      return new MssMerge(cx, ex, q, dml).statement(d);
    }
    Stmt hooked = hooks.dml(d);
    if (hooked != null) {
      return hooked;
    }
    Dml change = dml.dml(d);
    if (change == null) {
      return cx.unsupportedStmt(d, MssItems.STATEMENT, "this statement is not converted yet");
    }
    return new Stmt.DmlStmt(change, List.of(), false, cx.span(d));
  }

  /** {@code SELECT @a = x, @b = y FROM ...} reads into variables; other SELECTs return rows. */
  private Stmt select(TSqlParser.DmlStatementContext d) {
    TSqlParser.SelectContext sel = d.select();
    TSqlParser.QueryExpressionContext qe = sel.queryExpression();
    TSqlParser.QuerySpecificationContext spec =
        qe instanceof TSqlParser.QuerySpecificationQueryContext qs ? qs.querySpecification() : null;
    if (spec == null
        || spec.selectList().selectItem().isEmpty()
        || !(spec.selectList().selectItem(0)
            instanceof TSqlParser.SelectVariableAssignmentContext)) {
      Stmt rows =
          hooks.resultSet(
              d,
              () ->
                  q.finish(
                      q.query(qe),
                      d.withClause() == null ? null : q.with(d.withClause()),
                      sel.orderByClause(),
                      sel.offsetFetchClause()));
      if (rows != null) {
        return rows;
      }
      return cx.unsupportedStmt(
          d,
          MssItems.RESULT_SET,
          "a query that returns a result set to the caller is not converted yet");
    }
    List<Expr> targets = new ArrayList<>();
    List<Query.SelectItem> items = new ArrayList<>();
    for (TSqlParser.SelectItemContext i : spec.selectList().selectItem()) {
      if (!(i instanceof TSqlParser.SelectVariableAssignmentContext a)
          || a.assignmentOperator().EQUAL() == null) {
        return cx.unsupportedStmt(
            d, MssItems.STATEMENT, "a SELECT that both assigns and returns columns");
      }
      String written = a.VARIABLE().getText();
      SqlType type = cx.variableType(written);
      targets.add(new Expr.VariableRef(cx.variableName(written), type));
      items.add(new Query.SelectItem(MssExpr.coerce(ex.expr(a.expression()), type), null));
    }
    Query.Select base = q.specification(spec);
    Query.Select read = base.withItems(items);
    if (oneRow(read)) {
      Query query = q.finish(read, null, sel.orderByClause(), sel.offsetFetchClause());
      return new Stmt.SelectInto(query, targets, false, false, cx.span(d));
    }
    // T-SQL assigns once per row: no row leaves the variables as they were, several rows leave
    // the last row's values. A FOR loop over the rows does exactly that.
    List<Query.SelectItem> named = new ArrayList<>();
    List<Stmt> assigns = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Ident column = Ident.of("value_" + (i + 1));
      named.add(new Query.SelectItem(items.get(i).expr(), column));
      assigns.add(
          new Stmt.Assign(
              targets.get(i),
              new Expr.ColumnRef(QName.of(ROW, column), MssExpr.typeOf(items.get(i).expr())),
              cx.span(d)));
    }
    Query rows =
        q.finish(read.withItems(named), null, sel.orderByClause(), sel.offsetFetchClause());
    return new Stmt.ForQuery(null, ROW, rows, null, null, null, null, assigns, cx.span(d));
  }

  /** The record a multi-row {@code SELECT @v = ...} loops with. */
  private static final Ident ROW = Ident.of("godwit_row");

  private static final java.util.Set<String> AGGREGATES =
      java.util.Set.of("count", "count_big", "sum", "min", "max", "avg", "string_agg");

  /** A query without FROM, or with only aggregates and no GROUP BY, returns exactly one row. */
  private static boolean oneRow(Query.Select s) {
    if (s.from().isEmpty()) {
      return true;
    }
    if (!s.groupBy().isEmpty() || s.having() != null) {
      return false;
    }
    for (Query.SelectItem i : s.items()) {
      if (!(i.expr() instanceof Expr.FunctionCall f)
          || !AGGREGATES.contains(f.name().last().text().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private Stmt throwStatement(TSqlParser.ThrowStatementContext t) {
    if (t.message == null) {
      return new Stmt.ReRaise(cx.span(t));
    }
    // The error number becomes the SQLSTATE (U and four base-36 digits), as for RAISERROR.
    return new Stmt.Raise(
        Stmt.Level.EXCEPTION, null, ex.expr(t.number), ex.expr(t.message), cx.span(t));
  }

  private Stmt raiserror(TSqlParser.RaiserrorStatementContext r) {
    if (!(r instanceof TSqlParser.RaiserrorCallContext c)) {
      return cx.unsupportedStmt(
          r, MssItems.STATEMENT, "the legacy form of RAISERROR is not converted yet");
    }
    Expr message = ex.expr(c.message);
    if (c.expression().size() > 3) {
      List<Expr> args = new ArrayList<>();
      for (int i = 3; i < c.expression().size(); i++) {
        args.add(ex.expr(c.expression(i)));
      }
      Expr formatted =
          message instanceof Expr.Literal l && l.kind() == io.godwit.ir.expr.LiteralKind.STRING
              ? MssRaiserrorFormat.message(l.value(), args)
              : null;
      if (formatted == null) {
        return cx.unsupportedStmt(
            r,
            MssItems.STATEMENT,
            "RAISERROR with a computed format, or flags, widths or types other than %s, %d, %i"
                + " and %u, is not converted yet");
      }
      message = formatted;
    }
    java.math.BigDecimal severity =
        c.severity.getText().chars().allMatch(Character::isDigit)
            ? new java.math.BigDecimal(c.severity.getText())
            : null;
    Stmt.Level level =
        severity != null && severity.intValue() <= 10 ? Stmt.Level.NOTICE : Stmt.Level.EXCEPTION;
    return new Stmt.Raise(level, null, null, message, cx.span(r));
  }

  private Stmt execute(TSqlParser.ExecuteStatementContext e) {
    if (!(e instanceof TSqlParser.ExecuteProcedureContext p)
        || p.procedureReference().qualifiedName() == null
        || p.returnStatus != null
        || p.executeWith() != null) {
      return cx.unsupportedStmt(e, MssItems.STATEMENT, "this EXEC is not converted yet");
    }
    String called = TsqlNames.objectName(p.procedureReference().qualifiedName()).name();
    if (called.toLowerCase(java.util.Locale.ROOT).startsWith("sp_")
        || called.toLowerCase(java.util.Locale.ROOT).startsWith("xp_")) {
      return cx.unsupportedStmt(
          e, MssItems.SYSTEM_OBJECT, "a system procedure call is not converted");
    }
    List<Expr> args = new ArrayList<>();
    if (p.executeArguments() != null) {
      for (TSqlParser.ExecuteArgumentContext a : p.executeArguments().executeArgument()) {
        Expr value = a.expression() == null ? new Expr.DefaultValue() : ex.expr(a.expression());
        if (a.parameter != null) {
          value = new Expr.NamedArg(MssNames.variable(a.parameter.getText()), value);
        }
        args.add(value);
      }
    }
    return new Stmt.Call(
        MssNames.qname(p.procedureReference().qualifiedName(), cx.defaultSchema),
        args,
        null,
        cx.span(e));
  }
}
