package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * T-SQL functions the neutral built-ins do not name directly: {@code STUFF} (and the {@code
 * STUFF((SELECT ',' + x ... FOR XML PATH('')), 1, 1, '')} concatenation idiom, which is {@code
 * string_agg}), {@code CHOOSE}, {@code PATINDEX} with a literal pattern, {@code STRING_SPLIT},
 * {@code EOMONTH} with a month offset.
 */
final class MssStringFunctions {

  private final MssContext cx;
  private final MssExpr ex;

  MssStringFunctions(MssContext cx, MssExpr ex) {
    this.cx = cx;
    this.ex = ex;
  }

  /** The call lowered, or null when this class does not handle it. */
  Expr call(String name, List<TSqlParser.ExpressionContext> raw, TSqlParser.FunctionCallContext f) {
    return switch (name) {
      case "stuff" -> raw.size() == 4 ? stuff(raw) : null;
      case "choose" -> raw.size() >= 2 ? choose(ex.list(raw)) : null;
      case "patindex" -> raw.size() == 2 ? patindex(raw, f) : null;
      case "string_split" -> raw.size() == 2 ? stringSplit(raw) : null;
      case "eomonth" -> raw.isEmpty() || raw.size() > 2 ? null : endOfMonth(ex.list(raw));
      default -> null;
    };
  }

  private Expr stuff(List<TSqlParser.ExpressionContext> raw) {
    Expr idiom = concatenationIdiom(raw);
    if (idiom != null) {
      return idiom;
    }
    List<Expr> a = ex.list(raw);
    return new Expr.Builtin(BuiltinFn.OVERLAY, a, null, null);
  }

  /**
   * {@code STUFF((SELECT sep + value FROM ... [ORDER BY ...] FOR XML PATH('')), 1, len(sep), '')}
   * is {@code (SELECT string_agg(value, sep ORDER BY ...) FROM ...)}. The {@code , TYPE).value('.',
   * 'nvarchar(max)')} form is the same. Difference: FOR XML without TYPE escapes {@code &}, {@code
   * <} and {@code >} in the values; string_agg does not (what the idiom is used for).
   */
  private Expr concatenationIdiom(List<TSqlParser.ExpressionContext> raw) {
    TSqlParser.ExpressionContext first = raw.get(0);
    boolean typed = false;
    if (first instanceof TSqlParser.MethodCallExprContext m
        && m.method.getText().equalsIgnoreCase("value")) {
      first = m.expression();
      typed = true;
    }
    while (first instanceof TSqlParser.ParenthesizedExprContext p) {
      first = p.expression();
    }
    if (!(first instanceof TSqlParser.SubqueryExprContext s)
        || !(s.subquery().forClause() instanceof TSqlParser.ForXmlClauseContext x)
        || !x.xmlMode.getText().equalsIgnoreCase("PATH")
        || x.STRING() == null
        || !x.STRING().getText().equals("''")
        || s.subquery().offsetFetchClause() != null) {
      return null;
    }
    for (TSqlParser.ForDirectiveContext d : x.forDirective()) {
      if (!typed || !d.getText().equalsIgnoreCase("TYPE")) {
        return null;
      }
    }
    if (!(s.subquery().queryExpression() instanceof TSqlParser.QuerySpecificationQueryContext qs)
        || qs.querySpecification().selectList().selectItem().size() != 1
        || !(qs.querySpecification().selectList().selectItem(0)
            instanceof TSqlParser.SelectExpressionContext item)
        || item.columnAlias() != null && !item.columnAlias().getText().equals("[text()]")) {
      return null;
    }
    TSqlParser.QuerySpecificationContext spec = qs.querySpecification();
    boolean distinct = spec.quantifier != null && spec.quantifier.getType() == TSqlParser.DISTINCT;
    if (spec.topClause() != null || distinct && s.subquery().orderByClause() != null) {
      return null;
    }
    Expr[] split = splitSeparator(ex.expr(item.expression()));
    if (split == null
        || !isNumber(raw.get(1), 1)
        || !isNumber(raw.get(2), ((Expr.Literal) split[0]).value().length())
        || !raw.get(3).getText().equals("''")) {
      return null;
    }
    Query.Select base = ex.queries().specification(spec);
    List<OrderItem> order =
        s.subquery().orderByClause() == null
            ? List.of()
            : ex.queries().order(s.subquery().orderByClause());
    Expr agg = new Expr.StringAgg(split[1], split[0], distinct, order);
    return new Expr.ScalarSubquery(
        new Query.Select(
            base.with(),
            false,
            List.of(new Query.SelectItem(agg, null)),
            base.from(),
            base.where(),
            base.groupBy(),
            base.having(),
            null,
            null,
            null,
            null));
  }

