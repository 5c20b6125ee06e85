package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;

/** T-SQL INSERT, UPDATE and DELETE as IR statements. */
final class MssDml {

  private final MssContext cx;
  private final MssExpr ex;
  private final MssQuery q;
  private final MssOutput output;

  MssDml(MssContext cx, MssExpr ex, MssQuery q) {
    this.cx = cx;
    this.ex = ex;
    this.q = q;
    this.output = new MssOutput(cx, ex);
  }

  /** The statement, or null when it cannot be expressed (an item is then raised). */
  Dml dml(TSqlParser.DmlStatementContext d) {
    Query.With with = d.withClause() == null ? null : q.with(d.withClause());
    if (d.insertStatement() != null) {
      return insert(with, d.insertStatement());
    }
    if (d.updateStatement() != null) {
      return update(with, d.updateStatement());
    }
    if (d.deleteStatement() != null) {
      return delete(with, d.deleteStatement());
    }
    return null;
  }

  FromItem.TableRef target(TSqlParser.DmlTargetContext t) {
    if (t != null && t.VARIABLE() != null && cx.tableVariable(t.VARIABLE().getText()) != null) {
      return new FromItem.TableRef(cx.tableVariable(t.VARIABLE().getText()), null, null, null);
    }
    if (t == null || t.qualifiedName() == null) {
      return null;
    }
    if (t.tableHints() != null) {
      cx.item(MssItems.TABLE_HINT, "the table hints are dropped", t.tableHints());
    }
    io.godwit.dialect.sqlserver.script.ObjectName o =
        io.godwit.dialect.sqlserver.script.TsqlNames.objectName(t.qualifiedName());
    for (io.godwit.model.Column c : cx.catalog.columns(o.schema(), o.name())) {
      cx.column(c.name(), new MssTypes(cx).map(c.type(), false));
    }
    return new FromItem.TableRef(
        MssNames.qname(t.qualifiedName(), cx.defaultSchema), null, null, null);
  }

  private boolean plain(
      TSqlParser.TopClauseContext top,
      FromItem.TableRef target,
      org.antlr.v4.runtime.ParserRuleContext node) {
    if (target == null) {
      cx.item(MssItems.STATEMENT, "a DML statement on a table variable or rowset", node);
      return false;
    }
    if (top != null) {
      cx.item(
          MssItems.STATEMENT,
          "TOP in a DML statement is not converted: select the keys with ORDER BY ... LIMIT in a"
              + " subquery",
          node);
      return false;
    }
    return true;
  }

  private Dml insert(Query.With with, TSqlParser.InsertStatementContext i) {
    FromItem.TableRef target = target(i.dmlTarget());
    if (!plain(i.topClause(), target, i)) {
      return null;
    }
    List<Ident> columns =
        i.columnList() == null ? List.of() : MssNames.idents(i.columnList().identifier());
    TSqlParser.InsertSourceContext src = i.insertSource();
    Query source;
    if (src instanceof TSqlParser.ValuesInsertSourceContext v) {
      List<List<Expr>> rows = new ArrayList<>();
      for (TSqlParser.ValueRowContext row : v.valueRow()) {
        List<Expr> values = new ArrayList<>();
        for (TSqlParser.ValueItemContext item : row.valueItem()) {
          values.add(
              item.expression() == null ? new Expr.DefaultValue() : ex.expr(item.expression()));
        }
        rows.add(values);
      }
      source = new Query.Values(rows);
    } else if (src instanceof TSqlParser.SelectInsertSourceContext s) {
      TSqlParser.SelectContext sel = s.select();
      source =
          q.finish(
              q.query(sel.queryExpression()), null, sel.orderByClause(), sel.offsetFetchClause());
    } else if (src instanceof TSqlParser.DefaultValuesInsertSourceContext) {
      source = null;
    } else {
      cx.item(MssItems.STATEMENT, "INSERT ... EXEC is not converted", i);
      return null;
    }
    MssOutput.Output out = output(i.outputClause(), target, true);
    return routed(new Dml.Insert(with, target, columns, source, returning(out)), out);
  }

  private Dml update(Query.With with, TSqlParser.UpdateStatementContext u) {
    FromItem.TableRef target = target(u.dmlTarget());
    if (!plain(u.topClause(), target, u)) {
      return null;
    }
    // FROM first: its tables tell the types of the columns SET and WHERE read.
    List<FromItem> from = from(u.fromClause());
    List<Dml.Assignment> set = assignments(u.updateSetItem());
    if (set == null) {
      return null;
    }
    Expr where = where(u.dmlWhereClause());
    if (u.fromClause() != null) {
      MssJoinedDml.Joined j = MssJoinedDml.join(u.dmlTarget().qualifiedName(), target, from, where);
      target = j.target();
      from = j.from();
      where = j.where();
    }
    MssOutput.Output out = output(u.outputClause(), target, true);
    return routed(new Dml.Update(with, target, set, from, where, returning(out)), out);
  }

