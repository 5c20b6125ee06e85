package io.godwit.dialect.sqlserver.lower;

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
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * T-SQL table-valued functions as PostgreSQL set-returning functions. An inline function ({@code
 * RETURNS TABLE AS RETURN SELECT ...}) becomes a SQL function {@code RETURNS TABLE (...)} whose
 * columns are inferred from the query; a multi-statement one ({@code RETURNS @t TABLE (...)})
 * becomes a PL/pgSQL function {@code RETURNS TABLE (...)} in which every {@code INSERT INTO @t} is
 * a {@code RETURN QUERY} that appends its rows to the result, so no temporary table is needed.
 */
final class MssTableFunctions {

  private final MssSession session;

  MssTableFunctions(MssSession session) {
    this.session = session;
  }

  /** An inline table-valued function. */
  LoweredObject inline(
      MssUnit unit,
      TSqlParser.CreateFunctionStatementContext f,
      TSqlParser.InlineTableFunctionContext t,
      ParsedBatch batch) {
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(f.qualifiedName(), unit.defaultSchema());
    MssRoutines.registerTables(cx, t.selectStatement());
    MssExpr ex = new MssExpr(cx);
    MssQuery q = new MssQuery(cx, ex);
    List<Param> params = MssRoutines.params(cx, name, f.parameterDefinition());
    Query query = q.select(t.selectStatement());
    List<MssResultColumns.ResultColumn> columns = new MssResultColumns(cx).of(query);
    if (columns == null) {
      cx.item(
          MssRoutineItems.RESULT_COLUMNS,
          "the columns of * are not known from the scripts or the catalog: list the columns",
          t.selectStatement());
      return session.lowered(unit, UnitKind.FUNCTION, null, null);
    }
    List<SqlType.Field> fields = fields(cx, columns, t.selectStatement());
    Block body =
        new Block(
            null, List.of(), List.of(new Stmt.ReturnQuery(query, cx.span(t))), null, cx.span(f));
    Routine r =
        new Routine(
            name,
            Routine.Kind.FUNCTION,
            params,
            new Routine.Returns(null, true, fields),
            body,
            Set.of(Routine.Flag.SINGLE_QUERY),
            unit.span());
    return session.lowered(unit, UnitKind.FUNCTION, null, MssOutputNames.distinct(r));
  }

  /** Declared columns for inferred result columns; an unknown type is text, with an item. */
  static List<SqlType.Field> fields(
      MssContext cx,
      List<MssResultColumns.ResultColumn> columns,
      org.antlr.v4.runtime.ParserRuleContext at) {
    List<SqlType.Field> fields = new ArrayList<>();
    for (MssResultColumns.ResultColumn c : columns) {
      SqlType type = c.type();
      if (type == null) {
        cx.item(
            MssRoutineItems.RESULT_COLUMNS,
            "the type of the result column "
                + c.name().text()
                + " is not known: declared as text; declare its type",
            at);
        type = SqlType.of(TypeKind.CLOB);
      }
      fields.add(new SqlType.Field(c.name(), type));
    }
    return fields;
  }

  /** A multi-statement table-valued function. */
  LoweredObject multiStatement(
      MssUnit unit,
      TSqlParser.CreateFunctionStatementContext f,
      TSqlParser.MultiStatementTableFunctionContext m,
      ParsedBatch batch) {
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(f.qualifiedName(), unit.defaultSchema());
    MssRoutines.registerTables(cx, m.functionBody());
    MssExpr ex = new MssExpr(cx);
    MssQuery q = new MssQuery(cx, ex);
    List<Param> params = MssRoutines.params(cx, name, f.parameterDefinition());
    Result result = result(cx, ex, m);
    readsOfResult(cx, m.functionBody(), result.variable());
    Block body =
        new MssProcedural(cx, ex, q, null)
            .hooks(new ResultRows(cx, ex, q, result))
            .body(m.functionBody().statementList(), f);
    List<SqlType.Field> fields = new ArrayList<>();
    for (ResultColumn c : result.columns()) {
      fields.add(new SqlType.Field(c.name(), c.type()));
    }
    Routine r =
        new Routine(
            name,
            Routine.Kind.FUNCTION,
            params,
            new Routine.Returns(null, true, fields),
            body,
            Set.of(Routine.Flag.PIPELINED),
            unit.span());
    return session.lowered(unit, UnitKind.FUNCTION, null, MssOutputNames.distinct(r));
  }

