package io.godwit.dialect.postgres;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Neutral built-in functions as PostgreSQL 15 expressions. */
final class PgBuiltins {

  private final PgRender r;

  PgBuiltins(PgRender render) {
    this.r = render;
  }

  void write(Expr.Builtin e) {
    List<Expr> a = e.args();
    if (PgMaps.collection(e.fn()) && new PgMaps(r).builtin(e)) {
      return;
    }
    switch (e.fn()) {
      case COALESCE -> call("coalesce", a);
      case NULLIF -> call("nullif", a);
      case GREATEST -> call("greatest", a);
      case LEAST -> call("least", a);
      case LENGTH -> call("length", a);
      case OCTET_LENGTH -> call("octet_length", a);
      case UPPER -> call("upper", a);
      case LOWER -> call("lower", a);
      case INITCAP -> call("initcap", a);
      case SUBSTRING -> substring(a);
      case POSITION -> position(e);
      case LEFT -> call("left", a);
      case RIGHT -> call("right", a);
      case LPAD -> call("lpad", a);
      case RPAD -> call("rpad", a);
      case LTRIM -> call("ltrim", a);
      case RTRIM -> call("rtrim", a);
      case TRIM -> call("btrim", a);
      case REPLACE -> replace(a);
      case TRANSLATE -> call("translate", a);
      case REVERSE -> call("reverse", a);
      case REPEAT -> call("repeat", a);
      case ASCII -> call("ascii", a);
      case CHR -> call("chr", a);
      case OVERLAY -> {
        r.write("overlay(");
        r.expr(a.get(0));
        r.write(" placing ");
        r.expr(a.get(3));
        r.write(" from ");
        r.expr(a.get(1));
        r.write(" for ");
        r.expr(a.get(2));
        r.write(")");
      }
      case REGEXP_LIKE -> regexpLike(e);
      case REGEXP_REPLACE -> regexpReplace(e);
      case REGEXP_SUBSTR -> regexpWithFlags(e, "regexp_substr", 4);
      case REGEXP_INSTR -> regexpWithFlags(e, "regexp_instr", 5);
      case REGEXP_COUNT -> regexpWithFlags(e, "regexp_count", 3);
      case TO_CHAR -> toChar(e);
      case TO_DATE -> toDate(e, "timestamp(0)");
      case TO_TIMESTAMP -> toDate(e, "timestamp");
      case TO_NUMBER -> toNumber(e);
      case ABS -> call("abs", a);
      case CEIL -> call("ceil", a);
      case FLOOR -> call("floor", a);
      case ROUND -> roundOrTrunc("round", a);
      case TRUNC -> roundOrTrunc("trunc", a);
      case MOD -> call("mod", a);
      case POWER -> call("power", a);
      case SQRT -> call("sqrt", a);
      case EXP -> call("exp", a);
      case LN -> call("ln", a);
      case LOG -> {
        r.write("log(");
        numeric(a.get(0));
        r.write(", ");
        numeric(a.get(1));
        r.write(")");
      }
      case SIGN -> call("sign", a);
      case RANDOM -> r.write("random()");
      case CURRENT_TIMESTAMP -> r.write("statement_timestamp()");
      case LOCAL_TIMESTAMP -> r.write("statement_timestamp()::timestamp");
      case CURRENT_DATE -> r.write("current_date");
      case UTC_TIMESTAMP -> r.write("(statement_timestamp() AT TIME ZONE 'UTC')");
      case DATE_ADD -> dateAdd(e);
      case DATE_DIFF -> dateDiff(e);
      case DAYS_BETWEEN -> {
        r.write("(extract(epoch FROM ");
        r.operand(a.get(0), PgExpressions.ADD, false);
        r.write(" - ");
        r.operand(a.get(1), PgExpressions.ADD, true);
        r.write(") / 86400)");
      }
      case DATE_TRUNC -> {
        r.write("date_trunc('" + truncUnit(e.part()) + "', ");
        r.expr(a.get(0));
        r.write(")");
      }
      case EXTRACT -> extract(e.part(), a.get(0));
      case ADD_MONTHS -> compat("add_months", a);
      case MONTHS_BETWEEN -> compat("months_between", a);
      case LAST_DAY -> compat("last_day", a);
      case NEXT_DAY -> compat("next_day", a);
      case DATE_NAME -> {
        r.write("to_char(");
        r.expr(a.get(0));
        r.write(e.part() == DatePart.MONTH ? ", 'FMMonth')" : ", 'FMDay')");
      }
      case END_OF_MONTH -> endOfMonth(a);
      case NEW_UUID -> r.write("gen_random_uuid()");
      case ROW_COUNT -> r.write(PgProcedural.ROW_COUNT_VARIABLE);
      case LAST_IDENTITY -> r.write("lastval()");
      case CURRENT_USER -> r.write("current_user");
      case ERROR_CODE -> r.write("SQLSTATE");
      case ERROR_MESSAGE -> r.write("SQLERRM");
      case ERROR_STATE -> r.write("SQLSTATE");
      case ERROR_STACK -> r.write("SQLERRM");
      case CURSOR_FOUND -> r.write("FOUND");
      case CURSOR_NOT_FOUND -> r.write("NOT FOUND");
      case COLLECTION_COUNT -> {
        r.write("coalesce(cardinality(");
        r.expr(a.get(0));
        r.write("), 0)");
      }
      case COLLECTION_FIRST -> arrayBound("array_lower", a.get(0));
      case COLLECTION_LAST -> arrayBound("array_upper", a.get(0));
      case COLLECTION_EXISTS -> {
        r.write("(");
        r.operand(a.get(1), PgExpressions.RANGE, false);
        r.write(" BETWEEN ");
        arrayBound("array_lower", a.get(0));
        r.write(" AND ");
        arrayBound("array_upper", a.get(0));
        r.write(")");
      }
      case COLLECTION_NEXT -> {
        // NULL past the last element, the first element before it, as in Oracle.
        r.write("CASE WHEN ");
        r.operand(a.get(1), PgExpressions.ADD, false);
        r.write(" < ");
        arrayBound("array_upper", a.get(0));
        r.write(" THEN greatest(");
        r.operand(a.get(1), PgExpressions.ADD, false);
        r.write(" + 1, ");
        arrayBound("array_lower", a.get(0));
        r.write(") END");
      }
      case COLLECTION_PRIOR -> {
        r.write("CASE WHEN ");
        r.operand(a.get(1), PgExpressions.ADD, false);
        r.write(" > ");
        arrayBound("array_lower", a.get(0));
        r.write(" THEN least(");
        r.operand(a.get(1), PgExpressions.ADD, false);
        r.write(" - 1, ");
        arrayBound("array_upper", a.get(0));
        r.write(") END");
      }
      case COLLECTION_DELETE ->
          r.unsupported(
              PgItems.LEFTOVER_CONSTRUCT,
              "deleting one element of an array leaves a gap arrays cannot have",
              e.span(),
              "DELETE",
              "NULL");
      case INSERTING -> r.write("TG_OP = 'INSERT'");
      case DELETING -> r.write("TG_OP = 'DELETE'");
      case UPDATING -> {
        if (a.isEmpty()) {
          r.write("TG_OP = 'UPDATE'");
        } else {
          // Oracle's UPDATING('col') is true when the column is in the SET list even if its
          // value does not change; comparing values is the closest PostgreSQL can tell.
          r.write("(TG_OP = 'UPDATE' AND NEW.");
          r.write(
              PgNames.quote(r.names.naming().name(io.godwit.ir.Ident.of(literalText(a.get(0))))));
          r.write(" IS DISTINCT FROM OLD.");
          r.write(
              PgNames.quote(r.names.naming().name(io.godwit.ir.Ident.of(literalText(a.get(0))))));
          r.write(")");
        }
      }
      case CURSOR_IS_OPEN, CURSOR_ROW_COUNT ->
          r.unsupported(
              PgItems.CURSOR_ATTRIBUTE,
              "PL/pgSQL has no " + e.fn() + " cursor attribute",
              e.span(),
              e.fn().name(),
              "NULL");
      case LEVEL, CONNECT_BY_ROOT, SYS_CONNECT_BY_PATH, CONNECT_BY_IS_LEAF, ROWNUM ->
          r.unsupported(
              PgItems.LEFTOVER_CONSTRUCT,
              e.fn()
                  + " is only meaningful in a hierarchical or row-limited query Godwit"
                  + " could not rewrite",
              e.span(),
              e.fn().name(),
              "NULL");
    }
  }

