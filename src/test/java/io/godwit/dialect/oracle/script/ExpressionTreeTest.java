package io.godwit.dialect.oracle.script;

import static io.godwit.dialect.oracle.script.Trees.first;
import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.parser.PlSqlParser.*;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

/** Conditions and expressions: precedence, predicates, literals and special functions. */
class ExpressionTreeTest {

  /** The first select item of {@code SELECT <expression> FROM dual}. */
  private static ConditionContext item(String expression) {
    Query_blockContext q =
        first(Trees.statement("SELECT " + expression + " FROM dual"), Query_blockContext.class);
    return ((ExpressionSelectItemContext) ((ItemSelectListContext) q.select_list()).select_item(0))
        .condition();
  }

  private static ExpressionContext value(String expression) {
    return ((BasicConditionContext) item(expression)).expression();
  }

  private static ConditionContext where(String condition) {
    return ((ConditionWhereContext)
            first(Trees.statement("SELECT 1 FROM t WHERE " + condition), Query_blockContext.class)
                .where_clause())
        .condition();
  }

  @Test
  void arithmeticPrecedence() {
    AdditiveExprContext sum = (AdditiveExprContext) value("a + b * c - d");
    assertThat(sum.op.getType()).isEqualTo(PlSqlParser.MINUS_SIGN);
    AdditiveExprContext left = (AdditiveExprContext) sum.expression(0);
    assertThat(left.expression(1)).isInstanceOf(MultiplicativeExprContext.class);

    AdditiveExprContext concat = (AdditiveExprContext) value("a || b + c");
    assertThat(concat.op.getType()).isEqualTo(PlSqlParser.PLUS_SIGN);
    assertThat(((AdditiveExprContext) concat.expression(0)).op.getType())
        .isEqualTo(PlSqlParser.CONCAT);

    MultiplicativeExprContext negated = (MultiplicativeExprContext) value("-a * b");
    assertThat(negated.expression(0)).isInstanceOf(UnaryExprContext.class);

    PowerExprContext power = (PowerExprContext) value("2 ** 3 ** 2");
    assertThat(power.expression(1)).isInstanceOf(PowerExprContext.class);
  }

  @Test
  void booleanPrecedenceAndPredicates() {
    OrConditionContext or = (OrConditionContext) where("a = 1 OR b = 2 AND NOT c = 3");
    assertThat(or.condition(1)).isInstanceOf(AndConditionContext.class);
    AndConditionContext and = (AndConditionContext) or.condition(1);
    assertThat(and.condition(1)).isInstanceOf(NotConditionContext.class);

    AndConditionContext between =
        (AndConditionContext) where("x BETWEEN 1 AND 2 AND y NOT BETWEEN a + 1 AND b");
    BetweenPredicateContext first =
        (BetweenPredicateContext) ((BasicConditionContext) between.condition(0)).predicate();
    assertThat(first.lower.getText()).isEqualTo("1");
    assertThat(first.upper.getText()).isEqualTo("2");
    BetweenPredicateContext second =
        (BetweenPredicateContext) ((BasicConditionContext) between.condition(1)).predicate();
    assertThat(second.NOT()).isNotNull();
    assertThat(second.lower).isInstanceOf(AdditiveExprContext.class);

    assertThat(((BasicConditionContext) where("a IS NOT NULL")).predicate())
        .isInstanceOf(IsNullPredicateContext.class);
    LikePredicateContext like =
        (LikePredicateContext)
            ((BasicConditionContext) where("a NOT LIKE 'x\\_%' ESCAPE '\\'")).predicate();
    assertThat(like.NOT()).isNotNull();
    assertThat(like.escape.getText()).isEqualTo("'\\'");
    InPredicateContext in =
        (InPredicateContext)
            ((BasicConditionContext) where("(a, b) IN ((1, 2), (3, 4))")).predicate();
    assertThat(in.expression()).hasSize(2);
    assertThat(((BasicConditionContext) where("t MEMBER OF c")).predicate())
        .isInstanceOf(MemberOfPredicateContext.class);
    assertThat(((BasicConditionContext) where("t SUBMULTISET OF c")).predicate())
        .isInstanceOf(SubmultisetPredicateContext.class);
    assertThat(((BasicConditionContext) where("c IS A SET")).predicate())
        .isInstanceOf(IsStatePredicateContext.class);
    assertThat(((BasicConditionContext) where("c IS NOT EMPTY")).predicate())
        .isInstanceOf(IsStatePredicateContext.class);
    assertThat(((BasicConditionContext) where("v IS OF TYPE (ONLY t)")).predicate())
        .isInstanceOf(IsOfTypePredicateContext.class);
    assertThat(((BasicConditionContext) where("REGEXP_LIKE(a, '^x')")).expression())
        .isInstanceOf(NameExprContext.class);
  }

