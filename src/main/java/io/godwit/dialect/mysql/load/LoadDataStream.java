package io.godwit.dialect.mysql.load;

import io.godwit.dialect.EncodeBuffer;
import io.godwit.load.LobValue;
import io.godwit.load.TemporalText;
import io.godwit.load.ValueKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The "file" LOAD DATA LOCAL INFILE reads: rows encoded on demand as tab-separated lines with
 * backslash escapes and {@code \N} for NULL, in UTF-8. Large values are copied from their temporary
 * file a chunk at a time, so the stream never holds a whole large value.
 */
final class LoadDataStream extends InputStream {

  static final byte[] ESCAPES = new byte[256];

  static {
    ESCAPES['\\'] = '\\';
    ESCAPES['\n'] = 'n';
    ESCAPES['\t'] = 't';
    ESCAPES[0] = '0';
  }

  private static final int FILL = 64 * 1024;

  private final List<Object[]> rows;
  private final ValueKind[] kinds;
  private final EncodeBuffer buffer = new EncodeBuffer(FILL + 16 * 1024);
  private final StringBuilder scratch = new StringBuilder(32);
  private final byte[] chunk = new byte[16 * 1024];
  private int row;
  private int col;
  private int readPos;
  private InputStream lob;
  private int failedRow = -1;
  private String failure;

  LoadDataStream(List<Object[]> rows, ValueKind[] kinds) {
    this.rows = rows;
    this.kinds = kinds;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  /** The row whose value could not be encoded, or -1. */
  int failedRow() {
    return failedRow;
  }

  /** Why {@link #failedRow()} could not be encoded. */
  String failure() {
    return failure;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (readPos >= buffer.size()) {
      buffer.reset();
      readPos = 0;
      try {
        if (!fill()) {
          return -1;
        }
      } catch (IllegalArgumentException | ClassCastException e) {
        // The driver only copes with IOException in the middle of LOAD DATA.
        failedRow = row;
        failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        throw new IOException("row " + (row + 1) + ": " + failure, e);
      }
    }
    int n = Math.min(len, buffer.size() - readPos);
    System.arraycopy(buffer.array(), readPos, b, off, n);
    readPos += n;
    return n;
  }

  private boolean fill() throws IOException {
    if (lob != null) {
      int n = lob.read(chunk);
      if (n > 0) {
        buffer.escaped(chunk, 0, n, ESCAPES);
        return true;
      }
      lob.close();
      lob = null;
      col++;
    }
    if (row >= rows.size()) {
      return false;
    }
    while (buffer.size() < FILL && row < rows.size()) {
      Object[] r = rows.get(row);
      for (; col < kinds.length; col++) {
        if (col > 0) {
          buffer.put('\t');
        }
        Object v = r[col];
        if (v instanceof LobValue large) {
          lob = large.open();
          return true;
        }
        value(v, kinds[col]);
      }
      buffer.put('\n');
      row++;
      col = 0;
    }
    return true;
  }

  private void value(Object v, ValueKind kind) {
    if (v == null) {
      buffer.put('\\');
      buffer.put('N');
      return;
    }
    switch (kind) {
      case INTEGER -> buffer.decimal((Long) v);
      case BOOLEAN -> buffer.put(((Boolean) v) ? '1' : '0');
      case DECIMAL -> buffer.ascii(((BigDecimal) v).toPlainString());
      case FLOAT32 -> buffer.ascii(Float.toString((Float) v));
      case FLOAT64 -> buffer.ascii(Double.toString((Double) v));
      case TEXT, JSON -> buffer.utf8((String) v, ESCAPES);
      case BINARY -> {
        byte[] b = (byte[]) v;
        buffer.escaped(b, 0, b.length, ESCAPES);
      }
      case UUID -> buffer.ascii(v.toString());
      case DATE -> buffer.ascii(TemporalText.date((LocalDate) v));
      case TIME -> {
        scratch.setLength(0);
        TemporalText.appendTime(scratch, (LocalTime) v);
        buffer.ascii(scratch.toString());
      }
      case TIMESTAMP -> {
        scratch.setLength(0);
        TemporalText.appendDateTime(scratch, (LocalDateTime) v);
        buffer.ascii(scratch.toString());
      }
      case TIMESTAMP_TZ -> {
        scratch.setLength(0);
        LocalDateTime utc =
            ((OffsetDateTime) v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        TemporalText.appendDateTime(scratch, utc);
        buffer.ascii(scratch.toString());
      }
      default -> buffer.utf8(v.toString(), ESCAPES);
    }
  }

  @Override
  public void close() throws IOException {
    if (lob != null) {
      lob.close();
      lob = null;
    }
  }
}
