package io.godwit.dialect.mysql;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import java.math.BigDecimal;
import java.util.List;

/**
 * Date and time functions as MySQL's: DATE_ADD with INTERVAL units, TIMESTAMPDIFF and DATEDIFF for
 * boundaries crossed, truncation through DATE_FORMAT, and date arithmetic with days as numbers
 * (Oracle's {@code date + 1.5}).
 */
final class MyDates {

  private final MyRender r;

  MyDates(MyRender render) {
    this.r = render;
  }

  void now(BuiltinFn fn) {
    r.write(
        switch (fn) {
          case CURRENT_DATE -> "CURDATE()";
          case UTC_TIMESTAMP -> "UTC_TIMESTAMP(6)";
          default -> "NOW(6)";
        });
  }

  /** DATE_ADD(x, amount) by part: whole units as INTERVAL units, fractions of days as seconds. */
  void add(Expr.Builtin e) {
    Expr base = e.args().get(0);
    Expr amount = e.args().get(1);
    DatePart part = e.part() == null ? DatePart.DAY : e.part();
    SqlType baseType = MyTypeOf.of(base);
    boolean pureDate = baseType != null && baseType.kind() == TypeKind.DATE;
    boolean whole = MyTypeOf.isInteger(MyTypeOf.of(amount)) || isWholeLiteral(amount);
    r.write("DATE_ADD(");
    r.expr(base);
    r.write(", INTERVAL ");
    switch (part) {
      case YEAR, QUARTER, MONTH -> {
        if (whole) {
          intervalAmount(amount);
        } else {
          r.write("TRUNCATE(");
          r.expr(amount);
          r.write(", 0)");
        }
        r.write(" " + part.name());
      }
      case WEEK, ISO_WEEK, DAY, DAY_OF_YEAR, DAY_OF_WEEK, HOUR, MINUTE -> {
        String unit = unit(part);
        if (whole || pureDate) {
          intervalAmount(amount);
          r.write(" " + unit);
        } else {
          r.operand(amount, MyExpressions.MULTIPLY, false);
          r.write(" * " + secondsPer(part) + " SECOND");
        }
      }
      case SECOND -> {
        intervalAmount(amount);
        r.write(" SECOND");
      }
      case MILLISECOND -> {
        r.operand(amount, MyExpressions.MULTIPLY, false);
        r.write(" * 1000 MICROSECOND");
      }
      case MICROSECOND -> {
        intervalAmount(amount);
        r.write(" MICROSECOND");
      }
      case NANOSECOND -> {
        r.operand(amount, MyExpressions.MULTIPLY, false);
        r.write(" DIV 1000 MICROSECOND");
      }
      case TIMEZONE_HOUR, TIMEZONE_MINUTE -> {
        intervalAmount(amount);
        r.write(part == DatePart.TIMEZONE_HOUR ? " HOUR" : " MINUTE");
      }
    }
    r.write(")");
  }

  private static boolean isWholeLiteral(Expr e) {
    BigDecimal v = MyTypeOf.numberValue(e);
    return v != null && v.stripTrailingZeros().scale() <= 0;
  }

  private void intervalAmount(Expr amount) {
    r.operand(amount, MyExpressions.PRIMARY, false);
  }

  private static String unit(DatePart part) {
    return switch (part) {
      case WEEK, ISO_WEEK -> "WEEK";
      case HOUR -> "HOUR";
      case MINUTE -> "MINUTE";
      default -> "DAY";
    };
  }

  private static String secondsPer(DatePart part) {
    return switch (part) {
      case WEEK, ISO_WEEK -> "604800";
      case HOUR -> "3600";
      case MINUTE -> "60";
      default -> "86400";
    };
  }