  @Test
  void literals() {
    assertThat(((LiteralExprContext) value("DATE '2024-01-31'")).literal())
        .isInstanceOf(DateLiteralContext.class);
    assertThat(((LiteralExprContext) value("TIMESTAMP '2024-01-31 10:00:00'")).literal())
        .isInstanceOf(TimestampLiteralContext.class);
    IntervalLiteralContext interval =
        (IntervalLiteralContext)
            ((LiteralExprContext) value("INTERVAL '1 2:03' DAY(2) TO MINUTE")).literal();
    assertThat(interval.interval_qualifier().from.getText()).isEqualTo("DAY");
    assertThat(interval.interval_qualifier().to.getText()).isEqualTo("MINUTE");
    StringLiteralContext q =
        (StringLiteralContext) ((LiteralExprContext) value("q'{it's}'")).literal();
    assertThat(OracleNames.stringValue(q.getText())).isEqualTo("it's");
    StringLiteralContext n =
        (StringLiteralContext) ((LiteralExprContext) value("N'national'")).literal();
    assertThat(n.string_literal().NCHAR_STRING()).isNotNull();
    assertThat(((LiteralExprContext) value("1.5e3")).literal().getText()).isEqualTo("1.5e3");
  }

  @Test
  void specialFunctions() {
    CastExprContext cast = (CastExprContext) value("CAST(x AS NUMBER(10, 2))");
    assertThat(cast.datatype().getText()).isEqualTo("NUMBER(10,2)");
    CastExprContext multiset =
        (CastExprContext) value("CAST(MULTISET(SELECT 1 FROM dual) AS num_tab)");
    assertThat(multiset.MULTISET()).isNotNull();
    ExtractDatetimeExprContext extract = (ExtractDatetimeExprContext) value("EXTRACT(YEAR FROM d)");
    assertThat(extract.datetime_field().YEAR()).isNotNull();
    TrimExprContext trim = (TrimExprContext) value("TRIM(LEADING '0' FROM code)");
    assertThat(trim.LEADING()).isNotNull();
    assertThat(trim.trim_character.getText()).isEqualTo("'0'");
    assertThat(trim.source.getText()).isEqualTo("code");
    TreatExprContext treat = (TreatExprContext) value("TREAT(VALUE(p) AS mgr_t).reports");
    assertThat(treat.member_name()).hasSize(1);
    assertThat(value("CURSOR(SELECT 1 FROM dual)")).isInstanceOf(CursorExprContext.class);
    assertThat(value("NEW addr_t('a', 'b')")).isInstanceOf(ConstructorExprContext.class);
    CaseExprContext searched = (CaseExprContext) value("CASE WHEN a > 1 THEN 'x' ELSE 'y' END");
    assertThat(searched.case_expression().selector).isNull();
    CaseExprContext simple = (CaseExprContext) value("CASE a WHEN 1 THEN 'x' END");
    assertThat(simple.case_expression().selector.getText()).isEqualTo("a");
    assertThat(value("d AT TIME ZONE 'UTC'")).isInstanceOf(AtTimeZoneExprContext.class);
    assertThat(value("(a - b) DAY(9) TO SECOND")).isInstanceOf(IntervalConversionExprContext.class);
  }

