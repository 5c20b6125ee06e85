package io.godwit.dialect.postgres.load;

import io.godwit.dialect.EncodeBuffer;
import java.io.IOException;
import java.sql.SQLException;

/** Encodes rows in one of COPY's formats. */
interface PgCopyEncoder {

  /** Lets an encoder hand over what it has buffered while it streams a large value. */
  @FunctionalInterface
  interface Flusher {
    void flushIfFull() throws SQLException;
  }

  /** The COPY option naming the format: {@code text} or {@code binary}. */
  String format();

  void header(EncodeBuffer out);

  /**
   * Appends one row.
   *
   * @throws IllegalArgumentException when a value cannot be written in this format (the row is bad)
   */
  void row(EncodeBuffer out, Object[] row, Flusher flusher) throws SQLException, IOException;

  void trailer(EncodeBuffer out);
}
