package io.godwit.load.engine;

/** What happens to a target table before it loads (the DMS target table preparation modes). */
public enum PrepMode {
  /** Drop the table and create it again from the converted DDL. */
  DROP_AND_CREATE,
  /** Empty the table. */
  TRUNCATE_BEFORE_LOAD,
  /** Leave the table as it is and add the rows. */
  DO_NOTHING
}
