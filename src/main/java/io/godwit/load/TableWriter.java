package io.godwit.load;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes batches of rows into one table over one connection. The caller owns the transaction: a
 * writer never commits.
 */
public interface TableWriter extends AutoCloseable {

  /**
   * Writes the rows as one unit (one COPY, one LOAD DATA, or a few INSERT statements). When the
   * target refuses the data, throws {@link RowFailureException} (naming the row when the product
   * says which) or another {@link SQLException}; the caller then rolls back what this call wrote.
   */
  void write(List<Object[]> rows) throws SQLException, IOException;

  /** How this writer writes, for reports: {@code COPY (binary)}, {@code LOAD DATA}, ... */
  String method();

  @Override
  void close() throws SQLException;
}
