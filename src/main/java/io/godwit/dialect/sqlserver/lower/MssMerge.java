package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * T-SQL MERGE as PostgreSQL 15 MERGE. {@code WHEN NOT MATCHED [BY TARGET]} is PostgreSQL's {@code
 * WHEN NOT MATCHED}. PostgreSQL 15 has no {@code WHEN NOT MATCHED BY SOURCE}: its DELETE becomes a
 * DELETE of the target rows no source row matches, run just before the MERGE (those rows are
 * untouched by every other branch, so the result is the same); its UPDATE and OUTPUT on MERGE are
 * items.
 */
final class MssMerge {

  private final MssContext cx;
  private final MssExpr ex;
  private final MssQuery q;
  private final MssDml dml;

  MssMerge(MssContext cx, MssExpr ex, MssQuery q, MssDml dml) {
    this.cx = cx;
    this.ex = ex;
    this.q = q;
    this.dml = dml;
  }

  /** The MERGE statement of {@code d}, or an unsupported statement with its item. */
  Stmt statement(TSqlParser.DmlStatementContext d) {
    TSqlParser.MergeStatementContext m = d.mergeStatement();
    if (m.topClause() != null) {
      return cx.unsupportedStmt(
          d,
          MssItems.MERGE_BRANCH,
          "MERGE TOP (n) has no PostgreSQL counterpart: limit the source rows in a subquery");
    }
    if (m.outputClause() != null) {
      return cx.unsupportedStmt(
          d,
          MssItems.OUTPUT,
          "OUTPUT on MERGE: PostgreSQL 15 MERGE has no RETURNING; record the changed keys in"
              + " separate statements");
    }
    if (m.optionClause() != null) {
      cx.item(MssItems.TABLE_HINT, "the query hints are dropped", m.optionClause());
    }
    Query.With with = d.withClause() == null ? null : q.with(d.withClause());
    FromItem.TableRef named = dml.target(m.dmlTarget());
    if (named == null) {
      return cx.unsupportedStmt(
          d, MssItems.STATEMENT, "MERGE into a table variable or rowset is not converted");
    }
    Ident alias = m.tableAlias() == null ? null : MssNames.ident(m.tableAlias().identifier());
    FromItem.TableRef target = new FromItem.TableRef(named.name(), alias, null, null);
    FromItem source = q.tableSource(m.tableSource());
    Expr on = ex.condition(m.searchCondition());
    List<Dml.MergeWhen> whens = new ArrayList<>();
    List<Stmt> before = new ArrayList<>();
    for (TSqlParser.MergeWhenClauseContext w : m.mergeWhenClause()) {
      if (w instanceof TSqlParser.WhenMatchedContext mw) {
        Dml.MergeWhen when = matched(true, mw.searchCondition(), mw.mergeMatchedAction());
        if (when == null) {
          return cx.unsupportedStmt(d, MssItems.STATEMENT, "this MERGE is not converted");
        }
        whens.add(when);
      } else if (w instanceof TSqlParser.WhenNotMatchedByTargetContext nw) {
        Dml.MergeWhen when = insert(nw);
        if (when == null) {
          return cx.unsupportedStmt(d, MssItems.MERGE_BRANCH, "this MERGE is not converted");
        }
        whens.add(when);
      } else {
        TSqlParser.WhenNotMatchedBySourceContext sw = (TSqlParser.WhenNotMatchedBySourceContext) w;
        if (sw.mergeMatchedAction().DELETE() == null) {
          return cx.unsupportedStmt(
              d,
              MssItems.MERGE_BRANCH,
              "WHEN NOT MATCHED BY SOURCE THEN UPDATE needs PostgreSQL 17: run an UPDATE of the"
                  + " target rows without a matching source row (NOT EXISTS) before the MERGE");
        }
        cx.item(
            MssItems.MERGE_SPLIT,
            "WHEN NOT MATCHED BY SOURCE THEN DELETE is a DELETE run before the MERGE;"
                + " @@ROWCOUNT after it counts the MERGE's rows only",
            sw);
        before.add(bySourceDelete(target, source, on, sw.searchCondition(), sw));
      }
    }
    Stmt merge =
        new Stmt.DmlStmt(new Dml.Merge(with, target, source, on, whens), null, false, cx.span(d));
    if (before.isEmpty()) {
      return merge;
    }
    before.add(merge);
    return new Block(null, null, before, null, cx.span(d));
  }

  private Dml.MergeWhen matched(
      boolean matched,
      TSqlParser.SearchConditionContext condition,
      TSqlParser.MergeMatchedActionContext a) {
    Expr when = condition == null ? null : ex.condition(condition);
    if (a.DELETE() != null) {
      return new Dml.MergeWhen(
          matched, false, when, Dml.MergeAction.DELETE, null, null, null, null);
    }
    List<Dml.Assignment> set = dml.assignments(a.updateSetItem());
    if (set == null) {
      return null;
    }
    return new Dml.MergeWhen(matched, false, when, Dml.MergeAction.UPDATE, set, null, null, null);
  }

  private Dml.MergeWhen insert(TSqlParser.WhenNotMatchedByTargetContext w) {
    TSqlParser.MergeInsertActionContext a = w.mergeInsertAction();
    if (a.valueRow() == null) {
      cx.item(
          MssItems.MERGE_BRANCH,
          "MERGE ... INSERT DEFAULT VALUES is not converted: name the columns and DEFAULT",
          a);
      return null;
    }
    List<Ident> columns =
        a.columnList() == null ? List.of() : MssNames.idents(a.columnList().identifier());
    List<Expr> values = new ArrayList<>();
    for (TSqlParser.ValueItemContext v : a.valueRow().valueItem()) {
      values.add(v.expression() == null ? new Expr.DefaultValue() : ex.expr(v.expression()));
    }
    Expr when = w.searchCondition() == null ? null : ex.condition(w.searchCondition());
    return new Dml.MergeWhen(
        false, false, when, Dml.MergeAction.INSERT, null, null, columns, values);
  }

  /** {@code DELETE FROM target WHERE NOT EXISTS (SELECT 1 FROM source WHERE on) [AND cond]}. */
  private Stmt bySourceDelete(
      FromItem.TableRef target,
      FromItem source,
      Expr on,
      TSqlParser.SearchConditionContext condition,
      TSqlParser.WhenNotMatchedBySourceContext w) {
    Query probe =
        Query.Select.simple(
            List.of(new Query.SelectItem(Expr.Literal.number(1), null)), List.of(source), on);
    List<Expr> where = new ArrayList<>();
    where.add(new Expr.Exists(probe, true));
    where.add(condition == null ? null : ex.condition(condition));
    return new Stmt.DmlStmt(
        new Dml.Delete(null, target, null, MssJoinedDml.and(where), null), null, false, cx.span(w));
  }
}
