package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.NullsOrder;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Lowers tables (CREATE TABLE with what ALTER TABLE adds), their foreign keys, indexes and views.
 * Physical options (filegroups, PAD_INDEX, compression) are dropped; IDENTITY keeps its seed and
 * increment; computed columns become stored generated columns.
 */
final class MssDdl {

  private final MssSession session;

  MssDdl(MssSession session) {
    this.session = session;
  }

  /** A column being built. */
  private static final class ColumnDraft {
    Ident name;
    SqlType type;
    Expr defaultValue;
    boolean notNull;
    Ddl.IdentitySpec identity;
    Expr generated;
    String comment;
  }

  /** The table, then one object per foreign key and per index declared in it. */
  List<LoweredObject> table(MssUnit unit, MssTableDraft d) {
    QName name = QName.of(MssNames.ident(d.schema), MssNames.ident(d.name));
    List<LoweredObject> out = new ArrayList<>();
    List<Ddl.ForeignKeyDef> foreignKeys = new ArrayList<>();
    List<Runnable> indexes = new ArrayList<>();
    Map<String, ColumnDraft> columns = new LinkedHashMap<>();
    List<Ddl.Constraint> constraints = new ArrayList<>();
    List<Ddl.CreateIndex> inlineIndexes = new ArrayList<>();
    if (d.create == null) {
      MssContext cx = session.context(d.added.isEmpty() ? null : d.added.get(0).batch());
      cx.items.add(
          MssItems.STATEMENT,
          "ALTER TABLE changes " + d.name + ", which the scripts do not create: apply it by hand",
          unit.span(),
          null);
      return List.of(session.lowered(unit, UnitKind.TABLE, null, null));
    }
    MssContext cx = session.context(d.create.batch());
    TSqlParser.CreateTableStatementContext c = d.create.tree();
    for (TSqlParser.TableElementContext e : c.tableElement()) {
      if (e instanceof TSqlParser.ColumnElementContext ce) {
        ColumnDraft col = column(cx, ce.columnDefinition(), name, constraints, foreignKeys);
        columns.put(col.name.text().toUpperCase(Locale.ROOT), col);
      }
    }
    for (TSqlParser.TableElementContext e : c.tableElement()) {
      if (e instanceof TSqlParser.ConstraintElementContext ce) {
        constraint(cx, ce.tableConstraint(), columns, constraints, foreignKeys);
      } else if (e instanceof TSqlParser.IndexElementContext ie) {
        inlineIndexes.add(inlineIndex(cx, ie.tableIndex(), name));
      } else if (e instanceof TSqlParser.PeriodElementContext p) {
        cx.item(MssItems.STATEMENT, "system-versioned tables are not converted", p);
      }
    }
    for (TSqlParser.TableOptionContext o : c.tableOption()) {
      tableOption(cx, o);
    }
    for (MssTableDraft.Part<TSqlParser.AlterTableAddItemContext> p : d.added) {
      MssContext acx = session.context(p.batch());
      TSqlParser.AlterTableAddItemContext item = p.tree();
      if (item.tableConstraint() != null) {
        constraint(acx, item.tableConstraint(), columns, constraints, foreignKeys);
      } else if (item.columnDefinition() != null) {
        ColumnDraft col = column(acx, item.columnDefinition(), name, constraints, foreignKeys);
        columns.put(col.name.text().toUpperCase(Locale.ROOT), col);
      } else if (item.tableIndex() != null) {
        inlineIndexes.add(inlineIndex(acx, item.tableIndex(), name));
      } else {
        acx.item(MssItems.STATEMENT, "system-versioned tables are not converted", item);
      }
    }
    for (MssTableDraft.Part<TSqlParser.AlterTableActionContext> p : d.unchecked) {
      MssContext pc = session.context(p.batch());
      pc.item(
          MssItems.DISABLED_CONSTRAINT,
          "the constraint is not checked on SQL Server; "
              + (pc.mysql ? "MySQL" : "PostgreSQL")
              + " checks it",
          p.tree());
    }
    for (MssTableDraft.Part<TSqlParser.AlterTableActionContext> p : d.unconverted) {
      session
          .context(p.batch())
          .item(
              MssItems.STATEMENT, "this ALTER TABLE is not converted: apply it by hand", p.tree());
    }
    List<Ddl.ColumnDef> defs = new ArrayList<>();
    for (ColumnDraft col : columns.values()) {
      String comment = d.columnComment(col.name.text());
      defs.add(
          new Ddl.ColumnDef(
              col.name,
              col.type,
              col.defaultValue,
              col.notNull,
              col.identity,
              col.generated,
              col.generated != null,
              comment));
    }
    indexes.clear();
    Ddl.CreateTable table =
        new Ddl.CreateTable(name, Ddl.TableKind.REGULAR, defs, constraints, d.comment, unit.span());
    out.add(session.lowered(unit, UnitKind.TABLE, null, table));
    for (Ddl.ForeignKeyDef f : foreignKeys) {
      out.add(
          session.lowered(
              unit, UnitKind.CONSTRAINT, d.name, new Ddl.AddConstraint(name, f, unit.span())));
    }
    for (Ddl.CreateIndex i : inlineIndexes) {
      out.add(session.lowered(unit, UnitKind.INDEX, d.name, i));
    }
    return out;
  }

