package io.godwit.dialect.mysql.load;

import com.mysql.cj.jdbc.JdbcStatement;
import io.godwit.dialect.DatabaseErrors;
import io.godwit.load.RowFailureException;
import io.godwit.load.TableWriter;
import io.godwit.load.ValueKind;
import io.godwit.load.WriteColumn;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each batch with one {@code LOAD DATA LOCAL INFILE} whose "file" is a stream of the encoded
 * rows ({@link LoadDataStream}). With LOCAL, the server turns data errors into warnings and keeps
 * going, so every warning fails the batch; the caller rolls back and the warning's "at row N" names
 * the bad row.
 */
final class MySqlLoadDataWriter implements TableWriter {

  private final Statement statement;
  private final JdbcStatement jdbc;
  private final String sql;
  private final ValueKind[] kinds;
  private final String[] names;

  MySqlLoadDataWriter(Connection connection, String table, List<WriteColumn> columns)
      throws SQLException {
    this.statement = connection.createStatement();
    this.jdbc = statement.unwrap(JdbcStatement.class);
    this.kinds = new ValueKind[columns.size()];
    this.names = new String[columns.size()];
    List<String> targets = new ArrayList<>();
    List<String> sets = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      WriteColumn c = columns.get(i);
      kinds[i] = c.kind();
      names[i] = c.name();
      if (MySqlKinds.needsCast(c.type())) {
        String variable = "@v" + i;
        targets.add(variable);
        sets.add(MySqlSql.quote(c.name()) + " = cast(" + variable + " as unsigned)");
      } else {
        targets.add(MySqlSql.quote(c.name()));
      }
    }
    this.sql =
        "load data local infile 'godwit-stream' into table "
            + table
            + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\'"
            + " lines terminated by '\\n' ("
            + String.join(", ", targets)
            + ")"
            + (sets.isEmpty() ? "" : " set " + String.join(", ", sets));
  }

  @Override
  public String method() {
    return "LOAD DATA";
  }

  @Override
  public void write(List<Object[]> rows) throws SQLException, IOException {
    for (int r = 0; r < rows.size(); r++) {
      String problem = problem(rows.get(r));
      if (problem != null) {
        throw new RowFailureException(problem, r, null);
      }
    }
    LoadDataStream stream = new LoadDataStream(rows, kinds);
    jdbc.setLocalInfileInputStream(stream);
    long loaded;
    try {
      statement.clearWarnings();
      loaded = statement.executeLargeUpdate(sql);
    } catch (SQLException e) {
      if (stream.failedRow() >= 0) {
        throw new RowFailureException(stream.failure(), stream.failedRow(), e);
      }
      throw e;
    } finally {
      try {
        jdbc.setLocalInfileInputStream(null);
      } catch (RuntimeException ignored) {
        // the connection is gone; the caller sees the statement's failure
      }
    }
    SQLWarning warning = statement.getWarnings();
    if (warning != null) {
      throw new RowFailureException(
          DatabaseErrors.firstLine(warning.getMessage()), MySqlErrors.rowOf(warning), warning);
    }
    if (loaded != rows.size()) {
      throw new RowFailureException(
          "the server loaded " + loaded + " of " + rows.size() + " rows", -1, null);
    }
  }

  /** What MySQL cannot store of this row, checked before anything is sent; {@code null} if none. */
  private String problem(Object[] row) {
    for (int i = 0; i < kinds.length; i++) {
      Object v = row[i];
      if (v == null) {
        continue;
      }
      String p =
          switch (kinds[i]) {
            case DECIMAL -> v instanceof BigDecimal ? null : "MySQL cannot store " + v;
            case FLOAT32 -> finite(((Float) v).doubleValue());
            case FLOAT64 -> finite((Double) v);
            case DATE -> year(((LocalDate) v).getYear());
            case TIMESTAMP -> year(((LocalDateTime) v).getYear());
            case TIMESTAMP_TZ -> year(((OffsetDateTime) v).getYear());
            default -> null;
          };
      if (p != null) {
        return "column " + names[i] + ": " + p;
      }
    }
    return null;
  }

  private static String finite(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? "MySQL cannot store " + d : null;
  }

  private static String year(int year) {
    return year < 1 || year > 9999 ? "MySQL cannot store a date in year " + year : null;
  }

  @Override
  public void close() throws SQLException {
    statement.close();
  }
}
