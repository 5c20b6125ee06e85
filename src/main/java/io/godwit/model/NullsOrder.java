package io.godwit.model;

/** Where NULLs sort in an index key, when the source says so explicitly. */
public enum NullsOrder {
  DEFAULT,
  FIRST,
  LAST
}
