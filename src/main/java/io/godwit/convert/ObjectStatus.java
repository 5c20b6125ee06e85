package io.godwit.convert;

import java.util.Locale;

/** The outcome of converting one object. */
public enum ObjectStatus {
  /** Converted automatically: no item needs action (informational items may remain). */
  CONVERTED,
  /** Converted with items that need action; not counted as converted. */
  ACTIONS,
  /** Nothing usable was produced (did not parse, could not be read, failed). */
  FAILED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
