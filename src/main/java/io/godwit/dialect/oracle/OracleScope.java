package io.godwit.dialect.oracle;

import io.godwit.dialect.CatalogBuilder;
import io.godwit.dialect.CatalogQueries;
import java.util.Collections;
import java.util.List;

/**
 * What the parts of one catalog read share: the query runner, the model under construction and the
 * owners being read, as an {@code in (?, ?, ...)} list with its bind values.
 */
record OracleScope(CatalogQueries queries, CatalogBuilder builder, List<String> owners) {

  /** {@code (?, ?, ...)}, one marker per owner. */
  String in() {
    return "(" + String.join(", ", Collections.nCopies(owners.size(), "?")) + ")";
  }

  /** The owners as bind values, {@code times} times over (for queries that list them twice). */
  Object[] params(int times) {
    Object[] out = new Object[owners.size() * times];
    for (int t = 0; t < times; t++) {
      for (int i = 0; i < owners.size(); i++) {
        out[t * owners.size() + i] = owners.get(i);
      }
    }
    return out;
  }

  Object[] params() {
    return params(1);
  }
}
