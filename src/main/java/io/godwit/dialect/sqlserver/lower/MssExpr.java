package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.expr.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lowers T-SQL scalar expressions and search conditions. {@code +} becomes concatenation when an
 * operand is a string and addition otherwise, from the types of columns, variables and literals.
 */
final class MssExpr {

  private final MssContext cx;
  private final MssFunctions functions;
  private MssQuery queries;

  MssExpr(MssContext cx) {
    this.cx = cx;
    this.functions = new MssFunctions(cx, this);
  }

  void queries(MssQuery q) {
    this.queries = q;
  }

  MssQuery queries() {
    if (queries == null) {
      queries = new MssQuery(cx, this);
    }
    return queries;
  }

  List<Expr> list(List<TSqlParser.ExpressionContext> es) {
    List<Expr> out = new ArrayList<>();
    for (TSqlParser.ExpressionContext e : es) {
      out.add(expr(e));
    }
    return out;
  }

  Expr call(TSqlParser.FunctionCallContext f) {
    return functions.call(f);
  }

  Expr expr(TSqlParser.ExpressionContext e) {
    if (e instanceof TSqlParser.LiteralExprContext l) {
      return literal(l.literal());
    }
    if (e instanceof TSqlParser.VariableExprContext v) {
      String name = v.VARIABLE().getText();
      return new Expr.VariableRef(cx.variableName(name), cx.variableType(name));
    }
    if (e instanceof TSqlParser.SystemVariableExprContext s) {
      return functions.systemVariable(s);
    }
    if (e instanceof TSqlParser.NiladicFunctionExprContext n) {
      return switch (n.name.getType()) {
        case TSqlParser.CURRENT_TIMESTAMP -> builtin(BuiltinFn.LOCAL_TIMESTAMP);
        default -> builtin(BuiltinFn.CURRENT_USER);
      };
    }
    if (e instanceof TSqlParser.CastExprContext c) {
      return new Expr.Cast(
          expr(c.expression()),
          new MssTypes(cx).map(c.dataType(), false),
          c.kind.getType() == TSqlParser.TRY_CAST);
    }
    if (e instanceof TSqlParser.ConvertExprContext c) {
      return functions.convert(c);
    }
    if (e instanceof TSqlParser.IifExprContext i) {
      return new Expr.Case(
          null,
          List.of(new Expr.When(condition(i.searchCondition()), expr(i.whenTrue))),
          expr(i.whenFalse));
    }
    if (e instanceof TSqlParser.NextValueForExprContext n) {
      return new Expr.SequenceValue(MssNames.qname(n.qualifiedName(), cx.defaultSchema), true);
    }
    if (e instanceof TSqlParser.CaseExprContext c) {
      return caseExpr(c.caseExpression());
    }
    if (e instanceof TSqlParser.FunctionCallExprContext f) {
      return functions.call(f.functionCall());
    }
    if (e instanceof TSqlParser.ColumnExprContext c) {
      return column(c.qualifiedName());
    }
    if (e instanceof TSqlParser.ParenthesizedExprContext p) {
      return expr(p.expression());
    }
    if (e instanceof TSqlParser.SubqueryExprContext s) {
      return new Expr.ScalarSubquery(queries().subquery(s.subquery()));
    }
    if (e instanceof TSqlParser.AtTimeZoneExprContext a) {
      return new Expr.AtTimeZone(expr(a.expression(0)), expr(a.expression(1)));
    }
    if (e instanceof TSqlParser.CollateExprContext c) {
      cx.item(
          MssItems.EXPRESSION,
          "COLLATE " + cx.text(c.collation) + " is dropped: the target's collation applies",
          c);
      return expr(c.expression());
    }
    if (e instanceof TSqlParser.UnaryExprContext u) {
      Expr operand = expr(u.expression());
      return switch (u.op.getType()) {
        case TSqlParser.MINUS -> new Expr.Unary(UnaryOp.NEGATE, operand);
        case TSqlParser.PLUS -> operand;
        default -> new Expr.Unary(UnaryOp.BIT_NOT, operand);
      };
    }
    if (e instanceof TSqlParser.MultiplicativeExprContext m) {
      BinaryOp op =
          switch (m.op.getType()) {
            case TSqlParser.STAR -> BinaryOp.MULTIPLY;
            case TSqlParser.SLASH -> BinaryOp.DIVIDE;
            default -> BinaryOp.MODULO;
          };
      return new Expr.Binary(op, expr(m.expression(0)), expr(m.expression(1)));
    }
    if (e instanceof TSqlParser.AdditiveExprContext a) {
      return additive(a);
    }
    return cx.unsupported(
        e, MssItems.EXPRESSION, "this expression has no counterpart on the target");
  }

