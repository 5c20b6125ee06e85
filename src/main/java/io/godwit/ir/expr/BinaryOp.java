package io.godwit.ir.expr;

/** Binary operators with their source semantics made explicit. */
public enum BinaryOp {
  ADD,
  SUBTRACT,
  MULTIPLY,
  /** Exact division: 5 / 2 = 2.5 (Oracle; T-SQL when an operand is not an integer). */
  DIVIDE,
  /** Truncating integer division: 5 / 2 = 2 (T-SQL with two integer operands). */
  INT_DIVIDE,
  MODULO,
  /** String concatenation where NULL makes the result NULL (T-SQL +, ANSI ||). */
  CONCAT,
  /** Oracle ||: a NULL operand counts as the empty string. */
  CONCAT_NULL_AS_EMPTY,
  EQ,
  NE,
  LT,
  LE,
  GT,
  GE,
  AND,
  OR,
  BIT_AND,
  BIT_OR,
  BIT_XOR,
  IS_DISTINCT_FROM,
  IS_NOT_DISTINCT_FROM;

  public boolean isComparison() {
    return switch (this) {
      case EQ, NE, LT, LE, GT, GE, IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM -> true;
      default -> false;
    };
  }
}
