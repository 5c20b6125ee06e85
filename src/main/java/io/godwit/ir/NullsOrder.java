package io.godwit.ir;

/** Explicit placement of NULLs in an ordering; DEFAULT leaves it to the product. */
public enum NullsOrder {
  DEFAULT,
  FIRST,
  LAST
}
