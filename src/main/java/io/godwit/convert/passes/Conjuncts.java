package io.godwit.convert.passes;

import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import java.util.ArrayList;
import java.util.List;

/** Splitting a condition at its top-level ANDs, and joining conditions back. */
final class Conjuncts {

  private Conjuncts() {}

  static List<Expr> split(Expr where) {
    List<Expr> out = new ArrayList<>();
    collect(where, out);
    return out;
  }

  private static void collect(Expr e, List<Expr> out) {
    if (e == null) {
      return;
    }
    if (e instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else {
      out.add(e);
    }
  }

  /** The conjunction of {@code parts}, or null when there are none. */
  static Expr and(List<Expr> parts) {
    Expr out = null;
    for (Expr p : parts) {
      out = out == null ? p : new Expr.Binary(BinaryOp.AND, out, p);
    }
    return out;
  }
}
