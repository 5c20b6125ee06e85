package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.OracleNames;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.math.BigDecimal;
import java.util.Locale;

/** Oracle literals as IR literals; Oracle's empty string is NULL. */
final class OraLiterals {

  private OraLiterals() {}

  static Expr lower(OraContext cx, PlSqlParser.LiteralContext l) {
    if (l instanceof PlSqlParser.NumberLiteralContext n) {
      return number(n.getText());
    }
    if (l instanceof PlSqlParser.StringLiteralContext s) {
      return string(s.string_literal());
    }
    if (l instanceof PlSqlParser.NullLiteralContext) {
      return Expr.Literal.NULL;
    }
    if (l instanceof PlSqlParser.TrueLiteralContext) {
      return Expr.Literal.bool(true);
    }
    if (l instanceof PlSqlParser.FalseLiteralContext) {
      return Expr.Literal.bool(false);
    }
    if (l instanceof PlSqlParser.DateLiteralContext d) {
      return new Expr.Literal(
          LiteralKind.DATE, OracleNames.stringValue(d.string_literal().getText()).strip());
    }
    if (l instanceof PlSqlParser.TimestampLiteralContext t) {
      String v = OracleNames.stringValue(t.string_literal().getText()).strip();
      return new Expr.Literal(hasZone(v) ? LiteralKind.TIMESTAMP_TZ : LiteralKind.TIMESTAMP, v);
    }
    if (l instanceof PlSqlParser.IntervalLiteralContext i) {
      return interval(cx, i);
    }
    return cx.unsupported(l, OraItems.EXPRESSION, "literal not understood");
  }

  /** A number as written; Oracle's 1.5f / 2d suffixes dropped. */
  static Expr number(String text) {
    String t = text;
    char last = t.isEmpty() ? ' ' : Character.toLowerCase(t.charAt(t.length() - 1));
    if (last == 'f' || last == 'd') {
      t = t.substring(0, t.length() - 1);
    }
    if (t.startsWith(".")) {
      t = "0" + t;
    }
    return Expr.Literal.number(t);
  }

  static Expr string(PlSqlParser.String_literalContext s) {
    String value = OracleNames.stringValue(s.getText());
    if (value.isEmpty()) {
      return Expr.Literal.NULL; // Oracle: '' IS NULL
    }
    boolean national = s.NCHAR_STRING() != null || s.NQ_STRING() != null;
    return new Expr.Literal(national ? LiteralKind.NATIONAL_STRING : LiteralKind.STRING, value);
  }

  private static boolean hasZone(String v) {
    int space = v.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String rest = v.substring(space + 1);
    return rest.indexOf('+') >= 0
        || rest.indexOf('-') >= 0
        || rest.chars().anyMatch(Character::isLetter);
  }

  /** INTERVAL '1-2' YEAR TO MONTH, INTERVAL '3 04:05:06.7' DAY TO SECOND, INTERVAL '5' DAY. */
  private static Expr interval(OraContext cx, PlSqlParser.IntervalLiteralContext i) {
    String text = OracleNames.stringValue(i.string_literal().getText()).strip();
    PlSqlParser.Interval_qualifierContext q = i.interval_qualifier();
    String from = q.from.getText().toUpperCase(Locale.ROOT);
    String to = q.to == null ? from : q.to.getText().toUpperCase(Locale.ROOT);
    boolean negative = text.startsWith("-");
    if (negative || text.startsWith("+")) {
      text = text.substring(1).strip();
    }
    long[] fields = new long[5]; // years, months, days, hours, minutes
    BigDecimal seconds = BigDecimal.ZERO;
    try {
      String[] units = {"YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND"};
      int start = indexOf(units, from);
      int end = indexOf(units, to);
      // Split on the separators Oracle uses: '-' between years and months, ' ' between days
      // and hours, ':' between time parts.
      java.util.List<String> parts = new java.util.ArrayList<>();
      StringBuilder cur = new StringBuilder();
      for (char c : text.toCharArray()) {
        if (c == '-' || c == ' ' || c == ':') {
          parts.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(c);
        }
      }
      parts.add(cur.toString());
      for (int k = 0; k < parts.size() && start + k <= end; k++) {
        int unit = start + k;
        if (unit == 5) {
          seconds = new BigDecimal(parts.get(k));
        } else {
          fields[unit] = Long.parseLong(parts.get(k));
        }
      }
    } catch (RuntimeException e) {
      return cx.unsupported(i, OraItems.EXPRESSION, "interval literal not understood");
    }
    return new Expr.IntervalLiteral(
        negative, fields[0], fields[1], fields[2], fields[3], fields[4], seconds);
  }

  private static int indexOf(String[] units, String unit) {
    for (int k = 0; k < units.length; k++) {
      if (units[k].equals(unit)) {
        return k;
      }
    }
    throw new IllegalArgumentException(unit);
  }
}
