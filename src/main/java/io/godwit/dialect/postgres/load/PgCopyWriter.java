package io.godwit.dialect.postgres.load;

import io.godwit.dialect.DatabaseErrors;
import io.godwit.dialect.EncodeBuffer;
import io.godwit.load.RowFailureException;
import io.godwit.load.TableWriter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Writes each batch as one {@code COPY ... FROM STDIN}, streaming the encoded rows to the server in
 * chunks, so neither side holds the batch twice. When the server refuses a row it names its line,
 * which is the row's position in the batch.
 */
final class PgCopyWriter implements TableWriter {

  private static final int CHUNK = 256 * 1024;

  private final CopyManager copy;
  private final String sql;
  private final PgCopyEncoder encoder;
  private final EncodeBuffer buffer = new EncodeBuffer(CHUNK + 64 * 1024);
  private CopyIn in;

  PgCopyWriter(Connection connection, String sql, PgCopyEncoder encoder) throws SQLException {
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.sql = sql;
    this.encoder = encoder;
  }

  @Override
  public String method() {
    return "COPY (" + encoder.format() + ")";
  }

  @Override
  public void write(List<Object[]> rows) throws SQLException, IOException {
    buffer.reset();
    in = copy.copyIn(sql);
    int index = 0;
    try {
      encoder.header(buffer);
      for (; index < rows.size(); index++) {
        int mark = buffer.size();
        try {
          encoder.row(buffer, rows.get(index), this::flushIfFull);
        } catch (IllegalArgumentException | ClassCastException e) {
          buffer.truncate(mark);
          throw new RowFailureException(message(e), index, null);
        }
        flushIfFull();
      }
      encoder.trailer(buffer);
      flush();
      in.endCopy();
    } catch (SQLException e) {
      cancel();
      throw classified(e);
    } catch (RuntimeException | IOException e) {
      cancel();
      throw e;
    } finally {
      in = null;
    }
  }

  private static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void flushIfFull() throws SQLException {
    if (buffer.size() >= CHUNK) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (buffer.size() > 0) {
      in.writeToCopy(buffer.array(), 0, buffer.size());
      buffer.reset();
    }
  }

  private void cancel() {
    CopyIn active = in;
    if (active != null && active.isActive()) {
      try {
        active.cancelCopy();
      } catch (SQLException ignored) {
        // the server already ended the copy; the caller rolls back
      }
    }
  }

  /** A data error that names its line becomes a failure of that row. */
  private static SQLException classified(SQLException e) {
    if (e instanceof RowFailureException) {
      return e;
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (!(state.startsWith("22") || state.startsWith("23") || state.equals("54000"))) {
      return e;
    }
    int line = -1;
    if (e instanceof PSQLException p) {
      ServerErrorMessage m = p.getServerErrorMessage();
      if (m != null && m.getWhere() != null) {
        line = lineOf(m.getWhere());
      }
    }
    String text = DatabaseErrors.firstLine(e.getMessage() == null ? state : e.getMessage());
    return new RowFailureException(text, line > 0 ? line - 1 : -1, e);
  }

  /** The number after "line " in a COPY error context ("COPY t, line 3, column x: ..."). */
  static int lineOf(String where) {
    int at = where.indexOf("line ");
    if (at < 0) {
      return -1;
    }
    int i = at + 5;
    int n = 0;
    boolean any = false;
    while (i < where.length() && Character.isDigit(where.charAt(i))) {
      n = n * 10 + (where.charAt(i) - '0');
      i++;
      any = true;
    }
    return any ? n : -1;
  }

  @Override
  public void close() {
    cancel();
  }
}
