package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.NullsOrder;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.model.Column;
import io.godwit.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Oracle queries to IR, with FROM scopes that give column references their catalog types. */
final class OraQuery {

  private final OraLower l;

  /** Per query block: alias (upper case) to catalog table; the innermost block last. */
  private final Deque<Map<String, Table>> fromScopes = new ArrayDeque<>();

  /** Names of common table expressions in scope (upper case): never schema-qualified. */
  private final Deque<Set<String>> cteScopes = new ArrayDeque<>();

  OraQuery(OraLower lower) {
    this.l = lower;
  }

  private OraContext cx() {
    return l.cx;
  }

  Query subquery(PlSqlParser.SubqueryContext s) {
    Set<String> ctes = new HashSet<>();
    cteScopes.push(ctes);
    try {
      Query.With with = s.with_clause() == null ? null : with(s.with_clause(), ctes);
      Query body = body(s.subquery_body());
      List<OrderItem> order =
          s.order_by_clause() == null ? List.of() : orderItems(s.order_by_clause());
      boolean siblings = s.order_by_clause() != null && s.order_by_clause().SIBLINGS() != null;
      Query.Limit limit = s.row_limiting_clause() == null ? null : limit(s.row_limiting_clause());
      return finish(body, with, siblings ? List.of() : order, siblings ? order : List.of(), limit);
    } finally {
      cteScopes.pop();
    }
  }

  /** Attaches WITH, ORDER BY and row limiting to the query they belong to. */
  private static Query finish(
      Query body,
      Query.With with,
      List<OrderItem> order,
      List<OrderItem> siblings,
      Query.Limit limit) {
    if (body instanceof Query.Select s) {
      Query.Hierarchy h = s.hierarchy();
      if (h != null && !siblings.isEmpty()) {
        h = new Query.Hierarchy(h.startWith(), h.connectBy(), h.noCycle(), siblings);
      }
      return new Query.Select(
          with,
          s.distinct(),
          s.items(),
          s.from(),
          s.where(),
          s.groupBy(),
          s.having(),
          order.isEmpty() ? s.orderBy() : order,
          limit == null ? s.limit() : limit,
          h,
          s.lock());
    }
    if (body instanceof Query.SetOperation so) {
      return new Query.SetOperation(
          with,
          so.op(),
          so.all(),
          so.left(),
          so.right(),
          order.isEmpty() ? so.orderBy() : order,
          limit == null ? so.limit() : limit);
    }
    return body;
  }

  private Query.With with(PlSqlParser.With_clauseContext w, Set<String> ctes) {
    if (!w.with_plsql_declaration().isEmpty()) {
      cx().note(
              w, OraItems.EXPRESSION, "functions declared in WITH must become ordinary functions");
    }
    boolean recursive = false;
    List<Query.Cte> list = new ArrayList<>();
    for (PlSqlParser.With_itemContext item : w.with_item()) {
      Ident name = OraNames.ident(item.name);
      ctes.add(name.text().toUpperCase(Locale.ROOT));
      List<Ident> columns = item.column_list() == null ? List.of() : columnList(item.column_list());
      Query q = subquery(item.subquery());
      // Oracle's recursive WITH needs no keyword; a CTE that names itself is recursive.
      if (references(q, name)) {
        recursive = true;
      }
      if (item.search_clause() != null || item.cycle_clause() != null) {
        cx().note(
                item,
                OraItems.EXPRESSION,
                "SEARCH and CYCLE clauses of recursive WITH are not kept");
      }
      list.add(new Query.Cte(name, columns, q));
    }
    return new Query.With(recursive, list);
  }

  private static boolean references(Query q, Ident name) {
    boolean[] found = {false};
    new io.godwit.ir.IrWalker() {
      @Override
      protected void onFrom(FromItem f) {
        if (f instanceof FromItem.TableRef t
            && t.name().size() == 1
            && t.name().last().text().equalsIgnoreCase(name.text())) {
          found[0] = true;
        }
      }
    }.query(q);
    return found[0];
  }

