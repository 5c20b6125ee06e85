package io.godwit.dialect.sqlserver.lower;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import java.util.List;

/**
 * The message of {@code RAISERROR('text %s %d', 16, 1, a, b)}: the format string is scanned
 * character by character and each {@code %s}, {@code %d}, {@code %i} or {@code %u} becomes its
 * argument, so the message is a concatenation. A NULL argument prints {@code (null)}, as in T-SQL.
 * Flags, widths, precisions and other types ({@code %x}, {@code %o}, {@code %I64d}) are left to a
 * person: {@link #message} returns null for them.
 */
final class MssRaiserrorFormat {

  private MssRaiserrorFormat() {}

  /**
   * The message as one expression, or null when the format uses something not converted or the
   * number of arguments does not match.
   */
  static Expr message(String format, List<Expr> args) {
    Expr out = null;
    StringBuilder text = new StringBuilder();
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        text.append(c);
        continue;
      }
      if (i + 1 >= format.length()) {
        return null;
      }
      char spec = format.charAt(i + 1);
      if (spec == '%') {
        text.append('%');
        i++;
        continue;
      }
      if (spec != 's' && spec != 'd' && spec != 'i' && spec != 'u') {
        return null;
      }
      if (next >= args.size()) {
        return null;
      }
      out = append(out, Expr.Literal.string(text.toString()));
      text.setLength(0);
      out = append(out, shown(args.get(next++)));
      i++;
    }
    if (next != args.size()) {
      return null;
    }
    out = append(out, Expr.Literal.string(text.toString()));
    return out;
  }

  /** The argument as text, {@code (null)} when it is NULL. */
  private static Expr shown(Expr arg) {
    return new Expr.Builtin(
        BuiltinFn.COALESCE,
        List.of(
            new Expr.Cast(arg, SqlType.of(TypeKind.VARCHAR), false), Expr.Literal.string("(null)")),
        null,
        null);
  }

  private static Expr append(Expr left, Expr right) {
    if (right instanceof Expr.Literal l && l.value().isEmpty()) {
      return left == null ? right : left;
    }
    return left == null ? right : new Expr.Binary(BinaryOp.CONCAT, left, right);
  }
}
