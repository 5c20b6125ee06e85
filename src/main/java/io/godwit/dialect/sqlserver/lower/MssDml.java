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

  MssDml(MssContext cx, MssExpr ex, MssQuery q) {
    this.cx = cx;
    this.ex = ex;
    this.q = q;
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

  private FromItem.TableRef target(TSqlParser.DmlTargetContext t) {
    if (t != null && t.VARIABLE() != null && cx.tableVariable(t.VARIABLE().getText()) != null) {
      return new FromItem.TableRef(cx.tableVariable(t.VARIABLE().getText()), null, null, null);
    }
    if (t == null || t.qualifiedName() == null) {
      return null;
    }
    if (t.tableHints() != null) {
      cx.item(MssItems.TABLE_HINT, "the table hints are dropped", t.tableHints());
    }
    return new FromItem.TableRef(
        MssNames.qname(t.qualifiedName(), cx.defaultSchema), null, null, null);
  }

  private boolean plain(
      TSqlParser.TopClauseContext top,
      TSqlParser.OutputClauseContext output,
      FromItem.TableRef target,
      org.antlr.v4.runtime.ParserRuleContext node) {
    if (target == null) {
      cx.item(MssItems.STATEMENT, "a DML statement on a table variable or rowset", node);
      return false;
    }
    if (top != null || output != null) {
      cx.item(MssItems.STATEMENT, "TOP and OUTPUT in a DML statement are not converted", node);
      return false;
    }
    return true;
  }

  private Dml insert(Query.With with, TSqlParser.InsertStatementContext i) {
    FromItem.TableRef target = target(i.dmlTarget());
    if (!plain(i.topClause(), i.outputClause(), target, i)) {
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
    return new Dml.Insert(with, target, columns, source, null);
  }

  private Dml update(Query.With with, TSqlParser.UpdateStatementContext u) {
    FromItem.TableRef target = target(u.dmlTarget());
    if (!plain(u.topClause(), u.outputClause(), target, u)) {
      return null;
    }
    List<Dml.Assignment> set = new ArrayList<>();
    for (TSqlParser.UpdateSetItemContext item : u.updateSetItem()) {
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
    if (u.fromClause() != null) {
      cx.item(MssItems.STATEMENT, "UPDATE ... FROM is not converted yet", u.fromClause());
      return null;
    }
    return new Dml.Update(with, target, set, null, where(u.dmlWhereClause()), null);
  }

  private Dml delete(Query.With with, TSqlParser.DeleteStatementContext d) {
    FromItem.TableRef target = target(d.dmlTarget());
    if (!plain(d.topClause(), d.outputClause(), target, d)) {
      return null;
    }
    if (d.fromClause() != null) {
      cx.item(MssItems.STATEMENT, "DELETE ... FROM is not converted yet", d.fromClause());
      return null;
    }
    return new Dml.Delete(with, target, null, where(d.dmlWhereClause()), null);
  }

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
