package io.godwit.dialect.sqlserver.lower;

import io.godwit.model.CatalogIndex;
import io.godwit.model.Column;
import io.godwit.model.Table;
import java.util.List;

/** The tables of the source catalog by name, to resolve column types while lowering. */
final class MssCatalog {

  private final CatalogIndex index;

  MssCatalog(CatalogIndex index) {
    this.index = index;
  }

  /** The columns of a table, or an empty list when the catalog does not know it. */
  List<Column> columns(String schema, String table) {
    Table t = schema == null ? null : index.table(schema, table);
    if (t == null) {
      t = index.table(null, table);
    }
    return t == null ? List.of() : t.columns();
  }
}
