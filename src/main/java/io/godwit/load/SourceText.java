package io.godwit.load;

import java.nio.charset.StandardCharsets;

/**
 * Values passed through in their text form: a source that reads values as text anyway (MySQL's text
 * protocol) may hand a value on as the UTF-8 bytes of that text, a {@code byte[]}, instead of
 * building the Java object of its kind, when the target can write that text as it is. This saves
 * the decoding on the source side and the encoding on the target side for most values of a load.
 *
 * <p>The engine asks for this only for a column whose value needs no conversion (same kind on both
 * sides), whose source {@link LoadSupport#readsText reads} and whose target {@link
 * LoadSupport#writesText writes} the text form, and only for the kinds {@link #carries} names. The
 * text form of each kind, which a source must deliver exactly (it falls back to the Java object for
 * any other value, a zero date for example):
 *
 * <ul>
 *   <li>INTEGER: an optional {@code -} and decimal digits;
 *   <li>DECIMAL: an optional {@code -}, digits, and an optional {@code .} with digits;
 *   <li>FLOAT32, FLOAT64: a finite number as {@link Double#parseDouble} reads it;
 *   <li>TEXT, JSON: the text itself;
 *   <li>DATE: {@code yyyy-mm-dd}, year 1 to 9999;
 *   <li>TIMESTAMP: {@code yyyy-mm-dd hh:mm:ss}, optionally {@code .} and 1 to 9 fraction digits.
 * </ul>
 *
 * <p>Validation reads both sides the usual way, so it checks what the text path wrote.
 */
public final class SourceText {

  private SourceText() {}

  /** Whether values of this kind may travel in their text form. */
  public static boolean carries(ValueKind kind) {
    return switch (kind) {
      case INTEGER, DECIMAL, FLOAT32, FLOAT64, TEXT, JSON, DATE, TIMESTAMP -> true;
      default -> false;
    };
  }

  /**
   * The usual Java value of a value in text form (for reject files and messages).
   *
   * @throws IllegalArgumentException when the text is not a value of the kind
   */
  public static Object canonical(byte[] text, ValueKind kind) {
    String s = new String(text, StandardCharsets.UTF_8);
    return ValueConversions.converter(ValueKind.TEXT, kind).convert(s);
  }

  /**
   * The integer the text form holds.
   *
   * @throws IllegalArgumentException when it is not an integer of 64 bits
   */
  public static long parseLong(byte[] b) {
    int n = b.length;
    int i = 0;
    boolean negative = n > 0 && b[0] == '-';
    if (negative) {
      i++;
    }
    if (i == n || n - i > 19) {
      return Long.parseLong(ascii(b));
    }
    // Accumulated as a negative number, so Long.MIN_VALUE fits.
    long v = 0;
    for (; i < n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw notA(b, "integer");
      }
      if (v < (Long.MIN_VALUE + d) / 10) {
        throw notA(b, "64-bit integer");
      }
      v = v * 10 - d;
    }
    if (!negative && v == Long.MIN_VALUE) {
      throw notA(b, "64-bit integer");
    }
    return negative ? v : -v;
  }

  /** The number the text form of a FLOAT64 (or FLOAT32) holds. */
  public static double parseDouble(byte[] b) {
    try {
      return Double.parseDouble(ascii(b));
    } catch (NumberFormatException e) {
      throw notA(b, "number");
    }
  }

  /** The number the text form of a FLOAT32 holds. */
  public static float parseFloat(byte[] b) {
    try {
      return Float.parseFloat(ascii(b));
    } catch (NumberFormatException e) {
      throw notA(b, "number");
    }
  }

  /**
   * Days since 1970-01-01 of the date at the start of a DATE's or TIMESTAMP's text form.
   *
   * @throws IllegalArgumentException when it is not a date
   */
  public static long epochDay(byte[] b) {
    if (b.length < 10 || b[4] != '-' || b[7] != '-') {
      throw notA(b, "date");
    }
    int year = digits(b, 0, 4);
    int month = digits(b, 5, 2);
    int day = digits(b, 8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      throw notA(b, "date");
    }
    return civilDays(year, month, day);
  }

  /**
   * Microseconds since 1970-01-01 00:00 of a TIMESTAMP's text form, the fraction rounded half to
   * even to whole microseconds.
   *
   * @throws IllegalArgumentException when it is not a timestamp
   */
  public static long epochMicros(byte[] b) {
    long day = epochDay(b);
    if (b.length < 19 || b[10] != ' ' || b[13] != ':' || b[16] != ':') {
      throw notA(b, "timestamp");
    }
    int hour = digits(b, 11, 2);
    int minute = digits(b, 14, 2);
    int second = digits(b, 17, 2);
    if (hour > 23 || minute > 59 || second > 59) {
      throw notA(b, "timestamp");
    }
    long micros = 0;
    if (b.length > 19) {
      int digits = b.length - 20;
      if (b[19] != '.' || digits < 1 || digits > 9) {
        throw notA(b, "timestamp");
      }
      long nanos = digits(b, 20, digits);
      for (int k = digits; k < 9; k++) {
        nanos *= 10;
      }
      micros = nanos / 1000;
      long rest = nanos % 1000;
      if (rest > 500 || (rest == 500 && (micros & 1) == 1)) {
        micros++;
      }
    }
    return ((day * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + micros;
  }

  private static int digits(byte[] b, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw notA(b, "date or time");
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01 to a proleptic Gregorian date (the civil-from-days inverse). */
  private static long civilDays(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /** The bytes as ASCII text (for number parsers and messages). */
  public static String ascii(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static IllegalArgumentException notA(byte[] b, String what) {
    String s = new String(b, StandardCharsets.UTF_8);
    if (s.length() > 40) {
      s = s.substring(0, 37) + "...";
    }
    return new IllegalArgumentException("'" + s + "' is not a " + what);
  }
}
