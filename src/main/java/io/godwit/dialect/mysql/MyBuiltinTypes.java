package io.godwit.dialect.mysql;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.Expr;

/** The result types of the neutral built-ins, where they do not depend on unknown arguments. */
final class MyBuiltinTypes {

  private MyBuiltinTypes() {}

  static SqlType of(Expr.Builtin b) {
    return switch (b.fn()) {
      case COALESCE, NULLIF, GREATEST, LEAST, ABS, CEIL, FLOOR, ROUND, TRUNC, SIGN -> first(b);
      case LENGTH, OCTET_LENGTH, POSITION, ASCII, REGEXP_INSTR, REGEXP_COUNT, ROW_COUNT -> int64();
      case DATE_DIFF, CURSOR_ROW_COUNT, COLLECTION_COUNT, ERROR_CODE, LAST_IDENTITY -> int64();
      case UPPER, LOWER, INITCAP, LTRIM, RTRIM, TRIM, REVERSE, TRANSLATE -> text(b);
      case SUBSTRING, LEFT, RIGHT, REGEXP_SUBSTR -> text(b);
      case LPAD, RPAD, REPEAT, CHR, OVERLAY, REPLACE, REGEXP_REPLACE ->
          SqlType.of(TypeKind.VARCHAR);
      case TO_CHAR, DATE_NAME, CURRENT_USER, ERROR_MESSAGE, ERROR_STACK ->
          SqlType.of(TypeKind.VARCHAR);
      case ERROR_STATE -> SqlType.sized(TypeKind.CHAR, 5);
      case TO_DATE -> SqlType.sized(TypeKind.TIMESTAMP, 0);
      case TO_TIMESTAMP -> SqlType.sized(TypeKind.TIMESTAMP, 6);
      case TO_NUMBER, MOD, POWER, SQRT, EXP, LN, LOG, MONTHS_BETWEEN -> SqlType.decimal(null, null);
      case RANDOM, DAYS_BETWEEN -> SqlType.of(TypeKind.DOUBLE);
      case CURRENT_TIMESTAMP, LOCAL_TIMESTAMP, UTC_TIMESTAMP ->
          SqlType.sized(TypeKind.TIMESTAMP, 6);
      case CURRENT_DATE, END_OF_MONTH -> SqlType.of(TypeKind.DATE);
      case DATE_ADD, DATE_TRUNC, ADD_MONTHS, LAST_DAY, NEXT_DAY -> {
        SqlType t = first(b);
        yield t == null ? SqlType.sized(TypeKind.TIMESTAMP, 6) : t;
      }
      case EXTRACT -> int64();
      case NEW_UUID -> SqlType.of(TypeKind.UUID);
      case REGEXP_LIKE, CURSOR_FOUND, CURSOR_NOT_FOUND, CURSOR_IS_OPEN, COLLECTION_EXISTS ->
          SqlType.of(TypeKind.BOOLEAN);
      case INSERTING, UPDATING, DELETING, CONNECT_BY_IS_LEAF -> SqlType.of(TypeKind.BOOLEAN);
      case LEVEL, ROWNUM -> int64();
      default -> null;
    };
  }

  private static SqlType int64() {
    return SqlType.of(TypeKind.BIGINT);
  }

  private static SqlType first(Expr.Builtin b) {
    for (Expr a : b.args()) {
      SqlType t = MyTypeOf.of(a);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static SqlType text(Expr.Builtin b) {
    SqlType t = b.args().isEmpty() ? null : MyTypeOf.of(b.args().get(0));
    if (t != null && (t.kind() == TypeKind.VARCHAR || t.kind() == TypeKind.CHAR)) {
      return SqlType.sized(TypeKind.VARCHAR, t.size());
    }
    return SqlType.of(TypeKind.VARCHAR);
  }
}
