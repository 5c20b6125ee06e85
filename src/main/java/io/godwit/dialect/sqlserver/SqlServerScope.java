package io.godwit.dialect.sqlserver;

import io.godwit.dialect.CatalogBuilder;
import io.godwit.dialect.CatalogQueries;
import java.util.Collections;
import java.util.List;

/**
 * What the parts of one catalog read share: the query runner, the model under construction and the
 * schemas being read, as an {@code in (?, ?, ...)} list with its bind values.
 */
record SqlServerScope(CatalogQueries queries, CatalogBuilder builder, List<String> schemas) {

  /** {@code (?, ?, ...)}, one marker per schema. */
  String in() {
    return "(" + String.join(", ", Collections.nCopies(schemas.size(), "?")) + ")";
  }

  /** The schemas as bind values. */
  Object[] params() {
    return schemas.toArray();
  }
}
