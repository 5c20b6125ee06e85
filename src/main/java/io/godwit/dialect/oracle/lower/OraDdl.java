package io.godwit.dialect.oracle.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.oracle.lower.OraTableDraft.Check;
import io.godwit.dialect.oracle.lower.OraTableDraft.ColumnDraft;
import io.godwit.dialect.oracle.lower.OraTableDraft.Fragment;
import io.godwit.dialect.oracle.lower.OraTableDraft.Key;
import io.godwit.dialect.oracle.lower.OraTableDraft.Note;
import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.Fragments;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.model.ForeignKey;
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
import io.godwit.model.ReferentialAction;
import io.godwit.model.Sequence;
import io.godwit.model.Synonym;
import io.godwit.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lowers tables (with their constraints), indexes, sequences, synonyms, views, types and comments.
 * Tables come as drafts (from a script's statements or the catalog); the others from their parse
 * tree or their catalog model.
 */
final class OraDdl {

  private final OraSession session;

  OraDdl(OraSession session) {
    this.session = session;
  }

  // ------------------------------------------------------------------------------------------
  // Tables
  // ------------------------------------------------------------------------------------------

  /** The table, then one object per foreign key. */
  List<LoweredObject> table(OraUnit unit, OraTableDraft d) {
    List<LoweredObject> out = new ArrayList<>();
    OraLower l = session.lower(null, unit.span());
    QName name = qualified(d.schema, d.name);
    if (d.blocker != null) {
      note(l, d.blocker);
      return List.of(session.lowered(unit, UnitKind.TABLE, null, null));
    }
    for (Note n : d.notes) {
      note(l, n);
    }
    if (!d.defined) {
      return constraintsOnly(unit, d, l, name);
    }
    if (d.asQuery != null) {
      return List.of(tableAs(unit, d, name));
    }
    Set<String> keyColumns = new HashSet<>();
    if (d.primaryKey != null) {
      d.primaryKey.model().columns().forEach(c -> keyColumns.add(c.toUpperCase(Locale.ROOT)));
    }
    d.foreignKeys.forEach(
        f -> f.model().columns().forEach(c -> keyColumns.add(c.toUpperCase(Locale.ROOT))));
    List<Ddl.ColumnDef> columns = new ArrayList<>();
    for (ColumnDraft c : d.columns.values()) {
      columns.add(column(l, c, keyColumns.contains(c.name.toUpperCase(Locale.ROOT))));
    }
    List<Ddl.Constraint> constraints = new ArrayList<>();
    if (d.primaryKey != null) {
      constraints.add(
          new Ddl.PrimaryKeyDef(
              ident(d.primaryKey.model().name()), idents(d.primaryKey.model().columns())));
    }
    for (Key<UniqueConstraint> u : d.uniques) {
      constraints.add(new Ddl.UniqueDef(ident(u.model().name()), idents(u.model().columns())));
    }
    for (Check c : d.checks) {
      Expr condition = fragment(l, c.condition(), unit.span());
      constraints.add(new Ddl.CheckDef(ident(c.model().name()), condition));
    }
    Ddl.CreateTable table =
        new Ddl.CreateTable(name, d.irKind, columns, constraints, d.comment, unit.span());
    out.add(session.lowered(unit, UnitKind.TABLE, null, table));
    for (Key<ForeignKey> f : d.foreignKeys) {
      out.add(foreignKey(unit, d, name, f));
    }
    return out;
  }

  /**
   * CREATE TABLE ... AS SELECT: the column names listed (if any) and the query. Constraints
   * declared in the statement are dropped with an item: the query decides the column types, so they
   * are added by hand once the table exists.
   */
  private LoweredObject tableAs(OraUnit unit, OraTableDraft d, QName name) {
    OraLower ql = session.lower(d.asSource, unit.span());
    List<Ident> columns = new ArrayList<>();
    for (ColumnDraft c : d.columns.values()) {
      columns.add(ident(c.name));
    }
    if (d.primaryKey != null || !d.uniques.isEmpty() || !d.checks.isEmpty()) {
      ql.cx.items.add(
          OraItems.STATEMENT,
          "the constraints declared with CREATE TABLE ... AS SELECT are not created: add them"
              + " with ALTER TABLE after the table is filled",
          unit.span(),
          null);
    }
    Ddl.CreateTableAs ir =
        new Ddl.CreateTableAs(name, columns, ql.query.subquery(d.asQuery), unit.span());
    return session.lowered(unit, UnitKind.TABLE, null, ir);
  }

  /**
   * The constraints ALTER TABLE statements add to a table the scripts do not create, each as an
   * object of its own.
   */
  private List<LoweredObject> constraintsOnly(
      OraUnit unit, OraTableDraft d, OraLower l, QName name) {
    if (!d.columns.isEmpty()) {
      l.cx.items.add(
          OraItems.STATEMENT,
          "ALTER TABLE adds or changes columns of "
              + d.name
              + ", which the scripts do not create: apply the change by hand",
          unit.span(),
          null);
    }
    List<LoweredObject> out = new ArrayList<>();
    if (d.primaryKey != null) {
      out.add(
          constraint(
              unit,
              d,
              name,
              new Ddl.PrimaryKeyDef(
                  ident(d.primaryKey.model().name()), idents(d.primaryKey.model().columns())),
              d.primaryKey.model().name(),
              d.primaryKey.node(),
              d.primaryKey.source()));
    }
    for (Key<UniqueConstraint> u : d.uniques) {
      out.add(
          constraint(
              unit,
              d,
              name,
              new Ddl.UniqueDef(ident(u.model().name()), idents(u.model().columns())),
              u.model().name(),
              u.node(),
              u.source()));
    }
    for (Check c : d.checks) {
      Expr condition = fragment(l, c.condition(), unit.span());
      out.add(
          constraint(
              unit,
              d,
              name,
              new Ddl.CheckDef(ident(c.model().name()), condition),
              c.model().name(),
              c.condition().node(),
              c.condition().source()));
    }
    for (Key<ForeignKey> f : d.foreignKeys) {
      out.add(foreignKey(unit, d, name, f));
    }
    if (out.isEmpty()) {
      return List.of(session.lowered(unit, UnitKind.CONSTRAINT, d.name, null));
    }
    // the items gathered so far belong to the first object
    LoweredObject first = out.get(0);
    List<io.godwit.convert.item.ActionItem> items = new ArrayList<>(first.items());
    items.addAll(session.lowered(unit, UnitKind.CONSTRAINT, d.name, null).items());
    out.set(0, new LoweredObject(first.source(), first.kind(), first.table(), first.ir(), items));
    return out;
  }

  private LoweredObject constraint(
      OraUnit unit,
      OraTableDraft d,
      QName table,
      Ddl.Constraint def,
      String constraintName,
      org.antlr.v4.runtime.ParserRuleContext node,
      io.godwit.dialect.oracle.script.SourceText source) {
    SourceSpan span = node == null || source == null ? unit.span() : source.span(node);
    String refName = constraintName != null ? constraintName : d.name + "_CONSTRAINT";
    return new LoweredObject(
        new ObjectRef(d.schema, refName, UnitKind.CONSTRAINT),
        UnitKind.CONSTRAINT,
        d.name,
        new Ddl.AddConstraint(table, def, span),
        List.of());
  }

  private LoweredObject foreignKey(OraUnit unit, OraTableDraft d, QName table, Key<ForeignKey> f) {
    ForeignKey fk = f.model();
    String refSchema = fk.referencedSchema() != null ? fk.referencedSchema() : d.schema;
    Ddl.ForeignKeyDef def =
        new Ddl.ForeignKeyDef(
            ident(fk.name()),
            idents(fk.columns()),
            qualified(refSchema, fk.referencedTable()),
            idents(fk.referencedColumns()),
            action(fk.onDelete()),
            action(fk.onUpdate()),
            f.state().deferrable(),
            f.state().initiallyDeferred());
    SourceSpan span = f.node() == null ? unit.span() : f.source().span(f.node());
    String refName =
        fk.name() != null ? fk.name() : d.name + "_" + String.join("_", fk.columns()) + "_FK";
    ObjectRef ref = new ObjectRef(d.schema, refName, UnitKind.CONSTRAINT);
    return new LoweredObject(
        ref, UnitKind.CONSTRAINT, d.name, new Ddl.AddConstraint(table, def, span), List.of());
  }

  private static Ddl.RefAction action(ReferentialAction a) {
    if (a == null) {
      return Ddl.RefAction.NO_ACTION;
    }
    return switch (a) {
      case CASCADE -> Ddl.RefAction.CASCADE;
      case SET_NULL -> Ddl.RefAction.SET_NULL;
      case SET_DEFAULT -> Ddl.RefAction.SET_DEFAULT;
      case RESTRICT -> Ddl.RefAction.RESTRICT;
      default -> Ddl.RefAction.NO_ACTION;
    };
  }

  private Ddl.ColumnDef column(OraLower l, ColumnDraft c, boolean inKey) {
    SqlType type = l.types.fromModel(c.type, inKey, c.typeNode);
    Expr dflt = c.defaultValue == null ? null : fragment(l, c.defaultValue, l.cx.fallbackSpan);
    Expr generated = c.generated == null ? null : fragment(l, c.generated, l.cx.fallbackSpan);
    return new Ddl.ColumnDef(
        OraNames.ident(c.name),
        type,
        dflt,
        !c.nullable,
        c.identitySpec,
        generated,
        generated != null,
        c.comment);
  }

  /**
   * An expression of the table: lowered from its node in the script, or parsed from its catalog
   * text (positions then mean nothing: items point at the object).
   */
  private Expr fragment(OraLower owner, Fragment f, SourceSpan fallback) {
    if (f.node() != null) {
      OraLower l = session.lower(f.source(), null);
      return f.node() instanceof PlSqlParser.ExpressionContext e
          ? l.expr.expression(e)
          : l.expr.condition((PlSqlParser.ConditionContext) f.node());
    }
    Fragments.Parsed<PlSqlParser.ConditionContext> parsed = Fragments.condition(f.text());
    if (!parsed.ok()) {
      return new Expr.Unsupported(
          f.text(), "GW-0001", "the expression does not parse: " + parsed.error(), fallback);
    }
    OraLower l = session.lower(parsed.source(), fallback);
    l.cx.spans = false;
    return l.expr.condition(parsed.tree());
  }

  private static void note(OraLower l, Note n) {
    OraLower at = l;
    if (n.source() != null) {
      at.cx.items.add(n.code(), n.message(), n.source().span(n.node()), n.source().text(n.node()));
    } else {
      at.cx.items.add(n.code(), n.message(), l.cx.fallbackSpan, null);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Indexes
  // ------------------------------------------------------------------------------------------

  /** CREATE INDEX from a script. */
  List<LoweredObject> index(OraUnit unit, PlSqlParser.Create_indexContext c, OraLower l) {
    if (!(c.index_target() instanceof PlSqlParser.TableIndexTargetContext target)) {
      l.cx.note(c, OraItems.TABLE_ORGANIZATION, "cluster indexes have no equivalent");
      return List.of(session.lowered(unit, UnitKind.INDEX, null, null));
    }
    String method = null;
    for (PlSqlParser.Index_attributeContext a : c.index_attribute()) {
      if (a instanceof PlSqlParser.DomainIndexAttributeContext d) {
        l.cx.note(
            a,
            OraItems.DOMAIN_INDEX,
            "a domain index ("
                + l.cx.text(d.object_name())
                + "): use a GIN index on to_tsvector(...) for Oracle Text, or the extension"
                + " that serves the same purpose");
        return List.of(session.lowered(unit, UnitKind.INDEX, tableName(target.table), null));
      }
      if (a instanceof PlSqlParser.ReverseIndexAttributeContext) {
        method = "reverse";
      }
    }
    if (c.index_kind != null && c.index_kind.getType() == PlSqlParser.BITMAP) {
      method = "bitmap";
    }
    if (target.FROM() != null) {
      l.cx.note(target, OraItems.STATEMENT, "bitmap join indexes have no equivalent");
      return List.of(session.lowered(unit, UnitKind.INDEX, tableName(target.table), null));
    }
    QName table = l.query.tableName(target.table);
    List<Ddl.IndexKeyDef> keys = new ArrayList<>();
    for (PlSqlParser.Index_columnContext col : target.index_column()) {
      Expr e = l.expr.expression(col.expression());
      keys.add(
          new Ddl.IndexKeyDef(
              e,
              col.DESC() != null ? io.godwit.ir.SortOrder.DESC : io.godwit.ir.SortOrder.ASC,
              io.godwit.ir.NullsOrder.DEFAULT));
    }
    boolean unique = c.index_kind != null && c.index_kind.getType() == PlSqlParser.UNIQUE;
    QName name = indexName(OraNames.object(c.index_name), table);
    Ddl.CreateIndex index =
        new Ddl.CreateIndex(name, table, unique, keys, List.of(), null, method, l.cx.span(c));
    return List.of(session.lowered(unit, UnitKind.INDEX, tableName(target.table), index));
  }

  private static String tableName(PlSqlParser.Object_nameContext n) {
    return OraDdlReader.name(n.name);
  }

  private static QName indexName(QName declared, QName table) {
    if (declared.size() > 1 || table.size() < 2) {
      return declared;
    }
    return QName.of(table.parts().get(0), declared.last());
  }

  /** A catalog index. */
  List<LoweredObject> index(OraUnit unit, Index index) {
    String schema = unit.ref().schema();
    QName table = qualified(schema, index.table());
    if (index.method() != null && index.method().startsWith("domain")) {
      OraLower l = session.lower(null, null);
      l.cx.items.add(
          OraItems.DOMAIN_INDEX,
          "a domain index: use a GIN index on to_tsvector(...) for Oracle Text, or the extension"
              + " that serves the same purpose",
          null,
          null);
      return List.of(session.lowered(unit, UnitKind.INDEX, index.table(), null));
    }
    List<Ddl.IndexKeyDef> keys = new ArrayList<>();
    for (IndexKey k : index.keys()) {
      Expr e;
      if (k.column() != null) {
        e = new Expr.ColumnRef(QName.of(OraNames.ident(k.column())), null);
      } else {
        e = fragment(session.lower(null, null), new Fragment(k.expression(), null, null), null);
      }
      keys.add(
          new Ddl.IndexKeyDef(
              e,
              k.order() == io.godwit.model.SortOrder.DESC
                  ? io.godwit.ir.SortOrder.DESC
                  : io.godwit.ir.SortOrder.ASC,
              io.godwit.ir.NullsOrder.DEFAULT));
    }
    Ddl.CreateIndex ir =
        new Ddl.CreateIndex(
            qualified(schema, index.name()),
            table,
            index.unique(),
            keys,
            idents(index.include()),
            index.predicate() == null
                ? null
                : fragment(
                    session.lower(null, null), new Fragment(index.predicate(), null, null), null),
            index.method(),
            null);
    return List.of(session.lowered(unit, UnitKind.INDEX, index.table(), ir));
  }

  // ------------------------------------------------------------------------------------------
  // Sequences and synonyms
  // ------------------------------------------------------------------------------------------

  /**
   * A sequence. From the catalog, it starts after the last value Oracle handed out (its
   * LAST_NUMBER), so that keys the loaded rows already use are not generated again.
   */
  LoweredObject sequence(OraUnit unit, Sequence s, SourceSpan span) {
    java.math.BigInteger start = s.start() != null ? s.start() : s.currentValue();
    Ddl.CreateSequence ir =
        new Ddl.CreateSequence(
            qualified(unit.ref().schema(), s.name()),
            null,
            start,
            s.increment(),
            s.minValue(),
            s.maxValue(),
            s.cycle(),
            s.cache(),
            span);
    return session.lowered(unit, UnitKind.SEQUENCE, null, ir);
  }

  LoweredObject synonym(OraUnit unit, Synonym s, SourceSpan span) {
    if (s.targetLink() != null) {
      OraLower l = session.lower(null, span);
      l.cx.items.add(
          OraItems.DATABASE_LINK,
          "synonym "
              + s.name()
              + " points over database link "
              + s.targetLink()
              + ": use postgres_fdw and a foreign table",
          span,
          null);
      return session.lowered(unit, UnitKind.SYNONYM, null, null);
    }
    String targetSchema = s.targetSchema() != null ? s.targetSchema() : unit.ref().schema();
    Ddl.CreateSynonym ir =
        new Ddl.CreateSynonym(
            s.publicSynonym()
                ? QName.of(OraNames.ident(s.name()))
                : qualified(unit.ref().schema(), s.name()),
            qualified(targetSchema, s.targetName()),
            s.publicSynonym(),
            span);
    return session.lowered(unit, UnitKind.SYNONYM, null, ir);
  }

  // ------------------------------------------------------------------------------------------
  // Names
  // ------------------------------------------------------------------------------------------

  static QName qualified(String schema, String name) {
    return schema == null
        ? QName.of(OraNames.ident(name))
        : QName.of(OraNames.ident(schema), OraNames.ident(name));
  }

  static Ident ident(String name) {
    return name == null ? null : OraNames.ident(name);
  }

  static List<Ident> idents(List<String> names) {
    List<Ident> out = new ArrayList<>();
    for (String n : names) {
      out.add(OraNames.ident(n));
    }
    return out;
  }
}
