package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Oracle's built-in functions and the common supplied-package functions, as neutral built-ins with
 * Oracle's semantics. Any other DBMS_/UTL_ call becomes an item naming it; a name that is not built
 * in is a user routine.
 */
final class OraFunctions {

  /** Standard aggregates and window functions that keep their name (in lower case). */
  private static final Set<String> STANDARD =
      Set.of(
          "COUNT",
          "SUM",
          "AVG",
          "MIN",
          "MAX",
          "STDDEV",
          "VARIANCE",
          "STDDEV_POP",
          "STDDEV_SAMP",
          "VAR_POP",
          "VAR_SAMP",
          "CORR",
          "COVAR_POP",
          "COVAR_SAMP",
          "REGR_SLOPE",
          "REGR_INTERCEPT",
          "REGR_COUNT",
          "REGR_R2",
          "REGR_AVGX",
          "REGR_AVGY",
          "REGR_SXX",
          "REGR_SYY",
          "REGR_SXY",
          "ROW_NUMBER",
          "RANK",
          "DENSE_RANK",
          "CUME_DIST",
          "PERCENT_RANK",
          "NTILE",
          "LAG",
          "LEAD",
          "FIRST_VALUE",
          "LAST_VALUE",
          "NTH_VALUE",
          "PERCENTILE_CONT",
          "PERCENTILE_DISC",
          "RATIO_TO_REPORT",
          "BIT_AND_AGG");

  /** Supplied packages: a call to one of these that is not mapped is an action item. */
  private static final Set<String> SUPPLIED_PREFIXES =
      Set.of("DBMS_", "UTL_", "APEX_", "OWA_", "HTP", "HTF", "CTX_", "SDO_", "ORD_", "XDB");

  private final OraLower l;

  OraFunctions(OraLower lower) {
    this.l = lower;
  }

  private OraContext cx() {
    return l.cx;
  }

  /** A function call: a built-in or supplied function, or a user routine. */
  Expr call(QName name, PlSqlParser.Call_argumentsContext argsCtx, ParserRuleContext node) {
    List<Expr> a = l.elements.arguments(argsCtx);
    boolean distinct =
        argsCtx instanceof PlSqlParser.ArgumentListContext list
            && list.set_quantifier != null
            && list.set_quantifier.getType() != PlSqlParser.ALL;
    String upper =
        name.size() == 1
            ? name.last().text().toUpperCase(Locale.ROOT)
            : name.size() == 2
                ? (name.parts().get(0).text() + "." + name.last().text()).toUpperCase(Locale.ROOT)
                : null;
    if (upper != null) {
      Expr builtin = builtin(upper, a, distinct, argsCtx, node);
      if (builtin != null) {
        return builtin;
      }
      if (name.size() == 2 && isSupplied(name.parts().get(0).text())) {
        return cx().unsupported(
                node,
                OraItems.SUPPLIED_PACKAGE,
                upper
                    + " has no "
                    + (cx().mysql ? "MySQL" : "PostgreSQL")
                    + " equivalent: replace the call");
      }
    }
    return new Expr.FunctionCall(
        OraUnits.routineName(cx(), name), a, distinct, null, null, null, cx().span(node));
  }

