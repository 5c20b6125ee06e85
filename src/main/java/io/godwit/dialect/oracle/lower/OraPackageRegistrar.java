package io.godwit.dialect.oracle.lower;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.convert.types.TypeMapper;
import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.model.CatalogIndex;
import io.godwit.model.Database;

/**
 * Records what package specifications and bodies declare before any unit is lowered, so that a
 * reference to a package member from any unit resolves. Type problems met here are reported again
 * when the package itself is lowered, so this pass keeps no items.
 */
final class OraPackageRegistrar {

  private final ItemCatalog items;
  private final ConvertOptions options;
  private final TypeMapper types;
  private final boolean packagesAsSchemas;
  private Database indexed;
  private CatalogIndex index = CatalogIndex.of(null);

  OraPackageRegistrar(
      ItemCatalog items, ConvertOptions options, TypeMapper types, boolean packagesAsSchemas) {
    this.items = items;
    this.options = options;
    this.types = types;
    this.packagesAsSchemas = packagesAsSchemas;
  }

  void register(OraPackages registry, PlSqlParser.StatementContext tree, String schema) {
    register(registry, tree, schema, null);
  }

  void register(
      OraPackages registry, PlSqlParser.StatementContext tree, String schema, Database catalog) {
    if (tree == null) {
      return;
    }
    if (catalog != indexed) {
      indexed = catalog;
      index = CatalogIndex.of(catalog);
    }
    OraContext cx =
        new OraContext(
            new Items(items, new ObjectRef(schema, "package", UnitKind.PACKAGE)),
            index,
            options,
            packagesAsSchemas,
            types,
            null,
            schema == null ? null : OraNames.ident(schema));
    cx.spans = false;
    cx.packages = registry;
    OraUnits.register(registry, new OraTypes(cx), tree, schema);
  }
}
