package io.godwit.dialect.mysql;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The neutral type of an expression where it is evident from the tree: typed column and variable
 * references, literals, casts, and the built-ins whose result type does not depend on anything
 * else. MySQL needs types where the sources did not: date arithmetic, DECLAREs for loop records.
 */
final class MyTypeOf {

  private MyTypeOf() {}

  /** The type of {@code e}, or null when it is not evident. */
  static SqlType of(Expr e) {
    if (e instanceof Expr.ColumnRef c) {
      return c.type();
    }
    if (e instanceof Expr.VariableRef v) {
      return v.type();
    }
    if (e instanceof Expr.PackageVar p) {
      return p.type();
    }
    if (e instanceof Expr.Cast c) {
      return c.type();
    }
    if (e instanceof Expr.FunctionCall f) {
      return f.type() != null ? f.type() : aggregate(f);
    }
    if (e instanceof Expr.Literal l) {
      return switch (l.kind()) {
        case DATE -> SqlType.of(TypeKind.DATE);
        case TIMESTAMP -> SqlType.sized(TypeKind.TIMESTAMP, fraction(l.value()));
        case TIMESTAMP_TZ -> SqlType.sized(TypeKind.TIMESTAMP_TZ, 6);
        case TIME -> SqlType.of(TypeKind.TIME);
        case STRING, NATIONAL_STRING ->
            SqlType.sized(TypeKind.VARCHAR, Math.max(1, l.value().length()));
        case NUMBER -> number(l.value());
        case BOOLEAN -> SqlType.of(TypeKind.BOOLEAN);
        case BINARY -> SqlType.sized(TypeKind.VARBINARY, Math.max(1, l.value().length() / 2));
        case NULL -> null;
      };
    }
    if (e instanceof Expr.Unary u) {
      return switch (u.op()) {
        case NEGATE, PLUS -> of(u.operand());
        case NOT -> SqlType.of(TypeKind.BOOLEAN);
        case BIT_NOT -> SqlType.of(TypeKind.BIGINT);
        case PRIOR -> null;
      };
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.Builtin b) {
      return MyBuiltinTypes.of(b);
    }
    if (e instanceof Expr.Case c) {
      for (Expr.When w : c.whens()) {
        SqlType t = of(w.result());
        if (t != null) {
          return t;
        }
      }
      return c.otherwise() == null ? null : of(c.otherwise());
    }
    if (e instanceof Expr.StringAgg) {
      return SqlType.of(TypeKind.CLOB);
    }
    if (e instanceof Expr.Window w) {
      return of(w.function());
    }
    if (e instanceof Expr.Exists
        || e instanceof Expr.InList
        || e instanceof Expr.InQuery
        || e instanceof Expr.Between
        || e instanceof Expr.Like
        || e instanceof Expr.IsNull
        || e instanceof Expr.Quantified) {
      return SqlType.of(TypeKind.BOOLEAN);
    }
    if (e instanceof Expr.SequenceValue) {
      return SqlType.of(TypeKind.BIGINT);
    }
    if (e instanceof Expr.ScalarSubquery s
        && s.query() instanceof io.godwit.ir.query.Query.Select sel
        && sel.items().size() == 1) {
      return of(sel.items().get(0).expr());
    }
    return null;
  }

  private static Integer fraction(String timestamp) {
    int dot = timestamp.indexOf('.');
    return dot < 0 ? 0 : Math.min(6, timestamp.length() - dot - 1);
  }

