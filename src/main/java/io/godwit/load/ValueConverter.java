package io.godwit.load;

/** Turns a non-null value of one kind into the same value of another kind. */
@FunctionalInterface
public interface ValueConverter {

  /**
   * @throws IllegalArgumentException when this value has no exact counterpart in the other kind
   */
  Object convert(Object value);
}
