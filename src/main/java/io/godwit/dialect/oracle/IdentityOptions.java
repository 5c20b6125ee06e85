package io.godwit.dialect.oracle;

import io.godwit.model.Identity;
import io.godwit.model.IdentityGeneration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code ALL_TAB_IDENTITY_COLS.IDENTITY_OPTIONS}, a list such as {@code START WITH: 1,
 * INCREMENT BY: 1, MAX_VALUE: 9999999999999999999999999999, MIN_VALUE: 1, CYCLE_FLAG: N, ...}.
 */
final class IdentityOptions {

  private IdentityOptions() {}

  /**
   * The identity of a column.
   *
   * @param generationType {@code GENERATION_TYPE}: {@code ALWAYS} or {@code BY DEFAULT}
   * @param options {@code IDENTITY_OPTIONS}, may be {@code null}
   */
  static Identity identity(String generationType, String options) {
    Map<String, String> values = parse(options);
    IdentityGeneration generation =
        "ALWAYS".equals(generationType) ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT;
    return new Identity(
        generation, number(values.get("START WITH")), number(values.get("INCREMENT BY")));
  }

  /** The options by upper-case key, in order; a malformed entry is skipped. */
  static Map<String, String> parse(String options) {
    Map<String, String> out = new LinkedHashMap<>();
    if (options == null) {
      return out;
    }
    int start = 0;
    int n = options.length();
    while (start < n) {
      int end = options.indexOf(',', start);
      if (end < 0) {
        end = n;
      }
      int colon = options.indexOf(':', start);
      if (colon > start && colon < end) {
        String key = options.substring(start, colon).strip().toUpperCase(Locale.ROOT);
        String value = options.substring(colon + 1, end).strip();
        if (!key.isEmpty()) {
          out.put(key, value);
        }
      }
      start = end + 1;
    }
    return out;
  }

  /** A whole number that fits a long, else {@code null} (Oracle allows 28 digits). */
  private static Long number(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    if (i == text.length() || text.length() - i > 18) {
      return null;
    }
    for (int j = i; j < text.length(); j++) {
      if (text.charAt(j) < '0' || text.charAt(j) > '9') {
        return null;
      }
    }
    return Long.parseLong(text);
  }
}
