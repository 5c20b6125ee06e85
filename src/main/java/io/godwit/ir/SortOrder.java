package io.godwit.ir;

/** Ascending or descending. */
public enum SortOrder {
  ASC,
  DESC
}
