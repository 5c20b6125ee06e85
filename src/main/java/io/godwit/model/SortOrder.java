package io.godwit.model;

/** Index key order. */
public enum SortOrder {
  ASC,
  DESC
}