  private void call(String name, List<Expr> args) {
    r.write(name + "(");
    r.exprs(args);
    r.write(")");
  }

  private void compat(String name, List<Expr> args) {
    r.compat.add(name);
    call(PgCompat.SCHEMA + "." + name, args);
  }

  private void numeric(Expr e) {
    SqlType t = PgExpressions.typeOf(e);
    if (t != null && t.kind() == TypeKind.DECIMAL) {
      r.expr(e);
    } else {
      r.operand(e, PgExpressions.PRIMARY, false);
      r.write("::numeric");
    }
  }

  /** round/trunc(numeric, int): PostgreSQL has no double precision form with digits. */
  private void roundOrTrunc(String name, List<Expr> a) {
    r.write(name + "(");
    if (a.size() == 1) {
      r.expr(a.get(0));
    } else {
      numeric(a.get(0));
      r.write(", ");
      r.expr(a.get(1));
    }
    r.write(")");
  }

  private void replace(List<Expr> a) {
    r.write("replace(");
    r.expr(a.get(0));
    r.write(", ");
    r.expr(a.get(1));
    r.write(", ");
    if (a.size() < 3) {
      r.write("''");
    } else if (a.get(2) instanceof Expr.Literal l && l.kind() != LiteralKind.NULL) {
      r.expr(a.get(2));
    } else {
      r.write("coalesce(");
      r.expr(a.get(2));
      r.write(", '')");
    }
    r.write(")");
  }