  List<Ident> columnList(PlSqlParser.Column_listContext c) {
    List<Ident> out = new ArrayList<>();
    for (PlSqlParser.Column_nameContext n : c.column_name()) {
      out.add(OraNames.ident(n.identifier(n.identifier().size() - 1)));
    }
    return out;
  }

  private Query body(PlSqlParser.Subquery_bodyContext b) {
    Query result = term(b.subquery_term(0));
    for (int i = 0; i < b.set_operator().size(); i++) {
      PlSqlParser.Set_operatorContext op = b.set_operator(i);
      Query.SetOperator kind =
          op.UNION() != null
              ? Query.SetOperator.UNION
              : op.INTERSECT() != null ? Query.SetOperator.INTERSECT : Query.SetOperator.EXCEPT;
      result =
          new Query.SetOperation(
              null, kind, op.ALL() != null, result, term(b.subquery_term(i + 1)), null, null);
    }
    return result;
  }

  private Query term(PlSqlParser.Subquery_termContext t) {
    if (t instanceof PlSqlParser.ParenthesizedTermContext p) {
      return subquery(p.subquery());
    }
    return queryBlock(((PlSqlParser.QueryBlockTermContext) t).query_block());
  }

  /** One SELECT. The FROM clause is lowered first so columns can be typed. */
  Query queryBlock(PlSqlParser.Query_blockContext q) {
    fromScopes.push(new HashMap<>());
    try {
      List<FromItem> from = new ArrayList<>();
      boolean dual = false;
      if (q.table_reference_list() != null) {
        for (PlSqlParser.Table_referenceContext r : q.table_reference_list().table_reference()) {
          if (isDual(r)) {
            dual = true;
            continue;
          }
          from.add(tableReference(r));
        }
      }
      List<Query.SelectItem> items = selectList(q.select_list());
      Expr where = null;
      if (q.where_clause() != null) {
        where = where(q.where_clause());
      }
      Query.Hierarchy hierarchy = null;
      if (q.hierarchical_query_clause() != null) {
        PlSqlParser.Hierarchical_query_clauseContext h = q.hierarchical_query_clause();
        hierarchy =
            new Query.Hierarchy(
                h.start_condition == null ? null : l.expr.condition(h.start_condition),
                l.expr.condition(h.connect),
                h.NOCYCLE() != null,
                null);
      }
      List<Expr> groupBy = new ArrayList<>();
      Expr having = null;
      if (q.group_by_clause() != null) {
        for (PlSqlParser.Group_by_elementContext g : q.group_by_clause().group_by_element()) {
          groupBy.add(groupBy(g));
        }
        if (q.group_by_clause().condition() != null) {
          having = l.expr.condition(q.group_by_clause().condition());
        }
      }
      if (q.model_clause() != null) {
        Expr model =
            cx().unsupported(
                    q.model_clause(),
                    OraItems.MODEL_CLAUSE,
                    "the MODEL clause has no equivalent: rewrite the calculation");
        items = List.of(new Query.SelectItem(model, null));
      }
      if (q.window_clause() != null) {
        cx().note(
                q.window_clause(),
                OraItems.EXPRESSION,
                "the WINDOW clause is not kept: spell the windows out");
      }
      boolean distinct = q.DISTINCT() != null || q.UNIQUE() != null;
      if (dual && from.isEmpty()) {
        from = List.of();
      }
      return new Query.Select(
          null, distinct, items, from, where, groupBy, having, null, null, hierarchy, null);
    } finally {
      fromScopes.pop();
    }
  }

  private static boolean isDual(PlSqlParser.Table_referenceContext r) {
    if (!r.join_clause().isEmpty()
        || !(r.table_primary() instanceof PlSqlParser.SimpleTablePrimaryContext p)) {
      return false;
    }
    if (!(p.query_table_expression() instanceof PlSqlParser.TableSourceContext t)) {
      return false;
    }
    PlSqlParser.Object_nameContext name = t.remote_object_name().object_name();
    return name.schema == null && OraNames.upper(name.name).equals("DUAL");
  }

