package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;

/** INSERT, UPDATE, DELETE and MERGE, with RETURNING ... INTO. */
final class OraDml {

  private final OraLower l;

  OraDml(OraLower lower) {
    this.l = lower;
  }

  private OraContext cx() {
    return l.cx;
  }

  /** Any DML statement as a procedural statement (RETURNING INTO targets included). */
  Stmt statement(org.antlr.v4.runtime.ParserRuleContext s) {
    if (s instanceof PlSqlParser.Insert_statementContext i) {
      return insert(i);
    }
    if (s instanceof PlSqlParser.Update_statementContext u) {
      return update(u);
    }
    if (s instanceof PlSqlParser.Delete_statementContext d) {
      return delete(d);
    }
    if (s instanceof PlSqlParser.Merge_statementContext m) {
      return merge(m);
    }
    return cx().unsupportedStmt(s, OraItems.STATEMENT, "statement not understood");
  }

  FromItem.TableRef target(
      PlSqlParser.Dml_table_expressionContext t, PlSqlParser.Table_aliasContext alias) {
    Ident a = alias == null ? null : OraNames.ident(alias.alias_identifier());
    if (t instanceof PlSqlParser.TableDmlTargetContext table
        && table.remote_object_name().dblink_name() == null) {
      return new FromItem.TableRef(
          l.query.tableName(table.remote_object_name().object_name()), a, null, null);
    }
    return null;
  }

  private Stmt insert(PlSqlParser.Insert_statementContext s) {
    if (s instanceof PlSqlParser.MultiTableInsertContext m) {
      return new OraMultiInsert(l).lower(s, m.multi_table_insert(), this);
    }
    PlSqlParser.Single_table_insertContext single =
        ((PlSqlParser.SingleTableInsertContext) s).single_table_insert();
    PlSqlParser.Insert_into_clauseContext into = single.insert_into_clause();
    FromItem.TableRef table = target(into.dml_table_expression(), into.table_alias());
    if (table == null) {
      return cx().unsupportedStmt(
              s, OraItems.STATEMENT, "INSERT into a subquery, collection or remote table");
    }
    List<Ident> columns =
        into.column_list() == null ? List.of() : l.query.columnList(into.column_list());
    if (single.error_logging_clause() != null) {
      cx().note(
              single.error_logging_clause(),
              OraItems.STATEMENT,
              "LOG ERRORS is not kept: a bad row fails the statement");
    }
    Query source;
    List<Query.SelectItem> returning = List.of();
    List<Expr> into2 = List.of();
    boolean bulk = false;
    if (single.subquery() != null) {
      source = l.query.subquery(single.subquery());
    } else {
      PlSqlParser.Values_clauseContext v = single.values_clause();
      List<Expr> row = new ArrayList<>();
      if (v instanceof PlSqlParser.ValueListValuesContext list) {
        for (PlSqlParser.Value_itemContext item : list.value_item()) {
          row.add(
              item.DEFAULT() != null
                  ? new Expr.DefaultValue()
                  : l.expr.condition(item.condition()));
        }
      } else {
        PlSqlParser.RecordValuesContext rec = (PlSqlParser.RecordValuesContext) v;
        Expr record = l.elements.element(rec.record);
        QName name =
            record instanceof Expr.VariableRef var ? var.name() : QName.of(Ident.of("record"));
        row.add(new Expr.Star(name));
      }
      source = new Query.Values(List.of(row));
      if (single.returning_clause() != null) {
        returning = returningItems(single.returning_clause());
        into2 = intoTargets(single.returning_clause().into_clause());
        bulk = single.returning_clause().into_clause().BULK() != null;
      }
    }
    return new Stmt.DmlStmt(
        new Dml.Insert(null, table, columns, source, returning), into2, bulk, cx().span(s));
  }

  private Stmt update(PlSqlParser.Update_statementContext u) {
    FromItem.TableRef table = target(u.dml_table_expression(), u.table_alias());
    if (table == null) {
      return cx().unsupportedStmt(
              u, OraItems.STATEMENT, "UPDATE of a subquery, collection or remote table");
    }
    if (!(u.update_set_clause() instanceof PlSqlParser.ItemsSetClauseContext items)) {
      return cx().unsupportedStmt(
              u, OraItems.STATEMENT, "UPDATE ... SET ROW / SET VALUE: list the columns");
    }
    List<Dml.Assignment> set = assignments(items.update_set_item());
    Expr where = u.where_clause() == null ? null : where(u.where_clause());
    List<Query.SelectItem> returning = List.of();
    List<Expr> into = List.of();
    boolean bulk = false;
    if (u.returning_clause() != null) {
      returning = returningItems(u.returning_clause());
      into = intoTargets(u.returning_clause().into_clause());
      bulk = u.returning_clause().into_clause().BULK() != null;
    }
    return new Stmt.DmlStmt(
        new Dml.Update(null, table, set, null, where, returning), into, bulk, cx().span(u));
  }

  private Expr where(PlSqlParser.Where_clauseContext w) {
    if (w instanceof PlSqlParser.CurrentOfWhereContext c) {
      return cx().unsupported(
              c,
              OraItems.STATEMENT,
              cx().mysql
                  ? "WHERE CURRENT OF: use the row's key (MySQL cursors are read-only)"
                  : "WHERE CURRENT OF: use the row's key (PostgreSQL supports it only for simple"
                      + " cursors)");
    }
    return l.expr.condition(((PlSqlParser.ConditionWhereContext) w).condition());
  }

