package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.NullsOrder;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Lowers T-SQL queries: TOP and OFFSET/FETCH become the neutral limit, APPLY becomes a lateral
 * join, table hints are dropped with an info item, CTEs that refer to themselves make the WITH
 * recursive.
 */
final class MssQuery {

  private final MssContext cx;
  private final MssExpr ex;
  private TSqlParser.IntoClauseContext allowedInto;

  MssQuery(MssContext cx, MssExpr ex) {
    this.cx = cx;
    this.ex = ex;
    ex.queries(this);
  }

  /** The INTO of a SELECT ... INTO #t that the caller converts (no item for it). */
  void allowInto(TSqlParser.IntoClauseContext into) {
    this.allowedInto = into;
  }

  Query select(TSqlParser.SelectStatementContext s) {
    Query.With with = s.withClause() == null ? null : with(s.withClause());
    TSqlParser.SelectContext q = s.select();
    if (q.forClause() != null) {
      cx.item(MssItems.FOR_XML_JSON, "FOR XML / FOR JSON is not converted", q.forClause());
    }
    if (q.optionClause() != null) {
      cx.item(MssItems.TABLE_HINT, "the query hints are dropped", q.optionClause());
    }
    return finish(query(q.queryExpression()), with, q.orderByClause(), q.offsetFetchClause());
  }

  Query subquery(TSqlParser.SubqueryContext s) {
    if (s.forClause() != null) {
      cx.item(MssItems.FOR_XML_JSON, "FOR XML / FOR JSON is not converted", s.forClause());
    }
    return finish(query(s.queryExpression()), null, s.orderByClause(), s.offsetFetchClause());
  }

  /** A query with the WITH, ORDER BY and OFFSET/FETCH that apply to the whole of it. */
  Query finish(
      Query q,
      Query.With with,
      TSqlParser.OrderByClauseContext orderBy,
      TSqlParser.OffsetFetchClauseContext offset) {
    List<OrderItem> order = orderBy == null ? List.of() : order(orderBy);
    Query.Limit limit = null;
    if (offset != null) {
      limit =
          new Query.Limit(
              offset.fetch == null ? null : ex.expr(offset.fetch),
              ex.expr(offset.offset),
              false,
              false);
    }
    if (q instanceof Query.Select s) {
      Query.Limit l = limit != null ? limit : s.limit();
      return new Query.Select(
          with != null ? with : s.with(),
          s.distinct(),
          s.items(),
          s.from(),
          s.where(),
          s.groupBy(),
          s.having(),
          order.isEmpty() ? s.orderBy() : order,
          l,
          null,
          null);
    }
    if (q instanceof Query.SetOperation o) {
      return new Query.SetOperation(
          with != null ? with : o.with(),
          o.op(),
          o.all(),
          o.left(),
          o.right(),
          order.isEmpty() ? o.orderBy() : order,
          limit != null ? limit : o.limit());
    }
    return q;
  }

  Query.With with(TSqlParser.WithClauseContext w) {
    if (w.xmlNamespaces() != null) {
      cx.item(MssItems.STATEMENT, "WITH XMLNAMESPACES is not converted", w.xmlNamespaces());
    }
    boolean recursive = false;
    List<Query.Cte> ctes = new ArrayList<>();
    for (TSqlParser.CommonTableExpressionContext c : w.commonTableExpression()) {
      String name = TsqlNames.name(c.name);
      recursive |= refersTo(c.subquery(), name);
      List<Ident> columns =
          c.columnAliases() == null ? List.of() : MssNames.idents(c.columnAliases().identifier());
      ctes.add(new Query.Cte(MssNames.ident(name), columns, subquery(c.subquery())));
    }
    return new Query.With(recursive, ctes);
  }

  private static boolean refersTo(ParseTree t, String name) {
    if (t instanceof TSqlParser.NamedTableContext n) {
      ObjectName o = TsqlNames.objectName(n.qualifiedName());
      if (o.schema() == null && o.name().equalsIgnoreCase(name)) {
        return true;
      }
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      if (refersTo(t.getChild(i), name)) {
        return true;
      }
    }
    return false;
  }