  private Expr where(PlSqlParser.Where_clauseContext w) {
    if (w instanceof PlSqlParser.CurrentOfWhereContext c) {
      return cx().unsupported(c, OraItems.STATEMENT, "WHERE CURRENT OF: use the row's key");
    }
    return l.expr.condition(((PlSqlParser.ConditionWhereContext) w).condition());
  }

  private Expr groupBy(PlSqlParser.Group_by_elementContext g) {
    if (g instanceof PlSqlParser.ExpressionGroupingContext e) {
      return l.expr.expression(e.expression());
    }
    if (g instanceof PlSqlParser.RollupGroupingContext r) {
      return new Expr.FunctionCall(
          QName.of("rollup"), groupingItems(r.grouping_item()), false, null, null, null, null);
    }
    if (g instanceof PlSqlParser.CubeGroupingContext c) {
      return new Expr.FunctionCall(
          QName.of("cube"), groupingItems(c.grouping_item()), false, null, null, null, null);
    }
    return cx().unsupported(
            g,
            OraItems.EXPRESSION,
            "GROUPING SETS must be rewritten with UNION ALL or written by hand");
  }

  private List<Expr> groupingItems(List<PlSqlParser.Grouping_itemContext> items) {
    List<Expr> out = new ArrayList<>();
    for (PlSqlParser.Grouping_itemContext i : items) {
      out.add(
          i.expression() == null
              ? new Expr.RowValue(List.of())
              : l.expr.expression(i.expression()));
    }
    return out;
  }

  List<Query.SelectItem> selectList(PlSqlParser.Select_listContext s) {
    List<Query.SelectItem> items = new ArrayList<>();
    if (s instanceof PlSqlParser.StarSelectListContext) {
      items.add(new Query.SelectItem(new Expr.Star(null), null));
      return items;
    }
    for (PlSqlParser.Select_itemContext item :
        ((PlSqlParser.ItemSelectListContext) s).select_item()) {
      if (item instanceof PlSqlParser.AllColumnsSelectItemContext all) {
        items.add(
            new Query.SelectItem(
                new Expr.Star(OraNames.qualified(all.qualified_name().identifier())), null));
      } else {
        PlSqlParser.ExpressionSelectItemContext e = (PlSqlParser.ExpressionSelectItemContext) item;
        Ident alias = e.column_alias() == null ? null : alias(e.column_alias());
        items.add(new Query.SelectItem(l.expr.condition(e.condition()), alias));
      }
    }
    return items;
  }

  static Ident alias(PlSqlParser.Column_aliasContext a) {
    return a.identifier() != null
        ? OraNames.ident(a.identifier())
        : OraNames.ident(a.alias_identifier());
  }

  // ------------------------------------------------------------------------------------------
  // FROM
  // ------------------------------------------------------------------------------------------

  FromItem tableReference(PlSqlParser.Table_referenceContext r) {
    FromItem left = tablePrimary(r.table_primary());
    for (PlSqlParser.Join_clauseContext j : r.join_clause()) {
      left = join(left, j);
    }
    return left;
  }

  private FromItem join(FromItem left, PlSqlParser.Join_clauseContext j) {
    if (j instanceof PlSqlParser.InnerJoinContext in) {
      FromItem right = tablePrimary(in.table_primary());
      return withCondition(FromItem.JoinType.INNER, left, right, in.join_condition());
    }
    if (j instanceof PlSqlParser.OuterJoinContext out) {
      FromItem right = tablePrimary(out.table_primary());
      PlSqlParser.Outer_join_typeContext t = out.outer_join_type();
      FromItem.JoinType type =
          t.FULL() != null
              ? FromItem.JoinType.FULL
              : t.LEFT() != null ? FromItem.JoinType.LEFT : FromItem.JoinType.RIGHT;
      if (out.query_partition_clause().size() > 0) {
        cx().note(out, OraItems.EXPRESSION, "partitioned outer joins are not kept");
      }
      return withCondition(type, left, right, out.join_condition());
    }
    if (j instanceof PlSqlParser.CrossJoinContext c) {
      return new FromItem.Join(
          FromItem.JoinType.CROSS, left, tablePrimary(c.table_primary()), null, null, false);
    }
    if (j instanceof PlSqlParser.NaturalJoinContext n) {
      FromItem.JoinType type = FromItem.JoinType.INNER;
      if (n.outer_join_type() != null) {
        type =
            n.outer_join_type().FULL() != null
                ? FromItem.JoinType.FULL
                : n.outer_join_type().LEFT() != null
                    ? FromItem.JoinType.LEFT
                    : FromItem.JoinType.RIGHT;
      }
      return new FromItem.Join(type, left, tablePrimary(n.table_primary()), null, null, true);
    }
    if (j instanceof PlSqlParser.CrossApplyContext c) {
      return new FromItem.Join(
          FromItem.JoinType.CROSS,
          left,
          lateral(tablePrimary(c.table_primary())),
          null,
          null,
          false);
    }
    PlSqlParser.OuterApplyContext o = (PlSqlParser.OuterApplyContext) j;
    return new FromItem.Join(
        FromItem.JoinType.LEFT,
        left,
        lateral(tablePrimary(o.table_primary())),
        Expr.Literal.bool(true),
        null,
        false);
  }

