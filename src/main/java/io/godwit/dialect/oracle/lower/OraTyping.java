package io.godwit.dialect.oracle.lower;

import io.godwit.ir.SqlType;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;

/**
 * The Oracle class of a lowered expression where it can be told: Oracle's operators mean different
 * things for dates (date + 1 adds a day, date - date counts days).
 */
final class OraTyping {

  /** Coarse Oracle type classes. */
  enum OType {
    DATE,
    TIMESTAMP,
    INTERVAL,
    NUMBER,
    STRING,
    UNKNOWN
  }

  private OraTyping() {}

  static OType of(Expr e) {
    if (e instanceof Expr.Literal l) {
      return switch (l.kind()) {
        case NUMBER -> OType.NUMBER;
        case STRING, NATIONAL_STRING -> OType.STRING;
        case DATE -> OType.DATE;
        case TIMESTAMP, TIMESTAMP_TZ -> OType.TIMESTAMP;
        default -> OType.UNKNOWN;
      };
    }
    if (e instanceof Expr.IntervalLiteral) {
      return OType.INTERVAL;
    }
    if (e instanceof Expr.ColumnRef c) {
      return of(c.type());
    }
    if (e instanceof Expr.VariableRef v) {
      return of(v.type());
    }
    if (e instanceof Expr.PackageVar p) {
      return of(p.type());
    }
    if (e instanceof Expr.Cast c) {
      return of(c.type());
    }
    if (e instanceof Expr.Unary u) {
      return of(u.operand());
    }
    if (e instanceof Expr.Builtin b) {
      return switch (b.fn()) {
        case LOCAL_TIMESTAMP, CURRENT_DATE, ADD_MONTHS, LAST_DAY, NEXT_DAY, TO_DATE -> OType.DATE;
        case DATE_TRUNC, DATE_ADD -> b.args().isEmpty() ? OType.DATE : dateOr(of(b.args().get(0)));
        case CURRENT_TIMESTAMP, UTC_TIMESTAMP, TO_TIMESTAMP -> OType.TIMESTAMP;
        case LENGTH,
                OCTET_LENGTH,
                POSITION,
                ABS,
                CEIL,
                FLOOR,
                ROUND,
                TRUNC,
                MOD,
                POWER,
                SQRT,
                EXP,
                LN,
                LOG,
                SIGN,
                RANDOM,
                TO_NUMBER,
                MONTHS_BETWEEN,
                DAYS_BETWEEN,
                EXTRACT,
                ROW_COUNT,
                COLLECTION_COUNT,
                ASCII,
                REGEXP_COUNT,
                REGEXP_INSTR ->
            OType.NUMBER;
        case UPPER,
                LOWER,
                INITCAP,
                SUBSTRING,
                LPAD,
                RPAD,
                LTRIM,
                RTRIM,
                TRIM,
                REPLACE,
                TRANSLATE,
                TO_CHAR,
                CHR,
                REGEXP_REPLACE,
                REGEXP_SUBSTR ->
            OType.STRING;
        default -> OType.UNKNOWN;
      };
    }
    if (e instanceof Expr.Binary b) {
      if (b.op() == BinaryOp.CONCAT_NULL_AS_EMPTY || b.op() == BinaryOp.CONCAT) {
        return OType.STRING;
      }
      OType l = of(b.left());
      OType r = of(b.right());
      if (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUBTRACT) {
        if (l == OType.DATE || l == OType.TIMESTAMP) {
          return r == OType.DATE || r == OType.TIMESTAMP ? OType.INTERVAL : l;
        }
        if (l == OType.NUMBER && r == OType.NUMBER) {
          return OType.NUMBER;
        }
      }
      if (b.op() == BinaryOp.MULTIPLY || b.op() == BinaryOp.DIVIDE) {
        return l == OType.NUMBER && r == OType.NUMBER ? OType.NUMBER : OType.UNKNOWN;
      }
    }
    return OType.UNKNOWN;
  }

  private static OType dateOr(OType t) {
    return t == OType.TIMESTAMP ? OType.TIMESTAMP : OType.DATE;
  }

  static OType of(SqlType t) {
    if (t == null) {
      return OType.UNKNOWN;
    }
    return switch (t.kind()) {
      case TIMESTAMP -> t.size() != null && t.size() == 0 ? OType.DATE : OType.TIMESTAMP;
      case DATE -> OType.DATE;
      case TIMESTAMP_TZ, TIMESTAMP_LTZ -> OType.TIMESTAMP;
      case INTERVAL_DAY_SECOND, INTERVAL_YEAR_MONTH -> OType.INTERVAL;
      case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE, MONEY -> OType.NUMBER;
      case CHAR, VARCHAR, CLOB -> OType.STRING;
      default -> OType.UNKNOWN;
    };
  }

  static boolean isDateLike(OType t) {
    return t == OType.DATE || t == OType.TIMESTAMP;
  }
}