  private ColumnDraft column(
      MssContext cx,
      TSqlParser.ColumnDefinitionContext c,
      QName table,
      List<Ddl.Constraint> constraints,
      List<Ddl.ForeignKeyDef> foreignKeys) {
    ColumnDraft col = new ColumnDraft();
    col.name = MssNames.ident(c.name);
    boolean persisted = false;
    for (TSqlParser.ColumnOptionContext o : c.columnOption()) {
      if (o instanceof TSqlParser.FlagOptionContext f && f.flag.getType() == TSqlParser.PERSISTED) {
        persisted = true;
      }
    }
    if (c.dataType() != null) {
      col.type = new MssTypes(cx).map(c.dataType(), false);
      cx.column(col.name.text(), col.type);
    } else {
      MssExpr ex = new MssExpr(cx);
      Expr computed = ex.expr(c.computed);
      col.type = computedType(computed);
      if (!deterministic(computed)) {
        cx.item(
            MssItems.COMPUTED_COLUMN,
            "the computed column "
                + col.name.text()
                + " is not deterministic: it is created as a plain column; compute it in a view",
            c);
      } else {
        col.generated = computed;
        if (!persisted) {
          // Computed on read by SQL Server, stored by PostgreSQL: the values are the same.
          col.comment = null;
        }
      }
    }
    for (TSqlParser.ColumnOptionContext o : c.columnOption()) {
      columnOption(cx, o, col, constraints, foreignKeys);
    }
    return col;
  }

  /** The type of a computed column: the widest of its operands. */
  private static SqlType computedType(Expr e) {
    SqlType t = widest(e);
    return t != null ? t : SqlType.of(TypeKind.VARCHAR);
  }

  private static SqlType widest(Expr e) {
    if (e instanceof Expr.Binary b && !b.op().isComparison()) {
      SqlType l = widest(b.left());
      SqlType r = widest(b.right());
      if (l == null || r == null) {
        return l != null ? l : r;
      }
      if (l.isCharacter() || r.isCharacter()) {
        return SqlType.of(TypeKind.VARCHAR);
      }
      if (l.kind() == TypeKind.DECIMAL
          || r.kind() == TypeKind.DECIMAL
          || l.kind() == TypeKind.MONEY
          || r.kind() == TypeKind.MONEY) {
        return SqlType.decimal(null, null);
      }
      return rank(l) >= rank(r) ? l : r;
    }
    SqlType t = MssExpr.typeOf(e);
    if (t != null && t.isCharacter()) {
      return SqlType.of(TypeKind.VARCHAR);
    }
    return t;
  }

  private static int rank(SqlType t) {
    return switch (t.kind()) {
      case TINYINT, SMALLINT -> 1;
      case INTEGER -> 2;
      case BIGINT -> 3;
      case DECIMAL, MONEY -> 4;
      case REAL, DOUBLE -> 5;
      default -> 0;
    };
  }

  private static boolean deterministic(Expr e) {
    if (e instanceof Expr.Builtin b) {
      switch (b.fn()) {
        case LOCAL_TIMESTAMP, CURRENT_TIMESTAMP, UTC_TIMESTAMP, NEW_UUID, RANDOM, CURRENT_USER:
          return false;
        default:
          break;
      }
      for (Expr a : b.args()) {
        if (!deterministic(a)) {
          return false;
        }
      }
      return true;
    }
    if (e instanceof Expr.Binary b) {
      return deterministic(b.left()) && deterministic(b.right());
    }
    if (e instanceof Expr.Unary u) {
      return deterministic(u.operand());
    }
    if (e instanceof Expr.Cast c) {
      return deterministic(c.value());
    }
    if (e instanceof Expr.Case c) {
      for (Expr.When w : c.whens()) {
        if (!deterministic(w.condition()) || !deterministic(w.result())) {
          return false;
        }
      }
      return c.otherwise() == null || deterministic(c.otherwise());
    }
    return e instanceof Expr.Literal || e instanceof Expr.ColumnRef;
  }

