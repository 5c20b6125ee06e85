package io.godwit.model;

/** When a trigger fires relative to its event. */
public enum TriggerTiming {
  BEFORE,
  AFTER,
  INSTEAD_OF,
  /** Oracle compound triggers carry several timing points in one body. */
  COMPOUND
}
