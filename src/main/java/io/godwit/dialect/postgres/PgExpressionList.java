package io.godwit.dialect.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of {@code pg_get_expr(proargdefaults, 0)} (a comma-separated list of expressions)
 * at its top-level commas, respecting quotes and parentheses.
 */
final class PgExpressionList {

  private PgExpressionList() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    int depth = 0;
    int start = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == quote;
          if (doubled) {
            i++;
          } else {
            quote = 0;
          }
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(text.substring(start).strip());
    return out;
  }
}
