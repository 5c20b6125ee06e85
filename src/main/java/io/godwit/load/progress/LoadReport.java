package io.godwit.load.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a task ended, table by table: the JSON report and the final table on the terminal.
 *
 * @param outcome how the task ended
 * @param message one line on why it ended that way (the error, or how to resume), or {@code null}
 * @param started when this run started
 * @param finished when it ended
 * @param source the source, described safely (no password)
 * @param target the target, described safely
 * @param options the task's options as shown to the user
 * @param tables every table's final status
 * @param notes notes per table ("3 zero dates in orders.shipped loaded as NULL")
 * @param rejectFiles the reject file of each table that rejected rows
 */
public record LoadReport(
    Outcome outcome,
    String message,
    Instant started,
    Instant finished,
    String source,
    String target,
    Map<String, String> options,
    List<TableStatus> tables,
    Map<String, List<String>> notes,
    Map<String, String> rejectFiles) {

  /** How a task ended. */
  public enum Outcome {
    /** Every table loaded (and validated, when asked). */
    COMPLETED,
    /** The task ran to its end but some tables failed or mismatched. */
    COMPLETED_WITH_ERRORS,
    /** The error policy or a lost connection stopped the task; it can be resumed. */
    STOPPED,
    /** The task was cancelled; it can be resumed. */
    CANCELLED
  }

  public LoadReport {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    tables = List.copyOf(tables);
    notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    rejectFiles = Collections.unmodifiableMap(new LinkedHashMap<>(rejectFiles));
  }

  public Duration duration() {
    return Duration.between(started, finished);
  }

  public long totalRows() {
    return tables.stream().mapToLong(TableStatus::rows).sum();
  }

  public long totalRejected() {
    return tables.stream().mapToLong(TableStatus::rejected).sum();
  }
}
