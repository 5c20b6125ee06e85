package io.godwit.dialect;

import io.godwit.load.RowFailureException;
import io.godwit.load.TableWriter;
import io.godwit.load.WriteColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The fallback writer: batched multi-row {@code INSERT ... VALUES (...), (...)} statements with
 * bind parameters, for targets where the bulk path is not available. The dialect gives the
 * statement's head (which names the table and columns in its own quoting) and says how to find the
 * bad row in its error messages.
 */
public final class MultiRowInsertWriter implements TableWriter {

  /** Binds one value; dialects override the generic binding for their own types. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement ps, int index, Object value, WriteColumn column)
        throws SQLException;
  }

  private static final int MAX_PARAMETERS = 30_000;

  private final Connection connection;
  private final String head;
  private final String rowPlaceholders;
  private final List<WriteColumn> columns;
  private final Binder binder;
  private final ToIntFunction<SQLException> badRowOf;
  private final int rowsPerStatement;
  private PreparedStatement full;

  /**
   * @param head the statement up to and including {@code VALUES }
   * @param rowPlaceholders one row's placeholders, {@code (?, ?, ?)}, possibly with casts
   * @param badRowOf the 0-based row of a failed statement named by the error, or -1
   */
  public MultiRowInsertWriter(
      Connection connection,
      String head,
      String rowPlaceholders,
      List<WriteColumn> columns,
      Binder binder,
      ToIntFunction<SQLException> badRowOf) {
    this.connection = connection;
    this.head = head;
    this.rowPlaceholders = rowPlaceholders;
    this.columns = List.copyOf(columns);
    this.binder = binder;
    this.badRowOf = badRowOf;
    this.rowsPerStatement =
        Math.max(1, Math.min(500, MAX_PARAMETERS / Math.max(1, columns.size())));
  }

  @Override
  public void write(List<Object[]> rows) throws SQLException {
    int done = 0;
    while (done < rows.size()) {
      int n = Math.min(rowsPerStatement, rows.size() - done);
      PreparedStatement ps = n == rowsPerStatement ? full() : connection.prepareStatement(sql(n));
      try {
        int p = 1;
        for (int r = done; r < done + n; r++) {
          Object[] row = rows.get(r);
          for (int c = 0; c < columns.size(); c++) {
            binder.bind(ps, p++, row[c], columns.get(c));
          }
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        int bad = n == 1 ? 0 : badRowOf.applyAsInt(e);
        if (bad >= 0 && bad < n) {
          throw new RowFailureException(DatabaseErrors.firstLine(e.getMessage()), done + bad, e);
        }
        throw e;
      } finally {
        if (ps != full) {
          ps.close();
        }
      }
      done += n;
    }
  }

  private PreparedStatement full() throws SQLException {
    if (full == null) {
      full = connection.prepareStatement(sql(rowsPerStatement));
    }
    return full;
  }

  private String sql(int rows) {
    StringBuilder s = new StringBuilder(head.length() + rows * (rowPlaceholders.length() + 2));
    s.append(head);
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(rowPlaceholders);
    }
    return s.toString();
  }

  @Override
  public String method() {
    return "INSERT";
  }

  @Override
  public void close() throws SQLException {
    if (full != null) {
      full.close();
      full = null;
    }
  }
}
