package io.godwit.dialect.oracle.lower;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.FrontEnd;
import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.types.TypeMapper;
import io.godwit.convert.types.TypeRule;
import io.godwit.convert.types.TypeRules;
import io.godwit.model.Database;
import java.util.List;

/**
 * The Oracle front end: reads SQL Developer / DBMS_METADATA / SQL*Plus scripts or a live catalog
 * into units, and lowers each unit to the IR with Oracle's semantics made explicit.
 */
public final class OracleFrontEnd implements FrontEnd {

  private static final List<TypeRule> TYPE_RULES =
      TypeRules.resource(OracleFrontEnd.class, "/io/godwit/dialect/oracle/types.json");

  private final ItemCatalog items;

  public OracleFrontEnd() {
    this(ItemCatalog.builtIn());
  }

  public OracleFrontEnd(ItemCatalog items) {
    this.items = items;
  }

  static TypeMapper typeMapper(ConvertOptions options) {
    return new TypeMapper(options.typeRules(), TYPE_RULES);
  }

  @Override
  public SourceSet read(List<ScriptInput> scripts, ConvertOptions options) {
    OraPackages packages = new OraPackages();
    OraPackageRegistrar registrar =
        new OraPackageRegistrar(items, options, typeMapper(options), true);
    return new OraScriptReader(items, packages, registrar).read(scripts);
  }

  @Override
  public SourceSet read(Database catalog, ConvertOptions options) {
    OraPackages packages = new OraPackages();
    OraPackageRegistrar registrar =
        new OraPackageRegistrar(items, options, typeMapper(options), true);
    return new OraCatalogUnits(items, packages, registrar).read(catalog);
  }

  @Override
  public List<LoweredObject> lower(SourceUnit unit, LoweringContext context) {
    if (!(unit instanceof OraUnit u)) {
      throw new IllegalArgumentException("not a unit of the Oracle front end: " + unit.ref());
    }
    return new OraLowering(u, context, typeMapper(context.options())).lower();
  }
}