  /** T-SQL DATEDIFF: the number of part boundaries crossed from a[0] to a[1]. */
  void diff(Expr.Builtin e) {
    Expr from = e.args().get(0);
    Expr to = e.args().get(1);
    DatePart part = e.part() == null ? DatePart.DAY : e.part();
    switch (part) {
      case YEAR -> {
        r.write("(YEAR(");
        r.expr(to);
        r.write(") - YEAR(");
        r.expr(from);
        r.write("))");
      }
      case QUARTER, MONTH -> {
        String per = part == DatePart.QUARTER ? "4" : "12";
        String fn = part == DatePart.QUARTER ? "QUARTER(" : "MONTH(";
        r.write("((YEAR(");
        r.expr(to);
        r.write(") * " + per + " + " + fn);
        r.expr(to);
        r.write(")) - (YEAR(");
        r.expr(from);
        r.write(") * " + per + " + " + fn);
        r.expr(from);
        r.write(")))");
      }
      case DAY, DAY_OF_YEAR, DAY_OF_WEEK -> {
        r.write("DATEDIFF(");
        r.expr(to);
        r.write(", ");
        r.expr(from);
        r.write(")");
      }
      case WEEK, ISO_WEEK -> {
        // Weeks start on Sunday for DATEDIFF: the Sundays of both weeks, seven days apart.
        r.write("((TO_DAYS(");
        r.expr(to);
        r.write(") - DAYOFWEEK(");
        r.expr(to);
        r.write(")) - (TO_DAYS(");
        r.expr(from);
        r.write(") - DAYOFWEEK(");
        r.expr(from);
        r.write("))) DIV 7");
      }
      case HOUR, MINUTE, SECOND -> {
        String fmt =
            switch (part) {
              case HOUR -> "'%Y-%m-%d %H:00:00'";
              case MINUTE -> "'%Y-%m-%d %H:%i:00'";
              default -> "'%Y-%m-%d %H:%i:%s'";
            };
        r.write("TIMESTAMPDIFF(" + part.name() + ", DATE_FORMAT(");
        r.expr(from);
        r.write(", " + fmt + "), DATE_FORMAT(");
        r.expr(to);
        r.write(", " + fmt + "))");
      }
      case MILLISECOND -> {
        r.write("(FLOOR(TIMESTAMPDIFF(MICROSECOND, '1970-01-01', ");
        r.expr(to);
        r.write(") / 1000) - FLOOR(TIMESTAMPDIFF(MICROSECOND, '1970-01-01', ");
        r.expr(from);
        r.write(") / 1000))");
      }
      case MICROSECOND, NANOSECOND -> {
        r.write("TIMESTAMPDIFF(MICROSECOND, ");
        r.expr(from);
        r.write(", ");
        r.expr(to);
        r.write(part == DatePart.NANOSECOND ? ") * 1000" : ")");
      }
      case TIMEZONE_HOUR, TIMEZONE_MINUTE ->
          r.unsupported(
              MyItems.TIME_ZONE,
              "MySQL values carry no time zone to compare",
              e.span(),
              "DATEDIFF(" + part + ")",
              "0");
    }
  }

  /** Truncation to a part, as a DATETIME (Oracle TRUNC(date, fmt) keeps a date-time). */
  void trunc(DatePart part, Expr x) {
    truncWith(part, () -> r.expr(x));
  }

