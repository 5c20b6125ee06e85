package io.godwit.load;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Converts canonical values between kinds: what a source column delivers into what a target column
 * takes. Only exact conversions exist; a value with no exact counterpart (2 into a boolean, 1.5
 * into an integer, a time part into a date) is refused, and the row is then handled by the task's
 * error policy.
 */
public final class ValueConversions {

  private ValueConversions() {}

  /** The converter from one kind to another, or {@code null} when the pair makes no sense. */
  public static ValueConverter converter(ValueKind from, ValueKind to) {
    if (from == to) {
      return v -> v;
    }
    if (to == ValueKind.TEXT) {
      return ValueConversions::toText;
    }
    if (from == ValueKind.TEXT || (from == ValueKind.JSON && to != ValueKind.BINARY)) {
      return v -> fromText(v, to);
    }
    return switch (from) {
      case BOOLEAN ->
          switch (to) {
            case INTEGER -> v -> ((Boolean) v) ? 1L : 0L;
            case DECIMAL -> v -> ((Boolean) v) ? BigDecimal.ONE : BigDecimal.ZERO;
            default -> null;
          };
      case INTEGER ->
          switch (to) {
            case BOOLEAN -> ValueConversions::integerToBoolean;
            case DECIMAL -> v -> BigDecimal.valueOf((Long) v);
            case FLOAT32 -> v -> (float) (long) (Long) v;
            case FLOAT64 -> v -> (double) (long) (Long) v;
            default -> null;
          };
      case DECIMAL ->
          switch (to) {
            case INTEGER -> ValueConversions::decimalToInteger;
            case BOOLEAN -> v -> integerToBoolean(decimalToInteger(v));
            case FLOAT32 -> v -> v instanceof Double d ? (float) (double) d : decimalToFloat(v);
            case FLOAT64 -> v -> v instanceof Double d ? d : ((BigDecimal) v).doubleValue();
            default -> null;
          };
      case FLOAT32 ->
          switch (to) {
            case FLOAT64 -> v -> widen((Float) v);
            case DECIMAL -> v -> floatToDecimal(widen((Float) v));
            case INTEGER -> v -> decimalToInteger(floatToDecimal(widen((Float) v)));
            default -> null;
          };
      case FLOAT64 ->
          switch (to) {
            case FLOAT32 -> v -> (float) (double) (Double) v;
            case DECIMAL -> v -> floatToDecimal((Double) v);
            case INTEGER -> v -> decimalToInteger(floatToDecimal((Double) v));
            default -> null;
          };
      case JSON -> to == ValueKind.BINARY ? ValueConversions::textToBinary : null;
      case UUID ->
          switch (to) {
            case BINARY -> ValueConversions::uuidToBytes;
            case JSON -> null;
            default -> null;
          };
      case BINARY ->
          switch (to) {
            case UUID -> ValueConversions::bytesToUuid;
            case JSON -> v -> toText(v);
            default -> null;
          };
      case DATE ->
          switch (to) {
            case TIMESTAMP -> v -> dateToTimestamp((LocalDate) v);
            case TIMESTAMP_TZ -> v -> timestampToTz(dateToTimestamp((LocalDate) v));
            default -> null;
          };
      case TIMESTAMP ->
          switch (to) {
            case DATE -> v -> timestampToDate((LocalDateTime) v);
            case TIMESTAMP_TZ -> v -> timestampToTz((LocalDateTime) v);
            default -> null;
          };
      case TIMESTAMP_TZ ->
          switch (to) {
            case TIMESTAMP -> v -> tzToTimestamp((OffsetDateTime) v);
            case DATE -> v -> timestampToDate(tzToTimestamp((OffsetDateTime) v));
            default -> null;
          };
      case TIME -> to == ValueKind.TIME_TZ ? v -> ((LocalTime) v).atOffset(ZoneOffset.UTC) : null;
      case TIME_TZ ->
          to == ValueKind.TIME
              ? v -> ((OffsetTime) v).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime()
              : null;
      default -> null;
    };
  }

  private static Object integerToBoolean(Object v) {
    long l = (Long) v;
    if (l == 0 || l == 1) {
      return l == 1;
    }
    throw new IllegalArgumentException(l + " is not a boolean (0 or 1)");
  }