  private Expr additive(TSqlParser.AdditiveExprContext a) {
    Expr left = expr(a.expression(0));
    Expr right = expr(a.expression(1));
    return switch (a.op.getType()) {
      case TSqlParser.MINUS -> new Expr.Binary(BinaryOp.SUBTRACT, left, right);
      case TSqlParser.AMPERSAND -> new Expr.Binary(BinaryOp.BIT_AND, left, right);
      case TSqlParser.PIPE -> new Expr.Binary(BinaryOp.BIT_OR, left, right);
      case TSqlParser.CARET -> new Expr.Binary(BinaryOp.BIT_XOR, left, right);
      default -> plus(a, left, right);
    };
  }

  /** T-SQL {@code +}: concatenation when an operand is a string (NULL + 'x' is NULL, as ||). */
  private Expr plus(TSqlParser.AdditiveExprContext a, Expr left, Expr right) {
    SqlType l = typeOf(left);
    SqlType r = typeOf(right);
    if (isString(l) || isString(r)) {
      return new Expr.Binary(BinaryOp.CONCAT, left, right);
    }
    if (l == null && r == null) {
      cx.item(
          MssItems.PLUS_OPERANDS,
          "the types of the operands of + are unknown: taken as addition",
          a);
    }
    return new Expr.Binary(BinaryOp.ADD, left, right);
  }

  private static boolean isString(SqlType t) {
    return t != null && t.isCharacter();
  }

  /**
   * A value as a column or variable of {@code target} receives it: BIT columns become boolean, so
   * the literals 0 and 1 written for them become false and true; a string literal used where a date
   * is expected is cast to timestamp, as SQL Server converts it implicitly.
   */
  static Expr coerce(Expr value, SqlType target) {
    if (target == null || !(value instanceof Expr.Literal l)) {
      return value;
    }
    if (target.kind() == TypeKind.BOOLEAN && l.kind() == LiteralKind.NUMBER) {
      return new Expr.Literal(
          LiteralKind.BOOLEAN,
          new java.math.BigDecimal(l.value()).signum() == 0 ? "false" : "true");
    }
    if (target.isTemporal() && l.kind() == LiteralKind.STRING) {
      return new Expr.Cast(
          l, target.kind() == TypeKind.DATE ? target : SqlType.of(TypeKind.TIMESTAMP), false);
    }
    return value;
  }

