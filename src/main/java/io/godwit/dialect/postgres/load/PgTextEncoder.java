package io.godwit.dialect.postgres.load;

import io.godwit.dialect.EncodeBuffer;
import io.godwit.load.LobValue;
import io.godwit.load.TemporalText;
import io.godwit.load.ValueKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;

/**
 * COPY's text format: tab-separated columns, one line per row, {@code \N} for NULL, and backslash
 * escapes for backslash, tab, newline and carriage return.
 */
final class PgTextEncoder implements PgCopyEncoder {

  static final byte[] ESCAPES = new byte[128];

  static {
    ESCAPES['\\'] = '\\';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
    ESCAPES['\t'] = 't';
  }

  private final ValueKind[] kinds;
  private final boolean[] bits;
  private final StringBuilder scratch = new StringBuilder(40);
  private final byte[] chunk = new byte[32 * 1024];

  /**
   * @param kinds each column's kind
   * @param bits which columns are {@code bit(1)}: booleans go there as 1 and 0, not t and f
   */
  PgTextEncoder(ValueKind[] kinds, boolean[] bits) {
    this.kinds = kinds.clone();
    this.bits = bits.clone();
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void header(EncodeBuffer out) {}

  @Override
  public void trailer(EncodeBuffer out) {}

  @Override
  public void row(EncodeBuffer out, Object[] row, Flusher flusher)
      throws SQLException, IOException {
    for (int i = 0; i < kinds.length; i++) {
      if (i > 0) {
        out.put('\t');
      }
      Object v = row[i];
      if (v == null) {
        out.put('\\');
        out.put('N');
      } else if (bits[i] && v instanceof Boolean b) {
        out.put(b ? '1' : '0');
      } else if (v instanceof byte[] text && kinds[i] != ValueKind.BINARY) {
        // A value in its text form (SourceText), which is PostgreSQL's input form too.
        out.escaped(text, 0, text.length, ESCAPES);
      } else {
        value(out, kinds[i], v, flusher);
      }
    }
    out.put('\n');
  }

  private void value(EncodeBuffer out, ValueKind kind, Object v, Flusher flusher)
      throws SQLException, IOException {
    switch (kind) {
      case INTEGER -> out.decimal((Long) v);
      case BOOLEAN -> out.put(((Boolean) v) ? 't' : 'f');
      case DECIMAL -> {
        if (v instanceof BigDecimal d) {
          out.ascii(d.toPlainString());
        } else {
          out.ascii(special((Double) v));
        }
      }
      case FLOAT32 -> out.ascii(floatText((Float) v));
      case FLOAT64 -> out.ascii(doubleText((Double) v));
      case TEXT, JSON -> {
        if (v instanceof LobValue lob) {
          streamEscaped(out, lob, flusher);
        } else {
          out.utf8((String) v, ESCAPES);
        }
      }
      case BINARY -> {
        out.put('\\');
        out.put('\\');
        out.put('x');
        if (v instanceof LobValue lob) {
          streamHex(out, lob, flusher);
        } else {
          byte[] b = (byte[]) v;
          out.hex(b, 0, b.length);
        }
      }
      case DATE -> date(out, (LocalDate) v);
      case TIMESTAMP -> timestamp(out, (LocalDateTime) v, null);
      case TIMESTAMP_TZ -> {
        OffsetDateTime t = (OffsetDateTime) v;
        if (t.equals(OffsetDateTime.MAX)) {
          out.ascii("infinity");
        } else if (t.equals(OffsetDateTime.MIN)) {
          out.ascii("-infinity");
        } else {
          timestamp(out, t.toLocalDateTime(), t.getOffset());
        }
      }
      case TIME -> {
        scratch.setLength(0);
        TemporalText.appendTime(scratch, (LocalTime) v);
        out.ascii(scratch.toString());
      }
      case TIME_TZ -> out.ascii(TemporalText.timeTz((OffsetTime) v));
      case UUID -> out.ascii(v.toString());
    }
  }

  static String special(Double d) {
    if (d.isNaN()) {
      return "NaN";
    }
    return d > 0 ? "Infinity" : "-Infinity";
  }

  static String floatText(Float f) {
    return f.isNaN() || f.isInfinite() ? special((double) f) : Float.toString(f);
  }

  static String doubleText(Double d) {
    return d.isNaN() || d.isInfinite() ? special(d) : Double.toString(d);
  }

  private void date(EncodeBuffer out, LocalDate d) {
    if (d.equals(LocalDate.MAX)) {
      out.ascii("infinity");
      return;
    }
    if (d.equals(LocalDate.MIN)) {
      out.ascii("-infinity");
      return;
    }
    scratch.setLength(0);
    boolean bc = d.getYear() <= 0;
    TemporalText.appendDate(scratch, bc ? d.withYear(1 - d.getYear()) : d);
    if (bc) {
      scratch.append(" BC");
    }
    out.ascii(scratch.toString());
  }

  private void timestamp(EncodeBuffer out, LocalDateTime t, ZoneOffset offset) {
    if (t.equals(LocalDateTime.MAX)) {
      out.ascii("infinity");
      return;
    }
    if (t.equals(LocalDateTime.MIN)) {
      out.ascii("-infinity");
      return;
    }
    scratch.setLength(0);
    boolean bc = t.getYear() <= 0;
    TemporalText.appendDateTime(scratch, bc ? t.withYear(1 - t.getYear()) : t);
    if (offset != null) {
      TemporalText.appendOffset(scratch, offset);
    }
    if (bc) {
      scratch.append(" BC");
    }
    out.ascii(scratch.toString());
  }

  private void streamEscaped(EncodeBuffer out, LobValue lob, Flusher flusher)
      throws IOException, SQLException {
    try (InputStream in = lob.open()) {
      int n;
      while ((n = in.read(chunk)) > 0) {
        out.escaped(chunk, 0, n, ESCAPES);
        flusher.flushIfFull();
      }
    }
  }

  private void streamHex(EncodeBuffer out, LobValue lob, Flusher flusher)
      throws IOException, SQLException {
    try (InputStream in = lob.open()) {
      int n;
      while ((n = in.read(chunk)) > 0) {
        out.hex(chunk, 0, n);
        flusher.flushIfFull();
      }
    }
  }
}