  private static Object decimalToInteger(Object v) {
    if (v instanceof Double d) {
      throw new IllegalArgumentException(d + " is not an integer");
    }
    try {
      return ((BigDecimal) v).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          ((BigDecimal) v).toPlainString() + " is not a 64-bit integer");
    }
  }

  private static Object decimalToFloat(Object v) {
    return ((BigDecimal) v).floatValue();
  }

  /** A float as the double with the same decimal digits (0.1f becomes 0.1, not 0.100000001). */
  private static double widen(Float f) {
    return f.isNaN() || f.isInfinite() ? (double) f : Double.parseDouble(Float.toString(f));
  }

  private static Object floatToDecimal(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return d;
    }
    return new BigDecimal(Double.toString(d));
  }

  private static LocalDateTime dateToTimestamp(LocalDate d) {
    if (d.equals(LocalDate.MAX)) {
      return LocalDateTime.MAX;
    }
    if (d.equals(LocalDate.MIN)) {
      return LocalDateTime.MIN;
    }
    return d.atStartOfDay();
  }

  private static LocalDate timestampToDate(LocalDateTime v) {
    if (v.equals(LocalDateTime.MAX)) {
      return LocalDate.MAX;
    }
    if (v.equals(LocalDateTime.MIN)) {
      return LocalDate.MIN;
    }
    if (!v.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException(
          TemporalText.dateTime(v) + " has a time of day; a date column cannot hold it");
    }
    return v.toLocalDate();
  }

  private static OffsetDateTime timestampToTz(LocalDateTime v) {
    if (v.equals(LocalDateTime.MAX)) {
      return OffsetDateTime.MAX;
    }
    if (v.equals(LocalDateTime.MIN)) {
      return OffsetDateTime.MIN;
    }
    return v.atOffset(ZoneOffset.UTC);
  }

  private static LocalDateTime tzToTimestamp(OffsetDateTime v) {
    if (v.equals(OffsetDateTime.MAX)) {
      return LocalDateTime.MAX;
    }
    if (v.equals(OffsetDateTime.MIN)) {
      return LocalDateTime.MIN;
    }
    return v.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private static Object uuidToBytes(Object v) {
    UUID u = (UUID) v;
    return ByteBuffer.allocate(16)
        .putLong(u.getMostSignificantBits())
        .putLong(u.getLeastSignificantBits())
        .array();
  }

  private static Object bytesToUuid(Object v) {
    if (!(v instanceof byte[] b) || b.length != 16) {
      throw new IllegalArgumentException("a UUID needs exactly 16 bytes");
    }
    ByteBuffer buf = ByteBuffer.wrap(b);
    return new UUID(buf.getLong(), buf.getLong());
  }

  private static Object textToBinary(Object v) {
    if (v instanceof LobValue lob) {
      return lob;
    }
    return ((String) v).getBytes(StandardCharsets.UTF_8);
  }

  /** Any canonical value as text, in the form every supported product reads. */
  public static Object toText(Object v) {
    if (v instanceof String || v instanceof LobValue) {
      return v;
    }
    if (v instanceof byte[] b) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b))
            .toString();
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("binary value is not UTF-8 text");
      }
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof LocalDateTime t) {
      return TemporalText.dateTime(t);
    }
    if (v instanceof OffsetDateTime t) {
      return TemporalText.dateTimeTz(t);
    }
    if (v instanceof LocalDate d) {
      return TemporalText.date(d);
    }
    if (v instanceof LocalTime t) {
      return TemporalText.time(t);
    }
    if (v instanceof OffsetTime t) {
      return TemporalText.timeTz(t);
    }
    return v.toString();
  }

  private static Object fromText(Object v, ValueKind to) {
    if (v instanceof LobValue lob) {
      if (to == ValueKind.JSON || to == ValueKind.BINARY) {
        return lob;
      }
      throw new IllegalArgumentException("a " + lob.length() + "-byte text is not a " + name(to));
    }
    String s = (String) v;
    try {
      return switch (to) {
        case TEXT, JSON -> s;
        case BOOLEAN -> parseBoolean(s);
        case INTEGER -> Long.parseLong(s.strip());
        case DECIMAL -> parseDecimal(s.strip());
        case FLOAT32 -> Float.parseFloat(s.strip());
        case FLOAT64 -> Double.parseDouble(s.strip());
        case UUID -> java.util.UUID.fromString(s.strip());
        case BINARY -> s.getBytes(StandardCharsets.UTF_8);
        case DATE -> timestampToDate(TemporalText.parseDateTime(s));
        case TIME -> TemporalText.parseTime(s);
        case TIME_TZ -> OffsetTime.parse(s.strip());
        case TIMESTAMP -> TemporalText.parseDateTime(s);
        case TIMESTAMP_TZ -> TemporalText.parseDateTimeTz(s);
      };
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException && e.getMessage() != null && to == ValueKind.DATE) {
        throw (IllegalArgumentException) e;
      }
      throw new IllegalArgumentException("'" + abbreviate(s) + "' is not a " + name(to));
    }
  }

  private static Object parseDecimal(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "nan" -> Double.NaN;
      case "infinity", "inf" -> Double.POSITIVE_INFINITY;
      case "-infinity", "-inf" -> Double.NEGATIVE_INFINITY;
      default -> new BigDecimal(s);
    };
  }

  private static Boolean parseBoolean(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "t", "true", "y", "yes", "1", "on" -> true;
      case "f", "false", "n", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static String name(ValueKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