  private void truncWith(DatePart part, Runnable x) {
    DatePart p = part == null ? DatePart.DAY : part;
    switch (p) {
      case QUARTER -> {
        r.write("CAST(MAKEDATE(YEAR(");
        x.run();
        r.write("), 1) + INTERVAL (QUARTER(");
        x.run();
        r.write(") - 1) QUARTER AS DATETIME)");
      }
      case WEEK, ISO_WEEK -> {
        r.write("CAST(DATE(");
        x.run();
        r.write(") - INTERVAL WEEKDAY(");
        x.run();
        r.write(") DAY AS DATETIME)");
      }
      case MILLISECOND, MICROSECOND, NANOSECOND, TIMEZONE_HOUR, TIMEZONE_MINUTE -> x.run();
      // Years, months, days and hours without DATE_FORMAT, which MariaDB does not take in
      // generated columns (the expression indexes are built on them).
      case YEAR -> {
        r.write("CAST(MAKEDATE(YEAR(");
        x.run();
        r.write("), 1) AS DATETIME)");
      }
      case MONTH -> {
        r.write("CAST(MAKEDATE(YEAR(");
        x.run();
        r.write("), 1) + INTERVAL (MONTH(");
        x.run();
        r.write(") - 1) MONTH AS DATETIME)");
      }
      case DAY, DAY_OF_YEAR, DAY_OF_WEEK -> {
        r.write("CAST(DATE(");
        x.run();
        r.write(") AS DATETIME)");
      }
      case HOUR -> {
        r.write("(CAST(DATE(");
        x.run();
        r.write(") AS DATETIME) + INTERVAL HOUR(");
        x.run();
        r.write(") HOUR)");
      }
      default -> {
        String fmt =
            switch (p) {
              case MINUTE -> "'%Y-%m-%d %H:%i:00'";
              case SECOND -> "'%Y-%m-%d %H:%i:%s'";
              default -> "'%Y-%m-%d'";
            };
        r.write("CAST(DATE_FORMAT(");
        x.run();
        r.write(", " + fmt + ") AS DATETIME)");
      }
    }
  }

  /** ROUND(date, part): half a unit added, then truncated; months and years round at mid-unit. */
  void round(Expr.Builtin e) {
    Expr x = e.args().get(0);
    DatePart part = e.part();
    String half =
        switch (part) {
          case DAY, DAY_OF_YEAR, DAY_OF_WEEK -> "INTERVAL 12 HOUR";
          case HOUR -> "INTERVAL 30 MINUTE";
          case MINUTE -> "INTERVAL 30 SECOND";
          case SECOND -> "INTERVAL 500000 MICROSECOND";
          default -> null;
        };
    if (half != null) {
      truncWith(
          part,
          () -> {
            r.write("(");
            r.operand(x, MyExpressions.ADD, false);
            r.write(" + " + half + ")");
          });
      return;
    }
    if (part == DatePart.MONTH || part == DatePart.YEAR) {
      // Oracle rounds up from the 16th day of the month and from July 1.
      String test = part == DatePart.MONTH ? "DAYOFMONTH(" : "MONTH(";
      String limit = part == DatePart.MONTH ? ") >= 16" : ") >= 7";
      r.write("CASE WHEN " + test);
      r.expr(x);
      r.write(limit + " THEN ");
      trunc(part, x);
      r.write(" + INTERVAL 1 " + part.name() + " ELSE ");
      trunc(part, x);
      r.write(" END");
      return;
    }
    r.unsupported(
        MyItems.FORMAT_MODEL,
        "rounding a date to " + part + " has no MySQL form: truncated instead",
        e.span(),
        "ROUND(" + part + ")",
        "");
    trunc(part, x);
  }

  /** EOMONTH: the last day of the month, as a date. */
  void endOfMonth(List<Expr> a) {
    r.write("LAST_DAY(");
    r.expr(a.get(0));
    if (a.size() > 1) {
      r.write(" + INTERVAL ");
      r.operand(a.get(1), MyExpressions.PRIMARY, false);
      r.write(" MONTH");
    }
    r.write(")");
  }

