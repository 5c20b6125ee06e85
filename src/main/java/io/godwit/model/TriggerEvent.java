package io.godwit.model;

/** The events a trigger fires on. */
public enum TriggerEvent {
  INSERT,
  UPDATE,
  DELETE,
  TRUNCATE,
  /** DDL, logon, startup and other database or schema events. */
  SYSTEM
}