  /** A column of the returned table variable, with the value an INSERT leaves out. */
  private record ResultColumn(Ident name, SqlType type, Expr omitted) {}

  /** The returned table variable: its written name and its columns. */
  private record Result(String variable, List<ResultColumn> columns) {}

  private static Result result(
      MssContext cx, MssExpr ex, TSqlParser.MultiStatementTableFunctionContext m) {
    MssTypes types = new MssTypes(cx);
    List<ResultColumn> columns = new ArrayList<>();
    for (TSqlParser.TableElementContext e : m.tableElement()) {
      if (!(e instanceof TSqlParser.ColumnElementContext ce)
          || ce.columnDefinition().dataType() == null) {
        cx.item(
            MssRoutineItems.RESULT_TABLE_CONSTRAINT,
            "a constraint, index or computed column of the returned table is dropped",
            e);
        continue;
      }
      TSqlParser.ColumnDefinitionContext d = ce.columnDefinition();
      SqlType type = types.map(d.dataType(), false);
      Expr omitted = new Expr.Cast(Expr.Literal.NULL, type, false);
      for (TSqlParser.ColumnOptionContext o : d.columnOption()) {
        if (o instanceof TSqlParser.NullOptionContext
            || o instanceof TSqlParser.CollateOptionContext) {
          continue;
        }
        if (o instanceof TSqlParser.ConstraintOptionContext c
            && c.columnConstraint() instanceof TSqlParser.ColumnDefaultContext def) {
          omitted = new Expr.Cast(MssExpr.coerce(ex.expr(def.expression()), type), type, false);
        } else if (o instanceof TSqlParser.IdentityOptionContext) {
          cx.item(
              MssRoutineItems.RESULT_TABLE_VARIABLE,
              "an IDENTITY column of the returned table is not numbered: number the rows with"
                  + " row_number() in the inserting queries",
              o);
        } else {
          cx.item(
              MssRoutineItems.RESULT_TABLE_CONSTRAINT,
              "a constraint of the returned table is dropped (rows are not checked)",
              o);
        }
      }
      columns.add(new ResultColumn(MssNames.ident(d.name), type, omitted));
    }
    return new Result(m.VARIABLE().getText(), columns);
  }

  /** Reading the returned table variable in a query has no counterpart: the rows are sent. */
  private static void readsOfResult(MssContext cx, ParseTree t, String variable) {
    if (t instanceof TSqlParser.VariableTableContext v
        && v.VARIABLE().getText().equalsIgnoreCase(variable)) {
      cx.item(
          MssRoutineItems.RESULT_TABLE_VARIABLE,
          "the returned table "
              + variable
              + " is read: its rows are already returned; keep them in a temporary table and"
              + " return it at the end",
          v);
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      readsOfResult(cx, t.getChild(i), variable);
    }
  }

  /** INSERT INTO the returned table variable appends to the function's result. */
  private static final class ResultRows implements MssBodyHooks {

    private final MssContext cx;
    private final MssExpr ex;
    private final MssQuery q;
    private final Result result;

    ResultRows(MssContext cx, MssExpr ex, MssQuery q, Result result) {
      this.cx = cx;
      this.ex = ex;
      this.q = q;
      this.result = result;
    }

