package io.godwit.dialect.postgres;

import io.godwit.dialect.ScriptStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL script at top-level semicolons. Knows single-quoted strings (with '' and,
 * after E, backslash escapes), double-quoted identifiers, dollar-quoted bodies ($$ and $tag$), line
 * comments and nested block comments.
 */
final class PgScriptSplitter {

  private PgScriptSplitter() {}

  static List<ScriptStatement> split(String script) {
    List<ScriptStatement> out = new ArrayList<>();
    int n = script.length();
    int start = 0;
    int line = 1;
    int startLine = 1;
    int i = 0;
    while (i < n) {
      char c = script.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
        int depth = 0;
        while (i < n) {
          if (script.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (script.startsWith("*/", i)) {
            depth--;
            i += 2;
            if (depth == 0) {
              break;
            }
          } else {
            if (script.charAt(i) == '\n') {
              line++;
            }
            i++;
          }
        }
      } else if (c == '\'') {
        boolean escapes = i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e');
        i++;
        while (i < n) {
          char d = script.charAt(i);
          if (d == '\n') {
            line++;
          }
          if (escapes && d == '\\' && i + 1 < n) {
            i += 2;
            continue;
          }
          i++;
          if (d == '\'') {
            if (i < n && script.charAt(i) == '\'') {
              i++;
            } else {
              break;
            }
          }
        }
      } else if (c == '"') {
        i++;
        while (i < n) {
          char d = script.charAt(i++);
          if (d == '\n') {
            line++;
          }
          if (d == '"') {
            if (i < n && script.charAt(i) == '"') {
              i++;
            } else {
              break;
            }
          }
        }
      } else if (c == '$' && dollarTagEnd(script, i) > 0) {
        int tagEnd = dollarTagEnd(script, i);
        String tag = script.substring(i, tagEnd);
        int close = script.indexOf(tag, tagEnd);
        int end = close < 0 ? n : close + tag.length();
        for (int k = i; k < end; k++) {
          if (script.charAt(k) == '\n') {
            line++;
          }
        }
        i = end;
      } else if (c == ';') {
        add(out, script.substring(start, i), startLine);
        i++;
        start = i;
        startLine = line;
      } else {
        i++;
      }
    }
    add(out, script.substring(start), startLine);
    return out;
  }

  /** The index after the closing $ of a dollar-quote tag starting at {@code i}, or -1. */
  private static int dollarTagEnd(String s, int i) {
    if (i > 0) {
      char before = s.charAt(i - 1);
      if (Character.isLetterOrDigit(before) || before == '_' || before == '$') {
        return -1; // part of an identifier or a positional parameter like $1
      }
    }
    int j = i + 1;
    if (j < s.length() && Character.isDigit(s.charAt(j))) {
      return -1;
    }
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '$') {
        return j + 1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return -1;
      }
      j++;
    }
    return -1;
  }

  private static void add(List<ScriptStatement> out, String text, int line) {
    int first = firstCode(text);
    if (first < 0) {
      return;
    }
    for (int k = 0; k < first; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    out.add(new ScriptStatement(text.strip(), line));
  }

  /** The index of the first character that is neither blank nor comment, or -1. */
  static int firstCode(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("--", i)) {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        return i;
      }
    }
    return -1;
  }
}
