package io.godwit.load;

/** How rows go into the target. */
public enum WriteMethod {
  /** The product's fastest bulk path (see docs/benchmarks.md for how it was chosen). */
  AUTO,
  /** The bulk path in text form (PostgreSQL COPY text, MySQL LOAD DATA). */
  BULK_TEXT,
  /** The bulk path in binary form (PostgreSQL COPY binary); products without one use text. */
  BULK_BINARY,
  /** Batched multi-row INSERT: the fallback when the bulk path is not available. */
  INSERT
}