  /**
   * SUBSTR: PostgreSQL's substr when the start is a positive constant and any length a non-negative
   * constant; the compatibility function otherwise (Oracle counts a negative start from the end,
   * treats 0 as 1 and gives NULL for a length below 1).
   */
  private void substring(List<Expr> a) {
    BigDecimal start = a.size() >= 2 ? PgExpressions.numberValue(a.get(1)) : null;
    BigDecimal length = a.size() == 3 ? PgExpressions.numberValue(a.get(2)) : null;
    boolean plain =
        start != null
            && start.compareTo(BigDecimal.ONE) >= 0
            && (a.size() == 2 || (length != null && length.signum() >= 0));
    if (plain) {
      call("substr", a);
    } else {
      compat("substr", a);
    }
  }

  /** INSTR: strpos for the simple form, the compatibility function otherwise. */
  private void position(Expr.Builtin e) {
    List<Expr> a = e.args();
    boolean simple =
        a.size() == 2 || (a.size() >= 3 && isOne(a.get(2)) && (a.size() == 3 || isOne(a.get(3))));
    if (simple) {
      call("strpos", a.subList(0, 2));
    } else {
      compat("instr", a);
    }
  }

  private static boolean isOne(Expr e) {
    BigDecimal v = PgExpressions.numberValue(e);
    return v != null && v.compareTo(BigDecimal.ONE) == 0;
  }

  private void regexpLike(Expr.Builtin e) {
    List<Expr> a = e.args();
    r.write("regexp_like(");
    r.expr(a.get(0));
    r.write(", ");
    r.expr(a.get(1));
    flags(a.size() > 2 ? a.get(2) : null, false, e);
    r.write(")");
  }

  /** Oracle replaces every match by default (occurrence 0); PostgreSQL needs the g flag. */
  private void regexpReplace(Expr.Builtin e) {
    List<Expr> a = e.args();
    r.write("regexp_replace(");
    r.expr(a.get(0));
    r.write(", ");
    r.expr(a.get(1));
    r.write(", ");
    if (a.size() > 2) {
      r.expr(a.get(2));
    } else {
      r.write("''");
    }
    boolean all = a.size() < 5 || isZero(a.get(4));
    if (a.size() > 3) {
      r.write(", ");
      r.expr(a.get(3));
      if (!all) {
        r.write(", ");
        r.expr(a.get(4));
      }
    }
    flags(a.size() > 5 ? a.get(5) : null, all, e);
    r.write(")");
  }

  private static boolean isZero(Expr e) {
    BigDecimal v = PgExpressions.numberValue(e);
    return v != null && v.signum() == 0;
  }

  private void regexpWithFlags(Expr.Builtin e, String name, int flagsIndex) {
    List<Expr> a = e.args();
    r.write(name + "(");
    r.exprs(a.subList(0, Math.min(a.size(), flagsIndex)));
    if (a.size() > flagsIndex) {
      flags(a.get(flagsIndex), false, e);
    }
    if (a.size() > flagsIndex + 1) {
      r.write(", ");
      r.exprs(a.subList(flagsIndex + 1, a.size()));
    }
    r.write(")");
  }

