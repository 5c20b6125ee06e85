package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.expr.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Oracle conditions and expressions to IR. Names, calls and attributes are resolved by {@link
 * OraElements}; built-in functions are mapped by {@link OraFunctions}.
 */
final class OraExpr {

  private final OraLower l;

  OraExpr(OraLower lower) {
    this.l = lower;
  }

  private OraContext cx() {
    return l.cx;
  }

  // ------------------------------------------------------------------------------------------
  // Conditions
  // ------------------------------------------------------------------------------------------

  Expr condition(PlSqlParser.ConditionContext c) {
    if (c instanceof PlSqlParser.BasicConditionContext b) {
      Expr value = expression(b.expression());
      return b.predicate() == null ? value : predicate(value, b.predicate());
    }
    if (c instanceof PlSqlParser.ExistsConditionContext e) {
      return new Expr.Exists(l.query.subquery(e.subquery()), false);
    }
    if (c instanceof PlSqlParser.NotConditionContext n) {
      Expr inner = condition(n.condition());
      if (inner instanceof Expr.Exists ex) {
        return new Expr.Exists(ex.query(), !ex.negated());
      }
      return new Expr.Unary(UnaryOp.NOT, inner);
    }
    if (c instanceof PlSqlParser.AndConditionContext a) {
      return new Expr.Binary(BinaryOp.AND, condition(a.condition(0)), condition(a.condition(1)));
    }
    if (c instanceof PlSqlParser.OrConditionContext o) {
      return new Expr.Binary(BinaryOp.OR, condition(o.condition(0)), condition(o.condition(1)));
    }
    return cx().unsupported(c, OraItems.EXPRESSION, "condition not understood");
  }

  List<Expr> conditions(List<PlSqlParser.ConditionContext> list) {
    List<Expr> out = new ArrayList<>(list.size());
    for (PlSqlParser.ConditionContext c : list) {
      out.add(condition(c));
    }
    return out;
  }

  private Expr predicate(Expr value, PlSqlParser.PredicateContext p) {
    if (p instanceof PlSqlParser.ComparisonPredicateContext c) {
      return new Expr.Binary(
          comparison(c.comparison_operator()), value, expression(c.expression()));
    }
    if (p instanceof PlSqlParser.QuantifiedComparisonPredicateContext q) {
      boolean all = q.quantifier.getType() == PlSqlParser.ALL;
      BinaryOp op = comparison(q.comparison_operator());
      if (q.subquery() != null) {
        return new Expr.Quantified(op, value, all, l.query.subquery(q.subquery()), null);
      }
      return new Expr.Quantified(op, value, all, null, expressions(q.expression()));
    }
    if (p instanceof PlSqlParser.IsNullPredicateContext n) {
      return new Expr.IsNull(value, n.NOT() != null);
    }
    if (p instanceof PlSqlParser.LikePredicateContext lk) {
      return new Expr.Like(
          value,
          expression(lk.pattern),
          lk.escape == null ? null : expression(lk.escape),
          lk.NOT() != null);
    }
    if (p instanceof PlSqlParser.BetweenPredicateContext b) {
      return new Expr.Between(value, expression(b.lower), expression(b.upper), b.NOT() != null);
    }
    if (p instanceof PlSqlParser.InPredicateContext in) {
      if (in.subquery() != null) {
        return new Expr.InQuery(value, l.query.subquery(in.subquery()), in.NOT() != null);
      }
      return new Expr.InList(value, expressions(in.expression()), in.NOT() != null);
    }
    if (p instanceof PlSqlParser.IsStatePredicateContext s) {
      if (s.NAN() != null) {
        return new Expr.Binary(
            s.NOT() != null ? BinaryOp.NE : BinaryOp.EQ,
            value,
            new Expr.Cast(
                Expr.Literal.string("NaN"), SqlType.of(io.godwit.ir.TypeKind.DOUBLE), false));
      }
      return cx().unsupported(p, OraItems.EXPRESSION, "IS " + s.getText() + " has no equivalent");
    }
    if (p instanceof PlSqlParser.IsJsonPredicateContext) {
      return cx().unsupported(
              (org.antlr.v4.runtime.ParserRuleContext) p.getParent(),
              OraItems.JSON,
              "IS JSON: check with a cast to json in an exception handler");
    }
    return cx().unsupported(
            (org.antlr.v4.runtime.ParserRuleContext) p.getParent(),
            OraItems.OBJECT_TYPE,
            "collection and object predicates (MEMBER OF, SUBMULTISET, IS OF TYPE) have no equivalent");
  }

