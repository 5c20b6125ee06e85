package io.godwit.load;

import java.io.IOException;
import java.sql.SQLException;

/** A stream of rows from one query; memory stays flat however many rows it returns. */
public interface RowSource extends AutoCloseable {

  /**
   * Puts the next row's values into {@code row} (one per requested column, of its kind, or a {@link
   * BadValue}) and returns {@code true}, or returns {@code false} at the end.
   */
  boolean next(Object[] row) throws SQLException, IOException;

  /**
   * Gives up on the rest of the rows as fast as possible (without reading them to the end), for
   * example when the target failed. The connection may be unusable afterwards.
   */
  void abort();

  @Override
  void close() throws SQLException;
}