  List<Dml.Assignment> assignments(List<PlSqlParser.Update_set_itemContext> items) {
    List<Dml.Assignment> set = new ArrayList<>();
    for (PlSqlParser.Update_set_itemContext item : items) {
      if (item instanceof PlSqlParser.ColumnSetItemContext c) {
        Expr target = new Expr.ColumnRef(OraNames.qualified(c.column_name().identifier()), null);
        Expr value =
            c.DEFAULT() != null ? new Expr.DefaultValue() : l.expr.condition(c.condition());
        set.add(new Dml.Assignment(List.of(target), value));
      } else {
        PlSqlParser.TupleSetItemContext t = (PlSqlParser.TupleSetItemContext) item;
        List<Expr> targets = new ArrayList<>();
        for (Ident col : l.query.columnList(t.column_list())) {
          targets.add(new Expr.ColumnRef(QName.of(col), null));
        }
        set.add(
            new Dml.Assignment(targets, new Expr.ScalarSubquery(l.query.subquery(t.subquery()))));
      }
    }
    return set;
  }

  private Stmt delete(PlSqlParser.Delete_statementContext d) {
    FromItem.TableRef table = target(d.dml_table_expression(), d.table_alias());
    if (table == null) {
      return cx().unsupportedStmt(
              d, OraItems.STATEMENT, "DELETE from a subquery, collection or remote table");
    }
    Expr where = d.where_clause() == null ? null : where(d.where_clause());
    List<Query.SelectItem> returning = List.of();
    List<Expr> into = List.of();
    boolean bulk = false;
    if (d.returning_clause() != null) {
      returning = returningItems(d.returning_clause());
      into = intoTargets(d.returning_clause().into_clause());
      bulk = d.returning_clause().into_clause().BULK() != null;
    }
    return new Stmt.DmlStmt(
        new Dml.Delete(null, table, null, where, returning), into, bulk, cx().span(d));
  }

  private Stmt merge(PlSqlParser.Merge_statementContext m) {
    FromItem.TableRef table = target(m.target, m.target_alias);
    if (table == null) {
      return cx().unsupportedStmt(m, OraItems.STATEMENT, "MERGE into a subquery or remote table");
    }
    Ident sourceAlias =
        m.source_alias == null ? null : OraNames.ident(m.source_alias.alias_identifier());
    FromItem source;
    PlSqlParser.Merge_sourceContext ms = m.merge_source();
    if (ms.subquery() != null) {
      source = new FromItem.DerivedTable(l.query.subquery(ms.subquery()), sourceAlias, null, false);
    } else if (ms.remote_object_name() != null && ms.remote_object_name().dblink_name() == null) {
      source =
          new FromItem.TableRef(
              l.query.tableName(ms.remote_object_name().object_name()), sourceAlias, null, null);
    } else {
      return cx().unsupportedStmt(m, OraItems.STATEMENT, "MERGE from a collection or remote table");
    }
    Expr on = l.expr.condition(m.condition());
    List<Dml.MergeWhen> whens = new ArrayList<>();
    for (PlSqlParser.Merge_actionContext a : m.merge_action()) {
      if (a instanceof PlSqlParser.MergeUpdateContext u) {
        Expr condition = u.where_clause().isEmpty() ? null : where(u.where_clause(0));
        Expr deleteWhere =
            u.DELETE() == null ? null : where(u.where_clause(u.where_clause().size() - 1));
        if (u.DELETE() != null && u.where_clause().size() == 1) {
          condition = null;
        }
        whens.add(
            new Dml.MergeWhen(
                true,
                false,
                condition,
                Dml.MergeAction.UPDATE,
                assignments(u.update_set_item()),
                deleteWhere,
                null,
                null));
      } else {
        PlSqlParser.MergeInsertContext i = (PlSqlParser.MergeInsertContext) a;
        List<Ident> columns =
            i.column_list() == null ? List.of() : l.query.columnList(i.column_list());
        List<Expr> values = new ArrayList<>();
        for (PlSqlParser.Value_itemContext v : i.value_item()) {
          values.add(
              v.DEFAULT() != null ? new Expr.DefaultValue() : l.expr.condition(v.condition()));
        }
        Expr condition = i.where_clause() == null ? null : where(i.where_clause());
        whens.add(
            new Dml.MergeWhen(
                false, false, condition, Dml.MergeAction.INSERT, null, null, columns, values));
      }
    }
    return new Stmt.DmlStmt(
        new Dml.Merge(null, table, source, on, whens), null, false, cx().span(m));
  }

  private List<Query.SelectItem> returningItems(PlSqlParser.Returning_clauseContext r) {
    List<Query.SelectItem> items = new ArrayList<>();
    for (PlSqlParser.ConditionContext c : r.condition()) {
      items.add(new Query.SelectItem(l.expr.condition(c), null));
    }
    return items;
  }

  List<Expr> intoTargets(PlSqlParser.Into_clauseContext into) {
    List<Expr> out = new ArrayList<>();
    for (PlSqlParser.Into_targetContext t : into.into_target()) {
      out.add(l.elements.element(t.general_element()));
    }
    return out;
  }
}
