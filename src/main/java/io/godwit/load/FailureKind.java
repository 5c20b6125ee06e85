package io.godwit.load;

/** What a database failure means for a load. */
public enum FailureKind {
  /** The data was refused (bad value, constraint): narrow the batch down to the bad rows. */
  DATA,
  /** The connection went away: the unit of work can be retried on a new connection. */
  CONNECTION,
  /** Anything else (missing table, permission): the table cannot be loaded as it is. */
  FATAL
}
