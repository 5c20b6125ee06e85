package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.IrRewriter;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.expr.UnaryOp;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * T-SQL DML triggers. An AFTER (FOR) trigger fires once per statement and reads the changed rows in
 * {@code inserted} and {@code deleted}: it becomes a statement-level trigger with transition tables
 * of those names. PostgreSQL allows transition tables only on single-event triggers, so a trigger
 * on several events becomes one trigger (and function) per event, in which the transition table the
 * event does not have is an empty relation of the table's shape, as in T-SQL. An INSTEAD OF trigger
 * on a view becomes an INSTEAD OF row trigger whose {@code inserted}/{@code deleted} are the one
 * row NEW/OLD. {@code UPDATE(col)} is true for INSERT, false for DELETE, and for UPDATE compares
 * the column's values.
 */
final class MssTriggers {

  private static final Ident INSERTED = Ident.of("inserted");
  private static final Ident DELETED = Ident.of("deleted");

  private final MssSession session;

  MssTriggers(MssSession session) {
    this.session = session;
  }

  List<LoweredObject> trigger(MssUnit unit, TSqlParser.CreateTriggerContext t, ParsedBatch batch) {
    MssContext cx = session.context(batch);
    if (t.qualifiedName().size() < 2) {
      cx.item(
          MssRoutineItems.TRIGGER_KIND,
          "a DDL or logon trigger (ON DATABASE / ALL SERVER) has no table trigger counterpart:"
              + " rewrite it as an event trigger",
          t);
      return List.of(session.lowered(unit, UnitKind.TRIGGER, null, null));
    }
    QName name = MssNames.qname(t.qualifiedName(0), unit.defaultSchema());
    TSqlParser.QualifiedNameContext tableName = t.qualifiedName(1);
    QName table = MssNames.qname(tableName, unit.defaultSchema());
    List<Trigger.Event> events = new ArrayList<>();
    for (TSqlParser.TriggerEventContext e : t.triggerEvent()) {
      if (e.INSERT() != null) {
        events.add(Trigger.Event.INSERT);
      } else if (e.UPDATE() != null) {
        events.add(Trigger.Event.UPDATE);
      } else if (e.DELETE() != null) {
        events.add(Trigger.Event.DELETE);
      } else {
        cx.item(
            MssRoutineItems.TRIGGER_KIND,
            "a trigger on the event " + e.getText() + " is not converted",
            e);
        return List.of(session.lowered(unit, UnitKind.TRIGGER, null, null));
      }
    }
    boolean insteadOf = t.triggerTiming().INSTEAD() != null;
    var o = TsqlNames.objectName(tableName);
    if (insteadOf && !cx.catalog.columns(o.schema(), o.name()).isEmpty()) {
      cx.item(
          MssRoutineItems.INSTEAD_OF_TABLE,
          "an INSTEAD OF trigger on a table: PostgreSQL allows INSTEAD OF only on views",
          t);
      return List.of(session.lowered(unit, UnitKind.TRIGGER, null, null));
    }
    MssDdl.registerColumns(cx, tableName);
    MssRoutines.registerTables(cx, t.body);
    MssExpr ex = new MssExpr(cx);
    MssQuery q = new MssQuery(cx, ex);
    Block body = new MssProcedural(cx, ex, q, null).body(t.body, t);
    if (insteadOf) {
      Trigger ir =
          new Trigger(
              name,
              table,
              Trigger.Timing.INSTEAD_OF,
              events,
              null,
              true,
              null,
              false,
              new RowLevel().block(body),
              unit.span());
      return List.of(session.lowered(unit, UnitKind.TRIGGER, null, ir));
    }
    List<Trigger> triggers = new ArrayList<>();
    for (Trigger.Event e : events) {
      QName each =
          events.size() == 1
              ? name
              : name.qualifier()
                  .plus(Ident.of(name.last().text() + "_" + e.name().toLowerCase(Locale.ROOT)));
      triggers.add(
          new Trigger(
              each,
              table,
              Trigger.Timing.AFTER,
              List.of(e),
              null,
              false,
              null,
              true,
              new ForEvent(e, table).block(body),
              unit.span()));
    }
    // The items belong to the first object; the others are the same code for another event.
    List<LoweredObject> out = new ArrayList<>();
    for (Trigger ir : triggers) {
      out.add(session.lowered(unit, UnitKind.TRIGGER, null, ir));
    }
    return out;
  }

