package io.godwit.dialect.mysql.load;

import io.godwit.load.BadValue;
import io.godwit.load.LobStore;
import io.godwit.load.NoteSink;
import io.godwit.load.ReadColumn;
import io.godwit.load.RowSource;
import io.godwit.load.TemporalText;
import io.godwit.load.ValueKind;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Streams rows with Connector/J's streaming result set (fetch size {@code Integer.MIN_VALUE}): the
 * driver reads one row from the socket at a time. Dates and times are read as the server's text and
 * parsed here, so zero dates ({@code 0000-00-00}, {@code 2020-00-00}) become NULL with a note
 * rather than an exception, and TIMESTAMP values are read in UTC (the session's time zone).
 */
final class MySqlRowSource implements RowSource {

  private final PreparedStatement statement;
  private final ResultSet rs;
  private final ValueKind[] kinds;
  private final boolean[] text;
  private final String[] names;
  private final LobStore lobs;
  private final NoteSink notes;

  /**
   * @param text which columns may be delivered in their text form (the protocol's own bytes, see
   *     {@link io.godwit.load.SourceText}); the caller checked that their types allow it
   */
  MySqlRowSource(
      PreparedStatement statement,
      List<ReadColumn> columns,
      boolean[] text,
      LobStore lobs,
      NoteSink notes)
      throws SQLException {
    this.statement = statement;
    this.text = text.clone();
    this.lobs = lobs;
    this.notes = notes;
    int n = columns.size();
    this.kinds = new ValueKind[n];
    this.names = new String[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = columns.get(i).kind();
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
      row[i] = text[i] ? text(i, i + 1) : value(i, i + 1);
    }
    return true;
  }

  /**
   * The value's bytes as the server sent them, which for the columns asked for are its text form; a
   * zero date, and a text too large to keep in memory, go the usual way instead.
   */
  private Object text(int i, int c) throws SQLException {
    byte[] b = rs.getBytes(c);
    if (b == null) {
      return null;
    }
    switch (kinds[i]) {
      case DATE, TIMESTAMP -> {
        if (zeroDate(b)) {
          return temporal(i, new String(b, StandardCharsets.ISO_8859_1));
        }
        return b;
      }
      case TEXT, JSON -> {
        return b.length > lobs.inlineLimit() ? lobs.text(new String(b, StandardCharsets.UTF_8)) : b;
      }
      default -> {
        return b;
      }
    }
  }

  /** Whether a date's year, month or day is zero (or the text is not a date at all). */
  private static boolean zeroDate(byte[] b) {
    if (b.length < 10 || b[4] != '-' || b[7] != '-') {
      return true;
    }
    boolean year = b[0] == '0' && b[1] == '0' && b[2] == '0' && b[3] == '0';
    return year || (b[5] == '0' && b[6] == '0') || (b[8] == '0' && b[9] == '0');
  }

  private Object value(int i, int c) throws SQLException {
    switch (kinds[i]) {
      case INTEGER -> {
        long v = rs.getLong(c);
        return rs.wasNull() ? null : v;
      }
      case DECIMAL -> {
        return rs.getBigDecimal(c);
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
        return lobs.text(rs.getString(c));
      }
      case BINARY -> {
        return lobs.binary(rs.getBytes(c));
      }
      case UUID -> {
        String s = rs.getString(c);
        return s == null ? null : UUID.fromString(s);
      }
      case DATE -> {
        try {
          return rs.getObject(c, LocalDate.class);
        } catch (SQLException | RuntimeException e) {
          return temporal(i, rs.getString(c));
        }
      }
      case TIMESTAMP -> {
        try {
          return rs.getObject(c, LocalDateTime.class);
        } catch (SQLException | RuntimeException e) {
          return temporal(i, rs.getString(c));
        }
      }
      case TIMESTAMP_TZ -> {
        try {
          LocalDateTime t = rs.getObject(c, LocalDateTime.class);
          return t == null ? null : t.atOffset(ZoneOffset.UTC);
        } catch (SQLException | RuntimeException e) {
          return temporal(i, rs.getString(c));
        }
      }
      case TIME -> {
        try {
          return rs.getObject(c, LocalTime.class);
        } catch (SQLException | RuntimeException e) {
          String s = rs.getString(c);
          return s == null ? null : time(i, s);
        }
      }
      default -> {
        return new BadValue(names[i], "unsupported kind " + kinds[i], rs.getString(c));
      }
    }
  }

  /**
   * A date or time the driver would not turn into a value: a zero date (NULL, with a note) or
   * something unreadable. Connector/J reads values in the session's time zone (UTC) as they are,
   * without moving them to the JVM's.
   */
  private Object temporal(int i, String s) {
    if (s == null) {
      return null;
    }
    int[] f = TemporalText.fields(s);
    if (f == null) {
      return new BadValue(names[i], "'" + s + "' is not a date", s);
    }
    if (f[0] == 0 || f[1] == 0 || f[2] == 0) {
      notes.note(names[i], "zero dates (0000-00-00) loaded as NULL");
      return null;
    }
    try {
      if (kinds[i] == ValueKind.DATE) {
        return LocalDate.of(f[0], f[1], f[2]);
      }
      LocalDateTime t = LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
      return kinds[i] == ValueKind.TIMESTAMP ? t : t.atOffset(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return new BadValue(names[i], "'" + s + "' is not a valid date", s);
    }
  }

  private Object time(int i, String s) {
    try {
      return TemporalText.parseTime(s);
    } catch (DateTimeException | IllegalArgumentException e) {
      return new BadValue(
          names[i], "time '" + s + "' is not a time of day (00:00:00 to 23:59:59)", s);
    }
  }

  @Override
  public void abort() {
    try {
      statement.cancel();
    } catch (SQLException ignored) {
      // the connection is discarded by the caller
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

  /** The time of day {@code text} names (used by tests). */
  static LocalTime parseTime(String text) {
    return TemporalText.parseTime(text);
  }
}
