package io.godwit.ir.expr;

/** Unary operators. */
public enum UnaryOp {
  NEGATE,
  PLUS,
  NOT,
  BIT_NOT,
  /** Oracle CONNECT BY PRIOR: the parent row's value; removed by the hierarchy pass. */
  PRIOR
}
