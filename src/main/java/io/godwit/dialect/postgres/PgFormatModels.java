package io.godwit.dialect.postgres;

import java.util.Locale;

/**
 * Oracle date and number format models as PostgreSQL's. Most elements are spelled the same;
 * fractional seconds, RR years, and time-zone regions differ. Double-quoted literal text is copied
 * as is.
 */
final class PgFormatModels {

  /** The converted model, and the first element PostgreSQL has nothing for (or null). */
  record Result(String model, String unsupported) {}

  private PgFormatModels() {}

  static Result fromOracle(String model) {
    StringBuilder out = new StringBuilder(model.length());
    String unsupported = null;
    int i = 0;
    int n = model.length();
    while (i < n) {
      char c = model.charAt(i);
      if (c == '"') {
        int end = model.indexOf('"', i + 1);
        end = end < 0 ? n : end + 1;
        out.append(model, i, end);
        i = end;
        continue;
      }
      String rest = model.substring(i).toUpperCase(Locale.ROOT);
      if (rest.startsWith("FF")) {
        int digits =
            i + 2 < n && Character.isDigit(model.charAt(i + 2)) ? model.charAt(i + 2) - '0' : 6;
        out.append(digits <= 3 ? "MS" : "US");
        i += i + 2 < n && Character.isDigit(model.charAt(i + 2)) ? 3 : 2;
      } else if (rest.startsWith("RRRR")) {
        out.append("YYYY");
        i += 4;
      } else if (rest.startsWith("RR")) {
        out.append("YY");
        i += 2;
      } else if (rest.startsWith("SYYYY")) {
        out.append("YYYY");
        i += 5;
      } else if (rest.startsWith("TZR")) {
        out.append("TZ");
        i += 3;
      } else if (rest.startsWith("TZD")) {
        out.append("TZ");
        i += 3;
      } else if (rest.startsWith("SSSSS")) {
        out.append("SSSS");
        i += 5;
      } else if (rest.startsWith("DS") || rest.startsWith("DL") || rest.startsWith("TS")) {
        unsupported = unsupported == null ? model.substring(i, i + 2) : unsupported;
        out.append(model, i, i + 2);
        i += 2;
      } else if (rest.startsWith("X") && !rest.startsWith("XX")) {
        out.append('.');
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return new Result(out.toString(), unsupported);
  }
}