  @Test
  void namesCallsAndAttributes() {
    NameExprContext sequence = (NameExprContext) value("hr.seq.NEXTVAL");
    assertThat(sequence.general_element().element_suffix())
        .extracting(s -> ((MemberSuffixContext) s).member_name().getText())
        .containsExactly("seq", "NEXTVAL");
    NameExprContext chain = (NameExprContext) value("a.b.c(d).e");
    assertThat(chain.general_element().element_suffix())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly(
            "MemberSuffixContext",
            "MemberSuffixContext",
            "CallSuffixContext",
            "MemberSuffixContext");
    NameExprContext exists = (NameExprContext) value("t.EXISTS(1)");
    assertThat(
            ((MemberSuffixContext) exists.general_element().element_suffix(0))
                .member_name()
                .reserved_keyword())
        .isNotNull();
    NameExprContext attribute = (NameExprContext) value("SQL%BULK_EXCEPTIONS(i).ERROR_CODE");
    assertThat(attribute.general_element().element_suffix(0))
        .isInstanceOf(AttributeSuffixContext.class);
    NameExprContext count = (NameExprContext) value("COUNT(*)");
    assertThat(first(count, StarArgumentsContext.class)).isNotNull();
    NameExprContext distinct = (NameExprContext) value("COUNT(DISTINCT a)");
    assertThat(first(distinct, ArgumentListContext.class).set_quantifier.getType())
        .isEqualTo(PlSqlParser.DISTINCT);
    NameExprContext bind = (NameExprContext) value(":1");
    assertThat(bind.general_element().element_head()).isInstanceOf(BindVariableHeadContext.class);
    NameExprContext substitution = (NameExprContext) value("&&owner..t");
    assertThat(substitution.general_element().element_head().getText()).isEqualTo("&&owner.");
    NameExprContext remote = (NameExprContext) value("f@link(1)");
    assertThat(remote.general_element().element_suffix(0)).isInstanceOf(DblinkSuffixContext.class);
  }

  @Test
  void jsonAndXmlFunctions() {
    JsonValueFunctionContext json =
        (JsonValueFunctionContext)
            ((JsonFunctionExprContext) value("JSON_VALUE(d, '$.a' RETURNING NUMBER NULL ON ERROR)"))
                .json_function();
    assertThat(json.json_returning_clause().datatype().getText()).isEqualTo("NUMBER");
    assertThat(json.json_clause()).hasSize(1);
    assertThat(
            ((JsonFunctionExprContext) value("JSON_OBJECT('a' VALUE 1, KEY 'b' VALUE 2)"))
                .json_function())
        .isInstanceOf(JsonObjectFunctionContext.class);
    XmlElementFunctionContext xml =
        (XmlElementFunctionContext)
            ((XmlFunctionExprContext) value("XMLELEMENT(\"E\", XMLATTRIBUTES(a AS \"A\"), b)"))
                .xml_function();
    assertThat(xml.element_name.getText()).isEqualTo("\"E\"");
    assertThat(xml.xml_attributes_clause().xml_item()).hasSize(1);
    assertThat(xml.xml_item()).hasSize(1);
  }

  @Test
  void standaloneEntryPoints() {
    PlSqlParser parser =
        new PlSqlParser(
            new CommonTokenStream(
                new io.godwit.dialect.oracle.parser.PlSqlLexer(
                    CharStreams.fromString("NVL(a, 0) + 1"))));
    ParseTree condition = parser.standalone_condition();
    assertThat(parser.getNumberOfSyntaxErrors()).isZero();
    assertThat(first(condition, AdditiveExprContext.class)).isNotNull();
    PlSqlParser typeParser =
        new PlSqlParser(
            new CommonTokenStream(
                new io.godwit.dialect.oracle.parser.PlSqlLexer(
                    CharStreams.fromString("TIMESTAMP(6) WITH TIME ZONE"))));
    assertThat(typeParser.standalone_datatype().datatype())
        .isInstanceOf(TimestampTypeContext.class);
    assertThat(typeParser.getNumberOfSyntaxErrors()).isZero();
  }
}
