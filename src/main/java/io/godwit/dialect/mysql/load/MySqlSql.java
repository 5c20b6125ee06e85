package io.godwit.dialect.mysql.load;

import io.godwit.load.TableRef;
import java.util.List;

/** MySQL identifier quoting for load statements. */
final class MySqlSql {

  private MySqlSql() {}

  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
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