  static BinaryOp comparison(PlSqlParser.Comparison_operatorContext op) {
    String t = op.getText().replace(" ", "");
    return switch (t) {
      case "=" -> BinaryOp.EQ;
      case "<" -> BinaryOp.LT;
      case ">" -> BinaryOp.GT;
      case "<=" -> BinaryOp.LE;
      case ">=" -> BinaryOp.GE;
      default -> BinaryOp.NE; // != ^= ~= <>
    };
  }

  // ------------------------------------------------------------------------------------------
  // Expressions
  // ------------------------------------------------------------------------------------------

  List<Expr> expressions(List<PlSqlParser.ExpressionContext> list) {
    List<Expr> out = new ArrayList<>(list.size());
    for (PlSqlParser.ExpressionContext e : list) {
      out.add(expression(e));
    }
    return out;
  }

  Expr expression(PlSqlParser.ExpressionContext e) {
    if (e == null) {
      return null;
    }
    if (e instanceof PlSqlParser.LiteralExprContext lit) {
      return OraLiterals.lower(cx(), lit.literal());
    }
    if (e instanceof PlSqlParser.NameExprContext n) {
      return l.elements.nameExpr(n);
    }
    if (e instanceof PlSqlParser.AdditiveExprContext a) {
      return additive(a);
    }
    if (e instanceof PlSqlParser.MultiplicativeExprContext m) {
      Expr left = expression(m.expression(0));
      Expr right = expression(m.expression(1));
      return new Expr.Binary(
          m.op.getType() == PlSqlParser.STAR ? BinaryOp.MULTIPLY : BinaryOp.DIVIDE, left, right);
    }
    if (e instanceof PlSqlParser.ParenthesizedExprContext p) {
      List<Expr> items = conditions(p.condition());
      return items.size() == 1 ? items.get(0) : new Expr.RowValue(items);
    }
    if (e instanceof PlSqlParser.UnaryExprContext u) {
      Expr operand = expression(u.expression());
      if (u.op.getType() == PlSqlParser.MINUS_SIGN) {
        if (operand instanceof Expr.Literal lit && lit.kind() == LiteralKind.NUMBER) {
          return Expr.Literal.number("-" + lit.value());
        }
        return new Expr.Unary(UnaryOp.NEGATE, operand);
      }
      return operand;
    }
    if (e instanceof PlSqlParser.PseudoColumnExprContext p) {
      return pseudoColumn(p);
    }
    if (e instanceof PlSqlParser.CaseExprContext c) {
      return caseExpression(c.case_expression());
    }
    if (e instanceof PlSqlParser.ScalarSubqueryExprContext s) {
      return new Expr.ScalarSubquery(l.query.subquery(s.subquery()));
    }
    if (e instanceof PlSqlParser.CastExprContext c) {
      return cast(c);
    }
    if (e instanceof PlSqlParser.ExtractDatetimeExprContext x) {
      return extract(x);
    }
    if (e instanceof PlSqlParser.TrimExprContext t) {
      return trim(t);
    }
    if (e instanceof PlSqlParser.PowerExprContext p) {
      return Expr.Builtin.of(
          BuiltinFn.POWER, expression(p.expression(0)), expression(p.expression(1)));
    }
    if (e instanceof PlSqlParser.PriorExprContext p) {
      return new Expr.Unary(UnaryOp.PRIOR, expression(p.expression()));
    }
    if (e instanceof PlSqlParser.ConnectByRootExprContext c) {
      return Expr.Builtin.of(BuiltinFn.CONNECT_BY_ROOT, expression(c.expression()));
    }
    if (e instanceof PlSqlParser.AtTimeZoneExprContext z) {
      Expr value = expression(z.expression(0));
      Expr zone =
          z.LOCAL() != null
              ? Expr.FunctionCall.of("current_setting", Expr.Literal.string("TimeZone"))
              : expression(z.expression(1));
      return new Expr.AtTimeZone(value, zone);
    }
    if (e instanceof PlSqlParser.IntervalConversionExprContext ic) {
      Expr inner = expression(ic.expression());
      // (date - date) DAY TO SECOND is an interval, not a number of days.
      if (inner instanceof Expr.Builtin b && b.fn() == BuiltinFn.DAYS_BETWEEN) {
        return new Expr.Binary(BinaryOp.SUBTRACT, b.args().get(0), b.args().get(1));
      }
      return inner;
    }
    if (e instanceof PlSqlParser.CollateExprContext c) {
      return expression(c.expression());
    }
    if (e instanceof PlSqlParser.InquiryDirectiveExprContext d) {
      return inquiry(d);
    }
    if (e instanceof PlSqlParser.XmlFunctionExprContext
        || e instanceof PlSqlParser.ExtractXmlExprContext) {
      return cx().unsupported(
              e,
              OraItems.XML,
              cx().mysql
                  ? "Oracle XML functions need rewriting: MySQL has only ExtractValue and"
                      + " UpdateXML, or parse the XML in the application"
                  : "Oracle XML functions need rewriting with PostgreSQL's XML functions");
    }
    if (e instanceof PlSqlParser.JsonFunctionExprContext) {
      return cx().unsupported(
              e,
              OraItems.JSON,
              "Oracle JSON functions need rewriting with jsonb operators and jsonb_path_query");
    }
    return cx().unsupported(
            e,
            OraItems.OBJECT_TYPE,
            "object and collection expressions (TREAT, MULTISET, CURSOR, constructors) have no equivalent");
  }

