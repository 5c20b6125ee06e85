package io.godwit.dialect.sqlserver.lower;

import io.godwit.model.Column;
import io.godwit.model.Database;
import io.godwit.model.Schema;
import io.godwit.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables of the source catalog by name, to resolve column types while lowering. */
final class MssCatalog {

  private final Map<String, Table> tables = new HashMap<>();

  MssCatalog(Database catalog) {
    if (catalog == null) {
      return;
    }
    for (Schema s : catalog.schemas()) {
      for (Table t : s.tables()) {
        tables.put(key(s.name(), t.name()), t);
        tables.putIfAbsent(key(null, t.name()), t);
      }
    }
  }

  private static String key(String schema, String table) {
    return (schema == null ? "" : schema.toUpperCase(Locale.ROOT) + ".")
        + table.toUpperCase(Locale.ROOT);
  }

  /** The columns of a table, or an empty list when the catalog does not know it. */
  List<Column> columns(String schema, String table) {
    Table t = tables.get(key(schema, table));
    if (t == null) {
      t = tables.get(key(null, table));
    }
    return t == null ? List.of() : t.columns();
  }
}