  Query query(TSqlParser.QueryExpressionContext q) {
    if (q instanceof TSqlParser.QuerySpecificationQueryContext s) {
      return specification(s.querySpecification());
    }
    if (q instanceof TSqlParser.ParenthesizedQueryContext p) {
      return finish(query(p.queryExpression()), null, p.orderByClause(), p.offsetFetchClause());
    }
    if (q instanceof TSqlParser.IntersectQueryContext i) {
      return new Query.SetOperation(
          null,
          Query.SetOperator.INTERSECT,
          false,
          query(i.queryExpression(0)),
          query(i.queryExpression(1)),
          null,
          null);
    }
    TSqlParser.UnionQueryContext u = (TSqlParser.UnionQueryContext) q;
    return new Query.SetOperation(
        null,
        u.op.getType() == TSqlParser.UNION ? Query.SetOperator.UNION : Query.SetOperator.EXCEPT,
        u.ALL() != null,
        query(u.queryExpression(0)),
        query(u.queryExpression(1)),
        null,
        null);
  }

  Query.Select specification(TSqlParser.QuerySpecificationContext s) {
    List<FromItem> from = new ArrayList<>();
    if (s.fromClause() != null) {
      for (TSqlParser.TableSourceContext t : s.fromClause().tableSource()) {
        from.add(tableSource(t));
      }
    }
    if (s.intoClause() != null && s.intoClause() != allowedInto) {
      cx.item(MssItems.STATEMENT, "SELECT ... INTO is not converted here", s.intoClause());
    }
    List<Query.SelectItem> items = new ArrayList<>();
    for (TSqlParser.SelectItemContext i : s.selectList().selectItem()) {
      items.add(selectItem(i));
    }
    List<Expr> groupBy = new ArrayList<>();
    if (s.groupByClause() != null) {
      if (s.groupByClause().kind != null || s.groupByClause().ALL() != null) {
        cx.item(
            MssItems.STATEMENT,
            "GROUP BY ALL / WITH ROLLUP|CUBE is not converted",
            s.groupByClause());
      }
      for (TSqlParser.GroupByItemContext g : s.groupByClause().groupByItem()) {
        if (g.expression() != null) {
          groupBy.add(ex.expr(g.expression()));
        } else {
          groupBy.add(cx.unsupported(g, MssItems.STATEMENT, "grouping sets are not converted"));
        }
      }
    }
    Query.Limit limit = null;
    if (s.topClause() != null) {
      limit = top(s.topClause());
    }
    return new Query.Select(
        null,
        s.quantifier != null && s.quantifier.getType() == TSqlParser.DISTINCT,
        items,
        from,
        s.whereClause() == null ? null : ex.condition(s.whereClause().searchCondition()),
        groupBy,
        s.havingClause() == null ? null : ex.condition(s.havingClause().searchCondition()),
        null,
        limit,
        null,
        null);
  }

  Query.Limit top(TSqlParser.TopClauseContext t) {
    Expr count =
        t.expression() != null
            ? ex.expr(t.expression())
            : Expr.Literal.number(t.getChild(1).getText());
    return new Query.Limit(count, null, t.PERCENT() != null, t.TIES() != null);
  }

  private Query.SelectItem selectItem(TSqlParser.SelectItemContext i) {
    if (i instanceof TSqlParser.SelectStarContext) {
      return new Query.SelectItem(new Expr.Star(null), null);
    }
    if (i instanceof TSqlParser.SelectQualifiedStarContext q) {
      return new Query.SelectItem(new Expr.Star(MssNames.written(q.qualifiedName())), null);
    }
    if (i instanceof TSqlParser.SelectAliasFirstContext a) {
      return new Query.SelectItem(ex.expr(a.expression()), alias(a.columnAlias()));
    }
    if (i instanceof TSqlParser.SelectExpressionContext e) {
      return new Query.SelectItem(
          ex.expr(e.expression()), e.columnAlias() == null ? null : alias(e.columnAlias()));
    }
    return new Query.SelectItem(
        cx.unsupported(i, MssItems.STATEMENT, "a variable assignment in a query"), null);
  }

