package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.proc.Stmt;
import java.math.BigDecimal;
import java.util.List;

/**
 * WAITFOR, GOTO and labels. {@code WAITFOR DELAY 'hh:mm:ss[.mmm]'} becomes {@code pg_sleep} with
 * the seconds; PL/pgSQL has no GOTO, so a GOTO is an item (labels alone are dropped).
 */
final class MssFlow {

  private MssFlow() {}

  static void statement(MssContext cx, MssExpr ex, TSqlParser.StatementContext s, List<Stmt> out) {
    if (s.gotoStatement() != null) {
      out.add(
          cx.unsupportedStmt(
              s,
              MssItems.GOTO,
              "PL/pgSQL has no GOTO: restructure with IF, a loop with EXIT, or a nested block"
                  + " that RAISEs to a handler"));
      return;
    }
    if (s.labelStatement() != null) {
      return; // only a GOTO jumps to it, and every GOTO is reported
    }
    TSqlParser.WaitforStatementContext w = s.waitforStatement();
    if (w.kind.getType() == TSqlParser.TIME) {
      out.add(
          cx.unsupportedStmt(
              s,
              MssItems.WAITFOR,
              "WAITFOR TIME waits until a time of day: use pg_sleep_until with the next"
                  + " occurrence of that time"));
      return;
    }
    Expr delay = ex.expr(w.expression());
    BigDecimal seconds =
        delay instanceof Expr.Literal l && l.kind() == LiteralKind.STRING
            ? seconds(l.value())
            : null;
    if (seconds == null) {
      out.add(
          cx.unsupportedStmt(
              s,
              MssItems.WAITFOR,
              "WAITFOR DELAY with a computed time: pass its length in seconds to pg_sleep"));
      return;
    }
    out.add(new Stmt.Sleep(Expr.Literal.number(seconds.toPlainString()), cx.span(s)));
  }

  /** 'hh:mm[:ss[.fff]]' as seconds, or null when the text is not such a time. */
  static BigDecimal seconds(String text) {
    String[] parts = new String[3];
    int part = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        if (part == 2) {
          return null;
        }
        parts[part++] = current.toString();
        current.setLength(0);
      } else if (Character.isDigit(c) || c == '.' && part == 2) {
        current.append(c);
      } else if (c != ' ') {
        return null;
      }
    }
    parts[part] = current.toString();
    if (part < 1) {
      return null;
    }
    try {
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal[] units = {BigDecimal.valueOf(3600), BigDecimal.valueOf(60), BigDecimal.ONE};
      for (int i = 0; i <= part; i++) {
        if (parts[i].isEmpty()) {
          return null;
        }
        total = total.add(new BigDecimal(parts[i]).multiply(units[i]));
      }
      return total;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