  /** {@code 'sep' || rest} as {sep literal, rest}; null when the leftmost operand is no string. */
  private static Expr[] splitSeparator(Expr e) {
    if (!(e instanceof Expr.Binary b)
        || b.op() != BinaryOp.CONCAT && b.op() != BinaryOp.CONCAT_NULL_AS_EMPTY) {
      return null;
    }
    if (b.left() instanceof Expr.Literal l
        && (l.kind() == LiteralKind.STRING || l.kind() == LiteralKind.NATIONAL_STRING)) {
      return new Expr[] {l, b.right()};
    }
    Expr[] inner = splitSeparator(b.left());
    if (inner == null) {
      return null;
    }
    return new Expr[] {inner[0], new Expr.Binary(b.op(), inner[1], b.right())};
  }

  private static boolean isNumber(TSqlParser.ExpressionContext e, int value) {
    return e.getText().equals(Integer.toString(value));
  }

  /** CHOOSE(i, a, b, ...): the i-th value, NULL when there is none. */
  private static Expr choose(List<Expr> a) {
    List<Expr.When> whens = new ArrayList<>();
    for (int i = 1; i < a.size(); i++) {
      whens.add(new Expr.When(Expr.Literal.number(i), a.get(i)));
    }
    return new Expr.Case(a.get(0), whens, null);
  }

  /**
   * PATINDEX('%pattern%', s): the pattern's LIKE wildcards as a regular expression, then {@code
   * regexp_instr} (0 when there is no match, as PATINDEX). Case-insensitive, as SQL Server's usual
   * collations.
   */
  private Expr patindex(List<TSqlParser.ExpressionContext> raw, TSqlParser.FunctionCallContext f) {
    Expr pattern = ex.expr(raw.get(0));
    if (!(pattern instanceof Expr.Literal l)
        || l.kind() != LiteralKind.STRING && l.kind() != LiteralKind.NATIONAL_STRING) {
      return cx.unsupported(
          f, MssItems.EXPRESSION, "PATINDEX with a pattern that is not a literal is not converted");
    }
    String regex = likeToRegex(l.value());
    if (regex == null) {
      return cx.unsupported(f, MssItems.EXPRESSION, "this PATINDEX pattern is not converted");
    }
    return new Expr.Builtin(
        BuiltinFn.REGEXP_INSTR,
        List.of(
            ex.expr(raw.get(1)),
            Expr.Literal.string(regex),
            Expr.Literal.number(1),
            Expr.Literal.number(1),
            Expr.Literal.number(0),
            Expr.Literal.string("i")),
        null,
        null);
  }

  /** A T-SQL LIKE pattern as an anchored regular expression, scanned character by character. */
  static String likeToRegex(String like) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    int end = like.length();
    if (like.startsWith("%")) {
      start = 1;
    } else {
      out.append('^');
    }
    boolean open = like.endsWith("%") && end > start;
    if (open) {
      end--;
    }
    for (int i = start; i < end; i++) {
      char c = like.charAt(i);
      if (c == '%') {
        out.append(".*");
      } else if (c == '_') {
        out.append('.');
      } else if (c == '[') {
        int close = like.indexOf(']', i + 2);
        if (close < 0 || close >= end) {
          return null;
        }
        String set = like.substring(i + 1, close);
        out.append('[');
        for (int k = 0; k < set.length(); k++) {
          char s = set.charAt(k);
          if (s == '\\') {
            out.append("\\\\");
          } else {
            out.append(s);
          }
        }
        out.append(']');
        i = close;
      } else if (".*+?(){}|\\^$]".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    if (!open) {
      out.append('$');
    }
    return out.toString();
  }

  /** STRING_SPLIT(s, sep): string_to_table, whose column the FROM item names {@code value}. */
  private Expr stringSplit(List<TSqlParser.ExpressionContext> raw) {
    return new Expr.FunctionCall(
        QName.of("string_to_table"), ex.list(raw), false, null, null, null, null);
  }

  /** EOMONTH(d [, months]); a string literal date is cast to a timestamp first. */
  private static Expr endOfMonth(List<Expr> a) {
    List<Expr> args = new ArrayList<>(a);
    args.set(0, MssExpr.coerce(a.get(0), SqlType.of(TypeKind.TIMESTAMP)));
    return new Expr.Builtin(BuiltinFn.END_OF_MONTH, args, null, null);
  }

  static boolean isStringSplit(Expr call) {
    return call instanceof Expr.FunctionCall f
        && f.name().parts().size() == 1
        && f.name().last().text().toLowerCase(Locale.ROOT).equals("string_to_table");
  }
}
