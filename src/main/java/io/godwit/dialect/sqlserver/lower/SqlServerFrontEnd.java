package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.FrontEnd;
import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.types.TypeMapper;
import io.godwit.convert.types.TypeRule;
import io.godwit.convert.types.TypeRules;
import io.godwit.model.Database;
import io.godwit.model.Schema;
import io.godwit.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL Server front end: reads SSMS and hand-written T-SQL scripts, or a live catalog, into
 * units, and lowers each unit to the IR with T-SQL's semantics made explicit.
 */
public final class SqlServerFrontEnd implements FrontEnd {

  private static final List<TypeRule> TYPE_RULES =
      TypeRules.resource(SqlServerFrontEnd.class, "/io/godwit/dialect/sqlserver/types.json");

  private final ItemCatalog items;

  public SqlServerFrontEnd() {
    this(ItemCatalog.builtIn());
  }

  public SqlServerFrontEnd(ItemCatalog items) {
    this.items = items;
  }

  static TypeMapper typeMapper(ConvertOptions options) {
    return new TypeMapper(options.typeRules(), TYPE_RULES);
  }

  @Override
  public SourceSet read(List<ScriptInput> scripts, ConvertOptions options) {
    return new MssScriptReader(items).read(scripts);
  }

  /**
   * Tables come from the catalog model; code objects (views, routines, triggers) from their
   * sys.sql_modules text, parsed as a script.
   */
  @Override
  public SourceSet read(Database catalog, ConvertOptions options) {
    List<ScriptInput> code = new ArrayList<>();
    List<SourceUnit> units = new ArrayList<>();
    for (Schema s : catalog.schemas()) {
      for (Table t : s.tables()) {
        units.add(
            new MssUnit(
                new ObjectRef(s.name(), t.name(), UnitKind.TABLE),
                null,
                null,
                s.name(),
                new MssUnit.CatalogTablePayload(t)));
      }
      s.views().forEach(v -> code.add(new ScriptInput(s.name() + "." + v.name(), v.definition())));
      s.routines()
          .forEach(
              r -> {
                if (r.source() != null) {
                  code.add(new ScriptInput(s.name() + "." + r.name(), r.source()));
                }
              });
      s.triggers()
          .forEach(
              t -> {
                if (t.body() != null) {
                  code.add(new ScriptInput(s.name() + "." + t.name(), t.body()));
                }
              });
    }
    SourceSet scripts = new MssScriptReader(items).read(code);
    units.addAll(scripts.units());
    return new SourceSet(units, scripts.problems(), catalog);
  }

  @Override
  public List<LoweredObject> lower(SourceUnit unit, LoweringContext context) {
    if (!(unit instanceof MssUnit u)) {
      throw new IllegalArgumentException("not a unit of the SQL Server front end: " + unit.ref());
    }
    return new MssLowering(u, context, typeMapper(context.options())).lower();
  }
}
