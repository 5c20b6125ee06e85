package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.LoweredObject;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * T-SQL procedures that send rows to the caller (a bare SELECT) or return a code ({@code RETURN
 * n}). With the setting {@code SETOF} (the default) a procedure with one result set, no OUTPUT
 * parameter and no return code becomes a function {@code RETURNS TABLE (...)} whose SELECT is a
 * {@code RETURN QUERY}. Otherwise it stays a procedure: each result set is an {@code INOUT
 * refcursor} parameter opened for the query, and a return code is the {@code INOUT return_status
 * integer} parameter (0 unless a RETURN sets it, as in T-SQL).
 */
final class MssResultSets {

  /** The parameter that carries a procedure's return code. */
  static final Ident STATUS = Ident.of("return_status");

  private static final SqlType REFCURSOR = SqlType.of(TypeKind.REF_CURSOR);

  private final MssSession session;

  MssResultSets(MssSession session) {
    this.session = session;
  }

  /** Whether a procedure body returns rows or a return code. */
  static boolean applies(TSqlParser.StatementListContext body) {
    return !sites(body).isEmpty() || returnsCode(body);
  }

  LoweredObject procedure(MssUnit unit, TSqlParser.CreateProcedureContext p, ParsedBatch batch) {
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(p.qualifiedName(0), unit.defaultSchema());
    MssRoutines.registerTables(cx, p.body);
    MssExpr ex = new MssExpr(cx);
    MssQuery q = new MssQuery(cx, ex);
    List<Param> params = new ArrayList<>(MssRoutines.params(cx, name, p.parameterDefinition()));
    List<TSqlParser.DmlStatementContext> sites = sites(p.body);
    boolean codes = returnsCode(p.body);
    boolean outputs = params.stream().anyMatch(x -> x.mode() != ParamMode.IN);
    boolean setofWanted = session.options().resultSets() == ConvertOptions.ResultSets.SETOF;
    if (setofWanted && sites.size() == 1 && !codes && !outputs) {
      return function(unit, cx, ex, q, name, params, p, sites);
    }
    if (sites.size() > 1) {
      cx.item(
          MssRoutineItems.SEVERAL_RESULT_SETS,
          "the procedure returns "
              + sites.size()
              + " result sets: each is an INOUT refcursor parameter (result_set_1, ...); callers"
              + " FETCH from them",
          p.qualifiedName(0));
    } else if (setofWanted && !sites.isEmpty()) {
      cx.item(
          MssRoutineItems.RESULT_SET_CURSOR,
          "the procedure also has OUTPUT parameters or a return code, so its result set is"
              + " returned in the INOUT refcursor parameter result_set; callers FETCH from it",
          p.qualifiedName(0));
    }
    List<Expr> cursors = new ArrayList<>();
    Expr status = null;
    if (codes) {
      params.add(
          new Param(STATUS, ParamMode.IN_OUT, SqlType.of(TypeKind.INTEGER), Expr.Literal.NULL));
      status = new Expr.VariableRef(QName.of(name.last(), STATUS), SqlType.of(TypeKind.INTEGER));
    }
    for (int i = 0; i < sites.size(); i++) {
      Ident cursor = Ident.of(sites.size() == 1 ? "result_set" : "result_set_" + (i + 1));
      params.add(new Param(cursor, ParamMode.IN_OUT, REFCURSOR, Expr.Literal.NULL));
      cursors.add(new Expr.VariableRef(QName.of(name.last(), cursor), REFCURSOR));
    }
    Block body =
        new MssProcedural(cx, ex, q, null)
            .hooks(new Cursors(cx, ex, sites, cursors, status))
            .body(p.body, p);
    if (status != null) {
      List<Stmt> all = new ArrayList<>();
      all.add(new Stmt.Assign(status, Expr.Literal.number("0"), null));
      all.addAll(body.body());
      body = new Block(body.label(), body.declarations(), all, body.handlers(), body.span());
    }
    Set<Routine.Flag> flags = codes ? Set.of(Routine.Flag.RETURNS_STATUS) : Set.of();
    Routine r = new Routine(name, Routine.Kind.PROCEDURE, params, null, body, flags, unit.span());
    return session.lowered(unit, UnitKind.PROCEDURE, null, r);
  }