  void extract(DatePart part, Expr x) {
    DatePart p = part == null ? DatePart.DAY : part;
    String fn =
        switch (p) {
          case YEAR -> "YEAR(";
          case QUARTER -> "QUARTER(";
          case MONTH -> "MONTH(";
          case WEEK, ISO_WEEK -> "WEEK(";
          case DAY -> "DAYOFMONTH(";
          case DAY_OF_YEAR -> "DAYOFYEAR(";
          case DAY_OF_WEEK -> "(DAYOFWEEK(";
          case HOUR -> "HOUR(";
          case MINUTE -> "MINUTE(";
          case SECOND -> "(SECOND(";
          case MILLISECOND -> "(SECOND(";
          case MICROSECOND, NANOSECOND -> "(SECOND(";
          case TIMEZONE_HOUR, TIMEZONE_MINUTE -> null;
        };
    if (fn == null) {
      r.unsupported(
          MyItems.TIME_ZONE, "MySQL values carry no time zone", null, "EXTRACT(" + p + ")", "0");
      return;
    }
    r.write(fn);
    r.expr(x);
    switch (p) {
      case WEEK, ISO_WEEK -> r.write(", 3)");
      case DAY_OF_WEEK -> r.write(") - 1)");
      case SECOND -> {
        r.write(") + MICROSECOND(");
        r.expr(x);
        r.write(") / 1000000)");
      }
      case MILLISECOND -> {
        r.write(") * 1000 + MICROSECOND(");
        r.expr(x);
        r.write(") / 1000)");
      }
      case MICROSECOND -> {
        r.write(") * 1000000 + MICROSECOND(");
        r.expr(x);
        r.write("))");
      }
      case NANOSECOND -> {
        r.write(") * 1000000000 + MICROSECOND(");
        r.expr(x);
        r.write(") * 1000)");
      }
      default -> r.write(")");
    }
  }

  /**
   * Date-time plus or minus: an interval literal, a number of days, or another date-time (the
   * difference in days, as Oracle's DATE subtraction gives).
   */
  static void arithmetic(MyRender r, Expr.Binary b) {
    boolean subtract = b.op() == BinaryOp.SUBTRACT;
    Expr left = b.left();
    Expr right = b.right();
    if (right instanceof Expr.IntervalLiteral iv) {
      interval(r, left, iv, subtract);
      return;
    }
    SqlType rightType = MyTypeOf.of(right);
    if (subtract && MyTypeOf.isTemporal(rightType)) {
      r.write("TIMESTAMPDIFF(MICROSECOND, ");
      r.expr(right);
      r.write(", ");
      r.expr(left);
      r.write(") / 86400000000");
      return;
    }
    r.write(subtract ? "DATE_SUB(" : "DATE_ADD(");
    r.expr(left);
    r.write(", INTERVAL ");
    if (MyTypeOf.isInteger(rightType) || isWholeLiteral(right)) {
      r.operand(right, MyExpressions.PRIMARY, false);
      r.write(" DAY)");
    } else {
      r.operand(right, MyExpressions.MULTIPLY, false);
      r.write(" * 86400 SECOND)");
    }
  }

  private static void interval(MyRender r, Expr base, Expr.IntervalLiteral iv, boolean subtract) {
    boolean negative = iv.negative() != subtract;
    long months = iv.years() * 12 + iv.months();
    BigDecimal seconds = seconds(iv);
    String fn = negative ? "DATE_SUB(" : "DATE_ADD(";
    boolean both = months != 0 && seconds.signum() != 0;
    r.write(both ? fn + fn : fn);
    r.expr(base);
    if (months != 0) {
      r.write(", INTERVAL " + months + " MONTH)");
    }
    if (seconds.signum() != 0 || months == 0) {
      r.write(", INTERVAL " + seconds.stripTrailingZeros().toPlainString() + " SECOND)");
    }
  }

  private static BigDecimal seconds(Expr.IntervalLiteral iv) {
    BigDecimal s = iv.seconds() == null ? BigDecimal.ZERO : iv.seconds();
    return s.add(BigDecimal.valueOf(iv.days() * 86_400 + iv.hours() * 3_600 + iv.minutes() * 60));
  }

  /** An interval as a number of seconds (the value an interval column holds on MySQL). */
  static String intervalSeconds(Expr.IntervalLiteral iv) {
    BigDecimal s = seconds(iv).add(BigDecimal.valueOf((iv.years() * 12 + iv.months()) * 2_592_000));
    return (iv.negative() ? s.negate() : s).stripTrailingZeros().toPlainString();
  }
}
