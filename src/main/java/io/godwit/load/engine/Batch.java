package io.godwit.load.engine;

import io.godwit.load.LobValue;
import java.util.ArrayList;
import java.util.List;

/** Rows read from the source and converted to the target's kinds, on their way to the writer. */
final class Batch {

  /** A row that could not be converted: its source values and why. */
  record BadRow(Object[] values, String message) {}

  final List<Object[]> rows = new ArrayList<>();
  final List<BadRow> bad = new ArrayList<>();
  long bytes;
  long dataBytes;

  /** Whether a row may hold a large value in a temporary file (bad rows are always looked at). */
  boolean lobs;

  boolean isEmpty() {
    return rows.isEmpty() && bad.isEmpty();
  }

  int size() {
    return rows.size() + bad.size();
  }

  /** Deletes the temporary files of the large values this batch holds. */
  void releaseLobs() {
    if (lobs) {
      for (Object[] row : rows) {
        release(row);
      }
    }
    for (BadRow b : bad) {
      release(b.values());
    }
  }

  static void release(Object[] row) {
    for (Object v : row) {
      if (v instanceof LobValue lob) {
        lob.release();
      }
    }
  }
}
