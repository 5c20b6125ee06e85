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
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 12.5}, one decimal. */
  static String hours(double h) {
    return String.format(Locale.ROOT, "%,.1f", h);
  }

  /** {@code 0.25}, two decimals, for per-occurrence and learning efforts. */
  static String hours2(double h) {
    return String.format(Locale.ROOT, "%,.2f", h);
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
