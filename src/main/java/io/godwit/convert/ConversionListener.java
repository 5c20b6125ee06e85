package io.godwit.convert;

/** Follows a conversion: progress for bars, and a way to cancel. */
public interface ConversionListener {

  /** Called once with the number of units to convert. */
  default void started(int units) {}

  /** Called after each unit, with how many are done and the one just finished. */
  default void converted(int done, ObjectRef unit) {}

  /** Polled between units; true stops the conversion (the result holds what was done). */
  default boolean cancelled() {
    return false;
  }

  /** A listener that ignores everything. */
  ConversionListener NONE = new ConversionListener() {};
}
