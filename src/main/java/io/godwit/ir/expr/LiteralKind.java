package io.godwit.ir.expr;

/** Kinds of literal; the value is kept as canonical text. */
public enum LiteralKind {
  /** Character string; value is the unescaped content. */
  STRING,
  /** National character string (N'...'). */
  NATIONAL_STRING,
  /** Number as written, without sign ({@code 12.50}, {@code 1e10}). */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  NULL,
  /** {@code YYYY-MM-DD}. */
  DATE,
  /** {@code HH:MI:SS[.fff]}. */
  TIME,
  /** {@code YYYY-MM-DD HH:MI:SS[.fff]}. */
  TIMESTAMP,
  /** {@code YYYY-MM-DD HH:MI:SS[.fff] +HH:MI} or with a region name. */
  TIMESTAMP_TZ,
  /** Hex digits of a binary value, without prefix. */
  BINARY
}