  static boolean isSupplied(String packageName) {
    String p = packageName.toUpperCase(Locale.ROOT);
    for (String prefix : SUPPLIED_PREFIXES) {
      if (p.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private Expr builtin(
      String name,
      List<Expr> a,
      boolean distinct,
      PlSqlParser.Call_argumentsContext argsCtx,
      ParserRuleContext node) {
    int n = a.size();
    io.godwit.ir.SourceSpan span = cx().span(node);
    switch (name) {
      case "NVL":
        return n == 2 ? Expr.Builtin.of(BuiltinFn.COALESCE, a.get(0), a.get(1)) : null;
      case "NVL2":
        return n == 3
            ? new Expr.Case(
                null, List.of(new Expr.When(new Expr.IsNull(a.get(0), true), a.get(1))), a.get(2))
            : null;
      case "DECODE":
        return n >= 3 ? decode(a) : null;
      case "COALESCE":
        return n >= 1 ? new Expr.Builtin(BuiltinFn.COALESCE, a, null, span) : null;
      case "NULLIF":
        return n == 2 ? Expr.Builtin.of(BuiltinFn.NULLIF, a.get(0), a.get(1)) : null;
      case "GREATEST":
      case "LEAST":
        return n >= 1
            ? nullIfAnyNull(
                new Expr.Builtin(
                    name.equals("GREATEST") ? BuiltinFn.GREATEST : BuiltinFn.LEAST, a, null, span),
                a)
            : null;
      case "SUBSTR":
      case "SUBSTRB":
      case "SUBSTRC":
        return n >= 2 && n <= 3
            ? emptyIsNull(new Expr.Builtin(BuiltinFn.SUBSTRING, a, null, span))
            : null;
      case "INSTR":
      case "INSTRB":
      case "INSTRC":
        return n >= 2 && n <= 4 ? new Expr.Builtin(BuiltinFn.POSITION, a, null, span) : null;
      case "LENGTH":
      case "LENGTHC":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.LENGTH, a.get(0)) : null;
      case "LENGTHB":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.OCTET_LENGTH, a.get(0)) : null;
      case "UPPER":
      case "NLS_UPPER":
        return n >= 1 ? Expr.Builtin.of(BuiltinFn.UPPER, a.get(0)) : null;
      case "LOWER":
      case "NLS_LOWER":
        return n >= 1 ? Expr.Builtin.of(BuiltinFn.LOWER, a.get(0)) : null;
      case "INITCAP":
      case "NLS_INITCAP":
        return n >= 1 ? Expr.Builtin.of(BuiltinFn.INITCAP, a.get(0)) : null;
      case "LPAD":
      case "RPAD":
        return n >= 2 && n <= 3
            ? pad(name.equals("LPAD") ? BuiltinFn.LPAD : BuiltinFn.RPAD, a, span)
            : null;
      case "LTRIM":
        return n >= 1 && n <= 2
            ? emptyIsNull(new Expr.Builtin(BuiltinFn.LTRIM, a, null, span))
            : null;
      case "RTRIM":
        return n >= 1 && n <= 2
            ? emptyIsNull(new Expr.Builtin(BuiltinFn.RTRIM, a, null, span))
            : null;
      case "REPLACE":
        return n >= 2 && n <= 3
            ? emptyIsNull(new Expr.Builtin(BuiltinFn.REPLACE, a, null, span))
            : null;
      case "TRANSLATE":
        return n == 3 ? emptyIsNull(new Expr.Builtin(BuiltinFn.TRANSLATE, a, null, span)) : null;
      case "CONCAT":
        return n == 2 ? new Expr.Binary(BinaryOp.CONCAT_NULL_AS_EMPTY, a.get(0), a.get(1)) : null;
      case "CHR":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.CHR, a.get(0)) : null;
      case "ASCII":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.ASCII, a.get(0)) : null;
      case "REVERSE":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.REVERSE, a.get(0)) : null;
      case "REGEXP_LIKE":
        return n >= 2 && n <= 3 ? new Expr.Builtin(BuiltinFn.REGEXP_LIKE, a, null, span) : null;
      case "REGEXP_REPLACE":
        return n >= 2 && n <= 6
            ? emptyIsNull(new Expr.Builtin(BuiltinFn.REGEXP_REPLACE, a, null, span))
            : null;
      case "REGEXP_SUBSTR":
        return n >= 2 && n <= 6
            ? emptyIsNull(new Expr.Builtin(BuiltinFn.REGEXP_SUBSTR, a, null, span))
            : null;
      case "REGEXP_INSTR":
        return n >= 2 && n <= 7 ? new Expr.Builtin(BuiltinFn.REGEXP_INSTR, a, null, span) : null;
      case "REGEXP_COUNT":
        return n >= 2 && n <= 4 ? new Expr.Builtin(BuiltinFn.REGEXP_COUNT, a, null, span) : null;
      case "TO_CHAR":
      case "TO_NCHAR":
        return n >= 1 ? toChar(a, node) : null;
      case "TO_DATE":
        if (n == 1) {
          cx().note(
                  node,
                  OraItems.NLS_DEPENDENT,
                  "TO_DATE without a format uses NLS_DATE_FORMAT; give the format");
        }
        return n >= 1
            ? new Expr.Builtin(BuiltinFn.TO_DATE, a.subList(0, Math.min(n, 2)), null, span)
            : null;
      case "TO_TIMESTAMP":
        return n >= 1
            ? new Expr.Builtin(BuiltinFn.TO_TIMESTAMP, a.subList(0, Math.min(n, 2)), null, span)
            : null;
      case "TO_TIMESTAMP_TZ":
        return n >= 1
            ? new Expr.Cast(
                new Expr.Builtin(BuiltinFn.TO_TIMESTAMP, a.subList(0, Math.min(n, 2)), null, span),
                SqlType.of(TypeKind.TIMESTAMP_TZ),
                false)
            : null;
      case "TO_NUMBER":
      case "TO_BINARY_DOUBLE":
      case "TO_BINARY_FLOAT":
        return n >= 1
            ? new Expr.Builtin(BuiltinFn.TO_NUMBER, a.subList(0, Math.min(n, 2)), null, span)
            : null;
      case "TO_CLOB":
      case "TO_NCLOB":
        return n == 1 ? new Expr.Cast(a.get(0), SqlType.of(TypeKind.CLOB), false) : null;
      case "TRUNC":
        return n >= 1 && n <= 2 ? trunc(a, node, false) : null;
      case "ROUND":
        return n >= 1 && n <= 2 ? trunc(a, node, true) : null;
      case "ADD_MONTHS":
        return n == 2 ? new Expr.Builtin(BuiltinFn.ADD_MONTHS, a, null, span) : null;
      case "MONTHS_BETWEEN":
        return n == 2 ? new Expr.Builtin(BuiltinFn.MONTHS_BETWEEN, a, null, span) : null;
      case "LAST_DAY":
        return n == 1 ? new Expr.Builtin(BuiltinFn.LAST_DAY, a, null, span) : null;
      case "NEXT_DAY":
        return n == 2 ? new Expr.Builtin(BuiltinFn.NEXT_DAY, a, null, span) : null;
      case "MOD":
        return n == 2 ? new Expr.Builtin(BuiltinFn.MOD, a, null, span) : null;
      case "ABS":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.ABS, a.get(0)) : null;
      case "CEIL":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.CEIL, a.get(0)) : null;
      case "FLOOR":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.FLOOR, a.get(0)) : null;
      case "SIGN":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.SIGN, a.get(0)) : null;
      case "SQRT":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.SQRT, a.get(0)) : null;
      case "EXP":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.EXP, a.get(0)) : null;
      case "LN":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.LN, a.get(0)) : null;
      case "LOG":
        return n == 2 ? Expr.Builtin.of(BuiltinFn.LOG, a.get(0), a.get(1)) : null;
      case "POWER":
        return n == 2 ? Expr.Builtin.of(BuiltinFn.POWER, a.get(0), a.get(1)) : null;
      case "BITAND":
        return n == 2 ? new Expr.Binary(BinaryOp.BIT_AND, a.get(0), a.get(1)) : null;
      case "SYS_GUID":
        return n == 0
            ? new Expr.Cast(
                Expr.Builtin.of(BuiltinFn.NEW_UUID), SqlType.sized(TypeKind.VARBINARY, 16), false)
            : null;
      case "SYS_CONTEXT":
        return n >= 2 ? sysContext(a, node) : null;
      case "EMPTY_CLOB":
        return n == 0 ? Expr.Literal.string("") : null;
      case "EMPTY_BLOB":
        return n == 0 ? new Expr.Literal(LiteralKind.BINARY, "") : null;
      case "LISTAGG":
        return n >= 1
            ? new Expr.StringAgg(a.get(0), n > 1 ? a.get(1) : null, distinct, null)
            : null;
      case "WM_CONCAT":
        return n == 1
            ? new Expr.StringAgg(a.get(0), Expr.Literal.string(","), distinct, null)
            : null;
      case "MEDIAN":
        return n == 1
            ? new Expr.FunctionCall(
                QName.of("percentile_cont"),
                List.of(Expr.Literal.number("0.5")),
                false,
                List.of(OrderItem.asc(a.get(0))),
                null,
                null,
                span)
            : null;
      case "DBMS_LOB.GETLENGTH":
        return n == 1 ? Expr.Builtin.of(BuiltinFn.LENGTH, a.get(0)) : null;
      case "DBMS_LOB.SUBSTR":
        return n >= 1 && n <= 3
            ? emptyIsNull(
                new Expr.Builtin(
                    BuiltinFn.SUBSTRING,
                    List.of(
                        a.get(0),
                        n > 2 ? a.get(2) : Expr.Literal.number(1),
                        n > 1 ? a.get(1) : Expr.Literal.number(32767)),
                    null,
                    span))
            : null;
      case "DBMS_LOB.INSTR":
        return n >= 2 && n <= 4 ? new Expr.Builtin(BuiltinFn.POSITION, a, null, span) : null;
      case "DBMS_UTILITY.FORMAT_ERROR_STACK":
      case "DBMS_UTILITY.FORMAT_ERROR_BACKTRACE":
      case "DBMS_UTILITY.FORMAT_CALL_STACK":
        return n == 0 ? Expr.Builtin.of(BuiltinFn.ERROR_STACK) : null;
      case "DBMS_RANDOM.VALUE":
        return random(a);
      case "SYS_CONNECT_BY_PATH":
        return n == 2 ? new Expr.Builtin(BuiltinFn.SYS_CONNECT_BY_PATH, a, null, span) : null;
      default:
        if (name.indexOf('.') < 0 && STANDARD.contains(name)) {
          return new Expr.FunctionCall(
              QName.of(name.toLowerCase(Locale.ROOT)), a, distinct, null, null, null, span);
        }
        return null;
    }
  }

  /** Zero-argument built-ins written without parentheses; null when the name is not one. */
  Expr zeroArgument(String name, ParserRuleContext node) {
    return switch (name) {
      case "SYSTIMESTAMP", "CURRENT_TIMESTAMP" -> Expr.Builtin.of(BuiltinFn.CURRENT_TIMESTAMP);
      case "LOCALTIMESTAMP" -> Expr.Builtin.of(BuiltinFn.LOCAL_TIMESTAMP);
      case "CURRENT_DATE" -> OraExpr.sysdate(cx().span(node));
      case "SQLERRM" -> Expr.Builtin.of(BuiltinFn.ERROR_MESSAGE);
      case "SQLCODE" -> {
        cx().note(
                node,
                OraItems.SQLCODE,
                cx().mysql
                    ? "SQLCODE is MySQL's error number, not Oracle's negative number: compare"
                        + " with MySQL error numbers"
                    : "SQLCODE is the SQLSTATE text on PostgreSQL, not Oracle's negative number:"
                        + " compare with SQLSTATE codes");
        yield Expr.Builtin.of(BuiltinFn.ERROR_CODE);
      }
      case "SESSIONTIMEZONE", "DBTIMEZONE" ->
          Expr.FunctionCall.of("current_setting", Expr.Literal.string("TimeZone"));
      case "INSERTING" -> cx().trigger == null ? null : Expr.Builtin.of(BuiltinFn.INSERTING);
      case "UPDATING" -> cx().trigger == null ? null : Expr.Builtin.of(BuiltinFn.UPDATING);
      case "DELETING" -> cx().trigger == null ? null : Expr.Builtin.of(BuiltinFn.DELETING);
      case "DBMS_RANDOM" -> null;
      default -> null;
    };
  }

  /**
   * Oracle has no empty string: functions that would return '' return NULL. Wrapping keeps tests
   * such as {@code TRIM(x) IS NULL} meaning what they meant.
   */
  static Expr emptyIsNull(Expr e) {
    return Expr.Builtin.of(BuiltinFn.NULLIF, e, Expr.Literal.string(""));
  }

  /** GREATEST/LEAST are NULL in Oracle when any argument is; PostgreSQL skips NULLs. */
  private static Expr nullIfAnyNull(Expr call, List<Expr> args) {
    Expr anyNull = null;
    for (Expr arg : args) {
      if (arg instanceof Expr.Literal lit && lit.kind() != LiteralKind.NULL) {
        continue;
      }
      Expr test = new Expr.IsNull(arg, false);
      anyNull = anyNull == null ? test : new Expr.Binary(BinaryOp.OR, anyNull, test);
    }
    if (anyNull == null) {
      return call;
    }
    return new Expr.Case(null, List.of(new Expr.When(anyNull, Expr.Literal.NULL)), call);
  }

  /** DECODE: NULL matches NULL; a simple CASE when every search value is a non-NULL literal. */
  private static Expr decode(List<Expr> a) {
    Expr subject = a.get(0);
    boolean simple = true;
    for (int i = 1; i + 1 < a.size(); i += 2) {
      if (!(a.get(i) instanceof Expr.Literal lit) || lit.kind() == LiteralKind.NULL) {
        simple = false;
      }
    }
    List<Expr.When> whens = new ArrayList<>();
    for (int i = 1; i + 1 < a.size(); i += 2) {
      Expr search = a.get(i);
      Expr condition;
      if (simple) {
        condition = search;
      } else if (search instanceof Expr.Literal lit && lit.kind() == LiteralKind.NULL) {
        condition = new Expr.IsNull(subject, false);
      } else if (search instanceof Expr.Literal) {
        condition = new Expr.Binary(BinaryOp.EQ, subject, search);
      } else {
        condition = new Expr.Binary(BinaryOp.IS_NOT_DISTINCT_FROM, subject, search);
      }
      whens.add(new Expr.When(condition, a.get(i + 1)));
    }
    Expr otherwise = a.size() % 2 == 0 ? a.get(a.size() - 1) : null;
    return new Expr.Case(simple ? subject : null, whens, otherwise);
  }

  private static Expr pad(BuiltinFn fn, List<Expr> a, io.godwit.ir.SourceSpan span) {
    Expr call = new Expr.Builtin(fn, a, null, span);
    boolean positiveLength =
        a.get(1) instanceof Expr.Literal lit
            && lit.kind() == LiteralKind.NUMBER
            && !lit.value().startsWith("-")
            && !lit.value().equals("0");
    return positiveLength ? call : emptyIsNull(call);
  }

  private Expr toChar(List<Expr> a, ParserRuleContext node) {
    if (a.size() > 2) {
      cx().note(node, OraItems.NLS_DEPENDENT, "TO_CHAR's NLS parameter is not kept");
    }
    if (a.size() == 1 && OraTyping.isDateLike(OraTyping.of(a.get(0)))) {
      cx().note(
              node,
              OraItems.NLS_DEPENDENT,
              "TO_CHAR of a date without a format uses NLS_DATE_FORMAT; DD-MON-RR is assumed");
      return Expr.Builtin.of(BuiltinFn.TO_CHAR, a.get(0), Expr.Literal.string("DD-MON-RR"));
    }
    return new Expr.Builtin(
        BuiltinFn.TO_CHAR, a.subList(0, Math.min(a.size(), 2)), null, cx().span(node));
  }

  /** TRUNC and ROUND of dates (to a format element) and of numbers. */
  private Expr trunc(List<Expr> a, ParserRuleContext node, boolean round) {
    Expr value = a.get(0);
    String format =
        a.size() > 1 && a.get(1) instanceof Expr.Literal lit && lit.kind() == LiteralKind.STRING
            ? lit.value()
            : null;
    boolean date =
        OraTyping.isDateLike(OraTyping.of(value)) || (format != null && !isNumber(format));
    if (!date) {
      return new Expr.Builtin(round ? BuiltinFn.ROUND : BuiltinFn.TRUNC, a, null, cx().span(node));
    }
    DatePart part = format == null ? DatePart.DAY : datePart(format);
    if (round || part == null) {
      return cx().unsupported(
              node,
              OraItems.EXPRESSION,
              (round ? "ROUND" : "TRUNC")
                  + " of a date to '"
                  + format
                  + "' has no direct equivalent");
    }
    return new Expr.Cast(
        new Expr.Builtin(BuiltinFn.DATE_TRUNC, List.of(value), part, cx().span(node)),
        SqlType.sized(TypeKind.TIMESTAMP, 0).withSource("DATE"),
        false);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (char c : s.toCharArray()) {
      if (!Character.isDigit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** The unit a TRUNC(date, fmt) format names, or null when there is no neutral one. */
  static DatePart datePart(String format) {
    return switch (format.toUpperCase(Locale.ROOT).strip()) {
      case "SYYYY", "YYYY", "YEAR", "SYEAR", "YYY", "YY", "Y" -> DatePart.YEAR;
      case "Q" -> DatePart.QUARTER;
      case "MONTH", "MON", "MM", "RM" -> DatePart.MONTH;
      case "IW" -> DatePart.ISO_WEEK;
      case "DDD", "DD", "J" -> DatePart.DAY;
      case "HH", "HH12", "HH24" -> DatePart.HOUR;
      case "MI" -> DatePart.MINUTE;
      default -> null;
    };
  }

  private Expr sysContext(List<Expr> a, ParserRuleContext node) {
    if (a.get(0) instanceof Expr.Literal ns
        && "USERENV".equalsIgnoreCase(ns.value())
        && a.get(1) instanceof Expr.Literal key) {
      switch (key.value().toUpperCase(Locale.ROOT)) {
        case "SESSION_USER", "CURRENT_USER", "OS_USER" -> {
          return Expr.Builtin.of(BuiltinFn.CURRENT_USER);
        }
        case "CURRENT_SCHEMA" -> {
          return Expr.FunctionCall.of("current_schema");
        }
        case "DB_NAME" -> {
          return Expr.FunctionCall.of("current_database");
        }
        default -> {
          // fall through to the item
        }
      }
    }
    return cx().unsupported(
            node, OraItems.SUPPLIED_PACKAGE, "SYS_CONTEXT with these arguments has no equivalent");
  }

  private static Expr random(List<Expr> a) {
    if (a.isEmpty()) {
      return Expr.Builtin.of(BuiltinFn.RANDOM);
    }
    if (a.size() == 2) {
      Expr range = new Expr.Binary(BinaryOp.SUBTRACT, a.get(1), a.get(0));
      return new Expr.Binary(
          BinaryOp.ADD,
          a.get(0),
          new Expr.Binary(BinaryOp.MULTIPLY, Expr.Builtin.of(BuiltinFn.RANDOM), range));
    }
    return null;
  }
}
