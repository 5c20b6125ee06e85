package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * T-SQL built-in functions, CONVERT with its style codes and the {@code @@} variables, lowered to
 * neutral built-ins; standard aggregates and window functions stay calls; user functions keep their
 * schema.
 */
final class MssFunctions {

  private static final Set<String> STANDARD =
      Set.of(
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "row_number",
          "rank",
          "dense_rank",
          "ntile",
          "lag",
          "lead",
          "first_value",
          "last_value",
          "percent_rank",
          "cume_dist",
          "abs",
          "sin",
          "cos",
          "tan",
          "asin",
          "acos",
          "atan",
          "degrees",
          "radians",
          "pi",
          "exp",
          "upper",
          "lower",
          "reverse",
          "ascii",
          "concat",
          "concat_ws",
          "format");

  private final MssContext cx;
  private final MssExpr ex;

  MssFunctions(MssContext cx, MssExpr ex) {
    this.cx = cx;
    this.ex = ex;
  }

  Expr call(TSqlParser.FunctionCallContext f) {
    Expr call = plainCall(f);
    if (f.overClause() == null) {
      return call;
    }
    TSqlParser.OverClauseContext o = f.overClause();
    if (o.identifier() != null || o.windowFrame() != null) {
      return cx.unsupported(
          f, MssItems.EXPRESSION, "named windows and window frames are not converted");
    }
    List<Expr> partition =
        o.expressionList() == null ? List.of() : ex.list(o.expressionList().expression());
    List<OrderItem> order =
        o.orderByClause() == null ? List.of() : ex.queries().order(o.orderByClause());
    return new Expr.Window(call, partition, order, null);
  }