  private static SqlType number(String text) {
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return SqlType.of(TypeKind.DOUBLE);
    }
    try {
      BigDecimal v = new BigDecimal(text);
      if (v.scale() > 0) {
        return SqlType.decimal(Math.max(v.precision(), v.scale()), v.scale());
      }
      return v.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
          ? SqlType.of(TypeKind.INTEGER)
          : SqlType.of(TypeKind.BIGINT);
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  private static SqlType binary(Expr.Binary b) {
    BinaryOp op = b.op();
    if (op.isComparison() || op == BinaryOp.AND || op == BinaryOp.OR) {
      return SqlType.of(TypeKind.BOOLEAN);
    }
    if (op == BinaryOp.CONCAT || op == BinaryOp.CONCAT_NULL_AS_EMPTY) {
      return SqlType.of(TypeKind.VARCHAR);
    }
    SqlType l = of(b.left());
    SqlType r = of(b.right());
    if ((op == BinaryOp.ADD || op == BinaryOp.SUBTRACT) && isTemporal(l)) {
      if (op == BinaryOp.SUBTRACT && isTemporal(r)) {
        return SqlType.decimal(null, null);
      }
      return l;
    }
    if (op == BinaryOp.ADD && isTemporal(r)) {
      return r;
    }
    if (op == BinaryOp.INT_DIVIDE || isBitwise(op)) {
      return SqlType.of(TypeKind.BIGINT);
    }
    if (l == null || r == null) {
      return null;
    }
    if (op == BinaryOp.DIVIDE) {
      return SqlType.decimal(null, null);
    }
    if (isInteger(l) && isInteger(r)) {
      return SqlType.of(TypeKind.BIGINT);
    }
    if (l.kind() == TypeKind.DOUBLE || r.kind() == TypeKind.DOUBLE) {
      return SqlType.of(TypeKind.DOUBLE);
    }
    return SqlType.decimal(null, null);
  }

  private static boolean isBitwise(BinaryOp op) {
    return op == BinaryOp.BIT_AND || op == BinaryOp.BIT_OR || op == BinaryOp.BIT_XOR;
  }

  /** count, sum, avg, min, max, row_number and friends. */
  private static SqlType aggregate(Expr.FunctionCall f) {
    if (f.name().size() != 1) {
      return null;
    }
    String name = f.name().last().text().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "count", "row_number", "rank", "dense_rank", "ntile" -> SqlType.of(TypeKind.BIGINT);
      case "sum", "avg", "stddev", "variance", "stddev_pop", "stddev_samp", "var_pop", "var_samp" ->
          SqlType.decimal(null, null);
      case "percent_rank", "cume_dist" -> SqlType.of(TypeKind.DOUBLE);
      case "min", "max", "first_value", "last_value", "lag", "lead", "nth_value" ->
          f.args().isEmpty() ? null : of(f.args().get(0));
      default -> null;
    };
  }

  static boolean isTemporal(SqlType t) {
    return t != null && t.isTemporal();
  }

  static boolean isInteger(SqlType t) {
    if (t == null) {
      return false;
    }
    return switch (t.kind()) {
      case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT -> true;
      case DECIMAL -> t.scale() != null && t.scale() == 0 && t.size() != null;
      default -> false;
    };
  }

  /** A number literal as a BigDecimal, or null when {@code e} is not one. */
  static BigDecimal numberValue(Expr e) {
    if (e instanceof Expr.Literal l && l.kind() == LiteralKind.NUMBER) {
      try {
        return new BigDecimal(l.value());
      } catch (NumberFormatException ex) {
        return null;
      }
    }
    if (e instanceof Expr.Unary u && u.op() == io.godwit.ir.expr.UnaryOp.NEGATE) {
      BigDecimal inner = numberValue(u.operand());
      return inner == null ? null : inner.negate();
    }
    return null;
  }

  /** The text of a string literal, or null. */
  static String stringValue(Expr e) {
    if (e instanceof Expr.Literal l
        && (l.kind() == LiteralKind.STRING || l.kind() == LiteralKind.NATIONAL_STRING)) {
      return l.value();
    }
    return null;
  }

  /** Whether {@code e} can be written twice without changing the meaning or the cost much. */
  static boolean isSimple(Expr e) {
    return e instanceof Expr.Literal
        || e instanceof Expr.ColumnRef
        || e instanceof Expr.VariableRef
        || e instanceof Expr.RowRef
        || (e instanceof Expr.Unary u
            && u.op() == io.godwit.ir.expr.UnaryOp.NEGATE
            && isSimple(u.operand()));
  }
}
