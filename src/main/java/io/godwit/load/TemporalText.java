package io.godwit.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;

/**
 * Dates and times as text in the ISO form every supported product reads ({@code 2024-05-01
 * 13:45:00.123456}), written and parsed character by character (hot paths of every load).
 */
public final class TemporalText {

  private TemporalText() {}

  /** Appends {@code yyyy-mm-dd} (years outside 1..9999 as the product-neutral ISO form). */
  public static void appendDate(StringBuilder out, LocalDate d) {
    int year = d.getYear();
    if (year >= 0 && year <= 9999) {
      pad(out, year, 4);
    } else {
      out.append(year);
    }
    out.append('-');
    pad(out, d.getMonthValue(), 2);
    out.append('-');
    pad(out, d.getDayOfMonth(), 2);
  }

  /** Appends {@code hh:mm:ss[.ffffff]} with trailing zeros of the fraction removed. */
  public static void appendTime(StringBuilder out, LocalTime t) {
    pad(out, t.getHour(), 2);
    out.append(':');
    pad(out, t.getMinute(), 2);
    out.append(':');
    pad(out, t.getSecond(), 2);
    int nanos = t.getNano();
    if (nanos != 0) {
      out.append('.');
      int digits = 9;
      while (nanos % 10 == 0) {
        nanos /= 10;
        digits--;
      }
      pad(out, nanos, digits);
    }
  }

  public static void appendDateTime(StringBuilder out, LocalDateTime v) {
    appendDate(out, v.toLocalDate());
    out.append(' ');
    appendTime(out, v.toLocalTime());
  }

  /** Appends an offset as {@code +hh:mm}. */
  public static void appendOffset(StringBuilder out, ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    out.append(seconds < 0 ? '-' : '+');
    seconds = Math.abs(seconds);
    pad(out, seconds / 3600, 2);
    out.append(':');
    pad(out, (seconds / 60) % 60, 2);
    if (seconds % 60 != 0) {
      out.append(':');
      pad(out, seconds % 60, 2);
    }
  }

  public static String date(LocalDate d) {
    StringBuilder s = new StringBuilder(10);
    appendDate(s, d);
    return s.toString();
  }

  public static String time(LocalTime t) {
    StringBuilder s = new StringBuilder(15);
    appendTime(s, t);
    return s.toString();
  }

  public static String dateTime(LocalDateTime v) {
    StringBuilder s = new StringBuilder(26);
    appendDateTime(s, v);
    return s.toString();
  }

  public static String dateTimeTz(OffsetDateTime v) {
    StringBuilder s = new StringBuilder(32);
    appendDateTime(s, v.toLocalDateTime());
    appendOffset(s, v.getOffset());
    return s.toString();
  }

