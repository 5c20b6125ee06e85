package io.godwit.dialect.oracle.script;

import static io.godwit.dialect.oracle.script.Trees.all;
import static io.godwit.dialect.oracle.script.Trees.first;
import static io.godwit.dialect.oracle.script.Trees.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.parser.PlSqlParser.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree shapes of queries and DML. */
class QueryTreeTest {

  private static Query_blockContext block(String sql) {
    return first(statement(sql), Query_blockContext.class);
  }

  @Test
  void selectListAliasesAndInto() {
    Query_blockContext q = block("SELECT DISTINCT t.*, a x, b AS \"Y\", c day INTO v1, v2 FROM t");
    assertThat(q.DISTINCT()).isNotNull();
    ItemSelectListContext list = (ItemSelectListContext) q.select_list();
    assertThat(list.select_item(0)).isInstanceOf(AllColumnsSelectItemContext.class);
    List<Column_aliasContext> aliases =
        list.select_item().stream()
            .filter(i -> i instanceof ExpressionSelectItemContext)
            .map(i -> ((ExpressionSelectItemContext) i).column_alias())
            .toList();
    assertThat(aliases).extracting(a -> a.getText()).containsExactly("x", "AS\"Y\"", "day");
    assertThat(q.into_clause().into_target()).hasSize(2);
  }

  @Test
  void ansiJoins() {
    Table_referenceContext from =
        block(
                "SELECT * FROM a JOIN b ON a.id = b.id LEFT OUTER JOIN c USING (id) FULL JOIN d ON 1 = 1"
                    + " CROSS JOIN e NATURAL JOIN f CROSS APPLY (SELECT 1 FROM dual) g")
            .table_reference_list()
            .table_reference(0);
    assertThat(from.join_clause())
        .extracting(j -> j.getClass().getSimpleName())
        .containsExactly(
            "InnerJoinContext",
            "OuterJoinContext",
            "OuterJoinContext",
            "CrossJoinContext",
            "NaturalJoinContext",
            "CrossApplyContext");
    OuterJoinContext left = (OuterJoinContext) from.join_clause(1);
    assertThat(left.outer_join_type().LEFT()).isNotNull();
    assertThat(left.join_condition()).isInstanceOf(UsingJoinConditionContext.class);
  }

  @Test
  void oldStyleOuterJoinMarker() {
    Query_blockContext q = block("SELECT * FROM a, b WHERE a.id = b.id (+) AND b.x(+) = 1");
    assertThat(q.table_reference_list().table_reference()).hasSize(2);
    List<NameExprContext> marked =
        all(q.where_clause(), NameExprContext.class).stream()
            .filter(n -> n.OUTER_JOIN_SIGN() != null)
            .toList();
    assertThat(marked)
        .extracting(n -> n.general_element().getText())
        .containsExactly("b.id", "b.x");
  }

  @Test
  void subqueriesInEveryPosition() {
    Query_blockContext q =
        block(
            "SELECT (SELECT 1 FROM dual) s FROM (SELECT * FROM t) v"
                + " WHERE x IN (SELECT y FROM u) AND EXISTS (SELECT 1 FROM w) AND z > ALL (SELECT 1 FROM dual)");
    assertThat(first(q.select_list(), ScalarSubqueryExprContext.class)).isNotNull();
    assertThat(first(q.table_reference_list(), SubquerySourceContext.class)).isNotNull();
    assertThat(first(q.where_clause(), InPredicateContext.class).subquery()).isNotNull();
    assertThat(first(q.where_clause(), ExistsConditionContext.class)).isNotNull();
    QuantifiedComparisonPredicateContext all =
        first(q.where_clause(), QuantifiedComparisonPredicateContext.class);
    assertThat(all.quantifier.getType()).isEqualTo(PlSqlParser.ALL);
  }

  @Test
  void withClauseRecursiveWithSearchAndCycle() {
    SubqueryContext subquery =
        statement(
                "WITH r (id, lvl) AS (SELECT 1, 0 FROM dual UNION ALL SELECT id + 1, lvl + 1 FROM r WHERE lvl < 3)"
                    + " SEARCH DEPTH FIRST BY id SET ord CYCLE id SET is_cycle TO 'Y' DEFAULT 'N',"
                    + " s AS (SELECT 2 FROM dual) SELECT * FROM r ORDER BY ord")
            .select_statement()
            .subquery();
    List<With_itemContext> items = subquery.with_clause().with_item();
    assertThat(items).extracting(i -> i.name.getText()).containsExactly("r", "s");
    assertThat(items.get(0).column_list().column_name()).hasSize(2);
    assertThat(items.get(0).search_clause().DEPTH()).isNotNull();
    assertThat(items.get(0).cycle_clause().cycle_mark.getText()).isEqualTo("is_cycle");
    assertThat(subquery.order_by_clause()).isNotNull();
  }

