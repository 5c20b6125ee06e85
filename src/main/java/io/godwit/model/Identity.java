package io.godwit.model;

/**
 * An identity or auto-increment column's generator.
 *
 * @param generation how values are generated
 * @param start the first value, or {@code null} when unknown
 * @param increment the step, or {@code null} when unknown
 */
public record Identity(IdentityGeneration generation, Long start, Long increment) {

  public Identity {
    if (generation == null) {
      throw new IllegalArgumentException("identity generation is required");
    }
  }
}