  /** The type of a lowered expression when it is evident, else null. */
  static SqlType typeOf(Expr e) {
    if (e instanceof Expr.Literal l) {
      return switch (l.kind()) {
        case STRING, NATIONAL_STRING -> SqlType.of(TypeKind.VARCHAR);
        case NUMBER -> SqlType.of(TypeKind.DECIMAL);
        default -> null;
      };
    }
    if (e instanceof Expr.ColumnRef c) {
      return c.type();
    }
    if (e instanceof Expr.VariableRef v) {
      return v.type();
    }
    if (e instanceof Expr.Cast c) {
      return c.type();
    }
    if (e instanceof Expr.FunctionCall f) {
      return f.type();
    }
    if (e instanceof Expr.Binary b) {
      if (b.op() == BinaryOp.CONCAT) {
        return SqlType.of(TypeKind.VARCHAR);
      }
      SqlType l = typeOf(b.left());
      return l != null ? l : typeOf(b.right());
    }
    if (e instanceof Expr.Case c) {
      for (Expr.When w : c.whens()) {
        SqlType t = typeOf(w.result());
        if (t != null) {
          return t;
        }
      }
      return c.otherwise() == null ? null : typeOf(c.otherwise());
    }
    if (e instanceof Expr.Builtin b) {
      return switch (b.fn()) {
        case UPPER,
                LOWER,
                LTRIM,
                RTRIM,
                TRIM,
                REPLACE,
                LEFT,
                RIGHT,
                SUBSTRING,
                REPEAT,
                REVERSE,
                LPAD,
                RPAD,
                CHR,
                TO_CHAR,
                DATE_NAME ->
            SqlType.of(TypeKind.VARCHAR);
        case LENGTH, OCTET_LENGTH, POSITION, DATE_DIFF, EXTRACT, ROW_COUNT ->
            SqlType.of(TypeKind.INTEGER);
        case LOCAL_TIMESTAMP, UTC_TIMESTAMP, DATE_ADD -> SqlType.of(TypeKind.TIMESTAMP);
        case COALESCE, NULLIF, GREATEST, LEAST -> typeOf(b.args().get(0));
        default -> null;
      };
    }
    return null;
  }

  private Expr builtin(BuiltinFn fn) {
    return new Expr.Builtin(fn, List.of(), null, null);
  }

