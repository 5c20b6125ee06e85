package io.godwit.load.progress;

import java.util.Locale;

/** A table's place in a load task, named as AWS DMS names them. */
public enum TableState {
  /** Waiting for a free worker. */
  QUEUED,
  /** Rows are moving. */
  LOADING,
  /** Every row is in, indexes and triggers are back. */
  COMPLETED,
  /** The table failed (or was suspended by the error policy). */
  ERROR,
  /** Counts and checksums are being compared. */
  VALIDATING,
  /** Source and target agree. */
  VALIDATED,
  /** Source and target differ; the mismatched key ranges are listed. */
  MISMATCHED;

  /** Lower-case name for people ("validated"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether nothing more will happen to the table in this run. */
  public boolean isFinal() {
    return this == COMPLETED || this == ERROR || this == VALIDATED || this == MISMATCHED;
  }
}
