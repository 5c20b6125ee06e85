package io.godwit.model;

/** Procedure or function. */
public enum RoutineKind {
  PROCEDURE,
  FUNCTION
}
