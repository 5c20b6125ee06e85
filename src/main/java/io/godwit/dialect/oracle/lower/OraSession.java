package io.godwit.dialect.oracle.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Items;
import io.godwit.convert.types.TypeMapper;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.SourceSpan;
import java.util.List;

/**
 * The lowering of one unit: makes the lowerers for the texts the unit spans (a table's statements
 * may sit in several files) and collects the items of each object it produces.
 */
final class OraSession {

  private final OraUnit unit;
  private final LoweringContext context;
  private final TypeMapper types;
  private final Ident defaultSchema;
  private Items items;

  OraSession(OraUnit unit, LoweringContext context, TypeMapper types) {
    this.unit = unit;
    this.context = context;
    this.types = types;
    this.defaultSchema = unit.defaultSchema() == null ? null : OraNames.ident(unit.defaultSchema());
    this.items = new Items(context.items(), unit.ref());
  }

  /**
   * A lowerer for nodes of {@code source}; with a null source (text parsed on its own) items point
   * at {@code fallback} instead.
   */
  OraLower lower(SourceText source, SourceSpan fallback) {
    OraContext cx =
        new OraContext(
            items,
            context.index(),
            context.options(),
            context.packagesAsSchemas(),
            types,
            source,
            defaultSchema);
    cx.packages = unit.packages();
    cx.fallbackSpan = fallback;
    cx.mysql = context.targetIsMysql();
    cx.spans = source != null;
    return new OraLower(cx);
  }

  /**
   * The primary-key columns of table {@code schema.table} in the source catalog, or an empty list.
   * A foreign key written without a column list references them, and not every target takes that
   * short form (MySQL does not).
   */
  java.util.List<String> primaryKeyColumns(String schema, String table) {
    if (schema == null || table == null) {
      return java.util.List.of();
    }
    io.godwit.model.Table t = context.index().table(schema, table);
    return t == null || t.primaryKey() == null ? java.util.List.of() : t.primaryKey().columns();
  }

  /**
   * One object of the unit, with the items collected since the previous one; a null IR means the
   * object could not be converted at all.
   */
  LoweredObject lowered(OraUnit of, UnitKind kind, String table, IrObject ir) {
    return new LoweredObject(of.ref(), kind, table, ir, takeItems());
  }

  /** The items collected since the previous object; the next ones start a new list. */
  List<ActionItem> takeItems() {
    List<ActionItem> out = items.list();
    items = new Items(context.items(), unit.ref());
    return out;
  }

  /** Records an item against the object being lowered. */
  void item(String code, String message, SourceSpan span, String excerpt) {
    items.add(code, message, span, excerpt);
  }
}