  private void columnOption(
      MssContext cx,
      TSqlParser.ColumnOptionContext o,
      ColumnDraft col,
      List<Ddl.Constraint> constraints,
      List<Ddl.ForeignKeyDef> foreignKeys) {
    if (o instanceof TSqlParser.NullOptionContext n) {
      col.notNull = n.NOT() != null;
    } else if (o instanceof TSqlParser.IdentityOptionContext i) {
      BigInteger seed = i.seed == null ? BigInteger.ONE : new BigInteger(i.seed.getText());
      BigInteger step = i.step == null ? BigInteger.ONE : new BigInteger(i.step.getText());
      col.identity = new Ddl.IdentitySpec(false, seed, step, null, null, false, null);
      col.notNull = true;
    } else if (o instanceof TSqlParser.ConstraintOptionContext co) {
      Ident cname = MssNames.ident(co.constraintName);
      TSqlParser.ColumnConstraintContext k = co.columnConstraint();
      if (k instanceof TSqlParser.ColumnKeyConstraintContext key) {
        if (key.kind.getType() == TSqlParser.PRIMARY) {
          constraints.add(new Ddl.PrimaryKeyDef(cname, List.of(col.name)));
          col.notNull = true;
        } else {
          constraints.add(new Ddl.UniqueDef(cname, List.of(col.name)));
        }
      } else if (k instanceof TSqlParser.ColumnForeignKeyContext fk) {
        List<Ident> refCols =
            fk.identifier() == null ? List.of() : List.of(MssNames.ident(fk.identifier()));
        foreignKeys.add(
            foreignKey(
                cname, List.of(col.name), fk.qualifiedName(), refCols, fk.referentialAction(), cx));
      } else if (k instanceof TSqlParser.ColumnCheckContext ch) {
        constraints.add(new Ddl.CheckDef(cname, new MssExpr(cx).condition(ch.searchCondition())));
      } else if (k instanceof TSqlParser.ColumnDefaultContext df) {
        col.defaultValue = MssExpr.coerce(defaultValue(cx, df.expression()), col.type);
      }
    } else if (o instanceof TSqlParser.CollateOptionContext c) {
      cx.item(
          MssItems.STORAGE,
          "the collation " + cx.text(c.collation) + " is dropped: the database's applies",
          c);
    } else if (o instanceof TSqlParser.FlagOptionContext f) {
      if (f.flag.getType() != TSqlParser.PERSISTED && f.flag.getType() != TSqlParser.ROWGUIDCOL) {
        cx.item(MssItems.STORAGE, cx.text(f) + " is dropped", f);
      }
    } else {
      cx.item(MssItems.STATEMENT, "this column option is not converted", o);
    }
  }

  /** A default: T-SQL writes them in parentheses; a NEWID() default stays a function call. */
  private static Expr defaultValue(MssContext cx, TSqlParser.ExpressionContext e) {
    return new MssExpr(cx).expr(e);
  }

  private void constraint(
      MssContext cx,
      TSqlParser.TableConstraintContext t,
      Map<String, ColumnDraft> columns,
      List<Ddl.Constraint> constraints,
      List<Ddl.ForeignKeyDef> foreignKeys) {
    Ident cname = MssNames.ident(t.constraintName);
    TSqlParser.TableConstraintBodyContext b = t.tableConstraintBody();
    if (b instanceof TSqlParser.TableKeyConstraintContext k) {
      List<Ident> cols = new ArrayList<>();
      for (TSqlParser.IndexColumnContext i : k.indexColumn()) {
        cols.add(MssNames.ident(i.identifier()));
      }
      if (k.kind.getType() == TSqlParser.PRIMARY) {
        constraints.add(new Ddl.PrimaryKeyDef(cname, cols));
        for (Ident c : cols) {
          ColumnDraft col = columns.get(c.text().toUpperCase(Locale.ROOT));
          if (col != null) {
            col.notNull = true;
          }
        }
      } else {
        constraints.add(new Ddl.UniqueDef(cname, cols));
      }
    } else if (b instanceof TSqlParser.TableForeignKeyContext f) {
      List<Ident> refCols =
          f.columnList().size() > 1 ? MssNames.idents(f.columnList(1).identifier()) : List.of();
      foreignKeys.add(
          foreignKey(
              cname,
              MssNames.idents(f.columnList(0).identifier()),
              f.qualifiedName(),
              refCols,
              f.referentialAction(),
              cx));
    } else if (b instanceof TSqlParser.TableCheckContext ch) {
      constraints.add(new Ddl.CheckDef(cname, new MssExpr(cx).condition(ch.searchCondition())));
    } else {
      TSqlParser.TableDefaultContext df = (TSqlParser.TableDefaultContext) b;
      ColumnDraft col = columns.get(TsqlNames.name(df.column).toUpperCase(Locale.ROOT));
      if (col == null) {
        cx.item(MssItems.STATEMENT, "the default is for a column the table does not have", df);
      } else {
        col.defaultValue = MssExpr.coerce(defaultValue(cx, df.expression()), col.type);
      }
    }
  }

