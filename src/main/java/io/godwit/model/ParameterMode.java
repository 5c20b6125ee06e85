package io.godwit.model;

/** Direction of a routine parameter. */
public enum ParameterMode {
  IN,
  OUT,
  IN_OUT,
  /** PostgreSQL VARIADIC. */
  VARIADIC
}