  private static Ident alias(TSqlParser.ColumnAliasContext a) {
    if (a.STRING() != null) {
      String t = a.STRING().getText();
      int start = t.charAt(0) == '\'' ? 1 : 2;
      return Ident.of(t.substring(start, t.length() - 1));
    }
    return MssNames.ident(a.identifier());
  }

  List<OrderItem> order(TSqlParser.OrderByClauseContext o) {
    List<OrderItem> out = new ArrayList<>();
    for (TSqlParser.OrderByItemContext i : o.orderByItem()) {
      boolean desc = i.direction != null && i.direction.getType() == TSqlParser.DESC;
      // SQL Server sorts NULLs first ascending and last descending.
      out.add(
          new OrderItem(
              ex.expr(i.expression()),
              desc ? SortOrder.DESC : SortOrder.ASC,
              desc ? NullsOrder.LAST : NullsOrder.FIRST));
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // FROM
  // ------------------------------------------------------------------------------------------

  FromItem tableSource(TSqlParser.TableSourceContext t) {
    FromItem left = item(t.tableSourceItem());
    for (TSqlParser.JoinPartContext j : t.joinPart()) {
      left = join(left, j);
    }
    return left;
  }

  private FromItem join(FromItem left, TSqlParser.JoinPartContext j) {
    if (j instanceof TSqlParser.QualifiedJoinContext q) {
      FromItem.JoinType type = FromItem.JoinType.INNER;
      if (q.joinType() != null && q.joinType().kind != null) {
        type =
            switch (q.joinType().kind.getType()) {
              case TSqlParser.LEFT -> FromItem.JoinType.LEFT;
              case TSqlParser.RIGHT -> FromItem.JoinType.RIGHT;
              default -> FromItem.JoinType.FULL;
            };
      }
      if (q.joinType() != null && q.joinType().joinHint != null) {
        cx.item(MssItems.TABLE_HINT, "the join hint is dropped", q.joinType());
      }
      FromItem right = tableSource(q.tableSource());
      return new FromItem.Join(type, left, right, ex.condition(q.searchCondition()), null, false);
    }
    if (j instanceof TSqlParser.CrossJoinContext c) {
      return new FromItem.Join(
          FromItem.JoinType.CROSS, left, item(c.tableSourceItem()), null, null, false);
    }
    if (j instanceof TSqlParser.ApplyJoinContext a) {
      FromItem right = lateral(item(a.tableSourceItem()));
      boolean outer = a.kind.getType() == TSqlParser.OUTER;
      return new FromItem.Join(
          outer ? FromItem.JoinType.LEFT : FromItem.JoinType.CROSS,
          left,
          right,
          outer ? new Expr.Literal(io.godwit.ir.expr.LiteralKind.BOOLEAN, "true") : null,
          null,
          false);
    }
    return new MssPivot(cx, ex).apply(left, j);
  }

  private static FromItem lateral(FromItem f) {
    if (f instanceof FromItem.DerivedTable d) {
      return new FromItem.DerivedTable(d.query(), d.alias(), d.columnAliases(), true);
    }
    if (f instanceof FromItem.FunctionTable t) {
      return new FromItem.FunctionTable(t.call(), t.alias(), t.columnAliases(), true);
    }
    return f;
  }

  private FromItem item(TSqlParser.TableSourceItemContext i) {
    if (i instanceof TSqlParser.NamedTableContext n) {
      if (n.tableHints() != null) {
        cx.item(MssItems.TABLE_HINT, "the table hints are dropped", n.tableHints());
      }
      if (n.temporalClause() != null || n.tableSample() != null) {
        cx.item(MssItems.STATEMENT, "FOR SYSTEM_TIME / TABLESAMPLE is not converted", n);
      }
      return named(n.qualifiedName(), alias(n.tableAlias()));
    }
    if (i instanceof TSqlParser.LegacyHintedTableContext n) {
      cx.item(MssItems.TABLE_HINT, "the table hints are dropped", n);
      return named(n.qualifiedName(), alias(n.tableAlias()));
    }
    if (i instanceof TSqlParser.DerivedTableContext d) {
      return new FromItem.DerivedTable(
          subquery(d.subquery()),
          alias(d.tableAlias()),
          d.columnAliases() == null ? null : MssNames.idents(d.columnAliases().identifier()),
          false);
    }
    if (i instanceof TSqlParser.FunctionTableContext f) {
      Expr call = ex.call(f.functionCall());
      if (MssStringFunctions.isStringSplit(call) && f.columnAliases() == null) {
        Ident alias = f.tableAlias() == null ? Ident.of("string_split") : alias(f.tableAlias());
        return new FromItem.FunctionTable(call, alias, List.of(Ident.of("value")), false);
      }
      return new FromItem.FunctionTable(
          call,
          alias(f.tableAlias()),
          f.columnAliases() == null ? null : MssNames.idents(f.columnAliases().identifier()),
          false);
    }
    if (i instanceof TSqlParser.VariableTableContext v) {
      String name = v.VARIABLE().getText();
      QName table = cx.tableVariable(name);
      return FromItem.TableRef.of(
          table != null ? table : QName.of(MssNames.variable(name)), alias(v.tableAlias()));
    }
    if (i instanceof TSqlParser.ParenthesizedTableSourceContext p) {
      return tableSource(p.tableSource());
    }
    if (i instanceof TSqlParser.ValuesTableContext v) {
      List<List<Expr>> rows = new ArrayList<>();
      for (TSqlParser.ValueRowContext r : v.valueRow()) {
        List<Expr> row = new ArrayList<>();
        for (TSqlParser.ValueItemContext v2 : r.valueItem()) {
          row.add(v2.expression() == null ? new Expr.DefaultValue() : ex.expr(v2.expression()));
        }
        rows.add(row);
      }
      return new FromItem.DerivedTable(
          new Query.Values(rows),
          alias(v.tableAlias()),
          v.columnAliases() == null ? null : MssNames.idents(v.columnAliases().identifier()),
          false);
    }
    cx.item(
        MssItems.STATEMENT, "this table source (OPENROWSET, OPENJSON, ...) is not converted", i);
    return FromItem.TableRef.of(QName.of("unsupported_source"), null);
  }

  private FromItem named(TSqlParser.QualifiedNameContext q, Ident alias) {
    ObjectName o = TsqlNames.objectName(q);
    if (o.server() != null || o.database() != null) {
      cx.item(
          MssItems.SYSTEM_OBJECT,
          "a name in another database or on a linked server: the database part is dropped",
          q);
    }
    if (o.schema() != null && o.schema().toLowerCase(Locale.ROOT).equals("sys")
        || o.schema() != null && o.schema().equalsIgnoreCase("INFORMATION_SCHEMA")) {
      cx.item(MssItems.SYSTEM_OBJECT, "the catalog view " + o.describe() + " has no equivalent", q);
    }
    for (Column c : cx.catalog.columns(o.schema(), o.name())) {
      cx.column(c.name(), new MssTypes(cx).map(c.type(), false));
    }
    QName name =
        o.schema() == null && !MssNames.isTemp(o.name())
            ? QName.of(MssNames.ident(o.name()))
            : MssNames.object(o, cx.defaultSchema);
    return FromItem.TableRef.of(name, alias);
  }

  private static Ident alias(TSqlParser.TableAliasContext a) {
    return a == null ? null : MssNames.ident(a.identifier());
  }
}
