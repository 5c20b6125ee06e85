package io.godwit.load.state;

import io.godwit.load.DeferredObject;
import io.godwit.load.TableRef;
import io.godwit.load.ValueKind;
import io.godwit.load.progress.TableState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task's saved state.
 *
 * @param taskId an identifier made when the task started
 * @param created when the task first started
 * @param updated when this state was saved
 * @param status running, completed, stopped, cancelled
 * @param source the source, described safely
 * @param target the target, described safely
 * @param options the options that shape what is loaded (preparation mode, error policy...)
 * @param mapping the table mapping as DMS JSON, or {@code null} when the default mapping was used
 * @param tables each table's progress
 * @param deferred the objects set aside while loading
 */
public record LoadState(
    String taskId,
    Instant created,
    Instant updated,
    String status,
    String source,
    String target,
    Map<String, String> options,
    String mapping,
    List<TableEntry> tables,
    List<DeferredEntry> deferred) {

  public LoadState {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    tables = List.copyOf(tables);
    deferred = List.copyOf(deferred);
  }

  /** One table's progress. */
  public record TableEntry(
      TableRef source,
      TableRef target,
      TableState state,
      boolean prepared,
      boolean restartByRange,
      List<String> rangeColumns,
      List<ValueKind> rangeKinds,
      List<SegmentEntry> segments,
      long rejected,
      String error,
      boolean postLoadDone,
      String method) {
    public TableEntry {
      rangeColumns = List.copyOf(rangeColumns);
      rangeKinds = List.copyOf(rangeKinds);
      segments = List.copyOf(segments);
    }

    public long rowsLoaded() {
      return segments.stream().filter(SegmentEntry::done).mapToLong(SegmentEntry::rows).sum();
    }
  }

  /**
   * One key-range segment: bounds as canonical values of the table's range kinds ({@code null} for
   * unbounded), and whether its rows are committed.
   */
  public record SegmentEntry(
      int id, List<Object> lower, List<Object> upper, boolean nulls, boolean done, long rows) {}

  /** An object set aside: whether its disable statements ran, and whether it has been put back. */
  public record DeferredEntry(DeferredObject object, boolean disabled, boolean restored) {}
}