  private Expr plainCall(TSqlParser.FunctionCallContext f) {
    TSqlParser.FunctionNameContext fn = f.functionName();
    TSqlParser.FunctionArgumentsContext fa = f.functionArguments();
    List<TSqlParser.ExpressionContext> raw = List.of();
    boolean distinct = false;
    if (fa instanceof TSqlParser.ValueArgumentsContext v) {
      raw = v.expression();
      distinct = v.quantifier != null && v.quantifier.getType() == TSqlParser.DISTINCT;
    } else if (fa instanceof TSqlParser.TrimArgumentsContext) {
      return cx.unsupported(f, MssItems.EXPRESSION, "TRIM(... FROM ...) is not converted");
    }
    String name;
    ObjectName qualified = null;
    if (fn.qualifiedName() != null) {
      qualified = TsqlNames.objectName(fn.qualifiedName());
      name = qualified.name();
    } else {
      name = fn.getText();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (qualified != null && (qualified.schema() != null || qualified.database() != null)) {
      if (qualified.schema() != null && qualified.schema().equalsIgnoreCase("sys")) {
        return cx.unsupported(
            f, MssItems.SYSTEM_OBJECT, "the system function " + name + " has no equivalent");
      }
      return new Expr.FunctionCall(
          MssNames.object(qualified, cx.defaultSchema),
          ex.list(raw),
          distinct,
          null,
          null,
          null,
          cx.span(f));
    }
    if (fa instanceof TSqlParser.StarArgumentsContext) {
      return new Expr.FunctionCall(
          QName.of(lower.equals("count_big") ? "count" : lower),
          List.of(new Expr.Star(null)),
          false,
          null,
          null,
          SqlType.of(TypeKind.BIGINT),
          cx.span(f));
    }
    if (lower.equals("string_agg") && raw.size() == 2) {
      List<OrderItem> order =
          f.withinGroup() == null ? List.of() : ex.queries().order(f.withinGroup().orderByClause());
      return new Expr.StringAgg(ex.expr(raw.get(0)), ex.expr(raw.get(1)), distinct, order);
    }
    Expr more = new MssStringFunctions(cx, ex).call(lower, raw, f);
    if (more != null) {
      return more;
    }
    if (isDateFunction(lower) && !raw.isEmpty()) {
      return dateFunction(f, lower, raw);
    }
    List<Expr> a = ex.list(raw);
    Expr builtin = builtin(lower, a, f);
    if (builtin != null) {
      return builtin;
    }
    String std =
        switch (lower) {
          case "count_big" -> "count";
          case "stdev" -> "stddev_samp";
          case "stdevp" -> "stddev_pop";
          case "var" -> "var_samp";
          case "varp" -> "var_pop";
          case "ceiling" -> "ceil";
          case "log10" -> "log10";
          case "square" -> null;
          default -> STANDARD.contains(lower) ? lower : null;
        };
    if (std != null) {
      SqlType t = std.equals("count") ? SqlType.of(TypeKind.BIGINT) : null;
      if (lower.equals("concat")
          || lower.equals("concat_ws")
          || lower.equals("upper")
          || lower.equals("lower")) {
        t = SqlType.of(TypeKind.VARCHAR);
      }
      return new Expr.FunctionCall(QName.of(std), a, distinct, null, null, t, cx.span(f));
    }
    if (lower.equals("square") && a.size() == 1) {
      return new Expr.Builtin(
          BuiltinFn.POWER, List.of(a.get(0), Expr.Literal.number(2)), null, null);
    }
    if (lower.startsWith("fn_") || lower.startsWith("xp_") || lower.startsWith("sp_")) {
      return cx.unsupported(
          f, MssItems.SYSTEM_OBJECT, "the system function " + name + " has no equivalent");
    }
    return cx.unsupported(
        f, MssItems.EXPRESSION, "the function " + name + " has no counterpart on the target");
  }

  private Expr builtin(String name, List<Expr> a, TSqlParser.FunctionCallContext f) {
    int n = a.size();
    return switch (name) {
      case "isnull" -> n == 2 ? b(BuiltinFn.COALESCE, a) : null;
      case "coalesce" -> b(BuiltinFn.COALESCE, a);
      case "nullif" -> n == 2 ? b(BuiltinFn.NULLIF, a) : null;
      case "len" -> n == 1 ? b(BuiltinFn.LENGTH, List.of(b(BuiltinFn.RTRIM, a))) : null;
      case "datalength" -> n == 1 ? b(BuiltinFn.OCTET_LENGTH, a) : null;
      case "upper" -> n == 1 ? b(BuiltinFn.UPPER, a) : null;
      case "lower" -> n == 1 ? b(BuiltinFn.LOWER, a) : null;
      case "ltrim" -> n == 1 ? b(BuiltinFn.LTRIM, a) : null;
      case "rtrim" -> n == 1 ? b(BuiltinFn.RTRIM, a) : null;
      case "trim" -> n == 1 ? b(BuiltinFn.TRIM, a) : null;
      case "left" -> n == 2 ? b(BuiltinFn.LEFT, a) : null;
      case "right" -> n == 2 ? b(BuiltinFn.RIGHT, a) : null;
      case "substring" -> n == 3 ? b(BuiltinFn.SUBSTRING, a) : null;
      case "replace" -> n == 3 ? b(BuiltinFn.REPLACE, a) : null;
      case "replicate" -> n == 2 ? b(BuiltinFn.REPEAT, a) : null;
      case "space" ->
          n == 1 ? b(BuiltinFn.REPEAT, List.of(Expr.Literal.string(" "), a.get(0))) : null;
      case "reverse" -> n == 1 ? b(BuiltinFn.REVERSE, a) : null;
      case "ascii", "unicode" -> n == 1 ? b(BuiltinFn.ASCII, a) : null;
      case "char", "nchar" -> n == 1 ? b(BuiltinFn.CHR, a) : null;
      case "charindex" -> charindex(a);
      case "abs" -> n == 1 ? b(BuiltinFn.ABS, a) : null;
      case "ceiling" -> n == 1 ? b(BuiltinFn.CEIL, a) : null;
      case "floor" -> n == 1 ? b(BuiltinFn.FLOOR, a) : null;
      case "round" -> n == 2 ? b(BuiltinFn.ROUND, a) : null;
      case "power" -> n == 2 ? b(BuiltinFn.POWER, a) : null;
      case "sqrt" -> n == 1 ? b(BuiltinFn.SQRT, a) : null;
      case "sign" -> n == 1 ? b(BuiltinFn.SIGN, a) : null;
      case "log" -> n == 1 ? b(BuiltinFn.LN, a) : null;
      case "rand" -> n == 0 ? b(BuiltinFn.RANDOM, a) : null;
      case "newid" -> n == 0 ? b(BuiltinFn.NEW_UUID, a) : null;
      case "getdate", "sysdatetime", "current_timestamp" ->
          n == 0 ? b(BuiltinFn.LOCAL_TIMESTAMP, a) : null;
      case "getutcdate", "sysutcdatetime" -> n == 0 ? b(BuiltinFn.UTC_TIMESTAMP, a) : null;
      case "sysdatetimeoffset" -> n == 0 ? b(BuiltinFn.CURRENT_TIMESTAMP, a) : null;
      case "year" -> n == 1 ? part(BuiltinFn.EXTRACT, a, DatePart.YEAR) : null;
      case "month" -> n == 1 ? part(BuiltinFn.EXTRACT, a, DatePart.MONTH) : null;
      case "day" -> n == 1 ? part(BuiltinFn.EXTRACT, a, DatePart.DAY) : null;
      case "eomonth" -> n == 1 ? b(BuiltinFn.END_OF_MONTH, a) : null;
      case "scope_identity", "ident_current" -> b(BuiltinFn.LAST_IDENTITY, List.of());
      case "error_message" -> n == 0 ? b(BuiltinFn.ERROR_MESSAGE, a) : null;
      case "error_number" -> n == 0 ? b(BuiltinFn.ERROR_CODE, a) : null;
      case "error_state" -> n == 0 ? b(BuiltinFn.ERROR_STATE, a) : null;
      case "suser_sname", "suser_name", "user_name" -> n == 0 ? b(BuiltinFn.CURRENT_USER, a) : null;
      default -> null;
    };
  }

  /** CHARINDEX(find, in [, start]): the position of find in in. */
  private Expr charindex(List<Expr> a) {
    if (a.size() == 2) {
      return b(BuiltinFn.POSITION, List.of(a.get(1), a.get(0)));
    }
    if (a.size() == 3) {
      return b(BuiltinFn.POSITION, List.of(a.get(1), a.get(0), a.get(2), Expr.Literal.number(1)));
    }
    return null;
  }

  private static boolean isDateFunction(String name) {
    return name.equals("dateadd")
        || name.equals("datediff")
        || name.equals("datediff_big")
        || name.equals("datepart")
        || name.equals("datename");
  }

  private Expr dateFunction(
      TSqlParser.FunctionCallContext f, String name, List<TSqlParser.ExpressionContext> raw) {
    DatePart part = datePart(raw.get(0).getText());
    if (part == null) {
      return cx.unsupported(
          f, MssItems.EXPRESSION, "the date part " + raw.get(0).getText() + " is not converted");
    }
    List<Expr> rest = new java.util.ArrayList<>();
    for (Expr e : ex.list(raw.subList(1, raw.size()))) {
      rest.add(rest.isEmpty() && name.equals("dateadd") ? e : asDate(e));
    }
    return switch (name) {
      case "dateadd" ->
          rest.size() == 2
              ? part(BuiltinFn.DATE_ADD, List.of(rest.get(1), rest.get(0)), part)
              : null;
      case "datediff", "datediff_big" ->
          rest.size() == 2 ? part(BuiltinFn.DATE_DIFF, rest, part) : null;
      case "datepart" -> rest.size() == 1 ? part(BuiltinFn.EXTRACT, rest, part) : null;
      default -> rest.size() == 1 ? part(BuiltinFn.DATE_NAME, rest, part) : null;
    };
  }

  /** A string literal where a date is expected: SQL Server converts it to datetime. */
  private static Expr asDate(Expr e) {
    return MssExpr.coerce(e, SqlType.of(TypeKind.TIMESTAMP));
  }

  static DatePart datePart(String written) {
    return switch (TsqlNames.unquote(written).toLowerCase(Locale.ROOT)) {
      case "year", "yy", "yyyy" -> DatePart.YEAR;
      case "quarter", "qq", "q" -> DatePart.QUARTER;
      case "month", "mm", "m" -> DatePart.MONTH;
      case "dayofyear", "dy", "y" -> DatePart.DAY_OF_YEAR;
      case "day", "dd", "d" -> DatePart.DAY;
      case "week", "wk", "ww" -> DatePart.WEEK;
      case "iso_week", "isowk", "isoww" -> DatePart.ISO_WEEK;
      case "weekday", "dw" -> DatePart.DAY_OF_WEEK;
      case "hour", "hh" -> DatePart.HOUR;
      case "minute", "mi", "n" -> DatePart.MINUTE;
      case "second", "ss", "s" -> DatePart.SECOND;
      case "millisecond", "ms" -> DatePart.MILLISECOND;
      case "microsecond", "mcs" -> DatePart.MICROSECOND;
      case "nanosecond", "ns" -> DatePart.NANOSECOND;
      default -> null;
    };
  }

  private static Expr b(BuiltinFn fn, List<Expr> a) {
    return new Expr.Builtin(fn, a, null, null);
  }

  private static Expr part(BuiltinFn fn, List<Expr> a, DatePart part) {
    return new Expr.Builtin(fn, a, part, null);
  }

  /**
   * CONVERT(type, value [, style]): a cast; with a date style, a formatting or parsing call with
   * the format the style stands for.
   */
  Expr convert(TSqlParser.ConvertExprContext c) {
    SqlType type = new MssTypes(cx).map(c.dataType(), false);
    Expr value = ex.expr(c.expression(0));
    boolean tryCast = c.kind.getType() == TSqlParser.TRY_CONVERT;
    if (c.style == null) {
      return new Expr.Cast(value, type, tryCast);
    }
    String styleText = c.style.getText();
    String format = styleFormat(styleText);
    SqlType from = MssExpr.typeOf(value);
    boolean fromTemporal = from != null && from.isTemporal();
    if (format != null && type.isCharacter() && (fromTemporal || from == null)) {
      return new Expr.Cast(
          b(BuiltinFn.TO_CHAR, List.of(value, Expr.Literal.string(format))), type, false);
    }
    if (format != null && type.isTemporal() && from != null && from.isCharacter()) {
      return new Expr.Cast(
          b(BuiltinFn.TO_TIMESTAMP, List.of(value, Expr.Literal.string(format))), type, false);
    }
    if (format == null && !styleText.equals("0")) {
      cx.item(
          MssItems.EXPRESSION,
          "CONVERT style " + styleText + " is not converted: the value is cast without it",
          c);
    }
    return new Expr.Cast(value, type, tryCast);
  }

  /** The format model of a CONVERT date style, or null. */
  static String styleFormat(String style) {
    return switch (style) {
      case "1" -> "MM/DD/YY";
      case "101" -> "MM/DD/YYYY";
      case "3" -> "DD/MM/YY";
      case "103" -> "DD/MM/YYYY";
      case "4" -> "DD.MM.YY";
      case "104" -> "DD.MM.YYYY";
      case "10" -> "MM-DD-YY";
      case "110" -> "MM-DD-YYYY";
      case "11" -> "YY/MM/DD";
      case "111" -> "YYYY/MM/DD";
      case "12" -> "YYMMDD";
      case "112" -> "YYYYMMDD";
      case "23" -> "YYYY-MM-DD";
      case "8", "108", "24" -> "HH24:MI:SS";
      case "20", "120" -> "YYYY-MM-DD HH24:MI:SS";
      case "21", "121", "25" -> "YYYY-MM-DD HH24:MI:SS.FF3";
      case "126" -> "YYYY-MM-DD\"T\"HH24:MI:SS.FF3";
      default -> null;
    };
  }

  /** {@code @@ROWCOUNT}, {@code @@IDENTITY}, {@code @@ERROR} and the others. */
  Expr systemVariable(TSqlParser.SystemVariableExprContext s) {
    String name = s.getText().toUpperCase(Locale.ROOT);
    return switch (name) {
      case "@@ROWCOUNT" -> b(BuiltinFn.ROW_COUNT, List.of());
      case "@@IDENTITY" -> b(BuiltinFn.LAST_IDENTITY, List.of());
      case "@@ERROR" -> {
        cx.item(
            MssItems.ERROR_VARIABLE,
            "@@ERROR reads 0 here: a failing statement raises an error instead",
            s);
        yield Expr.Literal.number(0);
      }
      case "@@TRANCOUNT" ->
          cx.unsupported(
              s, MssItems.TRANSACTION, "@@TRANCOUNT has no counterpart: transactions do not nest");
      case "@@FETCH_STATUS" ->
          cx.variableType(name) != null
              ? new Expr.VariableRef(cx.variableName(name), cx.variableType(name))
              : cx.unsupported(
                  s, MssItems.CURSOR_OPERATION, "@@FETCH_STATUS without a cursor of this routine");
      case "@@SPID" ->
          new Expr.FunctionCall(
              QName.of("pg_backend_pid"), List.of(), false, null, null, null, cx.span(s));
      case "@@SERVERNAME" ->
          new Expr.FunctionCall(
              QName.of("inet_server_addr"), List.of(), false, null, null, null, cx.span(s));
      default ->
          cx.unsupported(s, MssItems.SYSTEM_OBJECT, name + " has no counterpart on the target");
    };
  }
}
