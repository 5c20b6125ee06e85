package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.Share;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Numbers, dates and places as the PDF and HTML reports print them. */
final class Fmt {

  private Fmt() {}

  /** {@code 1,234}. */
  static String count(long n) {
    if (n > -1000 && n < 1000) {
      return Long.toString(n);
    }
    return grouped(Long.toString(Math.abs(n)), n < 0);
  }

  /** {@code 12.5}, one decimal, rounded half up. */
  static String hours(double h) {
    return decimals(h, 1);
  }

  private static String decimals(double v, int places) {
    if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) > 1e15) {
      return String.format(Locale.ROOT, "%,." + places + "f", v);
    }
    long scale = places == 1 ? 10 : 100;
    long scaled = Math.round(Math.abs(v) * scale);
    long whole = scaled / scale;
    long fraction = scaled % scale;
    String f = Long.toString(fraction);
    if (f.length() < places) {
      f = "0" + f;
    }
    String w = whole < 1000 ? Long.toString(whole) : grouped(Long.toString(whole), false);
    return (v < 0 && scaled != 0 ? "-" : "") + w + "." + f;
  }

  private static String grouped(String digits, boolean negative) {
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (negative) {
      b.append('-');
    }
    int lead = digits.length() % 3;
    b.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      if (i > 0) {
        b.append(',');
      }
      b.append(digits, i, i + 3);
    }
    return b.toString();
  }

  /** {@code 0.25}, two decimals, for per-occurrence and learning efforts. */
  static String hours2(double h) {
    return decimals(h, 2);
  }

  /** {@code 1 occurrence}, {@code 3 occurrences}. */
  static String counted(long n, String noun) {
    return count(n) + " " + (n == 1 ? noun : noun + "s");
  }

  /** {@code 12 (60.0 %)}. */
  static String share(Share s) {
    return count(s.count()) + " (" + percent(s.percent()) + ")";
  }

  /** {@code 60.0 %}. */
  static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f %%", p);
  }

  /** {@code 2026-11-23 10:30 UTC+01:00} from the report's ISO date-time. */
  static String date(String iso) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(iso);
      String zone = t.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + t.getOffset().getId();
      return t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)) + " " + zone;
    } catch (DateTimeParseException | NullPointerException e) {
      return iso == null ? "" : iso;
    }
  }

  /** {@code hr.sql:45:5}, {@code hr.sql:45}, or an empty string. */
  static String place(String file, Integer line, Integer column) {
    if (line == null) {
      return file == null ? "" : file;
    }
    String at = column == null ? line.toString() : line + ":" + column;
    return file == null ? "line " + at : file + ":" + at;
  }

  /** {@code Oracle Database 19c} or the product id. */
  static String source(AssessmentReport r) {
    String name =
        r.source().productName() != null ? r.source().productName() : r.source().product();
    return r.source().version() == null ? name : name + " " + r.source().version();
  }

  /** {@code PostgreSQL 15} or the product id. */
  static String target(AssessmentReport r) {
    String name =
        r.target().productName() != null ? r.target().productName() : r.target().product();
    return r.target().version() == null ? name : name + " " + r.target().version();
  }

  /** A number for a data attribute: no grouping, a decimal point. */
  static String raw(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