  /**
   * {@code +}, {@code -} and {@code ||}, with Oracle's date arithmetic: date ± n adds days, date -
   * date counts days; || ignores NULLs.
   */
  private Expr additive(PlSqlParser.AdditiveExprContext a) {
    Expr left = expression(a.expression(0));
    Expr right = expression(a.expression(1));
    int op = a.op.getType();
    if (op == PlSqlParser.CONCAT) {
      return new Expr.Binary(BinaryOp.CONCAT_NULL_AS_EMPTY, left, right);
    }
    OraTyping.OType lt = OraTyping.of(left);
    OraTyping.OType rt = OraTyping.of(right);
    boolean plus = op == PlSqlParser.PLUS_SIGN;
    if (OraTyping.isDateLike(lt) && rt == OraTyping.OType.NUMBER) {
      Expr amount = plus ? right : negate(right);
      return new Expr.Builtin(
          BuiltinFn.DATE_ADD, List.of(left, amount), DatePart.DAY, cx().span(a));
    }
    if (plus && lt == OraTyping.OType.NUMBER && OraTyping.isDateLike(rt)) {
      return new Expr.Builtin(BuiltinFn.DATE_ADD, List.of(right, left), DatePart.DAY, cx().span(a));
    }
    if (!plus && lt == OraTyping.OType.DATE && rt == OraTyping.OType.DATE) {
      return new Expr.Builtin(BuiltinFn.DAYS_BETWEEN, List.of(left, right), null, cx().span(a));
    }
    return new Expr.Binary(plus ? BinaryOp.ADD : BinaryOp.SUBTRACT, left, right);
  }

  static Expr negate(Expr e) {
    if (e instanceof Expr.Literal lit && lit.kind() == LiteralKind.NUMBER) {
      return lit.value().startsWith("-")
          ? Expr.Literal.number(lit.value().substring(1))
          : Expr.Literal.number("-" + lit.value());
    }
    return new Expr.Unary(UnaryOp.NEGATE, e);
  }

  private Expr pseudoColumn(PlSqlParser.PseudoColumnExprContext p) {
    PlSqlParser.Pseudo_columnContext c = p.pseudo_column();
    if (c.ROWNUM() != null) {
      return Expr.Builtin.of(BuiltinFn.ROWNUM);
    }
    if (c.LEVEL() != null) {
      return Expr.Builtin.of(BuiltinFn.LEVEL);
    }
    if (c.SYSDATE() != null) {
      return sysdate(cx().span(p));
    }
    if (c.USER() != null) {
      return Expr.Builtin.of(BuiltinFn.CURRENT_USER);
    }
    if (c.ROWID() != null) {
      return cx().unsupported(p, OraItems.ROWID, "ROWID has no equivalent: use the primary key");
    }
    return cx().unsupported(p, OraItems.EXPRESSION, p.getText() + " has no equivalent");
  }

