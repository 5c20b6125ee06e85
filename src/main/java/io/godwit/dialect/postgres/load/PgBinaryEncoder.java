package io.godwit.dialect.postgres.load;

import io.godwit.dialect.EncodeBuffer;
import io.godwit.load.LobValue;
import io.godwit.load.SourceText;
import io.godwit.load.WriteColumn;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * COPY's binary format: each value in the type's wire form, so the server parses nothing. Only the
 * types listed in {@link #codeOf} are written this way; a table with any other type uses text.
 */
final class PgBinaryEncoder implements PgCopyEncoder {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };

  /** Microseconds from 1970-01-01 to PostgreSQL's epoch, 2000-01-01. */
  private static final long PG_EPOCH_SECONDS = 946_684_800L;

  private static final long PG_EPOCH_DAYS = 10_957L;

  private enum Code {
    INT2,
    INT4,
    INT8,
    FLOAT4,
    FLOAT8,
    BOOL,
    TEXT,
    JSONB,
    BYTEA,
    DATE,
    TIMESTAMP,
    TIMESTAMPTZ,
    TIME,
    UUID,
    NUMERIC
  }

  private final Code[] codes;
  private final String[] names;
  private final byte[] chunk = new byte[32 * 1024];

  private PgBinaryEncoder(Code[] codes, String[] names) {
    this.codes = codes;
    this.names = names;
  }

  /** An encoder for these columns, or {@code null} when one of them has no binary form here. */
  static PgBinaryEncoder forColumns(List<WriteColumn> columns) {
    Code[] codes = new Code[columns.size()];
    String[] names = new String[columns.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = codeOf(columns.get(i));
      names[i] = columns.get(i).name();
      if (codes[i] == null) {
        return null;
      }
    }
    return new PgBinaryEncoder(codes, names);
  }

  private static Code codeOf(WriteColumn c) {
    Code code =
        switch (c.type().name().toLowerCase(Locale.ROOT)) {
          case "smallint" -> Code.INT2;
          case "integer" -> Code.INT4;
          case "bigint" -> Code.INT8;
          case "real" -> Code.FLOAT4;
          case "double precision" -> Code.FLOAT8;
          case "boolean" -> Code.BOOL;
          case "text", "character varying", "character", "json" -> Code.TEXT;
          case "jsonb" -> Code.JSONB;
          case "bytea" -> Code.BYTEA;
          case "date" -> Code.DATE;
          case "timestamp without time zone" -> Code.TIMESTAMP;
          case "timestamp with time zone" -> Code.TIMESTAMPTZ;
          case "time without time zone" -> Code.TIME;
          case "uuid" -> Code.UUID;
          case "numeric" -> Code.NUMERIC;
          default -> null;
        };
    // The value kind must be the one the code expects (it is, when kinds come from PgKinds).
    return code != null && PgKinds.of(c.type()) == c.kind() ? code : null;
  }

  @Override
  public String format() {
    return "binary";
  }

  @Override
  public void header(EncodeBuffer out) {
    out.put(SIGNATURE);
    out.int32(0);
    out.int32(0);
  }

  @Override
  public void trailer(EncodeBuffer out) {
    out.int16(-1);
  }

  @Override
  public void row(EncodeBuffer out, Object[] row, Flusher flusher)
      throws SQLException, IOException {
    out.int16(codes.length);
    for (int i = 0; i < codes.length; i++) {
      Object v = row[i];
      if (v == null) {
        out.int32(-1);
      } else {
        value(out, i, v, flusher);
      }
    }
  }

  private void value(EncodeBuffer out, int i, Object v, Flusher flusher)
      throws SQLException, IOException {
    if (v instanceof byte[] text && codes[i] != Code.BYTEA) {
      text(out, i, text);
      return;
    }
    switch (codes[i]) {
      case INT2 -> {
        long l = (Long) v;
        if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
          throw outOfRange(i, l, "smallint");
        }
        out.int32(2);
        out.int16((int) l);
      }
      case INT4 -> {
        long l = (Long) v;
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
          throw outOfRange(i, l, "integer");
        }
        out.int32(4);
        out.int32((int) l);
      }
      case INT8 -> {
        out.int32(8);
        out.int64((Long) v);
      }
      case FLOAT4 -> {
        out.int32(4);
        out.int32(Float.floatToIntBits((Float) v));
      }
      case FLOAT8 -> {
        out.int32(8);
        out.int64(Double.doubleToLongBits((Double) v));
      }
      case BOOL -> {
        out.int32(1);
        out.put(((Boolean) v) ? 1 : 0);
      }
      case TEXT, JSONB -> {
        int version = codes[i] == Code.JSONB ? 1 : 0;
        if (v instanceof LobValue lob) {
          stream(out, lob, version, flusher);
        } else {
          int at = out.size();
          out.int32(0);
          if (version != 0) {
            out.put(version);
          }
          out.utf8((String) v, null);
          out.int32At(at, out.size() - at - 4);
        }
      }
      case BYTEA -> {
        if (v instanceof LobValue lob) {
          stream(out, lob, 0, flusher);
        } else {
          byte[] b = (byte[]) v;
          out.int32(b.length);
          out.put(b);
        }
      }
      case DATE -> {
        LocalDate d = (LocalDate) v;
        out.int32(4);
        if (d.equals(LocalDate.MAX)) {
          out.int32(Integer.MAX_VALUE);
        } else if (d.equals(LocalDate.MIN)) {
          out.int32(Integer.MIN_VALUE);
        } else {
          out.int32((int) (d.toEpochDay() - PG_EPOCH_DAYS));
        }
      }
      case TIMESTAMP -> {
        LocalDateTime t = (LocalDateTime) v;
        out.int32(8);
        if (t.equals(LocalDateTime.MAX)) {
          out.int64(Long.MAX_VALUE);
        } else if (t.equals(LocalDateTime.MIN)) {
          out.int64(Long.MIN_VALUE);
        } else {
          out.int64(micros(t.toEpochSecond(ZoneOffset.UTC), t.getNano()));
        }
      }
      case TIMESTAMPTZ -> {
        OffsetDateTime t = (OffsetDateTime) v;
        out.int32(8);
        if (t.equals(OffsetDateTime.MAX)) {
          out.int64(Long.MAX_VALUE);
        } else if (t.equals(OffsetDateTime.MIN)) {
          out.int64(Long.MIN_VALUE);
        } else {
          out.int64(micros(t.toEpochSecond(), t.getNano()));
        }
      }
      case TIME -> {
        LocalTime t = (LocalTime) v;
        out.int32(8);
        out.int64(Math.round(t.toNanoOfDay() / 1000.0));
      }
      case UUID -> {
        UUID u = (UUID) v;
        out.int32(16);
        out.int64(u.getMostSignificantBits());
        out.int64(u.getLeastSignificantBits());
      }
      case NUMERIC -> numeric(out, v);
    }
  }

  /** A value in its text form ({@link SourceText}): parsed straight from the bytes. */
  private void text(EncodeBuffer out, int i, byte[] b) {
    switch (codes[i]) {
      case INT2 -> {
        long l = SourceText.parseLong(b);
        if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
          throw outOfRange(i, l, "smallint");
        }
        out.int32(2);
        out.int16((int) l);
      }
      case INT4 -> {
        long l = SourceText.parseLong(b);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
          throw outOfRange(i, l, "integer");
        }
        out.int32(4);
        out.int32((int) l);
      }
      case INT8 -> {
        out.int32(8);
        out.int64(SourceText.parseLong(b));
      }
      case FLOAT4 -> {
        out.int32(4);
        out.int32(Float.floatToIntBits(SourceText.parseFloat(b)));
      }
      case FLOAT8 -> {
        out.int32(8);
        out.int64(Double.doubleToLongBits(SourceText.parseDouble(b)));
      }
      case TEXT -> {
        out.int32(b.length);
        out.put(b);
      }
      case JSONB -> {
        out.int32(b.length + 1);
        out.put(1);
        out.put(b);
      }
      case DATE -> {
        out.int32(4);
        out.int32((int) (SourceText.epochDay(b) - PG_EPOCH_DAYS));
      }
      case TIMESTAMP -> {
        out.int32(8);
        out.int64(SourceText.epochMicros(b) - PG_EPOCH_SECONDS * 1_000_000L);
      }
      case NUMERIC -> numericText(out, b);
      default ->
          throw new IllegalArgumentException("column " + names[i] + " takes no value in text form");
    }
  }

  private int[] textGroups = new int[24];

  /** numeric's wire form from a DECIMAL's text form: {@code -}, digits, {@code .}, digits. */
  private void numericText(EncodeBuffer out, byte[] b) {
    int start = 0;
    int sign = 0;
    if (b.length > 0 && (b[0] == '-' || b[0] == '+')) {
      sign = b[0] == '-' ? 0x4000 : 0;
      start = 1;
    }
    int dot = -1;
    for (int k = start; k < b.length; k++) {
      if (b[k] == '.' && dot < 0) {
        dot = k;
      } else if (b[k] < '0' || b[k] > '9') {
        throw new IllegalArgumentException("'" + SourceText.ascii(b) + "' is not a decimal");
      }
    }
    int intEnd = dot < 0 ? b.length : dot;
    int fracStart = dot < 0 ? b.length : dot + 1;
    int scale = b.length - fracStart;
    if (intEnd == start && scale == 0) {
      throw new IllegalArgumentException("'" + SourceText.ascii(b) + "' is not a decimal");
    }
    int intStart = start;
    while (intStart < intEnd && b[intStart] == '0') {
      intStart++;
    }
    int intLen = intEnd - intStart;
    int intGroups = (intLen + 3) / 4;
    int padLeft = intGroups * 4 - intLen;
    int total = intGroups + (scale + 3) / 4;
    if (textGroups.length < total) {
      textGroups = new int[total];
    }
    int[] groups = textGroups;
    int first = -1;
    int last = -1;
    for (int g = 0; g < total; g++) {
      int value = 0;
      for (int k = 0; k < 4; k++) {
        int pos = g * 4 + k;
        int digit;
        if (g < intGroups) {
          int d = pos - padLeft;
          digit = d >= 0 ? b[intStart + d] - '0' : 0;
        } else {
          int f = pos - intGroups * 4;
          digit = f < scale ? b[fracStart + f] - '0' : 0;
        }
        value = value * 10 + digit;
      }
      groups[g] = value;
      if (value != 0) {
        if (first < 0) {
          first = g;
        }
        last = g;
      }
    }
    if (first < 0) {
      out.int32(8);
      out.int16(0);
      out.int16(0);
      out.int16(0);
      out.int16(scale);
      return;
    }
    int ndigits = last - first + 1;
    out.int32(8 + 2 * ndigits);
    out.int16(ndigits);
    out.int16(intGroups - 1 - first);
    out.int16(sign);
    out.int16(scale);
    for (int g = first; g <= last; g++) {
      out.int16(groups[g]);
    }
  }

  private IllegalArgumentException outOfRange(int i, long value, String type) {
    return new IllegalArgumentException(
        "value " + value + " is out of range for " + type + " column " + names[i]);
  }

  /** Microseconds since 2000-01-01, rounded half to even as PostgreSQL rounds text input. */
  private static long micros(long epochSecond, int nanos) {
    long micros = (long) Math.rint(nanos / 1000.0);
    return (epochSecond - PG_EPOCH_SECONDS) * 1_000_000L + micros;
  }

  private void stream(EncodeBuffer out, LobValue lob, int version, Flusher flusher)
      throws IOException, SQLException {
    long length = lob.length() + (version != 0 ? 1 : 0);
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a value of " + lob.length() + " bytes is too large");
    }
    out.int32((int) length);
    if (version != 0) {
      out.put(version);
    }
    try (InputStream in = lob.open()) {
      int n;
      while ((n = in.read(chunk)) > 0) {
        out.put(chunk, 0, n);
        flusher.flushIfFull();
      }
    }
  }

  /**
   * numeric's wire form for an unscaled value below 10^14: the value is padded to a whole number of
   * fraction groups and cut into base-10000 digits with arithmetic, no text.
   */
  private final int[] groups = new int[8];

  private void smallNumeric(EncodeBuffer out, long unscaled, int scale, int sign) {
    int pad = (4 - scale % 4) % 4;
    long v = unscaled;
    for (int k = 0; k < pad; k++) {
      v *= 10;
    }
    int fracGroups = (scale + pad) / 4;
    int n = 0;
    while (v != 0) {
      groups[n++] = (int) (v % 10_000);
      v /= 10_000;
    }
    int low = 0;
    while (low < n && groups[low] == 0) {
      low++;
    }
    int ndigits = n - low;
    int weight = ndigits == 0 ? 0 : n - 1 - fracGroups;
    out.int32(8 + 2 * ndigits);
    out.int16(ndigits);
    out.int16(weight);
    out.int16(ndigits == 0 ? 0 : sign);
    out.int16(scale);
    for (int g = n - 1; g >= low; g--) {
      out.int16(groups[g]);
    }
  }

  /** numeric's wire form: base-10000 digits with a weight, a sign and the display scale. */
  private void numeric(EncodeBuffer out, Object v) {
    if (v instanceof Double d) {
      int sign = d.isNaN() ? 0xC000 : d > 0 ? 0xD000 : 0xF000;
      out.int32(8);
      out.int16(0);
      out.int16(0);
      out.int16(sign);
      out.int16(0);
      return;
    }
    BigDecimal x = (BigDecimal) v;
    int sign = x.signum() < 0 ? 0x4000 : 0;
    x = x.abs();
    if (x.scale() < 0) {
      x = x.setScale(0);
    }
    int scale = x.scale();
    if (x.precision() <= 14) {
      // movePointRight keeps a small value in BigDecimal's compact long form: no BigInteger.
      long unscaled = scale == 0 ? x.longValueExact() : x.movePointRight(scale).longValueExact();
      smallNumeric(out, unscaled, scale, sign);
      return;
    }
    String digits = x.unscaledValue().toString();
    int intLen = digits.length() - scale;
    int intGroups = intLen > 0 ? (intLen + 3) / 4 : 0;
    int padLeft = intGroups * 4 - Math.max(intLen, 0);
    int total = intGroups + (scale + 3) / 4;
    int[] groups = new int[total];
    int first = -1;
    int last = -1;
    for (int g = 0; g < total; g++) {
      int value = 0;
      for (int k = 0; k < 4; k++) {
        int idx;
        if (g < intGroups) {
          idx = g * 4 + k - padLeft;
        } else {
          int f = (g - intGroups) * 4 + k;
          idx = f < scale ? intLen + f : -1;
        }
        value = value * 10 + (idx >= 0 ? digits.charAt(idx) - '0' : 0);
      }
      groups[g] = value;
      if (value != 0) {
        if (first < 0) {
          first = g;
        }
        last = g;
      }
    }
    if (first < 0) {
      out.int32(8);
      out.int16(0);
      out.int16(0);
      out.int16(0);
      out.int16(scale);
      return;
    }
    int ndigits = last - first + 1;
    int weight = intGroups - 1 - first;
    out.int32(8 + 2 * ndigits);
    out.int16(ndigits);
    out.int16(weight);
    out.int16(sign);
    out.int16(scale);
    for (int g = first; g <= last; g++) {
      out.int16(groups[g]);
    }
  }
}
