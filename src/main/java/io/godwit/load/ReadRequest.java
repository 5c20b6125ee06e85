package io.godwit.load;

import java.util.List;

/**
 * What a reader streams: these columns of this table, the rows matching {@code filter}.
 *
 * @param table the table
 * @param columns the columns, in the order values are delivered
 * @param filter the rows to read, or {@code null} for every row
 * @param fetchSize how many rows to ask the driver for at once (the reader may lower it)
 * @param lobs where large values go
 * @param notes where notes about changed values go
 */
public record ReadRequest(
    TableRef table,
    List<ReadColumn> columns,
    Condition filter,
    int fetchSize,
    LobStore lobs,
    NoteSink notes) {

  public ReadRequest {
    columns = List.copyOf(columns);
    notes = notes == null ? NoteSink.none() : notes;
  }
}