    @Override
    public Stmt dml(TSqlParser.DmlStatementContext d) {
      TSqlParser.DmlTargetContext target = null;
      if (d.insertStatement() != null) {
        target = d.insertStatement().dmlTarget();
      } else if (d.updateStatement() != null) {
        target = d.updateStatement().dmlTarget();
      } else if (d.deleteStatement() != null) {
        target = d.deleteStatement().dmlTarget();
      }
      if (target == null
          || target.VARIABLE() == null
          || !target.VARIABLE().getText().equalsIgnoreCase(result.variable())) {
        return null;
      }
      TSqlParser.InsertStatementContext i = d.insertStatement();
      if (i == null || i.topClause() != null || i.outputClause() != null) {
        return cx.unsupportedStmt(
            d,
            MssRoutineItems.RESULT_TABLE_VARIABLE,
            "the returned table is changed after rows were added: build the rows in a temporary"
                + " table and return it at the end");
      }
      Query.With with = d.withClause() == null ? null : q.with(d.withClause());
      List<Ident> named =
          i.columnList() == null ? null : MssNames.idents(i.columnList().identifier());
      TSqlParser.InsertSourceContext src = i.insertSource();
      Query rows;
      if (src instanceof TSqlParser.ValuesInsertSourceContext v) {
        List<List<Expr>> out = new ArrayList<>();
        for (TSqlParser.ValueRowContext row : v.valueRow()) {
          List<Expr> values = new ArrayList<>();
          for (TSqlParser.ValueItemContext item : row.valueItem()) {
            values.add(item.expression() == null ? null : ex.expr(item.expression()));
          }
          out.add(arrange(named, values));
        }
        rows = new Query.Values(out);
      } else if (src instanceof TSqlParser.SelectInsertSourceContext s) {
        TSqlParser.SelectContext sel = s.select();
        Query source =
            q.finish(
                q.query(sel.queryExpression()), with, sel.orderByClause(), sel.offsetFetchClause());
        List<Ident> sourceNames = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        int width = named != null ? named.size() : result.columns().size();
        for (int k = 0; k < width; k++) {
          Ident c = Ident.of("c" + (k + 1));
          sourceNames.add(c);
          values.add(new Expr.ColumnRef(QName.of(SOURCE, c), null));
        }
        List<Query.SelectItem> items = new ArrayList<>();
        for (Expr e : arrange(named, values)) {
          items.add(new Query.SelectItem(e, null));
        }
        rows =
            Query.Select.simple(
                items,
                List.of(new FromItem.DerivedTable(source, SOURCE, sourceNames, false)),
                null);
      } else if (src instanceof TSqlParser.DefaultValuesInsertSourceContext) {
        rows = new Query.Values(List.of(arrange(List.of(), List.of())));
      } else {
        return cx.unsupportedStmt(
            d, MssItems.STATEMENT, "INSERT ... EXEC into the returned table is not converted");
      }
      return new Stmt.ReturnQuery(rows, cx.span(d));
    }

    /**
     * The values of one row in the order of the returned table, each cast to its column's type
     * (RETURN QUERY needs the exact types); columns the INSERT leaves out get their default.
     */
    private List<Expr> arrange(List<Ident> named, List<Expr> values) {
      List<Expr> out = new ArrayList<>();
      for (int c = 0; c < result.columns().size(); c++) {
        ResultColumn column = result.columns().get(c);
        int at = named == null ? c : indexOf(named, column.name());
        Expr v = at >= 0 && at < values.size() ? values.get(at) : null;
        out.add(
            v == null
                ? column.omitted()
                : new Expr.Cast(MssExpr.coerce(v, column.type()), column.type(), false));
      }
      return out;
    }

    private static int indexOf(List<Ident> names, Ident name) {
      for (int i = 0; i < names.size(); i++) {
        if (names
            .get(i)
            .text()
            .toLowerCase(Locale.ROOT)
            .equals(name.text().toLowerCase(Locale.ROOT))) {
          return i;
        }
      }
      return -1;
    }
  }

  /** The alias of the query an INSERT INTO the returned table reads. */
  private static final Ident SOURCE = Ident.of("godwit_rows");
}