  private static FromItem lateral(FromItem f) {
    if (f instanceof FromItem.DerivedTable d) {
      return new FromItem.DerivedTable(d.query(), d.alias(), d.columnAliases(), true);
    }
    if (f instanceof FromItem.FunctionTable ft) {
      return new FromItem.FunctionTable(ft.call(), ft.alias(), ft.columnAliases(), true);
    }
    return f;
  }

  private FromItem withCondition(
      FromItem.JoinType type, FromItem left, FromItem right, PlSqlParser.Join_conditionContext c) {
    if (c instanceof PlSqlParser.UsingJoinConditionContext u) {
      return new FromItem.Join(type, left, right, null, columnList(u.column_list()), false);
    }
    Expr on = l.expr.condition(((PlSqlParser.OnJoinConditionContext) c).condition());
    return new FromItem.Join(type, left, right, on, null, false);
  }

  private FromItem tablePrimary(PlSqlParser.Table_primaryContext p) {
    if (p instanceof PlSqlParser.ParenthesizedTablePrimaryContext pp) {
      FromItem inner = tableReference(pp.table_reference());
      return pp.table_alias() == null ? inner : inner;
    }
    PlSqlParser.Query_table_expressionContext q;
    PlSqlParser.Flashback_query_clauseContext flashback;
    PlSqlParser.Table_aliasContext aliasCtx;
    PlSqlParser.Pivot_clauseContext pivot;
    PlSqlParser.Unpivot_clauseContext unpivot;
    if (p instanceof PlSqlParser.SimpleTablePrimaryContext s) {
      q = s.query_table_expression();
      flashback = s.flashback_query_clause();
      aliasCtx = s.table_alias();
      pivot = s.pivot_clause();
      unpivot = s.unpivot_clause();
    } else {
      PlSqlParser.OnlyTablePrimaryContext o = (PlSqlParser.OnlyTablePrimaryContext) p;
      q = o.query_table_expression();
      flashback = o.flashback_query_clause();
      aliasCtx = o.table_alias();
      pivot = o.pivot_clause();
      unpivot = o.unpivot_clause();
    }
    Ident alias = aliasCtx == null ? null : OraNames.ident(aliasCtx.alias_identifier());
    if (pivot != null || unpivot != null) {
      return pivoted(p, q, flashback, pivot, unpivot, alias);
    }
    return source(q, flashback, alias);
  }

