package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Items;
import io.godwit.convert.types.TypeMapper;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.ir.IrObject;
import java.util.List;

/** The lowering of one unit: contexts for its batches, and the items of each object it makes. */
final class MssSession {

  private final MssUnit unit;
  private final LoweringContext context;
  private final TypeMapper types;
  private final MssCatalog catalog;
  private Items items;

  MssSession(MssUnit unit, LoweringContext context, TypeMapper types) {
    this.unit = unit;
    this.context = context;
    this.types = types;
    this.catalog = new MssCatalog(context.index());
    this.items = new Items(context.items(), unit.ref());
  }

  /** The settings of the conversion. */
  io.godwit.convert.ConvertOptions options() {
    return context.options();
  }

  /** A context for nodes of {@code batch} (null for trees parsed on their own). */
  MssContext context(ParsedBatch batch) {
    return new MssContext(
        items, types, batch, catalog, unit.defaultSchema(), context.targetIsMysql());
  }

  /** One object of the unit, with the items collected since the previous one. */
  LoweredObject lowered(MssUnit of, UnitKind kind, String table, IrObject ir) {
    List<ActionItem> out = items.list();
    items = new Items(context.items(), unit.ref());
    return new LoweredObject(of.ref(), kind, table, ir, out);
  }
}
