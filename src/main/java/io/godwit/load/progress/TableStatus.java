package io.godwit.load.progress;

import io.godwit.load.TableRef;
import java.time.Duration;
import java.util.List;

/**
 * One table of a running task at one moment: what a task view shows in a row.
 *
 * @param source the source table
 * @param target the target table
 * @param state where the table is
 * @param rows rows loaded so far (committed and in flight)
 * @param estimatedRows the source's row count estimate, or -1
 * @param bytes approximate size of the values loaded
 * @param rejected rows written to the reject file
 * @param rowsPerSecond the rate since the table started loading in this run
 * @param eta time left at that rate, or {@code null} when unknown
 * @param elapsed time spent loading this table in this run
 * @param segmentsDone segments committed
 * @param segments segments in all
 * @param method how rows are written ({@code COPY (binary)}, {@code LOAD DATA}, ...), or {@code
 *     null} before the first write
 * @param message the error, or a note, or {@code null}
 * @param mismatches where validation found differences
 */
public record TableStatus(
    TableRef source,
    TableRef target,
    TableState state,
    long rows,
    long estimatedRows,
    long bytes,
    long rejected,
    double rowsPerSecond,
    Duration eta,
    Duration elapsed,
    int segmentsDone,
    int segments,
    String method,
    String message,
    List<Mismatch> mismatches) {

  public TableStatus {
    mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
  }

  /** Progress from 0 to 1, or -1 when the size is unknown. */
  public double fraction() {
    if (state.isFinal() && state != TableState.ERROR) {
      return 1;
    }
    if (estimatedRows <= 0) {
      return segments > 0 ? (double) segmentsDone / segments : -1;
    }
    return Math.min(1, (double) rows / estimatedRows);
  }
}