  /** PIVOT or UNPIVOT over the source {@code q}; the item ORA-1007 when it cannot be rewritten. */
  private FromItem pivoted(
      PlSqlParser.Table_primaryContext p,
      PlSqlParser.Query_table_expressionContext q,
      PlSqlParser.Flashback_query_clauseContext flashback,
      PlSqlParser.Pivot_clauseContext pivot,
      PlSqlParser.Unpivot_clauseContext unpivot,
      Ident alias) {
    FromItem source = source(q, flashback, null);
    if (source instanceof FromItem.DerivedTable d) {
      source = new FromItem.DerivedTable(d.query(), OraPivot.SOURCE, null, d.lateral());
    }
    OraPivot rewrite = new OraPivot(l);
    List<Ident> columns = rewrite.sourceColumns(source);
    FromItem out = null;
    String why =
        "the columns of its source are not known (a table the scripts do not create, or *)";
    if (columns != null) {
      out =
          pivot != null
              ? rewrite.pivot(pivot, source, columns, alias)
              : rewrite.unpivot(unpivot, source, columns, alias);
      why = rewrite.problem();
    }
    if (out != null) {
      return out;
    }
    Expr x =
        cx().unsupported(
                p,
                OraItems.PIVOT,
                (pivot != null ? "PIVOT" : "UNPIVOT")
                    + " not rewritten: "
                    + why
                    + "; write it with aggregate FILTER clauses (PIVOT) or LATERAL (VALUES ...)"
                    + " (UNPIVOT)");
    return new FromItem.FunctionTable(x, alias == null ? Ident.of("pivoted") : alias, null, false);
  }

  private FromItem source(
      PlSqlParser.Query_table_expressionContext q,
      PlSqlParser.Flashback_query_clauseContext flashback,
      Ident alias) {
    Expr asOf = null;
    if (flashback != null) {
      asOf =
          cx().unsupported(flashback, OraItems.EXPRESSION, "flashback queries have no equivalent");
    }
    if (q instanceof PlSqlParser.TableSourceContext t) {
      if (t.remote_object_name().dblink_name() != null) {
        Expr x =
            cx().unsupported(
                    t, OraItems.DATABASE_LINK, "a table over a database link: use postgres_fdw");
        return new FromItem.FunctionTable(
            x, alias == null ? Ident.of("remote") : alias, null, false);
      }
      QName name = tableName(t.remote_object_name().object_name());
      register(alias, name);
      return new FromItem.TableRef(name, alias, null, asOf);
    }
    if (q instanceof PlSqlParser.SubquerySourceContext s) {
      return new FromItem.DerivedTable(subquery(s.subquery()), alias, null, false);
    }
    if (q instanceof PlSqlParser.LateralSourceContext s) {
      return new FromItem.DerivedTable(subquery(s.subquery()), alias, null, true);
    }
    if (q instanceof PlSqlParser.CollectionSourceContext c) {
      return collection(c.table_collection_expression(), alias);
    }
    Expr x =
        cx().unsupported(q, OraItems.XML, "XMLTABLE/JSON_TABLE/CONTAINERS in FROM need rewriting");
    return new FromItem.FunctionTable(x, alias == null ? Ident.of("t") : alias, null, false);
  }

  /** TABLE(f(x)) is a set-returning call; TABLE(collection) unnests it into COLUMN_VALUE. */
  private FromItem collection(PlSqlParser.Table_collection_expressionContext t, Ident alias) {
    if (t.subquery() != null) {
      return new FromItem.DerivedTable(subquery(t.subquery()), alias, null, false);
    }
    Expr value = l.expr.expression(t.expression());
    if (value instanceof Expr.FunctionCall f) {
      // A function returning a collection of scalars gives rows of one column, COLUMN_VALUE.
      List<Ident> columns =
          f.name().size() == 1 && l.types.returnsScalarCollection(f.name().last().text())
              ? List.of(Ident.of("COLUMN_VALUE"))
              : null;
      return new FromItem.FunctionTable(
          value, alias == null ? Ident.of("t") : alias, columns, false);
    }
    return new FromItem.FunctionTable(
        Expr.FunctionCall.of("unnest", value),
        alias == null ? Ident.of("t") : alias,
        List.of(Ident.of("COLUMN_VALUE")),
        false);
  }

  /**
   * A table name as the target sees it: synonyms resolved, an unqualified name qualified with the
   * unit's schema (Oracle resolves it there), CTE names left alone.
   */
  QName tableName(PlSqlParser.Object_nameContext n) {
    QName name = OraNames.object(n);
    if (name.size() == 1) {
      String upper = name.last().text().toUpperCase(Locale.ROOT);
      for (Set<String> ctes : cteScopes) {
        if (ctes.contains(upper)) {
          return name;
        }
      }
    }
    QName target = OraUnits.synonymTarget(cx(), name);
    if (target != null) {
      return target;
    }
    if (name.size() == 1 && cx().defaultSchema != null) {
      return QName.of(cx().defaultSchema, name.last());
    }
    return name;
  }