  public static String timeTz(OffsetTime v) {
    StringBuilder s = new StringBuilder(21);
    appendTime(s, v.toLocalTime());
    appendOffset(s, v.getOffset());
    return s.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      out.append('0');
    }
    out.append(s);
  }

  /**
   * Parses {@code yyyy-mm-dd[( |T)hh:mm[:ss[.fffffffff]]]} and returns the fields, or {@code null}
   * when the text is not in that form. Field order: year, month, day, hour, minute, second, nano;
   * whether a time part was present is {@code fields[7] == 1}.
   */
  public static int[] fields(CharSequence s) {
    int n = s.length();
    int[] f = new int[8];
    int i = 0;
    boolean negative = false;
    if (i < n && s.charAt(i) == '-') {
      negative = true;
      i++;
    }
    int start = i;
    int year = 0;
    while (i < n && isDigit(s.charAt(i))) {
      year = year * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i - start < 4 || i >= n || s.charAt(i) != '-') {
      return null;
    }
    f[0] = negative ? -year : year;
    i++;
    int[] pos = {i};
    f[1] = two(s, pos);
    if (f[1] < 0 || pos[0] >= n || s.charAt(pos[0]) != '-') {
      return null;
    }
    pos[0]++;
    f[2] = two(s, pos);
    if (f[2] < 0) {
      return null;
    }
    i = pos[0];
    if (i == n) {
      return f;
    }
    char sep = s.charAt(i);
    if (sep != ' ' && sep != 'T') {
      return null;
    }
    pos[0] = i + 1;
    if (!time(s, pos, f, 3)) {
      return null;
    }
    f[7] = 1;
    return pos[0] == n ? f : null;
  }

  /** Parses {@code hh:mm[:ss[.f...]]} into {@code f[at..at+3]}; advances {@code pos[0]}. */
  static boolean time(CharSequence s, int[] pos, int[] f, int at) {
    int n = s.length();
    f[at] = two(s, pos);
    if (f[at] < 0 || pos[0] >= n || s.charAt(pos[0]) != ':') {
      return false;
    }
    pos[0]++;
    f[at + 1] = two(s, pos);
    if (f[at + 1] < 0) {
      return false;
    }
    if (pos[0] < n && s.charAt(pos[0]) == ':') {
      pos[0]++;
      f[at + 2] = two(s, pos);
      if (f[at + 2] < 0) {
        return false;
      }
      if (pos[0] < n && s.charAt(pos[0]) == '.') {
        pos[0]++;
        int nanos = 0;
        int digits = 0;
        while (pos[0] < n && isDigit(s.charAt(pos[0]))) {
          if (digits < 9) {
            nanos = nanos * 10 + (s.charAt(pos[0]) - '0');
            digits++;
          }
          pos[0]++;
        }
        if (digits == 0) {
          return false;
        }
        for (; digits < 9; digits++) {
          nanos *= 10;
        }
        f[at + 3] = nanos;
      }
    }
    return true;
  }

  private static int two(CharSequence s, int[] pos) {
    int i = pos[0];
    if (i + 2 > s.length() || !isDigit(s.charAt(i)) || !isDigit(s.charAt(i + 1))) {
      return -1;
    }
    pos[0] = i + 2;
    return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses a date or date-time without zone; a bare date means midnight. */
  public static LocalDateTime parseDateTime(String text) {
    int[] f = fields(text.strip());
    if (f == null) {
      throw new IllegalArgumentException("not a date and time: " + text);
    }
    return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
  }

  /** Parses a date-time with an optional offset ({@code Z}, {@code +hh}, {@code +hh:mm}). */
  public static OffsetDateTime parseDateTimeTz(String text) {
    String s = text.strip();
    int cut = offsetStart(s);
    ZoneOffset offset = cut < 0 ? ZoneOffset.UTC : parseOffset(s.substring(cut));
    String local = cut < 0 ? s : s.substring(0, cut).strip();
    return parseDateTime(local).atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Parses {@code hh:mm[:ss[.f]]}. */
  public static LocalTime parseTime(String text) {
    String s = text.strip();
    int[] f = new int[4];
    int[] pos = {0};
    if (!time(s, pos, f, 0) || pos[0] != s.length()) {
      throw new IllegalArgumentException("not a time of day: " + text);
    }
    return LocalTime.of(f[0], f[1], f[2], f[3]);
  }

  /** Where the offset of a date-time or time text starts, or -1 when there is none. */
  private static int offsetStart(String s) {
    if (s.endsWith("Z")) {
      return s.length() - 1;
    }
    int dateEnd = s.indexOf(' ') >= 0 ? s.indexOf(' ') : s.indexOf('T');
    for (int i = s.length() - 1; i > Math.max(dateEnd, 0); i--) {
      char c = s.charAt(i);
      if (c == '+' || c == '-') {
        return i;
      }
    }
    return -1;
  }

  private static ZoneOffset parseOffset(String s) {
    String o = s.strip();
    if (o.equals("Z")) {
      return ZoneOffset.UTC;
    }
    if (o.length() == 3) {
      o = o + ":00";
    } else if (o.length() == 5 && o.indexOf(':') < 0) {
      o = o.substring(0, 3) + ":" + o.substring(3);
    }
    return ZoneOffset.of(o);
  }
}