  private Ddl.ForeignKeyDef foreignKey(
      Ident name,
      List<Ident> columns,
      TSqlParser.QualifiedNameContext target,
      List<Ident> refColumns,
      List<TSqlParser.ReferentialActionContext> actions,
      MssContext cx) {
    Ddl.RefAction onDelete = null;
    Ddl.RefAction onUpdate = null;
    for (TSqlParser.ReferentialActionContext a : actions) {
      Ddl.RefAction action;
      if (a.CASCADE() != null) {
        action = Ddl.RefAction.CASCADE;
      } else if (a.NULL() != null) {
        action = Ddl.RefAction.SET_NULL;
      } else if (a.SET() != null) {
        action = Ddl.RefAction.SET_DEFAULT;
      } else {
        action = Ddl.RefAction.NO_ACTION;
      }
      if (a.event.getType() == TSqlParser.DELETE) {
        onDelete = action;
      } else {
        onUpdate = action;
      }
    }
    return new Ddl.ForeignKeyDef(
        name,
        columns,
        MssNames.qname(target, cx.defaultSchema),
        refColumns,
        onDelete,
        onUpdate,
        false,
        false);
  }

  private void tableOption(MssContext cx, TSqlParser.TableOptionContext o) {
    if (o instanceof TSqlParser.FilegroupTableOptionContext f) {
      storage(cx, f.onStorage().storageTarget());
    } else if (o instanceof TSqlParser.WithTableOptionContext w) {
      for (TSqlParser.OptionListItemContext i : w.optionList().optionListItem()) {
        String opt = i.getText().toUpperCase(Locale.ROOT);
        if (!opt.startsWith("DATA_COMPRESSION=NONE")) {
          cx.item(MssItems.STORAGE, "the table option " + cx.text(i) + " is dropped", i);
        }
      }
    } else if (o instanceof TSqlParser.TableKindOptionContext k) {
      cx.item(MssItems.STATEMENT, "graph tables (AS NODE / AS EDGE) are not converted", k);
    } else if (!(o instanceof TSqlParser.TextImageTableOptionContext)) {
      cx.item(MssItems.STORAGE, cx.text(o) + " is dropped", o);
    }
  }