  /** Remembers a FROM item's catalog table under its alias, for typing columns. */
  private void register(Ident alias, QName name) {
    Map<String, Table> scope = fromScopes.peek();
    if (scope == null) {
      return;
    }
    String schema = name.size() > 1 ? name.qualifier().last().text() : null;
    Table table = l.types.table(schema, name.last().text());
    if (table != null) {
      String key = (alias != null ? alias : name.last()).text().toUpperCase(Locale.ROOT);
      scope.put(key, table);
    }
  }

  /** The type of a column reference, from the FROM scopes; null when unknown. */
  SqlType columnType(QName column) {
    String col = column.last().text();
    for (Map<String, Table> scope : fromScopes) {
      Table t = null;
      if (column.size() >= 2) {
        t = scope.get(column.parts().get(column.size() - 2).text().toUpperCase(Locale.ROOT));
      } else {
        for (Table candidate : scope.values()) {
          if (candidate.column(col).isPresent()
              || candidate.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(col))) {
            t = candidate;
            break;
          }
        }
      }
      if (t != null) {
        for (Column c : t.columns()) {
          if (c.name().equalsIgnoreCase(col)) {
            return l.types.fromModel(c.type(), false, null);
          }
        }
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // ORDER BY, limits, locks
  // ------------------------------------------------------------------------------------------

  List<OrderItem> orderItems(PlSqlParser.Order_by_clauseContext o) {
    List<OrderItem> out = new ArrayList<>();
    for (PlSqlParser.Order_itemContext i : o.order_item()) {
      SortOrder order =
          i.direction != null && i.direction.getType() == PlSqlParser.DESC
              ? SortOrder.DESC
              : SortOrder.ASC;
      NullsOrder nulls = NullsOrder.DEFAULT;
      if (i.nulls != null) {
        nulls = i.nulls.getType() == PlSqlParser.FIRST ? NullsOrder.FIRST : NullsOrder.LAST;
      }
      out.add(new OrderItem(l.expr.expression(i.expression()), order, nulls));
    }
    return out;
  }

  private Query.Limit limit(PlSqlParser.Row_limiting_clauseContext r) {
    Expr offset =
        r.offset_clause() == null ? null : l.expr.expression(r.offset_clause().expression());
    PlSqlParser.Fetch_first_clauseContext f = r.fetch_first_clause();
    Expr count =
        f == null || f.expression() == null
            ? (f == null ? null : io.godwit.ir.expr.Expr.Literal.number(1))
            : l.expr.expression(f.expression());
    boolean percent = f != null && f.PERCENT() != null;
    boolean ties = f != null && f.TIES() != null;
    return new Query.Limit(count, offset, percent, ties);
  }

  /** SELECT ... FOR UPDATE: the lock clause for a lowered query. */
  Query withLock(Query q, PlSqlParser.For_update_clauseContext f) {
    if (f == null || !(q instanceof Query.Select s)) {
      return q;
    }
    List<QName> of = new ArrayList<>();
    for (PlSqlParser.Column_nameContext c : f.column_name()) {
      of.add(OraNames.qualified(c.identifier()));
    }
    String wait = f.NOWAIT() != null ? "NOWAIT" : f.LOCKED() != null ? "SKIP LOCKED" : null;
    if (f.WAIT() != null) {
      cx().note(f, OraItems.LOCK_WAIT, "FOR UPDATE WAIT n: set lock_timeout instead");
    }
    return new Query.Select(
        s.with(),
        s.distinct(),
        s.items(),
        s.from(),
        s.where(),
        s.groupBy(),
        s.having(),
        s.orderBy(),
        s.limit(),
        s.hierarchy(),
        new Query.Lock(of, wait));
  }

  /** A whole SELECT statement. */
  Query select(PlSqlParser.Select_statementContext s) {
    return withLock(subquery(s.subquery()), s.for_update_clause());
  }
}
