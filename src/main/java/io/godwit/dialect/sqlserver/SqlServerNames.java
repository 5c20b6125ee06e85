package io.godwit.dialect.sqlserver;

import java.util.ArrayList;
import java.util.List;

/** SQL Server identifier quoting, and the splitting of multi-part names. */
final class SqlServerNames {

  private SqlServerNames() {}

  /** {@code name} in brackets, a closing bracket doubled. */
  static String quote(String name) {
    return "[" + name.replace("]", "]]") + "]";
  }

  /** {@code [schema].[name]}. */
  static String qualified(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  /**
   * The parts of a multi-part name such as {@code sys.synonyms.base_object_name}: {@code
   * [Remote].[Sales DB].dbo.[Order.Lines]} gives {@code Remote}, {@code Sales DB}, {@code dbo},
   * {@code Order.Lines}. Brackets (with {@code ]]} for a bracket) and double quotes (with {@code
   * ""}) may hold dots and blanks; blanks around unquoted parts are dropped; an empty part ({@code
   * db..table}, the default schema) is kept as an empty string.
   */
  static List<String> split(String name) {
    List<String> parts = new ArrayList<>();
    if (name == null) {
      return parts;
    }
    StringBuilder part = new StringBuilder();
    int i = 0;
    int n = name.length();
    while (i < n) {
      char c = name.charAt(i);
      if (c == '[' || c == '"') {
        char close = c == '[' ? ']' : '"';
        i++;
        while (i < n) {
          char d = name.charAt(i);
          if (d == close) {
            if (i + 1 < n && name.charAt(i + 1) == close) {
              part.append(close);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          part.append(d);
          i++;
        }
      } else if (c == '.') {
        parts.add(part.toString());
        part.setLength(0);
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        part.append(c);
        i++;
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /**
   * A synonym's target split from the right.
   *
   * @param server the linked server (four-part names), else {@code null}
   * @param database the database (three- and four-part names), else {@code null}
   * @param schema the schema, or {@code null} when the name leaves it out
   * @param object the object
   */
  record Target(String server, String database, String schema, String object) {

    static Target of(String baseObjectName) {
      List<String> parts = split(baseObjectName);
      int n = parts.size();
      return new Target(
          n >= 4 ? emptyToNull(parts.get(n - 4)) : null,
          n >= 3 ? emptyToNull(parts.get(n - 3)) : null,
          n >= 2 ? emptyToNull(parts.get(n - 2)) : null,
          parts.get(n - 1));
    }

    private static String emptyToNull(String s) {
      return s.isEmpty() ? null : s;
    }
  }
}
