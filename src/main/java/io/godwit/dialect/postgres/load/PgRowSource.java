package io.godwit.dialect.postgres.load;

import io.godwit.load.BadValue;
import io.godwit.load.LobStore;
import io.godwit.load.ReadColumn;
import io.godwit.load.RowSource;
import io.godwit.load.ValueKind;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.UUID;

/**
 * Streams a query's rows through a server-side cursor: autocommit is off and the fetch size set, so
 * the driver holds one fetch of rows at a time.
 */
final class PgRowSource implements RowSource {

  private final PreparedStatement statement;
  private final ResultSet rs;
  private final ValueKind[] kinds;
  private final boolean[] padded;
  private final String[] names;
  private final LobStore lobs;

  PgRowSource(PreparedStatement statement, List<ReadColumn> columns, LobStore lobs)
      throws SQLException {
    this.statement = statement;
    this.lobs = lobs;
    int n = columns.size();
    this.kinds = new ValueKind[n];
    this.padded = new boolean[n];
    this.names = new String[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = columns.get(i).kind();
      padded[i] = PgKinds.isPaddedChar(columns.get(i).type());
      names[i] = columns.get(i).name();
    }
    this.rs = statement.executeQuery();
  }

  @Override
  public boolean next(Object[] row) throws SQLException {
    if (!rs.next()) {
      return false;
    }
    for (int i = 0; i < kinds.length; i++) {
      row[i] = value(i, i + 1);
    }
    return true;
  }

  private Object value(int i, int c) throws SQLException {
    switch (kinds[i]) {
      case INTEGER -> {
        long v = rs.getLong(c);
        return rs.wasNull() ? null : v;
      }
      case DECIMAL -> {
        String s = rs.getString(c);
        if (s == null) {
          return null;
        }
        return switch (s) {
          case "NaN" -> Double.NaN;
          case "Infinity" -> Double.POSITIVE_INFINITY;
          case "-Infinity" -> Double.NEGATIVE_INFINITY;
          default -> new BigDecimal(s);
        };
      }
      case FLOAT32 -> {
        float v = rs.getFloat(c);
        return rs.wasNull() ? null : v;
      }
      case FLOAT64 -> {
        double v = rs.getDouble(c);
        return rs.wasNull() ? null : v;
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(c);
        return rs.wasNull() ? null : v;
      }
      case TEXT, JSON -> {
        String s = rs.getString(c);
        if (s != null && padded[i]) {
          s = stripPadding(s);
        }
        return lobs.text(s);
      }
      case UUID -> {
        return rs.getObject(c, UUID.class);
      }
      case BINARY -> {
        return lobs.binary(rs.getBytes(c));
      }
      case DATE -> {
        return rs.getObject(c, LocalDate.class);
      }
      case TIME -> {
        return rs.getObject(c, LocalTime.class);
      }
      case TIME_TZ -> {
        return rs.getObject(c, OffsetTime.class);
      }
      case TIMESTAMP -> {
        return rs.getObject(c, LocalDateTime.class);
      }
      case TIMESTAMP_TZ -> {
        return rs.getObject(c, OffsetDateTime.class);
      }
      default -> {
        return new BadValue(names[i], "unsupported kind " + kinds[i], rs.getString(c));
      }
    }
  }

  /** character(n) pads with blanks; the padding is not part of the value. */
  static String stripPadding(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  @Override
  public void abort() {
    try {
      statement.cancel();
    } catch (SQLException ignored) {
      // the statement is going away anyway
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      rs.close();
    } finally {
      statement.close();
    }
  }
}