  /**
   * Oracle match flags as PostgreSQL's. By default Oracle's dot does not match a newline, which is
   * PostgreSQL's partial newline-sensitive mode p; Oracle's n (dot matches newline) is PostgreSQL's
   * default; m (multi-line anchors) is w, or n when the dot must not match too.
   */
  private void flags(Expr oracleFlags, boolean global, Expr.Builtin e) {
    String text = "";
    if (oracleFlags instanceof Expr.Literal l && l.kind() == LiteralKind.STRING) {
      text = l.value();
    } else if (oracleFlags != null) {
      io.godwit.convert.render.SqlWriter.Mark start = r.out.mark();
      r.write(", ");
      r.expr(oracleFlags);
      r.itemSince(
          start,
          PgItems.REGEXP_FLAGS,
          "regular-expression flags computed at run time are passed unchanged",
          e.span(),
          null);
      return;
    }
    boolean dotAll = text.indexOf('n') >= 0;
    boolean multiLine = text.indexOf('m') >= 0;
    StringBuilder pg = new StringBuilder();
    if (global) {
      pg.append('g');
    }
    if (text.indexOf('i') >= 0 && text.lastIndexOf('c') < text.lastIndexOf('i')) {
      pg.append('i');
    }
    if (text.indexOf('x') >= 0) {
      pg.append('x');
    }
    if (multiLine) {
      pg.append(dotAll ? 'w' : 'n');
    } else if (!dotAll) {
      pg.append('p');
    }
    r.write(", '" + pg + "'");
  }

  private static String literalText(Expr e) {
    return e instanceof Expr.Literal l && l.value() != null ? l.value() : "column";
  }

  private void toChar(Expr.Builtin e) {
    List<Expr> a = e.args();
    if (a.size() == 1) {
      SqlType t = PgExpressions.typeOf(a.get(0));
      if (t != null && t.isNumeric()) {
        // Oracle writes numbers in their shortest form: 3.5, .5, -.25.
        compat("to_char", a);
        return;
      }
      r.operand(a.get(0), PgExpressions.PRIMARY, false);
      r.write("::text");
      return;
    }
    r.write("to_char(");
    r.expr(a.get(0));
    r.write(", ");
    formatModel(a.get(1), e);
    r.write(")");
  }

  /** TO_DATE gives a date-time in Oracle: to_timestamp cast to timestamp without time zone. */
  private void toDate(Expr.Builtin e, String type) {
    List<Expr> a = e.args();
    if (a.size() == 1) {
      r.operand(a.get(0), PgExpressions.PRIMARY, false);
      r.write("::" + type);
      return;
    }
    r.write("to_timestamp(");
    r.expr(a.get(0));
    r.write(", ");
    formatModel(a.get(1), e);
    r.write(")::" + type);
  }

  private void toNumber(Expr.Builtin e) {
    List<Expr> a = e.args();
    if (a.size() == 1) {
      r.operand(a.get(0), PgExpressions.PRIMARY, false);
      r.write("::numeric");
      return;
    }
    r.write("to_number(");
    r.expr(a.get(0));
    r.write(", ");
    formatModel(a.get(1), e);
    r.write(")");
  }

  private void formatModel(Expr model, Expr.Builtin e) {
    if (model instanceof Expr.Literal l && l.kind() == LiteralKind.STRING) {
      PgFormatModels.Result converted = PgFormatModels.fromOracle(l.value());
      if (converted.unsupported() != null) {
        io.godwit.convert.render.SqlWriter.Mark start = r.out.mark();
        r.write(PgNames.literal(converted.model()));
        r.itemSince(
            start,
            PgItems.FORMAT_MODEL,
            "format element " + converted.unsupported() + " has no PostgreSQL equivalent",
            e.span(),
            l.value());
      } else {
        r.write(PgNames.literal(converted.model()));
      }
      return;
    }
    io.godwit.convert.render.SqlWriter.Mark start = r.out.mark();
    r.expr(model);
    r.itemSince(
        start,
        PgItems.FORMAT_MODEL,
        "a format model computed at run time is passed to PostgreSQL unchanged",
        e.span(),
        null);
  }

  private void dateAdd(Expr.Builtin e) {
    List<Expr> a = e.args();
    SqlType baseType = PgExpressions.typeOf(a.get(0));
    boolean keepDate =
        baseType != null && baseType.kind() == TypeKind.DATE && isDayOrLarger(e.part());
    if (keepDate) {
      r.write("(");
    }
    r.operand(a.get(0), PgExpressions.ADD, false);
    r.write(" + ");
    interval(a.get(1), e.part());
    if (keepDate) {
      r.write(")::date");
    }
  }

  private static boolean isDayOrLarger(DatePart p) {
    return switch (p) {
      case YEAR, QUARTER, MONTH, WEEK, ISO_WEEK, DAY, DAY_OF_YEAR, DAY_OF_WEEK -> true;
      default -> false;
    };
  }