  private static boolean named(FromItem.TableRef t, Ident which) {
    return t.name().size() == 1
        && t.name().last().text().toLowerCase(Locale.ROOT).equals(which.text());
  }

  private static Ident aliasOf(FromItem.TableRef t) {
    return t.alias() != null ? t.alias() : t.name().last();
  }

  private static Expr bool(boolean v) {
    return new Expr.Literal(LiteralKind.BOOLEAN, v ? "true" : "false");
  }

  private static String updatedColumn(Expr e) {
    if (e instanceof Expr.Builtin b
        && b.fn() == BuiltinFn.UPDATING
        && b.args().size() == 1
        && b.args().get(0) instanceof Expr.Literal l) {
      return l.value();
    }
    return null;
  }

  /** The body of the statement-level trigger for one event. */
  private static final class ForEvent extends IrRewriter {

    private final Trigger.Event event;
    private final QName table;

    ForEvent(Trigger.Event event, QName table) {
      this.event = event;
      this.table = table;
    }

    @Override
    protected FromItem rewriteFrom(FromItem f) {
      if (f instanceof FromItem.TableRef t) {
        boolean missing =
            named(t, INSERTED) && event == Trigger.Event.DELETE
                || named(t, DELETED) && event == Trigger.Event.INSERT;
        if (missing) {
          // SELECT * FROM table WHERE false: the shape of the table, no rows.
          Query none =
              Query.Select.simple(
                  List.of(new Query.SelectItem(new Expr.Star(null), null)),
                  List.of(FromItem.TableRef.of(table, null)),
                  bool(false));
          return new FromItem.DerivedTable(none, aliasOf(t), null, false);
        }
      }
      return f;
    }

    @Override
    protected Expr rewriteExpr(Expr e) {
      String column = updatedColumn(e);
      if (column == null) {
        return e;
      }
      return switch (event) {
        case INSERT -> bool(true);
        case DELETE, TRUNCATE -> bool(false);
        case UPDATE -> {
          // The row counts of inserted and deleted are equal for an UPDATE, so the column's values
          // changed exactly when some new value is not matched by an old one.
          Ident c = Ident.of(column);
          Query changed =
              new Query.SetOperation(
                  null,
                  Query.SetOperator.EXCEPT,
                  true,
                  Query.Select.simple(
                      List.of(new Query.SelectItem(new Expr.ColumnRef(QName.of(c), null), null)),
                      List.of(FromItem.TableRef.of(QName.of(INSERTED), null)),
                      null),
                  Query.Select.simple(
                      List.of(new Query.SelectItem(new Expr.ColumnRef(QName.of(c), null), null)),
                      List.of(FromItem.TableRef.of(QName.of(DELETED), null)),
                      null),
                  null,
                  null);
          yield new Expr.Exists(changed, false);
        }
      };
    }
  }

  /** The body of an INSTEAD OF row trigger: inserted and deleted are the row NEW and OLD. */
  private static final class RowLevel extends IrRewriter {

    @Override
    protected FromItem rewriteFrom(FromItem f) {
      if (f instanceof FromItem.TableRef t && (named(t, INSERTED) || named(t, DELETED))) {
        boolean isNew = named(t, INSERTED);
        // NEW is NULL in a DELETE trigger and OLD in an INSERT trigger: no row then, as in T-SQL.
        Query row =
            Query.Select.simple(
                List.of(new Query.SelectItem(new Expr.Star(QName.of(isNew ? "NEW" : "OLD")), null)),
                List.of(),
                new Expr.Unary(
                    UnaryOp.NOT,
                    new Expr.Builtin(
                        isNew ? BuiltinFn.DELETING : BuiltinFn.INSERTING, List.of(), null, null)));
        return new FromItem.DerivedTable(row, aliasOf(t), null, false);
      }
      return f;
    }

    @Override
    protected Expr rewriteExpr(Expr e) {
      String column = updatedColumn(e);
      if (column == null) {
        return e;
      }
      // T-SQL's UPDATE(col) is also true in an INSERT.
      return new Expr.Binary(
          BinaryOp.OR, new Expr.Builtin(BuiltinFn.INSERTING, List.of(), null, null), e);
    }
  }
}
