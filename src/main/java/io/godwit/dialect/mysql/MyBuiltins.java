package io.godwit.dialect.mysql;

import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import java.math.BigDecimal;
import java.util.List;

/**
 * Neutral built-in functions as MySQL expressions. Dates, regular expressions and conversions have
 * classes of their own ({@link MyDates}, {@link MyRegex}, {@link MyConversions}).
 */
final class MyBuiltins {

  private final MyRender r;
  private final MyDates dates;
  private final MyRegex regex;
  private final MyConversions conversions;

  MyBuiltins(MyRender render) {
    this.r = render;
    this.dates = new MyDates(render);
    this.regex = new MyRegex(render);
    this.conversions = new MyConversions(render);
  }

  void write(Expr.Builtin e) {
    List<Expr> a = e.args();
    switch (e.fn()) {
      case COALESCE -> call("COALESCE", a);
      case NULLIF -> call("NULLIF", a);
      case GREATEST -> call("GREATEST", a);
      case LEAST -> call("LEAST", a);
      case LENGTH -> call("CHAR_LENGTH", a);
      case OCTET_LENGTH -> call("LENGTH", a);
      case UPPER -> call("UPPER", a);
      case LOWER -> call("LOWER", a);
      case INITCAP -> compat("initcap", a);
      case SUBSTRING -> substring(a);
      case POSITION -> position(a);
      case LEFT -> call("LEFT", a);
      case RIGHT -> call("RIGHT", a);
      case LPAD -> pad("LPAD", a);
      case RPAD -> pad("RPAD", a);
      case LTRIM -> trim(a, true, false);
      case RTRIM -> trim(a, false, true);
      case TRIM -> trim(a, true, true);
      case REPLACE -> replace(a);
      case TRANSLATE -> compat("translate", a);
      case REVERSE -> call("REVERSE", a);
      case REPEAT -> call("REPEAT", a);
      case ASCII -> call("ORD", a);
      case CHR -> {
        r.write("CHAR(");
        r.expr(a.get(0));
        r.write(" USING utf8mb4)");
      }
      case OVERLAY -> {
        r.write("INSERT(");
        r.expr(a.get(0));
        r.write(", ");
        r.expr(a.get(1));
        r.write(", ");
        r.expr(a.get(2));
        r.write(", ");
        r.expr(a.get(3));
        r.write(")");
      }
      case REGEXP_LIKE, REGEXP_REPLACE, REGEXP_SUBSTR, REGEXP_INSTR, REGEXP_COUNT -> regex.write(e);
      case TO_CHAR, TO_DATE, TO_TIMESTAMP, TO_NUMBER -> conversions.write(e);
      case ABS -> call("ABS", a);
      case CEIL -> call("CEILING", a);
      case FLOOR -> call("FLOOR", a);
      case ROUND -> {
        SqlType roundType = MyTypeOf.of(a.get(0));
        if (e.part() != null && (roundType == null || !roundType.isNumeric())) {
          dates.round(e);
        } else {
          call("ROUND", a);
        }
      }
      case TRUNC -> {
        r.write("TRUNCATE(");
        r.expr(a.get(0));
        r.write(", ");
        if (a.size() > 1) {
          r.expr(a.get(1));
        } else {
          r.write("0");
        }
        r.write(")");
      }
      case MOD -> mod(a);
      case POWER -> call("POWER", a);
      case SQRT -> call("SQRT", a);
      case EXP -> call("EXP", a);
      case LN -> call("LN", a);
      case LOG -> call("LOG", a);
      case SIGN -> call("SIGN", a);
      case RANDOM -> r.write("RAND()");
      case CURRENT_TIMESTAMP, LOCAL_TIMESTAMP, CURRENT_DATE, UTC_TIMESTAMP -> dates.now(e.fn());
      case DATE_ADD -> dates.add(e);
      case DATE_DIFF -> dates.diff(e);
      case DAYS_BETWEEN -> {
        // Fractional days, as Oracle's date - date; a DOUBLE keeps the seconds' fractions.
        r.write("(TIMESTAMPDIFF(MICROSECOND, ");
        r.expr(a.get(1));
        r.write(", ");
        r.expr(a.get(0));
        r.write(") / 86400000000e0)");
      }
      case DATE_TRUNC -> dates.trunc(e.part(), a.get(0));
      case EXTRACT -> dates.extract(e.part(), a.get(0));
      case ADD_MONTHS -> compat("add_months", a);
      case MONTHS_BETWEEN -> compat("months_between", a);
      case LAST_DAY -> {
        r.write("TIMESTAMP(LAST_DAY(");
        r.expr(a.get(0));
        r.write("), TIME(");
        r.expr(a.get(0));
        r.write("))");
      }
      case NEXT_DAY -> compat("next_day", a);
      case DATE_NAME -> {
        r.write(e.part() == io.godwit.ir.expr.DatePart.MONTH ? "MONTHNAME(" : "DAYNAME(");
        r.expr(a.get(0));
        r.write(")");
      }
      case END_OF_MONTH -> dates.endOfMonth(a);
      case NEW_UUID -> MyUuids.newUuid(r);
      case ROW_COUNT -> r.write(r.procedural() ? MyRoutineState.ROW_COUNT : "ROW_COUNT()");
      case LAST_IDENTITY -> r.write("LAST_INSERT_ID()");
      case CURRENT_USER -> r.write("SUBSTRING_INDEX(USER(), '@', 1)");
      case ERROR_CODE, ERROR_MESSAGE, ERROR_STATE, ERROR_STACK -> MyConditions.errorInfo(r, e);
      case CURSOR_FOUND, CURSOR_NOT_FOUND, CURSOR_IS_OPEN, CURSOR_ROW_COUNT ->
          MyCursors.attribute(r, e);
      case COLLECTION_COUNT,
              COLLECTION_FIRST,
              COLLECTION_LAST,
              COLLECTION_EXISTS,
              COLLECTION_NEXT,
              COLLECTION_PRIOR,
              COLLECTION_DELETE ->
          r.unsupported(
              MyItems.COLLECTION,
              "collection method " + e.fn() + " has no MySQL form",
              e.span(),
              e.fn().name(),
              "NULL");
      case INSERTING, UPDATING, DELETING -> MyTriggers.predicate(r, e);
      case LEVEL, CONNECT_BY_ROOT, SYS_CONNECT_BY_PATH, CONNECT_BY_IS_LEAF, ROWNUM ->
          r.unsupported(
              MyItems.LEFTOVER_CONSTRUCT,
              e.fn()
                  + " is only meaningful in a hierarchical or row-limited query Godwit"
                  + " could not rewrite",
              e.span(),
              e.fn().name(),
              "NULL");
    }
  }