  /** SYSDATE: the statement's local time, whole seconds, typed as Oracle DATE. */
  static Expr sysdate(io.godwit.ir.SourceSpan span) {
    return new Expr.Cast(
        new Expr.Builtin(
            BuiltinFn.DATE_TRUNC,
            List.of(Expr.Builtin.of(BuiltinFn.LOCAL_TIMESTAMP)),
            DatePart.SECOND,
            span),
        SqlType.sized(io.godwit.ir.TypeKind.TIMESTAMP, 0).withSource("DATE"),
        false);
  }

  private Expr caseExpression(PlSqlParser.Case_expressionContext c) {
    Expr operand = c.selector == null ? null : expression(c.selector);
    List<Expr.When> whens = new ArrayList<>();
    for (PlSqlParser.Case_when_clauseContext w : c.case_when_clause()) {
      whens.add(new Expr.When(condition(w.when), condition(w.then)));
    }
    Expr otherwise = c.else_value == null ? null : condition(c.else_value);
    return new Expr.Case(operand, whens, otherwise);
  }

  private Expr cast(PlSqlParser.CastExprContext c) {
    if (c.MULTISET() != null) {
      return cx().unsupported(
              c,
              OraItems.OBJECT_TYPE,
              "CAST(MULTISET(...)) builds a collection: use ARRAY(subquery)");
    }
    Expr value = expression(c.expression(0));
    SqlType type = l.types.lower(c.datatype(), false);
    if (c.conversion_error_clause() != null) {
      cx().note(
              c,
              OraItems.EXPRESSION,
              "DEFAULT ... ON CONVERSION ERROR is not kept: a bad value raises an error");
    }
    return new Expr.Cast(value, type, false);
  }

  private Expr extract(PlSqlParser.ExtractDatetimeExprContext x) {
    String field = x.datetime_field().getText().toUpperCase(Locale.ROOT);
    DatePart part =
        switch (field) {
          case "YEAR" -> DatePart.YEAR;
          case "MONTH" -> DatePart.MONTH;
          case "DAY" -> DatePart.DAY;
          case "HOUR" -> DatePart.HOUR;
          case "MINUTE" -> DatePart.MINUTE;
          case "SECOND" -> DatePart.SECOND;
          case "TIMEZONE_HOUR" -> DatePart.TIMEZONE_HOUR;
          case "TIMEZONE_MINUTE" -> DatePart.TIMEZONE_MINUTE;
          default -> null;
        };
    if (part == null) {
      return cx().unsupported(x, OraItems.EXPRESSION, "EXTRACT(" + field + ") has no equivalent");
    }
    return new Expr.Builtin(
        BuiltinFn.EXTRACT, List.of(expression(x.expression())), part, cx().span(x));
  }

  private Expr trim(PlSqlParser.TrimExprContext t) {
    Expr source = expression(t.source);
    List<Expr> args = new ArrayList<>();
    args.add(source);
    if (t.trim_character != null) {
      args.add(expression(t.trim_character));
    }
    BuiltinFn fn =
        t.LEADING() != null
            ? BuiltinFn.LTRIM
            : t.TRAILING() != null ? BuiltinFn.RTRIM : BuiltinFn.TRIM;
    return OraFunctions.emptyIsNull(new Expr.Builtin(fn, args, null, cx().span(t)));
  }

  private Expr inquiry(PlSqlParser.InquiryDirectiveExprContext d) {
    String name = d.getText().toUpperCase(Locale.ROOT);
    if (name.equals("$$PLSQL_LINE")) {
      return Expr.Literal.number(d.getStart().getLine());
    }
    if (name.equals("$$PLSQL_UNIT")) {
      return cx().items.object() == null
          ? Expr.Literal.NULL
          : Expr.Literal.string(cx().items.object().name());
    }
    return cx().unsupported(
            d, OraItems.CONDITIONAL_COMPILATION, name + " is an Oracle compiler setting");
  }
}
