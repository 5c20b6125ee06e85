package io.godwit.load;

import java.util.List;
import java.util.Set;

/**
 * What a reader streams: these columns of this table, the rows matching {@code filter}.
 *
 * @param table the table
 * @param columns the columns, in the order values are delivered
 * @param filter the rows to read, or {@code null} for every row
 * @param fetchSize how many rows to ask the driver for at once (the reader may lower it)
 * @param lobs where large values go
 * @param notes where notes about changed values go
 * @param textColumns the positions (from 0) of the columns whose values may be delivered in their
 *     text form ({@link SourceText}); a reader that cannot do so delivers them as usual
 */
public record ReadRequest(
    TableRef table,
    List<ReadColumn> columns,
    Condition filter,
    int fetchSize,
    LobStore lobs,
    NoteSink notes,
    Set<Integer> textColumns) {

  public ReadRequest {
    columns = List.copyOf(columns);
    notes = notes == null ? NoteSink.none() : notes;
    textColumns = textColumns == null ? Set.of() : Set.copyOf(textColumns);
  }

  /** A request for every value as the Java object of its kind. */
  public ReadRequest(
      TableRef table,
      List<ReadColumn> columns,
      Condition filter,
      int fetchSize,
      LobStore lobs,
      NoteSink notes) {
    this(table, columns, filter, fetchSize, lobs, notes, Set.of());
  }

  /** Whether the value of column {@code index} may come in its text form. */
  public boolean text(int index) {
    return textColumns.contains(index);
  }
}