  void call(String name, List<Expr> args) {
    r.write(name + "(");
    r.exprs(args);
    r.write(")");
  }

  void compat(String name, List<Expr> args) {
    call(r.compatFunction(name), args);
  }

  /** SUBSTRING: Oracle's start 0 counts as 1, MySQL's gives an empty string. */
  private void substring(List<Expr> a) {
    Expr start = a.get(1);
    BigDecimal v = MyTypeOf.numberValue(start);
    if (v != null || !MyTypeOf.isSimple(start)) {
      if (v == null) {
        r.write(r.compatFunction("substr") + "(");
        r.expr(a.get(0));
        r.write(", ");
        r.expr(start);
        r.write(", ");
        if (a.size() > 2) {
          r.expr(a.get(2));
        } else {
          r.write("NULL");
        }
        r.write(")");
        return;
      }
      r.write("SUBSTRING(");
      r.expr(a.get(0));
      r.write(", ");
      if (v.signum() == 0) {
        r.write("1");
      } else {
        r.expr(start);
      }
    } else {
      r.write("SUBSTRING(");
      r.expr(a.get(0));
      r.write(", IF(");
      r.operand(start, MyExpressions.COMPARE, false);
      r.write(" = 0, 1, ");
      r.expr(start);
      r.write(")");
    }
    if (a.size() > 2) {
      r.write(", ");
      r.expr(a.get(2));
    }
    r.write(")");
  }

