package io.godwit.dialect.postgres.load;

import io.godwit.load.TableRef;
import java.util.List;

/** PostgreSQL identifier quoting for load statements. */
final class PgSql {

  private PgSql() {}

  /** An identifier, always double-quoted so its case and spelling are kept. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String table(TableRef t) {
    return quote(t.schema()) + "." + quote(t.name());
  }

  static String columns(List<String> names) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(quote(names.get(i)));
    }
    return s.toString();
  }
}
