package io.godwit.dialect.mysql;

import io.godwit.dialect.ScriptStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a script for the mysql client: statements end at the current delimiter (";" until a
 * DELIMITER line changes it). Knows '...' and "..." strings with backslash escapes, `...`
 * identifiers, and --, # and block comments. DELIMITER lines themselves are not statements.
 */
final class MySqlScriptSplitter {

  private MySqlScriptSplitter() {}

  static List<ScriptStatement> split(String script) {
    List<ScriptStatement> out = new ArrayList<>();
    String delimiter = ";";
    int n = script.length();
    int start = 0;
    int line = 1;
    int startLine = 1;
    int i = 0;
    boolean atLineStart = true;
    boolean codeSeen = false;
    while (i < n) {
      if (atLineStart && !codeSeen && isDelimiterCommand(script, i)) {
        int eol = script.indexOf('\n', i);
        int end = eol < 0 ? n : eol;
        delimiter = script.substring(i + "delimiter".length(), end).strip();
        if (delimiter.isEmpty()) {
          delimiter = ";";
        }
        i = eol < 0 ? n : eol + 1;
        line++;
        start = i;
        startLine = line;
        atLineStart = true;
        continue;
      }
      char c = script.charAt(i);
      atLineStart = false;
      boolean comment = c == '#' || script.startsWith("-- ", i) || script.startsWith("/*", i);
      if (!Character.isWhitespace(c) && !comment) {
        codeSeen = true;
      }
      if (c == '\n') {
        line++;
        i++;
        atLineStart = true;
      } else if ((c == '-' && script.startsWith("-- ", i)) || c == '#') {
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && script.startsWith("/*", i)) {
        int end = script.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(script, i, end);
        i = end;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closeQuote(script, i, c);
        line += count(script, i, end);
        i = end;
      } else if (script.startsWith(delimiter, i)) {
        add(out, script.substring(start, i), startLine);
        i += delimiter.length();
        start = i;
        startLine = line;
        codeSeen = false;
      } else {
        i++;
      }
    }
    add(out, script.substring(start), startLine);
    return out;
  }

  private static boolean isDelimiterCommand(String s, int i) {
    int j = i;
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    String word = "delimiter";
    if (j + word.length() >= s.length()) {
      return false;
    }
    return s.substring(j, j + word.length()).toLowerCase(Locale.ROOT).equals(word)
        && Character.isWhitespace(s.charAt(j + word.length()));
  }

  private static int closeQuote(String s, int open, char quote) {
    int i = open + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
        continue;
      }
      i++;
      if (c == quote) {
        if (i < s.length() && s.charAt(i) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return s.length();
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int k = from; k < to && k < s.length(); k++) {
      if (s.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static void add(List<ScriptStatement> out, String text, int line) {
    int first = firstCode(text);
    if (first < 0) {
      return;
    }
    line += count(text, 0, first);
    out.add(new ScriptStatement(text.strip(), line));
  }

  private static int firstCode(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("-- ", i) || c == '#') {
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
