package io.godwit.load.engine;

import io.godwit.load.KeyRange;

/** One key range of a table, and whether its rows are committed on the target. */
final class Segment {

  final int id;
  final KeyRange range;
  volatile boolean done;
  volatile long rows;

  /** Rows of this range may already be on the target: delete them before loading. */
  volatile boolean needsCleanup;

  Segment(int id, KeyRange range) {
    this.id = id;
    this.range = range;
  }
}