  /** {@code n * INTERVAL '1 unit'}, or {@code INTERVAL 'n unit'} for a literal n. */
  private void interval(Expr amount, DatePart part) {
    String unit =
        switch (part) {
          case YEAR -> "year";
          case QUARTER -> "3 months";
          case MONTH -> "month";
          case WEEK, ISO_WEEK -> "7 days";
          case HOUR -> "hour";
          case MINUTE -> "minute";
          case SECOND -> "second";
          case MILLISECOND -> "millisecond";
          case MICROSECOND -> "microsecond";
          case NANOSECOND -> "0.001 microsecond";
          default -> "day";
        };
    BigDecimal n = PgExpressions.numberValue(amount);
    boolean plainUnit = unit.indexOf(' ') < 0;
    if (n != null && plainUnit) {
      r.write("INTERVAL '" + n.toPlainString() + " " + unit + "'");
      return;
    }
    r.operand(amount, PgExpressions.MULTIPLY, false);
    r.write(" * INTERVAL '" + (plainUnit ? "1 " + unit : unit) + "'");
  }

  /** T-SQL DATEDIFF: the number of part boundaries crossed from a[0] to a[1]. */
  private void dateDiff(Expr.Builtin e) {
    Expr from = e.args().get(0);
    Expr to = e.args().get(1);
    switch (e.part()) {
      case YEAR -> {
        r.write("(");
        extract(DatePart.YEAR, to);
        r.write(" - ");
        extract(DatePart.YEAR, from);
        r.write(")::integer");
      }
      case QUARTER, MONTH -> {
        String div = e.part() == DatePart.QUARTER ? "3" : "1";
        r.write("((");
        extract(DatePart.YEAR, to);
        r.write(" - ");
        extract(DatePart.YEAR, from);
        r.write(") * 12 + ");
        extract(DatePart.MONTH, to);
        r.write(" - ");
        extract(DatePart.MONTH, from);
        r.write(")::integer");
        if (!div.equals("1")) {
          r.write(" / 3");
        }
      }
      case DAY, DAY_OF_YEAR, DAY_OF_WEEK -> {
        r.write("(");
        r.operand(to, PgExpressions.PRIMARY, false);
        r.write("::date - ");
        r.operand(from, PgExpressions.PRIMARY, false);
        r.write("::date)");
      }
      case WEEK, ISO_WEEK -> {
        // Weeks start on Sunday for DATEDIFF: count Sundays crossed.
        r.write("((date_trunc('week', ");
        r.operand(to, PgExpressions.PRIMARY, false);
        r.write("::date + 1)::date - date_trunc('week', ");
        r.operand(from, PgExpressions.PRIMARY, false);
        r.write("::date + 1)::date) / 7)");
      }
      default -> {
        String unit = truncUnit(e.part());
        String divisor =
            switch (e.part()) {
              case HOUR -> "3600";
              case MINUTE -> "60";
              case MILLISECOND -> "0.001";
              case MICROSECOND -> "0.000001";
              default -> "1";
            };
        r.write("floor(extract(epoch from date_trunc('" + unit + "', ");
        r.expr(to);
        r.write(") - date_trunc('" + unit + "', ");
        r.expr(from);
        r.write(")) / " + divisor + ")::bigint");
      }
    }
  }

  private void extract(DatePart part, Expr value) {
    String field =
        switch (part) {
          case DAY_OF_WEEK -> "dow";
          case DAY_OF_YEAR -> "doy";
          case ISO_WEEK -> "week";
          case MILLISECOND -> "milliseconds";
          case MICROSECOND -> "microseconds";
          default -> part.name().toLowerCase(Locale.ROOT);
        };
    r.write("extract(" + field + " from ");
    r.expr(value);
    r.write(")");
  }

  private static String truncUnit(DatePart part) {
    return switch (part) {
      case ISO_WEEK, WEEK -> "week";
      case DAY_OF_YEAR, DAY_OF_WEEK -> "day";
      case MILLISECOND -> "milliseconds";
      case MICROSECOND -> "microseconds";
      default -> part.name().toLowerCase(Locale.ROOT);
    };
  }

  private void endOfMonth(List<Expr> a) {
    r.write("(date_trunc('month', ");
    r.expr(a.get(0));
    if (a.size() > 1) {
      r.write(" + ");
      interval(a.get(1), DatePart.MONTH);
    }
    r.write(") + INTERVAL '1 month' - INTERVAL '1 day')::date");
  }

  private void arrayBound(String fn, Expr array) {
    r.write(fn + "(");
    r.expr(array);
    r.write(", 1)");
  }
}
