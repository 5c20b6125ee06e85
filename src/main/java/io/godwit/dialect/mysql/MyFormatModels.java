package io.godwit.dialect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Oracle format models as MySQL's. A date model becomes a list of pieces: DATE_FORMAT specifiers
 * where MySQL has one, function calls where it does not (upper-case month names, quarters, week
 * numbers); a model for parsing becomes an STR_TO_DATE format; a number model is read into the
 * arguments of Godwit's number formatting function. The model is scanned character by character;
 * double-quoted text is copied as is.
 */
final class MyFormatModels {

  private MyFormatModels() {}

  /**
   * One piece of a formatted date: DATE_FORMAT text ({@code fn == null}), or a function of the
   * value where {@code ?} stands for the value.
   */
  record Piece(String format, String fn) {}

  /** A date model: its pieces and the first element MySQL has nothing for (or null). */
  record DateModel(List<Piece> pieces, String unsupported) {}

  /** A date model for STR_TO_DATE, and the first element it cannot parse (or null). */
  record ParseModel(String format, String unsupported, boolean hasTime) {}

  /**
   * A number model: {@code FM}, digits after the decimal point, the number of integer digits a '0'
   * forces, group separators, the width without FM, and how many trailing decimal places are 9s
   * (dropped when zero under FM).
   */
  record NumberModel(
      boolean fm,
      int decimals,
      int minInteger,
      int maxInteger,
      boolean grouping,
      int width,
      int trailingNines,
      boolean currency,
      String unsupported) {}

