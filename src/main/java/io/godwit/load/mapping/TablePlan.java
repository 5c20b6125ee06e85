package io.godwit.load.mapping;

import io.godwit.load.Condition;
import io.godwit.load.TableRef;
import io.godwit.load.mapping.TableMapping.ParallelLoad;
import java.util.List;

/**
 * One table of a load, as the rules decided it.
 *
 * @param source the source table
 * @param target the target table
 * @param columns the columns that load, in source order
 * @param filter the rows that load ({@code null}: all)
 * @param parallel the table's parallel-load setting, or {@code null} for the default (split big
 *     tables with an integer primary key)
 * @param primaryKey the source primary key columns (empty when there is none)
 * @param loadOrder higher loads first (DMS load-order)
 */
public record TablePlan(
    TableRef source,
    TableRef target,
    List<ColumnPlan> columns,
    Condition filter,
    ParallelLoad parallel,
    List<String> primaryKey,
    int loadOrder) {

  public TablePlan {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  /** The plan of a source column, if it loads. */
  public java.util.Optional<ColumnPlan> column(String sourceName) {
    return columns.stream().filter(c -> c.source().equals(sourceName)).findFirst();
  }
}
