package io.godwit.load.engine;

/** What a task does with a row the target refuses or that cannot be converted. */
public enum ErrorPolicy {
  /** Stop the whole task; it can be resumed after the data is fixed. */
  STOP,
  /** Put the table in error and go on with the others. */
  SUSPEND,
  /** Write the row to the table's reject file and go on. */
  REJECT
}
