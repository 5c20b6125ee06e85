package io.godwit.model;

/**
 * A routine parameter.
 *
 * @param name the parameter name, or {@code null} for an unnamed parameter
 * @param mode IN, OUT, IN OUT
 * @param type the parameter type
 * @param defaultValue the default expression as source text, or {@code null}
 */
public record Parameter(String name, ParameterMode mode, DataType type, String defaultValue) {

  public Parameter {
    mode = mode == null ? ParameterMode.IN : mode;
    if (type == null) {
      throw new IllegalArgumentException("parameter " + name + " needs a type");
    }
  }
}
