package io.godwit.model;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
  NO_ACTION,
  RESTRICT,
  CASCADE,
  SET_NULL,
  SET_DEFAULT
}