  /** INSTR: LOCATE for the simple form, the compatibility function otherwise. */
  private void position(List<Expr> a) {
    boolean plainStart = a.size() < 3 || positive(a.get(2));
    boolean firstOccurrence = a.size() < 4 || isOne(a.get(3));
    if (plainStart && firstOccurrence) {
      r.write("LOCATE(");
      r.expr(a.get(1));
      r.write(", ");
      r.expr(a.get(0));
      if (a.size() > 2 && !isOne(a.get(2))) {
        r.write(", ");
        r.expr(a.get(2));
      }
      r.write(")");
      return;
    }
    r.write(r.compatFunction("instr") + "(");
    r.exprs(a.subList(0, 2));
    r.write(", ");
    if (a.size() > 2) {
      r.expr(a.get(2));
    } else {
      r.write("1");
    }
    r.write(", ");
    if (a.size() > 3) {
      r.expr(a.get(3));
    } else {
      r.write("1");
    }
    r.write(")");
  }

  private static boolean isOne(Expr e) {
    BigDecimal v = MyTypeOf.numberValue(e);
    return v != null && v.compareTo(BigDecimal.ONE) == 0;
  }

  private static boolean positive(Expr e) {
    BigDecimal v = MyTypeOf.numberValue(e);
    return v != null && v.signum() > 0;
  }

  private void pad(String fn, List<Expr> a) {
    r.write(fn + "(");
    r.expr(a.get(0));
    r.write(", ");
    r.expr(a.get(1));
    r.write(", ");
    if (a.size() > 2) {
      r.expr(a.get(2));
    } else {
      r.write("' '");
    }
    r.write(")");
  }

  /**
   * LTRIM/RTRIM/TRIM: without characters MySQL's trim spaces like the sources; one literal
   * character is TRIM(LEADING c FROM s); a set of characters needs the compatibility function,
   * because MySQL removes a string, not a set.
   */
  private void trim(List<Expr> a, boolean leading, boolean trailing) {
    if (a.size() == 1) {
      call(leading && trailing ? "TRIM" : leading ? "LTRIM" : "RTRIM", a);
      return;
    }
    String chars = MyTypeOf.stringValue(a.get(1));
    if (chars != null && chars.codePointCount(0, chars.length()) == 1) {
      r.write("TRIM(" + (leading && trailing ? "BOTH " : leading ? "LEADING " : "TRAILING "));
      r.expr(a.get(1));
      r.write(" FROM ");
      r.expr(a.get(0));
      r.write(")");
      return;
    }
    r.write(r.compatFunction("trim_set") + "(");
    r.expr(a.get(0));
    r.write(", ");
    r.expr(a.get(1));
    r.write(leading ? ", TRUE" : ", FALSE");
    r.write(trailing ? ", TRUE)" : ", FALSE)");
  }

  /** REPLACE: a NULL or missing replacement removes (Oracle); MySQL would return NULL. */
  private void replace(List<Expr> a) {
    r.write("REPLACE(");
    r.expr(a.get(0));
    r.write(", ");
    r.expr(a.get(1));
    r.write(", ");
    if (a.size() < 3) {
      r.write("''");
    } else if (a.get(2) instanceof Expr.Literal l
        && l.kind() != io.godwit.ir.expr.LiteralKind.NULL) {
      r.expr(a.get(2));
    } else {
      r.write("COALESCE(");
      r.expr(a.get(2));
      r.write(", '')");
    }
    r.write(")");
  }

  /** Oracle MOD(a, 0) is a; MySQL's is NULL. */
  private void mod(List<Expr> a) {
    BigDecimal divisor = MyTypeOf.numberValue(a.get(1));
    if (divisor != null && divisor.signum() != 0) {
      call("MOD", a);
      return;
    }
    r.write("CASE WHEN ");
    r.operand(a.get(1), MyExpressions.COMPARE, false);
    r.write(" = 0 THEN ");
    r.expr(a.get(0));
    r.write(" ELSE MOD(");
    r.exprs(a);
    r.write(") END");
  }
}
