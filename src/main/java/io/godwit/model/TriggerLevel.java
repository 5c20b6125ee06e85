package io.godwit.model;

/** FOR EACH ROW or once per statement. */
public enum TriggerLevel {
  ROW,
  STATEMENT
}