  @Test
  void setOperatorsApplyLeftToRight() {
    Subquery_bodyContext body =
        statement(
                "SELECT 1 FROM a UNION ALL SELECT 2 FROM b MINUS SELECT 3 FROM c INTERSECT (SELECT 4 FROM d)")
            .select_statement()
            .subquery()
            .subquery_body();
    assertThat(body.subquery_term()).hasSize(4);
    assertThat(body.set_operator())
        .extracting(o -> o.getText())
        .containsExactly("UNIONALL", "MINUS", "INTERSECT");
    assertThat(body.subquery_term(3)).isInstanceOf(ParenthesizedTermContext.class);
  }

  @Test
  void analyticFunctions() {
    Query_blockContext q =
        block(
            "SELECT SUM(sal) OVER (PARTITION BY d ORDER BY h ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),"
                + " MAX(sal) KEEP (DENSE_RANK FIRST ORDER BY h) OVER (PARTITION BY d),"
                + " LISTAGG(n, ',' ON OVERFLOW TRUNCATE '...' WITH COUNT) WITHIN GROUP (ORDER BY n),"
                + " LAG(x, 1) IGNORE NULLS OVER (ORDER BY h)"
                + " FROM e");
    List<NameExprContext> calls = all(q.select_list(), NameExprContext.class);
    NameExprContext sum = calls.get(0);
    OverModifierContext over = (OverModifierContext) sum.function_modifier(0);
    Analytic_clauseContext analytic = over.analytic_clause();
    assertThat(analytic.query_partition_clause().expression()).hasSize(1);
    Windowing_clauseContext window = analytic.windowing_clause();
    assertThat(window.unit.getType()).isEqualTo(PlSqlParser.ROWS);
    assertThat(window.lower.UNBOUNDED()).isNotNull();
    assertThat(window.upper.CURRENT()).isNotNull();
    NameExprContext keep =
        calls.stream().filter(c -> c.getText().startsWith("MAX")).findFirst().orElseThrow();
    assertThat(keep.function_modifier())
        .extracting(m -> m.getClass().getSimpleName())
        .containsExactly("KeepModifierContext", "OverModifierContext");
    NameExprContext listagg =
        calls.stream().filter(c -> c.getText().startsWith("LISTAGG")).findFirst().orElseThrow();
    assertThat(first(listagg, Listagg_overflow_clauseContext.class).COUNT()).isNotNull();
    assertThat(listagg.function_modifier(0)).isInstanceOf(WithinGroupModifierContext.class);
    NameExprContext lag =
        calls.stream().filter(c -> c.getText().startsWith("LAG")).findFirst().orElseThrow();
    assertThat(lag.function_modifier(0)).isInstanceOf(NullTreatmentModifierContext.class);
  }

  @Test
  void hierarchicalQueries() {
    Query_blockContext q =
        block(
            "SELECT LEVEL, SYS_CONNECT_BY_PATH(n, '/'), CONNECT_BY_ROOT n FROM e"
                + " START WITH m IS NULL CONNECT BY NOCYCLE PRIOR id = m ORDER SIBLINGS BY n");
    Hierarchical_query_clauseContext h = q.hierarchical_query_clause();
    assertThat(h.NOCYCLE()).isNotNull();
    assertThat(h.start_condition.getText()).isEqualTo("mISNULL");
    BasicConditionContext connect = (BasicConditionContext) h.connect;
    assertThat(connect.expression()).isInstanceOf(PriorExprContext.class);
    assertThat(first(q.select_list(), PseudoColumnExprContext.class).pseudo_column().LEVEL())
        .isNotNull();
    assertThat(first(q.select_list(), ConnectByRootExprContext.class)).isNotNull();
    assertThat(
            first(
                    statement("SELECT 1 FROM e CONNECT BY PRIOR id = m ORDER SIBLINGS BY n"),
                    Order_by_clauseContext.class)
                .SIBLINGS())
        .isNotNull();
  }

  @Test
  void pivotAndUnpivot() {
    Pivot_clauseContext pivot =
        first(
            statement(
                "SELECT * FROM s PIVOT (SUM(a) AS t, COUNT(*) c FOR q IN ('Q1' AS q1, 'Q2' q2)) p"),
            Pivot_clauseContext.class);
    assertThat(pivot.pivot_aggregate()).hasSize(2);
    assertThat(pivot.pivot_for_clause().column_name().getText()).isEqualTo("q");
    assertThat(pivot.pivot_in_clause().pivot_in_item()).hasSize(2);
    assertThat(
            first(
                    statement("SELECT * FROM s PIVOT XML (SUM(a) FOR q IN (ANY))"),
                    Pivot_clauseContext.class)
                .XML())
        .isNotNull();
    Unpivot_clauseContext unpivot =
        first(
            statement("SELECT * FROM s UNPIVOT INCLUDE NULLS (v FOR q IN (a AS 'A', b AS 'B'))"),
            Unpivot_clauseContext.class);
    assertThat(unpivot.INCLUDE()).isNotNull();
    assertThat(unpivot.unpivot_in_item()).hasSize(2);
  }