  /** A filegroup other than PRIMARY, or a partition scheme, is reported; PRIMARY is noise. */
  private static void storage(MssContext cx, TSqlParser.StorageTargetContext t) {
    if (t.PRIMARY() != null || t.DEFAULT() != null) {
      return;
    }
    if (t.identifier().size() > 1) {
      cx.item(
          MssItems.STORAGE,
          "the partition scheme is dropped: declare PARTITION BY on the target by hand",
          t);
    } else if (!TsqlNames.name(t.identifier(0)).equalsIgnoreCase("PRIMARY")) {
      cx.item(MssItems.STORAGE, "the filegroup " + cx.text(t) + " is dropped", t);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Indexes
  // ------------------------------------------------------------------------------------------

  private Ddl.CreateIndex inlineIndex(MssContext cx, TSqlParser.TableIndexContext i, QName table) {
    if (i.COLUMNSTORE() != null) {
      cx.item(MssItems.INDEX_KIND, "a columnstore index is created as a B-tree index", i);
    }
    return new Ddl.CreateIndex(
        QName.of(table.parts().get(0), MssNames.ident(i.name)),
        table,
        i.UNIQUE() != null,
        keys(cx, i.indexColumn()),
        i.includeColumns() == null ? null : MssNames.idents(i.includeColumns().identifier()),
        i.searchCondition() == null ? null : new MssExpr(cx).condition(i.searchCondition()),
        null,
        cx.span(i));
  }

  private static List<Ddl.IndexKeyDef> keys(
      MssContext cx, List<TSqlParser.IndexColumnContext> columns) {
    List<Ddl.IndexKeyDef> keys = new ArrayList<>();
    for (TSqlParser.IndexColumnContext k : columns) {
      boolean desc = k.direction != null && k.direction.getType() == TSqlParser.DESC;
      keys.add(
          new Ddl.IndexKeyDef(
              new Expr.ColumnRef(QName.of(MssNames.ident(k.identifier())), null),
              desc ? SortOrder.DESC : SortOrder.ASC,
              NullsOrder.DEFAULT));
    }
    return keys;
  }

  LoweredObject index(MssUnit unit, TSqlParser.CreateIndexStatementContext c, ParsedBatch batch) {
    MssContext cx = session.context(batch);
    if (c instanceof TSqlParser.RowstoreIndexContext r) {
      QName table = MssNames.qname(r.qualifiedName(), unit.defaultSchema());
      registerColumns(cx, r.qualifiedName());
      if (r.clustering != null && r.clustering.getType() == TSqlParser.CLUSTERED) {
        cx.item(
            MssItems.INDEX_KIND,
            "a clustered index is created as a B-tree index; CLUSTER orders the table once",
            r);
      }
      if (r.onStorage() != null) {
        storage(cx, r.onStorage().storageTarget());
      }
      Ddl.CreateIndex ir =
          new Ddl.CreateIndex(
              QName.of(table.parts().get(0), MssNames.ident(r.name)),
              table,
              r.UNIQUE() != null,
              keys(cx, r.indexColumn()),
              r.includeColumns() == null ? null : MssNames.idents(r.includeColumns().identifier()),
              r.searchCondition() == null ? null : new MssExpr(cx).condition(r.searchCondition()),
              null,
              unit.span());
      return session.lowered(unit, UnitKind.INDEX, table.last().text(), ir);
    }
    if (c instanceof TSqlParser.ColumnstoreIndexContext cs && cs.indexColumn().size() > 0) {
      QName table = MssNames.qname(cs.qualifiedName(), unit.defaultSchema());
      cx.item(MssItems.INDEX_KIND, "a columnstore index is created as a B-tree index", cs);
      Ddl.CreateIndex ir =
          new Ddl.CreateIndex(
              QName.of(table.parts().get(0), MssNames.ident(cs.name)),
              table,
              false,
              keys(cx, cs.indexColumn()),
              null,
              cs.searchCondition() == null ? null : new MssExpr(cx).condition(cs.searchCondition()),
              null,
              unit.span());
      return session.lowered(unit, UnitKind.INDEX, table.last().text(), ir);
    }
    cx.item(MssItems.INDEX_KIND, "XML and clustered columnstore indexes are not created", c);
    return session.lowered(unit, UnitKind.INDEX, null, null);
  }

  static void registerColumns(MssContext cx, TSqlParser.QualifiedNameContext table) {
    var o = TsqlNames.objectName(table);
    for (var col : cx.catalog.columns(o.schema(), o.name())) {
      cx.column(col.name(), new MssTypes(cx).map(col.type(), false));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Views
  // ------------------------------------------------------------------------------------------

  LoweredObject view(MssUnit unit, TSqlParser.CreateViewStatementContext v, ParsedBatch batch) {
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(v.qualifiedName(), unit.defaultSchema());
    MssQuery q = new MssQuery(cx, new MssExpr(cx));
    Ddl.CreateView ir =
        new Ddl.CreateView(
            name,
            v.columnList() == null ? null : MssNames.idents(v.columnList().identifier()),
            q.select(v.selectStatement()),
            false,
            v.CHECK() != null ? Ddl.CheckOption.CASCADED : Ddl.CheckOption.NONE,
            unit.span());
    return session.lowered(unit, UnitKind.VIEW, null, ir);
  }

  static boolean contains(ParseTree t, Class<?> kind) {
    if (kind.isInstance(t)) {
      return true;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      if (contains(t.getChild(i), kind)) {
        return true;
      }
    }
    return false;
  }

  static Expr builtin(BuiltinFn fn) {
    return new Expr.Builtin(fn, List.of(), null, null);
  }
}