  /** The procedure as a function returning its one result set. */
  private LoweredObject function(
      MssUnit unit,
      MssContext cx,
      MssExpr ex,
      MssQuery q,
      QName name,
      List<Param> params,
      TSqlParser.CreateProcedureContext p,
      List<TSqlParser.DmlStatementContext> sites) {
    List<SqlType.Field> fields = new ArrayList<>();
    MssBodyHooks rows =
        new MssBodyHooks() {
          @Override
          public Stmt resultSet(TSqlParser.DmlStatementContext d, Supplier<Query> query) {
            if (!sites.contains(d)) {
              return null;
            }
            Query rows = query.get();
            List<MssResultColumns.ResultColumn> columns = new MssResultColumns(cx).of(rows);
            if (columns == null) {
              return cx.unsupportedStmt(
                  d,
                  MssRoutineItems.RESULT_COLUMNS,
                  "the columns of * are not known from the scripts or the catalog: list them");
            }
            fields.addAll(MssTableFunctions.fields(cx, columns, d));
            return new Stmt.ReturnQuery(typed(rows, fields), cx.span(d));
          }
        };
    Block body = new MssProcedural(cx, ex, q, null).hooks(rows).body(p.body, p);
    Routine.Returns returns =
        fields.isEmpty()
            ? new Routine.Returns(SqlType.of(TypeKind.RECORD), true, null)
            : new Routine.Returns(null, true, fields);
    Routine r =
        new Routine(name, Routine.Kind.FUNCTION, params, returns, body, Set.of(), unit.span());
    return session.lowered(unit, UnitKind.FUNCTION, null, MssOutputNames.distinct(r));
  }

  /**
   * RETURN QUERY needs the declared types exactly: every column that is not a plain column is cast
   * to its declared type ({@code 'a' + b} is text, {@code COUNT(*)} bigint, ...).
   */
  private static Query typed(Query rows, List<SqlType.Field> fields) {
    if (!(rows instanceof Query.Select s) || s.items().size() != fields.size()) {
      return rows;
    }
    List<Query.SelectItem> items = new ArrayList<>();
    for (int i = 0; i < s.items().size(); i++) {
      Query.SelectItem item = s.items().get(i);
      Expr e = item.expr();
      if (!(e instanceof Expr.ColumnRef c && c.type() != null)) {
        e = new Expr.Cast(e, fields.get(i).type(), false);
      }
      items.add(new Query.SelectItem(e, item.alias()));
    }
    return s.withItems(items);
  }

  /** Result sets opened in refcursor parameters, return codes set in the status parameter. */
  private static final class Cursors implements MssBodyHooks {

    private final MssContext cx;
    private final MssExpr ex;
    private final List<TSqlParser.DmlStatementContext> sites;
    private final List<Expr> cursors;
    private final Expr status;

    Cursors(
        MssContext cx,
        MssExpr ex,
        List<TSqlParser.DmlStatementContext> sites,
        List<Expr> cursors,
        Expr status) {
      this.cx = cx;
      this.ex = ex;
      this.sites = sites;
      this.cursors = cursors;
      this.status = status;
    }

    @Override
    public Stmt resultSet(TSqlParser.DmlStatementContext d, Supplier<Query> rows) {
      int i = sites.indexOf(d);
      if (i < 0) {
        return null;
      }
      return new Stmt.Open(cursors.get(i), null, rows.get(), null, null, cx.span(d));
    }

    @Override
    public Stmt returnCode(TSqlParser.ReturnStatementContext r) {
      if (status == null) {
        return null;
      }
      Expr value = MssExpr.coerce(ex.expr(r.expression()), SqlType.of(TypeKind.INTEGER));
      return new Block(
          null,
          null,
          List.of(new Stmt.Assign(status, value, cx.span(r)), new Stmt.Return(null, cx.span(r))),
          null,
          cx.span(r));
    }
  }

  /** The SELECT statements of a body that send rows to the caller, in source order. */
  static List<TSqlParser.DmlStatementContext> sites(ParseTree body) {
    List<TSqlParser.DmlStatementContext> out = new ArrayList<>();
    collectSites(body, out);
    return out;
  }

  private static void collectSites(ParseTree t, List<TSqlParser.DmlStatementContext> out) {
    if (t instanceof TSqlParser.DmlStatementContext d && d.select() != null) {
      if (returnsRows(d.select())) {
        out.add(d);
      }
      return;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      collectSites(t.getChild(i), out);
    }
  }

  /** A SELECT that does not assign variables (and has no INTO) returns rows. */
  private static boolean returnsRows(TSqlParser.SelectContext sel) {
    TSqlParser.QueryExpressionContext qe = sel.queryExpression();
    if (qe instanceof TSqlParser.QuerySpecificationQueryContext qs) {
      TSqlParser.QuerySpecificationContext spec = qs.querySpecification();
      return spec.intoClause() == null
          && !spec.selectList().selectItem().isEmpty()
          && !(spec.selectList().selectItem(0)
              instanceof TSqlParser.SelectVariableAssignmentContext);
    }
    return true;
  }

  private static boolean returnsCode(ParseTree t) {
    if (t instanceof TSqlParser.ReturnStatementContext r) {
      return r.expression() != null;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      if (returnsCode(t.getChild(i))) {
        return true;
      }
    }
    return false;
  }
}