  @Test
  void flashbackRowLimitingAndLocking() {
    assertThat(
            first(
                    statement("SELECT * FROM t AS OF TIMESTAMP SYSDATE - 1 x"),
                    AsOfClauseContext.class)
                .TIMESTAMP())
        .isNotNull();
    VersionsBetweenClauseContext versions =
        first(
            statement("SELECT * FROM t VERSIONS BETWEEN SCN 1 AND 2"),
            VersionsBetweenClauseContext.class);
    assertThat(versions.lower.getText()).isEqualTo("1");
    assertThat(versions.upper.getText()).isEqualTo("2");
    SubqueryContext limited =
        statement("SELECT * FROM t ORDER BY a OFFSET 5 ROWS FETCH NEXT 10 ROWS ONLY")
            .select_statement()
            .subquery();
    assertThat(limited.row_limiting_clause().offset_clause()).isNotNull();
    assertThat(limited.row_limiting_clause().fetch_first_clause().ONLY()).isNotNull();
    For_update_clauseContext forUpdate =
        statement("SELECT * FROM t FOR UPDATE OF a, b SKIP LOCKED")
            .select_statement()
            .for_update_clause();
    assertThat(forUpdate.column_name()).hasSize(2);
    assertThat(forUpdate.SKIP_()).isNotNull();
  }

  @Test
  void modelClauseIsParsed() {
    Model_clauseContext model =
        first(
            statement(
                "SELECT c, y, s FROM v MODEL PARTITION BY (c) DIMENSION BY (y) MEASURES (s)"
                    + " RULES (s[2002] = s[2001] * 2, s[FOR y IN (2003, 2004)] = 0)"),
            Model_clauseContext.class);
    assertThat(model.main_model().model_rules_clause().model_rule()).hasSize(2);
  }

  @Test
  void tableCollectionsLateralAndHints() {
    assertThat(first(statement("SELECT * FROM TABLE(f(1)) t"), CollectionSourceContext.class))
        .isNotNull();
    assertThat(
            first(
                statement("SELECT * FROM a, LATERAL (SELECT * FROM b WHERE b.x = a.x)"),
                LateralSourceContext.class))
        .isNotNull();
    ParsedStatement hinted = Trees.parseOne("SELECT /*+ FULL(t) */ * FROM t");
    assertThat(hinted.tokens())
        .filteredOn(t -> t.getType() == io.godwit.dialect.oracle.parser.PlSqlLexer.HINT)
        .singleElement()
        .satisfies(t -> assertThat(t.getText()).isEqualTo("/*+ FULL(t) */"));
  }

  @Test
  void insertUpdateDeleteMerge() {
    Single_table_insertContext insert =
        ((SingleTableInsertContext)
                statement("INSERT INTO t (a, b) VALUES (1, DEFAULT) RETURNING a INTO :x")
                    .insert_statement())
            .single_table_insert();
    assertThat(insert.insert_into_clause().column_list().column_name()).hasSize(2);
    assertThat(((ValueListValuesContext) insert.values_clause()).value_item(1).DEFAULT())
        .isNotNull();
    assertThat(insert.returning_clause()).isNotNull();

    ConditionalInsertContext multi =
        (ConditionalInsertContext)
            ((MultiTableInsertContext)
                    statement(
                            "INSERT FIRST WHEN a > 1 THEN INTO x VALUES (a) ELSE INTO y SELECT a FROM t")
                        .insert_statement())
                .multi_table_insert();
    assertThat(multi.conditional_insert_when()).hasSize(1);
    assertThat(multi.ELSE()).isNotNull();

    Update_statementContext update =
        statement("UPDATE t x SET (a, b) = (SELECT 1, 2 FROM dual), c = c + 1 WHERE id = 1")
            .update_statement();
    ItemsSetClauseContext set = (ItemsSetClauseContext) update.update_set_clause();
    assertThat(set.update_set_item())
        .extracting(i -> i.getClass().getSimpleName())
        .containsExactly("TupleSetItemContext", "ColumnSetItemContext");
    assertThat(update.table_alias().getText()).isEqualTo("x");

    Delete_statementContext delete = statement("DELETE t WHERE CURRENT OF c").delete_statement();
    assertThat(delete.where_clause()).isInstanceOf(CurrentOfWhereContext.class);

    Merge_statementContext merge =
        statement(
                "MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.v = s.v DELETE WHERE t.v IS NULL"
                    + " WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)")
            .merge_statement();
    assertThat(merge.merge_action())
        .extracting(a -> a.getClass().getSimpleName())
        .containsExactly("MergeUpdateContext", "MergeInsertContext");
    assertThat(((MergeUpdateContext) merge.merge_action(0)).DELETE()).isNotNull();
  }
}
