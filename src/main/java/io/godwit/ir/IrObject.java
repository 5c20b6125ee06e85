package io.godwit.ir;

/**
 * A top-level unit a back end renders on its own: DDL, a routine, a trigger, a package or an
 * anonymous block.
 */
public interface IrObject {

  /** Where it came from, or null when generated. */
  SourceSpan span();
}
