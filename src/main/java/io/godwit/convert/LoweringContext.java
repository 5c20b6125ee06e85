package io.godwit.convert;

import io.godwit.convert.item.ItemCatalog;
import io.godwit.model.CatalogIndex;
import io.godwit.model.Database;

/**
 * What a front end may consult while lowering: the catalog of the whole source (to resolve names
 * and types), the action-item catalog, the options and what the target can hold.
 *
 * @param packagesAsSchemas whether the target keeps a package as a schema of its own (PostgreSQL);
 *     otherwise package members become objects named {@code package$member} in the package's schema
 *     (see {@link BackEnd#packagesAsSchemas()})
 * @param target the id of the target dialect ({@code postgresql}, {@code mysql}), or null when not
 *     known; front ends word the advice of their items for it
 * @param index look-ups into {@code catalog}, built once for the whole conversion
 */
public record LoweringContext(
    Database catalog,
    ItemCatalog items,
    ConvertOptions options,
    boolean packagesAsSchemas,
    String target,
    CatalogIndex index) {

  /** A context whose catalog index is built here. */
  public LoweringContext(
      Database catalog,
      ItemCatalog items,
      ConvertOptions options,
      boolean packagesAsSchemas,
      String target) {
    this(catalog, items, options, packagesAsSchemas, target, CatalogIndex.of(catalog));
  }

  /** A context for a target that keeps packages as schemas. */
  public LoweringContext(Database catalog, ItemCatalog items, ConvertOptions options) {
    this(catalog, items, options, true, null);
  }

  /** A context for a target not named. */
  public LoweringContext(
      Database catalog, ItemCatalog items, ConvertOptions options, boolean packagesAsSchemas) {
    this(catalog, items, options, packagesAsSchemas, null);
  }

  /** Whether the target is MySQL (or MariaDB): the advice then names MySQL's means. */
  public boolean targetIsMysql() {
    return "mysql".equals(target);
  }
}