  /** Whether {@code model} looks like a number model (digits 9 and 0, no date elements). */
  static boolean isNumberModel(String model) {
    String m = model.toUpperCase(Locale.ROOT);
    if (m.startsWith("FM")) {
      m = m.substring(2);
    }
    if (m.isEmpty()) {
      return false;
    }
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (!(c == '9' || c == '0' || c == ',' || c == '.' || c == 'G' || c == 'D' || c == '$'
          || c == 'L' || c == 'S' || c == 'M' || c == 'I' || c == 'P' || c == 'R' || c == 'B')) {
        return false;
      }
    }
    return m.indexOf('9') >= 0 || m.indexOf('0') >= 0;
  }

  static DateModel date(String model) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder fmt = new StringBuilder();
    String unsupported = null;
    boolean fm = false;
    int i = 0;
    int n = model.length();
    while (i < n) {
      char c = model.charAt(i);
      if (c == '"') {
        int end = model.indexOf('"', i + 1);
        end = end < 0 ? n : end;
        literal(fmt, model.substring(i + 1, end));
        i = Math.min(n, end + 1);
        continue;
      }
      String rest = model.substring(i);
      String up = rest.toUpperCase(Locale.ROOT);
      int used;
      if (up.startsWith("FM")) {
        fm = !fm;
        used = 2;
      } else if (up.startsWith("FX")) {
        used = 2;
      } else if (up.startsWith("SYYYY") || up.startsWith("YYYY") || up.startsWith("RRRR")) {
        fmt.append("%Y");
        used = up.startsWith("SYYYY") ? 5 : 4;
      } else if (up.startsWith("IYYY")) {
        fmt.append("%x");
        used = 4;
      } else if (up.startsWith("YYY")) {
        fn(pieces, fmt, "RIGHT(DATE_FORMAT(?, '%Y'), 3)");
        used = 3;
      } else if (up.startsWith("YY") || up.startsWith("RR")) {
        fmt.append("%y");
        used = 2;
      } else if (up.startsWith("IY")) {
        fn(pieces, fmt, "RIGHT(DATE_FORMAT(?, '%x'), 2)");
        used = 2;
      } else if (up.startsWith("HH24")) {
        fmt.append(fm ? "%k" : "%H");
        used = 4;
      } else if (up.startsWith("HH12")) {
        fmt.append(fm ? "%l" : "%h");
        used = 4;
      } else if (up.startsWith("HH")) {
        fmt.append(fm ? "%l" : "%h");
        used = 2;
      } else if (up.startsWith("MI")) {
        if (fm) {
          fn(pieces, fmt, "MINUTE(?)");
        } else {
          fmt.append("%i");
        }
        used = 2;
      } else if (up.startsWith("SSSSS")) {
        fn(pieces, fmt, "TIME_TO_SEC(TIME(?))");
        used = 5;
      } else if (up.startsWith("SS")) {
        if (fm) {
          fn(pieces, fmt, "SECOND(?)");
        } else {
          fmt.append("%s");
        }
        used = 2;
      } else if (up.startsWith("FF")) {
        int digits =
            i + 2 < n && Character.isDigit(model.charAt(i + 2)) ? model.charAt(i + 2) - '0' : 6;
        used = i + 2 < n && Character.isDigit(model.charAt(i + 2)) ? 3 : 2;
        if (digits >= 6 || digits == 0) {
          fmt.append("%f");
        } else {
          fn(pieces, fmt, "LEFT(DATE_FORMAT(?, '%f'), " + digits + ")");
        }
      } else if (up.startsWith("MONTH")) {
        fn(pieces, fmt, named("%M", rest.substring(0, 5), fm ? 0 : 9));
        used = 5;
      } else if (up.startsWith("MON")) {
        fn(pieces, fmt, named("%b", rest.substring(0, 3), 0));
        used = 3;
      } else if (up.startsWith("MM")) {
        fmt.append(fm ? "%c" : "%m");
        used = 2;
      } else if (up.startsWith("DDD")) {
        fmt.append("%j");
        used = 3;
      } else if (up.startsWith("DAY")) {
        fn(pieces, fmt, named("%W", rest.substring(0, 3), fm ? 0 : 9));
        used = 3;
      } else if (up.startsWith("DY")) {
        fn(pieces, fmt, named("%a", rest.substring(0, 2), 0));
        used = 2;
      } else if (up.startsWith("DD")) {
        fmt.append(fm ? "%e" : "%d");
        used = 2;
      } else if (up.startsWith("D") && !up.startsWith("DS") && !up.startsWith("DL")) {
        fn(pieces, fmt, "DAYOFWEEK(?)");
        used = 1;
      } else if (up.startsWith("A.M.") || up.startsWith("P.M.")) {
        fn(
            pieces,
            fmt,
            upperOrLower(
                "REPLACE(REPLACE(DATE_FORMAT(?, '%p'), 'AM', 'A.M.'), 'PM', 'P.M.')",
                rest.charAt(0)));
        used = 4;
      } else if (up.startsWith("AM") || up.startsWith("PM")) {
        if (Character.isLowerCase(rest.charAt(0))) {
          fn(pieces, fmt, "LOWER(DATE_FORMAT(?, '%p'))");
        } else {
          fmt.append("%p");
        }
        used = 2;
      } else if (up.startsWith("Q")) {
        fn(pieces, fmt, "QUARTER(?)");
        used = 1;
      } else if (up.startsWith("WW")) {
        fn(pieces, fmt, "LPAD((DAYOFYEAR(?) + 6) DIV 7, 2, '0')");
        used = 2;
      } else if (up.startsWith("IW")) {
        fmt.append("%v");
        used = 2;
      } else if (up.startsWith("W")) {
        fn(pieces, fmt, "(DAYOFMONTH(?) + 6) DIV 7");
        used = 1;
      } else if (up.startsWith("J")) {
        fn(pieces, fmt, "TO_DAYS(?) + 1721060");
        used = 1;
      } else if (up.startsWith("X")) {
        fmt.append('.');
        used = 1;
      } else if (isPunctuation(c)) {
        literal(fmt, String.valueOf(c));
        used = 1;
      } else {
        int len = elementLength(rest);
        unsupported = unsupported == null ? rest.substring(0, len) : unsupported;
        used = len;
      }
      i += used;
    }
    if (fmt.length() > 0) {
      pieces.add(new Piece(fmt.toString(), null));
    }
    return new DateModel(pieces, unsupported);
  }

  /** An English name by specifier, in the element's case, padded to {@code pad} when given. */
  private static String named(String spec, String element, int pad) {
    String call = upperOrLower("DATE_FORMAT(?, '" + spec + "')", element);
    return pad > 0 ? "RPAD(" + call + ", " + pad + ", ' ')" : call;
  }

  /** MON is upper case, Mon as MySQL writes it, mon lower case. */
  private static String upperOrLower(String call, String element) {
    if (element.length() > 1
        && Character.isUpperCase(element.charAt(0))
        && Character.isUpperCase(element.charAt(1))) {
      return "UPPER(" + call + ")";
    }
    if (Character.isLowerCase(element.charAt(0))) {
      return "LOWER(" + call + ")";
    }
    return call;
  }

  private static String upperOrLower(String call, char first) {
    return Character.isLowerCase(first) ? "LOWER(" + call + ")" : call;
  }

  private static void fn(List<Piece> pieces, StringBuilder fmt, String call) {
    if (fmt.length() > 0) {
      pieces.add(new Piece(fmt.toString(), null));
      fmt.setLength(0);
    }
    pieces.add(new Piece(null, call));
  }

  private static void literal(StringBuilder fmt, String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      fmt.append(c == '%' ? "%%" : String.valueOf(c));
    }
  }

  private static boolean isPunctuation(char c) {
    return c == '-' || c == '/' || c == ',' || c == '.' || c == ';' || c == ':' || c == ' '
        || c == '_' || c == '(' || c == ')' || c == '\'';
  }

  private static int elementLength(String rest) {
    int k = 1;
    while (k < rest.length() && Character.isLetter(rest.charAt(k))) {
      k++;
    }
    return k;
  }

  /** An Oracle model for TO_DATE/TO_TIMESTAMP as an STR_TO_DATE format. */
  static ParseModel parse(String model) {
    StringBuilder fmt = new StringBuilder();
    String unsupported = null;
    boolean time = false;
    int i = 0;
    int n = model.length();
    while (i < n) {
      char c = model.charAt(i);
      if (c == '"') {
        int end = model.indexOf('"', i + 1);
        end = end < 0 ? n : end;
        literal(fmt, model.substring(i + 1, end));
        i = Math.min(n, end + 1);
        continue;
      }
      String up = model.substring(i).toUpperCase(Locale.ROOT);
      String spec = null;
      int used;
      if (up.startsWith("FM") || up.startsWith("FX")) {
        spec = "";
        used = 2;
      } else if (up.startsWith("SYYYY")) {
        spec = "%Y";
        used = 5;
      } else if (up.startsWith("YYYY") || up.startsWith("RRRR")) {
        spec = "%Y";
        used = 4;
      } else if (up.startsWith("YY") || up.startsWith("RR")) {
        spec = "%y";
        used = 2;
      } else if (up.startsWith("HH24")) {
        spec = "%H";
        time = true;
        used = 4;
      } else if (up.startsWith("HH12")) {
        spec = "%h";
        time = true;
        used = 4;
      } else if (up.startsWith("HH")) {
        spec = "%h";
        time = true;
        used = 2;
      } else if (up.startsWith("MI")) {
        spec = "%i";
        time = true;
        used = 2;
      } else if (up.startsWith("SS")) {
        spec = "%s";
        time = true;
        used = 2;
      } else if (up.startsWith("FF")) {
        spec = "%f";
        time = true;
        used = i + 2 < n && Character.isDigit(model.charAt(i + 2)) ? 3 : 2;
      } else if (up.startsWith("MONTH")) {
        spec = "%M";
        used = 5;
      } else if (up.startsWith("MON")) {
        spec = "%b";
        used = 3;
      } else if (up.startsWith("MM")) {
        spec = "%m";
        used = 2;
      } else if (up.startsWith("DDD")) {
        spec = "%j";
        used = 3;
      } else if (up.startsWith("DAY")) {
        spec = "%W";
        used = 3;
      } else if (up.startsWith("DY")) {
        spec = "%a";
        used = 2;
      } else if (up.startsWith("DD")) {
        spec = "%d";
        used = 2;
      } else if (up.startsWith("AM") || up.startsWith("PM")) {
        spec = "%p";
        used = 2;
      } else if (isPunctuation(c)) {
        spec = c == '%' ? "%%" : String.valueOf(c);
        used = 1;
      } else {
        used = elementLength(model.substring(i));
        unsupported = unsupported == null ? model.substring(i, i + used) : unsupported;
      }
      if (spec != null) {
        fmt.append(spec);
      }
      i += used;
    }
    return new ParseModel(fmt.toString(), unsupported, time);
  }

  /** An Oracle number model: [FM] [$] digits 9/0 with , or G, then . or D and digits. */
  static NumberModel number(String model) {
    String m = model.toUpperCase(Locale.ROOT);
    boolean fm = m.startsWith("FM");
    if (fm) {
      m = m.substring(2);
    }
    boolean currency = false;
    if (m.startsWith("$")) {
      currency = true;
      m = m.substring(1);
    }
    int decimals = 0;
    int integers = 0;
    boolean grouping = false;
    boolean afterPoint = false;
    int trailingNines = 0;
    String unsupported = null;
    for (int k = 0; k < m.length(); k++) {
      char c = m.charAt(k);
      if (c == '9' || c == '0') {
        if (afterPoint) {
          decimals++;
          trailingNines = c == '9' ? trailingNines + 1 : 0;
        } else {
          integers++;
        }
      } else if ((c == ',' || c == 'G') && !afterPoint) {
        grouping = true;
      } else if ((c == '.' || c == 'D') && !afterPoint) {
        afterPoint = true;
      } else if (unsupported == null) {
        unsupported = String.valueOf(c);
      }
    }
    // Digits from the first 0 of the integer part up to the point must be printed.
    int firstZero = -1;
    int seen = 0;
    for (int k = 0; k < m.length(); k++) {
      char c = m.charAt(k);
      if (c == '.' || c == 'D') {
        break;
      }
      if (c == '9' || c == '0') {
        if (c == '0' && firstZero < 0) {
          firstZero = seen;
        }
        seen++;
      }
    }
    int minInteger = firstZero < 0 ? 0 : integers - firstZero;
    int width = m.length() + 1 + (currency ? 1 : 0);
    return new NumberModel(
        fm, decimals, minInteger, integers, grouping, width, trailingNines, currency, unsupported);
  }
}