  Expr literal(TSqlParser.LiteralContext l) {
    if (l.STRING() != null) {
      String t = l.STRING().getText();
      boolean national = t.charAt(0) == 'N' || t.charAt(0) == 'n';
      String body = t.substring(national ? 2 : 1, t.length() - 1);
      StringBuilder s = new StringBuilder(body.length());
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        s.append(c);
        if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
          i++;
        }
      }
      return new Expr.Literal(LiteralKind.STRING, s.toString());
    }
    if (l.NULL() != null) {
      return Expr.Literal.NULL;
    }
    if (l.BINARY() != null) {
      return new Expr.Literal(LiteralKind.BINARY, l.BINARY().getText().substring(2));
    }
    if (l.MONEY() != null) {
      return Expr.Literal.number(l.MONEY().getText().substring(1));
    }
    return Expr.Literal.number(l.getText());
  }

  /** A column reference, typed from the tables in scope. */
  Expr column(TSqlParser.QualifiedNameContext name) {
    QName q = MssNames.written(name);
    String last = TsqlNames.name(name.identifier(name.identifier().size() - 1));
    if (q.size() == 1 && last.toUpperCase(Locale.ROOT).equals("NULL")) {
      return Expr.Literal.NULL;
    }
    return new Expr.ColumnRef(q, cx.columnType(last));
  }

  private Expr caseExpr(TSqlParser.CaseExpressionContext c) {
    List<Expr.When> whens = new ArrayList<>();
    if (c instanceof TSqlParser.SimpleCaseContext s) {
      for (TSqlParser.SimpleWhenContext w : s.simpleWhen()) {
        whens.add(new Expr.When(expr(w.expression(0)), expr(w.expression(1))));
      }
      return new Expr.Case(expr(s.operand), whens, s.elseValue == null ? null : expr(s.elseValue));
    }
    TSqlParser.SearchedCaseContext s = (TSqlParser.SearchedCaseContext) c;
    for (TSqlParser.SearchedWhenContext w : s.searchedWhen()) {
      whens.add(new Expr.When(condition(w.searchCondition()), expr(w.expression())));
    }
    return new Expr.Case(null, whens, s.elseValue == null ? null : expr(s.elseValue));
  }

  // ------------------------------------------------------------------------------------------
  // Search conditions
  // ------------------------------------------------------------------------------------------

  Expr condition(TSqlParser.SearchConditionContext c) {
    if (c instanceof TSqlParser.NotConditionContext n) {
      return new Expr.Unary(UnaryOp.NOT, condition(n.searchCondition()));
    }
    if (c instanceof TSqlParser.AndConditionContext a) {
      return new Expr.Binary(
          BinaryOp.AND, condition(a.searchCondition(0)), condition(a.searchCondition(1)));
    }
    if (c instanceof TSqlParser.OrConditionContext o) {
      return new Expr.Binary(
          BinaryOp.OR, condition(o.searchCondition(0)), condition(o.searchCondition(1)));
    }
    if (c instanceof TSqlParser.ParenthesizedConditionContext p) {
      return condition(p.searchCondition());
    }
    if (c instanceof TSqlParser.ExistsConditionContext e) {
      return new Expr.Exists(queries().subquery(e.subquery()), false);
    }
    if (c instanceof TSqlParser.ComparisonConditionContext cmp) {
      Expr left = expr(cmp.expression(0));
      Expr right = expr(cmp.expression(1));
      return new Expr.Binary(
          comparison(cmp.comparisonOperator()),
          coerce(left, typeOf(right)),
          coerce(right, typeOf(left)));
    }
    if (c instanceof TSqlParser.QuantifiedConditionContext q) {
      return new Expr.Quantified(
          comparison(q.comparisonOperator()),
          expr(q.expression()),
          q.quantifier.getType() == TSqlParser.ALL,
          queries().subquery(q.subquery()),
          null);
    }
    if (c instanceof TSqlParser.BetweenConditionContext b) {
      return new Expr.Between(expr(b.expression(0)), expr(b.low), expr(b.high), b.NOT() != null);
    }
    if (c instanceof TSqlParser.InConditionContext i) {
      Expr value = expr(i.expression());
      if (i.subquery() != null) {
        return new Expr.InQuery(value, queries().subquery(i.subquery()), i.NOT() != null);
      }
      return new Expr.InList(value, list(i.expressionList().expression()), i.NOT() != null);
    }
    if (c instanceof TSqlParser.LikeConditionContext l) {
      return new Expr.Like(
          expr(l.expression(0)),
          expr(l.pattern),
          l.escape == null ? null : expr(l.escape),
          l.NOT() != null);
    }
    if (c instanceof TSqlParser.IsNullConditionContext n) {
      return new Expr.IsNull(expr(n.expression()), n.NOT() != null);
    }
    if (c instanceof TSqlParser.IsDistinctFromConditionContext d) {
      return new Expr.Binary(
          d.NOT() != null ? BinaryOp.IS_NOT_DISTINCT_FROM : BinaryOp.IS_DISTINCT_FROM,
          expr(d.expression(0)),
          expr(d.expression(1)));
    }
    if (c instanceof TSqlParser.UpdatedColumnConditionContext u) {
      return updated(u);
    }
    return cx.unsupported(
        c,
        MssItems.EXPRESSION,
        "this condition has no counterpart on the target (full-text search)");
  }

  /** UPDATE(col) in a trigger: overridden by the trigger lowerer. */
  Expr updated(TSqlParser.UpdatedColumnConditionContext u) {
    return new Expr.Builtin(
        BuiltinFn.UPDATING,
        List.of(Expr.Literal.string(TsqlNames.name(u.identifier()))),
        null,
        cx.span(u));
  }

  private static BinaryOp comparison(TSqlParser.ComparisonOperatorContext op) {
    return switch (op.getStart().getType()) {
      case TSqlParser.EQUAL -> BinaryOp.EQ;
      case TSqlParser.NOT_EQUAL, TSqlParser.BANG_EQUAL -> BinaryOp.NE;
      case TSqlParser.LESS -> BinaryOp.LT;
      case TSqlParser.LESS_EQUAL, TSqlParser.NOT_GREATER -> BinaryOp.LE;
      case TSqlParser.GREATER -> BinaryOp.GT;
      default -> BinaryOp.GE;
    };
  }
}