  /** UPDATE ... SET and MERGE ... UPDATE SET items; null when one cannot be expressed. */
  List<Dml.Assignment> assignments(List<TSqlParser.UpdateSetItemContext> items) {
    List<Dml.Assignment> set = new ArrayList<>();
    for (TSqlParser.UpdateSetItemContext item : items) {
      if (!(item instanceof TSqlParser.SetColumnItemContext c)) {
        cx.item(MssItems.STATEMENT, "a variable assigned in UPDATE ... SET", item);
        return null;
      }
      List<TSqlParser.IdentifierContext> parts = c.qualifiedName().identifier();
      Ident column = MssNames.ident(parts.get(parts.size() - 1));
      Expr col = new Expr.ColumnRef(QName.of(column), cx.columnType(column.text()));
      Expr value =
          c.expression() == null
              ? new Expr.DefaultValue()
              : compound(c.assignmentOperator(), col, ex.expr(c.expression()));
      set.add(
          new Dml.Assignment(List.of(col), MssExpr.coerce(value, cx.columnType(column.text()))));
    }
    return set;
  }

  private List<FromItem> from(TSqlParser.FromClauseContext f) {
    List<FromItem> from = new ArrayList<>();
    if (f != null) {
      for (TSqlParser.TableSourceContext t : f.tableSource()) {
        from.add(q.tableSource(t));
      }
    }
    return from;
  }

  private Dml delete(Query.With with, TSqlParser.DeleteStatementContext d) {
    FromItem.TableRef target = target(d.dmlTarget());
    if (!plain(d.topClause(), target, d)) {
      return null;
    }
    List<FromItem> from = from(d.fromClause());
    Expr where = where(d.dmlWhereClause());
    if (d.fromClause() != null) {
      MssJoinedDml.Joined j = MssJoinedDml.join(d.dmlTarget().qualifiedName(), target, from, where);
      target = j.target();
      from = j.from();
      where = j.where();
    }
    MssOutput.Output out = output(d.outputClause(), target, false);
    return routed(new Dml.Delete(with, target, from, where, returning(out)), out);
  }

  /**
   * The OUTPUT clause, or null. OUTPUT without INTO sends the changed rows to the caller, which a
   * PL/pgSQL statement cannot: the change is converted, the rows are an item.
   */
  private MssOutput.Output output(
      TSqlParser.OutputClauseContext o, FromItem.TableRef target, boolean changesRows) {
    if (o == null) {
      return null;
    }
    MssOutput.Output out = output.output(o, target, changesRows);
    if (out != null && out.into() == null) {
      cx.item(
          MssItems.OUTPUT,
          "OUTPUT without INTO returns the changed rows to the caller: the change is converted,"
              + " the rows are not; return them with RETURNING from a function",
          o);
      return null;
    }
    return out;
  }

  private static List<Query.SelectItem> returning(MssOutput.Output out) {
    return out == null ? null : out.returning();
  }

  /** The rows of OUTPUT ... INTO t inserted into t by a data-modifying CTE. */
  private static Dml routed(Dml change, MssOutput.Output out) {
    if (out == null) {
      return change;
    }
    Query.With with =
        new Query.With(false, List.of(new Query.Cte(OUTPUT_ROWS, null, new Query.Changed(change))));
    Query rows =
        new Query.Select(
            null,
            false,
            List.of(new Query.SelectItem(new Expr.Star(null), null)),
            List.of(FromItem.TableRef.of(QName.of(OUTPUT_ROWS), null)),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Dml.Insert(with, FromItem.TableRef.of(out.into(), null), out.columns(), rows, null);
  }

  /** The CTE that holds the rows OUTPUT ... INTO passes on. */
  private static final Ident OUTPUT_ROWS = Ident.of("godwit_output");

  private Expr where(TSqlParser.DmlWhereClauseContext w) {
    if (w == null) {
      return null;
    }
    if (w.searchCondition() == null) {
      return cx.unsupported(w, MssItems.STATEMENT, "WHERE CURRENT OF is not converted yet");
    }
    return ex.condition(w.searchCondition());
  }

  /** {@code x += v} and the other compound operators as {@code x = x op v}. */
  static Expr compound(TSqlParser.AssignmentOperatorContext op, Expr target, Expr value) {
    BinaryOp bin =
        switch (op.getStart().getType()) {
          case TSqlParser.PLUS_ASSIGN -> {
            SqlTypeCheck check = new SqlTypeCheck(target, value);
            yield check.strings() ? BinaryOp.CONCAT : BinaryOp.ADD;
          }
          case TSqlParser.MINUS_ASSIGN -> BinaryOp.SUBTRACT;
          case TSqlParser.MULT_ASSIGN -> BinaryOp.MULTIPLY;
          case TSqlParser.DIV_ASSIGN -> BinaryOp.DIVIDE;
          case TSqlParser.MOD_ASSIGN -> BinaryOp.MODULO;
          case TSqlParser.AND_ASSIGN -> BinaryOp.BIT_AND;
          case TSqlParser.OR_ASSIGN -> BinaryOp.BIT_OR;
          case TSqlParser.XOR_ASSIGN -> BinaryOp.BIT_XOR;
          default -> null;
        };
    return bin == null ? value : new Expr.Binary(bin, target, value);
  }

  /** Whether {@code +=} concatenates: either side is a string. */
  private record SqlTypeCheck(Expr target, Expr value) {
    boolean strings() {
      return isString(MssExpr.typeOf(target)) || isString(MssExpr.typeOf(value));
    }

    private static boolean isString(io.godwit.ir.SqlType t) {
      return t != null && t.isCharacter();
    }
  }
}
