package io.godwit.load;

import java.util.List;

/**
 * What a writer writes: rows of these columns into this table.
 *
 * @param table the target table
 * @param columns the columns, in the order of each row's values
 * @param method how to write
 */
public record WriteRequest(TableRef table, List<WriteColumn> columns, WriteMethod method) {

  public WriteRequest {
    columns = List.copyOf(columns);
  }
}
