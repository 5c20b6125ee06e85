package io.godwit.dialect.sqlserver.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

/** The shape of the trees the grammar builds, one feature at a time. */
class TsqlGrammarTest {

  private final TsqlScriptParser parser = new TsqlScriptParser();

  /** The only statement of a one-batch script. */
  private ParserRuleContext statement(String sql) {
    ParsedScript parsed = parser.parse("t.sql", sql);
    assertThat(parsed.failures()).as("failures parsing %s", sql).isEmpty();
    assertThat(parsed.statements()).hasSize(1);
    return parsed.statements().get(0).tree();
  }

  private static <T extends ParserRuleContext> List<T> all(ParseTree node, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(node, type, found);
    return found;
  }

  private static <T extends ParserRuleContext> void collect(
      ParseTree node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), type, found);
    }
  }

  private static <T extends ParserRuleContext> T first(ParseTree node, Class<T> type) {
    List<T> found = all(node, type);
    assertThat(found).as("a %s", type.getSimpleName()).isNotEmpty();
    return found.get(0);
  }

  private String firstSelectItem(String sql) {
    return Sketch.of(first(statement(sql), TSqlParser.SelectExpressionContext.class).expression());
  }

  private String where(String sql) {
    return Sketch.of(first(statement(sql), TSqlParser.WhereClauseContext.class).searchCondition());
  }

  @Test
  void arithmeticFollowsTsqlPrecedence() {
    assertThat(firstSelectItem("SELECT 1 + 2 * 3 - ~4")).isEqualTo("(- (+ 1 (* 2 3)) (~ 4))");
    assertThat(firstSelectItem("SELECT (1 + 2) * 3 % 4")).isEqualTo("(% (* (+ 1 2) 3) 4)");
    assertThat(firstSelectItem("SELECT a & b | c ^ d + e")).isEqualTo("(+ (^ (| (& a b) c) d) e)");
    assertThat(firstSelectItem("SELECT -a * b")).isEqualTo("(* (- a) b)");
    assertThat(firstSelectItem("SELECT N'a' + x COLLATE Latin1_General_BIN"))
        .isEqualTo("(+ N'a' (collate x Latin1_General_BIN))");
    assertThat(firstSelectItem("SELECT CONVERT(varchar(10), d, 120) + CAST(n AS nvarchar(max))"))
        .isEqualTo("(+ (convert varchar(10) d 120) (cast n nvarchar(max)))");
  }

  @Test
  void conditionsBindPredicatesThenNotThenAndThenOr() {
    assertThat(where("SELECT 1 WHERE a = 1 OR b = 2 AND NOT c = 3"))
        .isEqualTo("(OR (= a 1) (AND (= b 2) (NOT (= c 3))))");
    assertThat(where("SELECT 1 WHERE x BETWEEN 1 AND 2 AND y NOT BETWEEN a + 1 AND b"))
        .isEqualTo("(AND (BETWEEN x 1 2) (NOT BETWEEN y (+ a 1) b))");
    assertThat(where("SELECT 1 WHERE (a = 1 OR b IS NULL) AND c NOT IN (1, 2)"))
        .isEqualTo("(AND (OR (= a 1) (IS NULL b)) (NOT IN c 1 2))");
    assertThat(where("SELECT 1 WHERE NOT EXISTS (SELECT 1) AND n LIKE 'a%' AND m <> 0"))
        .isEqualTo("(AND (AND (NOT (EXISTS subquery)) (LIKE n 'a%')) (<> m 0))");
    assertThat(where("SELECT 1 WHERE (SELECT COUNT(*) FROM t) > 0 AND (a + b) * 2 >= c"))
        .isEqualTo("(AND (> subquery 0) (>= (* (+ a b) 2) c))");
  }

  @Test
  void selectItemsTellAliasesAssignmentsAndStarsApart() {
    ParserRuleContext select =
        statement("SELECT a = 1, @v = 2, @w += 3, b AS c, 'd' e, x 'y', t.*, dbo.t.*, * FROM t");
    List<TSqlParser.SelectItemContext> items = all(select, TSqlParser.SelectItemContext.class);
    assertThat(items)
        .extracting(i -> i.getClass().getSimpleName())
        .containsExactly(
            "SelectAliasFirstContext",
            "SelectVariableAssignmentContext",
            "SelectVariableAssignmentContext",
            "SelectExpressionContext",
            "SelectExpressionContext",
            "SelectExpressionContext",
            "SelectQualifiedStarContext",
            "SelectQualifiedStarContext",
            "SelectStarContext");
    assertThat(
            ((TSqlParser.SelectVariableAssignmentContext) items.get(2))
                .assignmentOperator()
                .getText())
        .isEqualTo("+=");
    assertThat(((TSqlParser.SelectExpressionContext) items.get(4)).columnAlias().getText())
        .isEqualTo("e");
  }

  @Test
  void namesKeepTheirPartsWithoutDelimiters() {
    ParserRuleContext select =
        statement(
            "SELECT * FROM srv.db.dbo.t, db..t2, #tmp, ##g, [a]]b].\"c \"\"d\"\"\", dbo.[Order]");
    List<ObjectName> names = new ArrayList<>();
    for (TSqlParser.NamedTableContext table : all(select, TSqlParser.NamedTableContext.class)) {
      names.add(TsqlNames.objectName(table.qualifiedName()));
    }
    assertThat(names)
        .containsExactly(
            new ObjectName("srv", "db", "dbo", "t"),
            new ObjectName(null, "db", null, "t2"),
            ObjectName.of("#tmp"),
            ObjectName.of("##g"),
            new ObjectName(null, null, "a]b", "c \"d\""),
            new ObjectName(null, null, "dbo", "Order"));
  }

  @Test
  void variablesSystemVariablesAndPseudoColumnsAreTheirOwnExpressions() {
    ParserRuleContext select =
        statement("SELECT @x, @@ROWCOUNT, $action, $IDENTITY, @g.Lat, @x.value('.', 'int')");
    List<TSqlParser.SelectExpressionContext> items =
        all(select, TSqlParser.SelectExpressionContext.class);
    assertThat(items)
        .extracting(i -> i.expression().getClass().getSimpleName())
        .containsExactly(
            "VariableExprContext",
            "SystemVariableExprContext",
            "PseudoColumnExprContext",
            "PseudoColumnExprContext",
            "VariablePropertyExprContext",
            "MethodCallExprContext");
  }

  @Test
  void typesKeepNameAndArguments() {
    ParserRuleContext declare =
        statement(
            "DECLARE @a varchar(max), @b decimal(18, 2), @c national char varying(10),"
                + " @d double precision, @e [dbo].[Phone], @f xml(CONTENT dbo.s), @g datetime2(3)");
    List<TSqlParser.DataTypeContext> types = all(declare, TSqlParser.DataTypeContext.class);
    assertThat(types)
        .extracting(t -> t.getClass().getSimpleName())
        .containsExactly(
            "NamedTypeContext",
            "NamedTypeContext",
            "NationalTypeContext",
            "DoublePrecisionTypeContext",
            "NamedTypeContext",
            "NamedTypeContext",
            "NamedTypeContext");
    TSqlParser.NamedTypeContext decimal = (TSqlParser.NamedTypeContext) types.get(1);
    assertThat(decimal.qualifiedName().getText()).isEqualTo("decimal");
    assertThat(decimal.typeArguments().typeArgument())
        .extracting(ParseTree::getText)
        .containsExactly("18", "2");
    TSqlParser.NamedTypeContext phone = (TSqlParser.NamedTypeContext) types.get(4);
    assertThat(TsqlNames.objectName(phone.qualifiedName()))
        .isEqualTo(new ObjectName(null, null, "dbo", "Phone"));
  }

  @Test
  void joinsNestAsWritten() {
    ParserRuleContext select =
        statement(
            "SELECT * FROM a JOIN b JOIN c ON c.k = b.k ON b.k = a.k"
                + " LEFT OUTER HASH JOIN d ON d.k = a.k CROSS APPLY f(a.k) x OUTER APPLY (SELECT 1 AS n) y"
                + " CROSS JOIN e");
    TSqlParser.TableSourceContext from = first(select, TSqlParser.TableSourceContext.class);
    assertThat(from.tableSourceItem().getText()).isEqualTo("a");
    assertThat(from.joinPart())
        .extracting(j -> j.getClass().getSimpleName())
        .containsExactly(
            "QualifiedJoinContext",
            "QualifiedJoinContext",
            "ApplyJoinContext",
            "ApplyJoinContext",
            "CrossJoinContext");
    TSqlParser.QualifiedJoinContext nested = (TSqlParser.QualifiedJoinContext) from.joinPart(0);
    assertThat(nested.tableSource().joinPart()).hasSize(1);
    assertThat(Sketch.of(nested.searchCondition())).isEqualTo("(= b.k a.k)");
    TSqlParser.QualifiedJoinContext left = (TSqlParser.QualifiedJoinContext) from.joinPart(1);
    assertThat(left.joinType().kind.getText()).isEqualTo("LEFT");
    assertThat(left.joinType().joinHint.getText()).isEqualTo("HASH");
    assertThat(((TSqlParser.ApplyJoinContext) from.joinPart(3)).kind.getText()).isEqualTo("OUTER");
  }

  @Test
  void tableHintsOldAndNew() {
    ParserRuleContext select =
        statement("SELECT * FROM a WITH (NOLOCK, INDEX(ix)) JOIN b (NOLOCK) ON 1 = 1");
    assertThat(first(select, TSqlParser.NamedTableContext.class).tableHints().tableHint())
        .hasSize(2);
    assertThat(
            first(select, TSqlParser.LegacyHintedTableContext.class).legacyTableHint(0).getText())
        .isEqualTo("NOLOCK");
  }

  @Test
  void topCtesAndPaging() {
    ParserRuleContext statement =
        statement(
            "WITH a AS (SELECT 1 AS n), b (m) AS (SELECT n FROM a)"
                + " SELECT TOP (10) PERCENT WITH TIES m FROM b ORDER BY m OFFSET 5 ROWS FETCH NEXT 2 ROWS ONLY");
    TSqlParser.DmlStatementContext dml = (TSqlParser.DmlStatementContext) statement.getChild(0);
    assertThat(dml.withClause().commonTableExpression())
        .extracting(c -> c.name.getText())
        .containsExactly("a", "b");
    TSqlParser.TopClauseContext top = first(dml, TSqlParser.TopClauseContext.class);
    assertThat(top.PERCENT()).isNotNull();
    assertThat(top.TIES()).isNotNull();
    TSqlParser.OffsetFetchClauseContext paging = dml.select().offsetFetchClause();
    assertThat(paging.offset.getText()).isEqualTo("5");
    assertThat(paging.fetch.getText()).isEqualTo("2");
  }

  @Test
  void mergeHasItsWhenClausesAndOutput() {
    ParserRuleContext merge =
        statement(
            "MERGE t USING s ON t.id = s.id"
                + " WHEN MATCHED AND s.del = 1 THEN DELETE"
                + " WHEN MATCHED THEN UPDATE SET t.v = s.v"
                + " WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)"
                + " WHEN NOT MATCHED BY SOURCE THEN DELETE"
                + " OUTPUT $action, inserted.*, deleted.id INTO @log;");
    TSqlParser.MergeStatementContext m = first(merge, TSqlParser.MergeStatementContext.class);
    assertThat(m.mergeWhenClause())
        .extracting(w -> w.getClass().getSimpleName())
        .containsExactly(
            "WhenMatchedContext",
            "WhenMatchedContext",
            "WhenNotMatchedByTargetContext",
            "WhenNotMatchedBySourceContext");
    assertThat(m.outputClause().selectItem()).hasSize(3);
    assertThat(m.outputClause().VARIABLE().getText()).isEqualTo("@log");
  }

  @Test
  void updateAndDeleteWithFromAndJoins() {
    ParserRuleContext update =
        statement(
            "UPDATE o SET o.a = 1, b += 2, @v = c = 3 FROM dbo.o o JOIN dbo.p p ON p.id = o.id WHERE p.x = 1");
    TSqlParser.UpdateStatementContext u = first(update, TSqlParser.UpdateStatementContext.class);
    assertThat(u.updateSetItem())
        .extracting(i -> i.getClass().getSimpleName())
        .containsExactly(
            "SetColumnItemContext", "SetColumnItemContext", "SetVariableAndColumnContext");
    assertThat(u.fromClause().tableSource(0).joinPart()).hasSize(1);
    ParserRuleContext delete =
        statement("DELETE TOP (5) FROM a OUTPUT deleted.* FROM a JOIN b ON b.id = a.id");
    TSqlParser.DeleteStatementContext d = first(delete, TSqlParser.DeleteStatementContext.class);
    assertThat(d.dmlTarget().getText()).isEqualTo("a");
    assertThat(d.outputClause()).isNotNull();
    assertThat(d.fromClause()).isNotNull();
  }

  @Test
  void executeForms() {
    TSqlParser.ExecuteProcedureContext call =
        first(
            statement("EXEC @rc = dbo.p 1, @b = N'x', @c = @out OUTPUT, @d = DEFAULT"),
            TSqlParser.ExecuteProcedureContext.class);
    assertThat(call.returnStatus.getText()).isEqualTo("@rc");
    List<TSqlParser.ExecuteArgumentContext> arguments = call.executeArguments().executeArgument();
    assertThat(arguments)
        .extracting(a -> a.parameter == null ? null : a.parameter.getText())
        .containsExactly(null, "@b", "@c", "@d");
    assertThat(arguments.get(2).OUTPUT()).isNotNull();
    assertThat(arguments.get(3).DEFAULT()).isNotNull();
    TSqlParser.ExecuteDynamicContext dynamic =
        first(
            statement("EXEC ('SELECT ' + @cols + ' FROM t') AT remote"),
            TSqlParser.ExecuteDynamicContext.class);
    assertThat(Sketch.of(dynamic.expression(0))).isEqualTo("(+ (+ 'SELECT ' @cols) ' FROM t')");
    assertThat(dynamic.identifier().getText()).isEqualTo("remote");
  }

  @Test
  void cursorsKeepTheirOptions() {
    TSqlParser.DeclareCursorContext cursor =
        first(
            statement(
                "DECLARE c CURSOR LOCAL SCROLL STATIC FOR SELECT a FROM t FOR UPDATE OF a, b"),
            TSqlParser.DeclareCursorContext.class);
    TSqlParser.CursorDefinitionContext definition = cursor.cursorDefinition();
    assertThat(definition.cursorOptions)
        .extracting(ParseTree::getText)
        .containsExactly("LOCAL", "SCROLL", "STATIC");
    assertThat(definition.UPDATE()).isNotNull();
    assertThat(definition.identifier().stream().skip(3).map(ParseTree::getText))
        .containsExactly("a", "b");
    TSqlParser.FetchCursorContext fetch =
        first(
            statement("FETCH ABSOLUTE @n FROM GLOBAL c INTO @a, @b"),
            TSqlParser.FetchCursorContext.class);
    assertThat(fetch.fetchDirection().kind.getText()).isEqualTo("ABSOLUTE");
    assertThat(fetch.VARIABLE()).hasSize(2);
  }

  @Test
  void createTableColumnsAndConstraints() {
    ParserRuleContext create =
        statement(
            "CREATE TABLE dbo.t (id int IDENTITY(100, 5) NOT NULL CONSTRAINT pk PRIMARY KEY CLUSTERED,"
                + " total AS (a * b) PERSISTED, d datetime CONSTRAINT df_d DEFAULT (getdate()),"
                + " CONSTRAINT fk FOREIGN KEY (x, y) REFERENCES dbo.p (x, y) ON DELETE CASCADE,"
                + " UNIQUE NONCLUSTERED (d DESC)) ON [PRIMARY] WITH (DATA_COMPRESSION = PAGE)");
    TSqlParser.IdentityOptionContext identity =
        first(create, TSqlParser.IdentityOptionContext.class);
    assertThat(identity.seed.getText()).isEqualTo("100");
    assertThat(identity.step.getText()).isEqualTo("5");
    TSqlParser.ColumnDefinitionContext total =
        all(create, TSqlParser.ColumnDefinitionContext.class).get(1);
    assertThat(Sketch.of(total.computed)).isEqualTo("(* a b)");
    assertThat(first(total, TSqlParser.FlagOptionContext.class).flag.getText())
        .isEqualTo("PERSISTED");
    TSqlParser.ConstraintOptionContext named =
        all(create, TSqlParser.ConstraintOptionContext.class).get(1);
    assertThat(named.constraintName.getText()).isEqualTo("df_d");
    assertThat(named.columnConstraint()).isInstanceOf(TSqlParser.ColumnDefaultContext.class);
    TSqlParser.TableForeignKeyContext fk = first(create, TSqlParser.TableForeignKeyContext.class);
    assertThat(fk.referentialAction(0).getText()).isEqualTo("ONDELETECASCADE");
    TSqlParser.TableKeyConstraintContext unique =
        first(create, TSqlParser.TableKeyConstraintContext.class);
    assertThat(unique.kind.getText()).isEqualTo("UNIQUE");
    assertThat(unique.indexColumn(0).direction.getText()).isEqualTo("DESC");
    assertThat(all(create, TSqlParser.TableOptionContext.class)).hasSize(2);
  }

  @Test
  void proceduresFunctionsAndTriggers() {
    ParsedScript parsed =
        parser.parse(
            "r.sql",
            String.join(
                "\n",
                "CREATE PROCEDURE p @a int = 5, @b varchar(10) OUTPUT, @t dbo.List READONLY WITH RECOMPILE AS",
                "SELECT 1",
                "SELECT 2",
                "GO",
                "CREATE FUNCTION f (@x int) RETURNS TABLE AS RETURN (SELECT @x AS x)",
                "GO",
                "CREATE FUNCTION g () RETURNS @r TABLE (a int) AS BEGIN RETURN END",
                "GO",
                "CREATE FUNCTION h () RETURNS int AS BEGIN RETURN 1 END",
                "GO",
                "CREATE TRIGGER tr ON dbo.v INSTEAD OF INSERT, DELETE AS PRINT 1 PRINT 2",
                "GO"));
    assertThat(parsed.failures()).isEmpty();
    TSqlParser.CreateProcedureContext procedure =
        first(parsed.batches().get(0).tree(), TSqlParser.CreateProcedureContext.class);
    assertThat(procedure.parameterDefinition()).hasSize(3);
    assertThat(procedure.parameterDefinition(0).defaultValue.getText()).isEqualTo("5");
    assertThat(procedure.parameterDefinition(1).modifiers)
        .extracting(t -> t.getText())
        .containsExactly("OUTPUT");
    assertThat(procedure.parameterDefinition(2).modifiers)
        .extracting(t -> t.getText())
        .containsExactly("READONLY");
    assertThat(procedure.body.statement()).hasSize(2);
    assertThat(first(parsed.batches().get(1).tree(), TSqlParser.FunctionReturnContext.class))
        .isInstanceOf(TSqlParser.InlineTableFunctionContext.class);
    assertThat(first(parsed.batches().get(2).tree(), TSqlParser.FunctionReturnContext.class))
        .isInstanceOf(TSqlParser.MultiStatementTableFunctionContext.class);
    assertThat(first(parsed.batches().get(3).tree(), TSqlParser.FunctionReturnContext.class))
        .isInstanceOf(TSqlParser.ScalarFunctionContext.class);
    TSqlParser.CreateTriggerContext trigger =
        first(parsed.batches().get(4).tree(), TSqlParser.CreateTriggerContext.class);
    assertThat(trigger.triggerTiming().INSTEAD()).isNotNull();
    assertThat(trigger.triggerEvent())
        .extracting(ParseTree::getText)
        .containsExactly("INSERT", "DELETE");
    assertThat(trigger.body.statement()).hasSize(2);
    assertThat(parsed.statements().get(4).parent())
        .isEqualTo(new ObjectName(null, null, "dbo", "v"));
  }

  @Test
  void definitionsAreClassifiedWithTheirNamesAndMode() {
    ParsedScript parsed =
        parser.parse(
            "d.sql",
            String.join(
                "\n",
                "CREATE OR ALTER VIEW [Sales].[v] AS SELECT 1 AS a",
                "GO",
                "ALTER PROCEDURE db.dbo.p AS RETURN",
                "GO",
                "CREATE UNIQUE INDEX ix ON dbo.t (a)",
                "DROP TABLE IF EXISTS dbo.x",
                "IF OBJECT_ID('dbo.y') IS NOT NULL DROP TABLE dbo.y",
                "SET IDENTITY_INSERT dbo.t ON",
                "EXEC sp_addextendedproperty 'MS_Description', 'x', 'SCHEMA', 'dbo', 'TABLE', 't'",
                "GO"));
    List<ParsedStatement> statements = parsed.statements();
    assertThat(statements)
        .extracting(ParsedStatement::kind)
        .containsExactly(
            StatementKind.CREATE_VIEW,
            StatementKind.CREATE_PROCEDURE,
            StatementKind.CREATE_INDEX,
            StatementKind.DROP,
            StatementKind.DROP,
            StatementKind.SET_OPTION,
            StatementKind.EXTENDED_PROPERTY);
    assertThat(statements)
        .extracting(ParsedStatement::mode)
        .containsExactly(
            CreateMode.CREATE_OR_ALTER,
            CreateMode.ALTER,
            CreateMode.CREATE,
            CreateMode.NONE,
            CreateMode.NONE,
            CreateMode.NONE,
            CreateMode.NONE);
    assertThat(statements.get(0).object()).isEqualTo(new ObjectName(null, null, "Sales", "v"));
    assertThat(statements.get(1).database()).isEqualTo("db");
    assertThat(statements.get(2).parent()).isEqualTo(new ObjectName(null, null, "dbo", "t"));
    assertThat(statements.get(4).guarded()).isTrue();
    assertThat(statements.get(4).span().startColumn())
        .isEqualTo("IF OBJECT_ID('dbo.y') IS NOT NULL ".length() + 1);
    assertThat(statements.get(5).objectType()).isEqualTo("IDENTITY_INSERT");
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertThat(where("sElEcT a fRoM t wHeRe a iS nOt NuLl aNd b = 1"))
        .isEqualTo("(AND (IS NOT NULL a) (= b 1))");
  }

  @Test
  void forXmlPathConcatenationIdiomParses() {
    ParserRuleContext select =
        statement(
            "SELECT STUFF((SELECT ',' + name FROM t FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'), 1, 1, '')");
    TSqlParser.ForXmlClauseContext forXml = first(select, TSqlParser.ForXmlClauseContext.class);
    assertThat(forXml.xmlMode.getText()).isEqualTo("PATH");
    assertThat(forXml.STRING().getText()).isEqualTo("''");
    assertThat(first(select, TSqlParser.MethodCallExprContext.class).method.getText())
        .isEqualTo("value");
  }
}
