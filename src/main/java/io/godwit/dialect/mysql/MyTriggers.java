package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.expr.UnaryOp;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.Dml;
import java.util.ArrayList;
import java.util.List;

/**
 * Triggers. MySQL has row triggers only, with one event each: a trigger on several events becomes
 * one trigger per event ({@code <name>$ins}, {@code $upd}, {@code $del}) in which INSERTING,
 * UPDATING and DELETING are constants and the branches they rule out are left out. The WHEN
 * condition and UPDATE OF columns become an IF around the body.
 */
final class MyTriggers {

  private MyTriggers() {}

  /** Writes the trigger(s) for {@code t}. */
  static void render(MyRender r, Trigger t, List<Stmt> prologue) {
    if (!t.forEachRow() || t.transitionTables()) {
      notCreated(
          r,
          t,
          t.transitionTables() ? MyItems.TRANSITION_TABLES : MyItems.STATEMENT_TRIGGER,
          t.transitionTables()
              ? "trigger "
                  + t.name()
                  + " reads the changed rows as tables (inserted/deleted):"
                  + " MySQL triggers see one row at a time"
              : "statement-level trigger "
                  + t.name()
                  + " has no MySQL form: MySQL triggers fire"
                  + " for each row");
      return;
    }
    if (t.timing() == Trigger.Timing.INSTEAD_OF) {
      notCreated(
          r, t, MyItems.TRIGGER_EVENT, "INSTEAD OF trigger " + t.name() + " has no MySQL form");
      return;
    }
    List<Trigger.Event> events = new ArrayList<>();
    for (Trigger.Event e : t.events()) {
      if (e == Trigger.Event.TRUNCATE) {
        r.itemHere(
            MyItems.TRIGGER_EVENT,
            "MySQL triggers have no TRUNCATE event: " + t.name() + " does not fire on TRUNCATE",
            t.span(),
            null);
      } else {
        events.add(e);
      }
    }
    boolean first = true;
    for (Trigger.Event e : events) {
      if (!first) {
        r.write("\n");
      }
      first = false;
      one(r, t, e, events.size() > 1, prologue);
    }
  }

  private static void notCreated(MyRender r, Trigger t, String code, String message) {
    SqlWriter.Mark start = r.out.mark();
    r.write("-- trigger " + r.names.qualified(t.name()) + " not created\n");
    r.itemSince(start, code, message, t.span(), null);
  }

  /** The target name of the trigger for {@code event}. */
  static String name(MyRender r, Trigger t, Trigger.Event event, boolean several) {
    String base = r.names.text(t.name().last());
    if (!several) {
      return base;
    }
    String suffix =
        switch (event) {
          case INSERT -> "$ins";
          case UPDATE -> "$upd";
          default -> "$del";
        };
    return r.names.naming().fit(base + suffix);
  }

  private static void one(
      MyRender r, Trigger t, Trigger.Event event, boolean several, List<Stmt> prologue) {
    Ident db = r.database(t.table());
    String name = MyNames.quote(name(r, t, event, several));
    String qualified = db == null ? name : r.names.ident(db) + "." + name;
    MyRoutineScan scan = MyRoutineScan.of(t.body(), !r.target.nativeRows());
    String label = null;
    if (scan.anyReturn) {
      label = t.body().label() != null ? r.names.ident(t.body().label()) : "godwit_body";
    }
    MyRoutineState state =
        new MyRoutineState(MyRoutineState.Kind.TRIGGER, label, event, null, null, null);
    state.scope = new MyScope(null);
    MyRoutineState previous = r.routine;
    r.routine = state;
    MyConditions.collectExceptions(r, t.body());
    r.write("DROP TRIGGER IF EXISTS " + qualified + ";\n");
    r.write("DELIMITER $$\n");
    r.write("CREATE TRIGGER " + qualified + " ");
    r.write(t.timing() == Trigger.Timing.BEFORE ? "BEFORE " : "AFTER ");
    r.write(event.name() + " ON ");
    r.table(t.table());
    r.write(" FOR EACH ROW\n");
    Expr condition = t.when();
    if (event == Trigger.Event.UPDATE && !t.updateColumns().isEmpty()) {
      Expr changed = null;
      for (Ident c : t.updateColumns()) {
        Expr d =
            new Expr.Binary(
                BinaryOp.IS_DISTINCT_FROM, new Expr.RowRef(true, c), new Expr.RowRef(false, c));
        changed = changed == null ? d : new Expr.Binary(BinaryOp.OR, changed, d);
      }
      condition = condition == null ? changed : new Expr.Binary(BinaryOp.AND, condition, changed);
      r.itemHere(
          MyItems.UPDATE_OF,
          "UPDATE OF " + t.updateColumns() + ": the trigger runs when one of the values changes",
          t.span(),
          null);
    }
    Block body = t.body();
    if (condition != null && !Boolean.TRUE.equals(constant(r, condition))) {
      body =
          new Block(
              body.label(),
              body.declarations(),
              List.of(
                  new Stmt.If(List.of(new Stmt.Branch(condition, body.body())), null, body.span())),
              body.handlers(),
              body.span());
    }
    new MyBlocks(r, scan).body(body, prologue, label);
    r.write("$$\nDELIMITER ;\n");
    r.routine = previous;
  }

  /** INSERTING, UPDATING, DELETING in a trigger written for one event: constants. */
  static void predicate(MyRender r, Expr.Builtin e) {
    Trigger.Event event = r.routine == null ? null : r.routine.event;
    if (event == null) {
      r.unsupported(
          MyItems.LEFTOVER_CONSTRUCT,
          e.fn() + " outside a trigger has no MySQL form",
          e.span(),
          e.fn().name(),
          "FALSE");
      return;
    }
    if (e.fn() == BuiltinFn.UPDATING && !e.args().isEmpty()) {
      if (event != Trigger.Event.UPDATE) {
        r.write("FALSE");
        return;
      }
      String column = MyTypeOf.stringValue(e.args().get(0));
      Ident c = Ident.of(column == null ? "column" : column);
      SqlWriter.Mark start = r.out.mark();
      r.write("NOT (NEW." + r.names.ident(c) + " <=> OLD." + r.names.ident(c) + ")");
      r.itemSince(
          start,
          MyItems.UPDATE_OF,
          "UPDATING('" + c.text() + "') became a test whether the value changed",
          e.span(),
          null);
      return;
    }
    Boolean value = constant(r, e);
    r.write(Boolean.TRUE.equals(value) ? "TRUE" : "FALSE");
  }

  /**
   * The value of a condition that the trigger's event decides (INSERTING and the like, combined
   * with NOT, AND, OR and boolean literals), or null when it is not a constant.
   */
  static Boolean constant(MyRender r, Expr e) {
    if (e instanceof Expr.Literal l && l.kind() == LiteralKind.BOOLEAN) {
      return Boolean.parseBoolean(l.value());
    }
    Trigger.Event event = r.routine == null ? null : r.routine.event;
    if (event == null) {
      return null;
    }
    if (e instanceof Expr.Builtin b) {
      return switch (b.fn()) {
        case INSERTING -> event == Trigger.Event.INSERT;
        case DELETING -> event == Trigger.Event.DELETE;
        case UPDATING ->
            b.args().isEmpty() || event != Trigger.Event.UPDATE
                ? event == Trigger.Event.UPDATE
                : null;
        default -> null;
      };
    }
    if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
      Boolean inner = constant(r, u.operand());
      return inner == null ? null : !inner;
    }
    if (e instanceof Expr.Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)) {
      Boolean left = constant(r, b.left());
      Boolean right = constant(r, b.right());
      boolean and = b.op() == BinaryOp.AND;
      if (and && (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right))) {
        return false;
      }
      if (!and && (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right))) {
        return true;
      }
      return left != null && right != null ? (and ? left && right : left || right) : null;
    }
    return null;
  }

  /** Whether {@code row} does not exist for the trigger's event (NEW on DELETE, OLD on INSERT). */
  static boolean absentRow(MyRender r, Expr.RowRef row) {
    Trigger.Event event = r.routine == null ? null : r.routine.event;
    return (row.newRow() && event == Trigger.Event.DELETE)
        || (!row.newRow() && event == Trigger.Event.INSERT);
  }

  /** NEW.col and OLD.col; a row the event does not have reads as NULL, as in Oracle. */
  static void rowRef(MyRender r, Expr.RowRef e) {
    if (absentRow(r, e)) {
      r.write("NULL");
      return;
    }
    if (e.column() == null) {
      r.unsupported(
          MyItems.LEFTOVER_CONSTRUCT,
          "a whole trigger row as a value has no MySQL form",
          null,
          e.newRow() ? ":NEW" : ":OLD",
          "NULL");
      return;
    }
    r.write(e.newRow() ? "NEW." : "OLD.");
    r.ident(e.column());
  }

  /** {@code d} without its RETURNING list. */
  static Dml withoutReturning(Dml d) {
    if (d instanceof Dml.Insert i) {
      return new Dml.Insert(i.with(), i.target(), i.columns(), i.source(), null);
    }
    if (d instanceof Dml.Update u) {
      return new Dml.Update(u.with(), u.target(), u.set(), u.from(), u.where(), null);
    }
    if (d instanceof Dml.Delete del) {
      return new Dml.Delete(del.with(), del.target(), del.using(), del.where(), null);
    }
    return d;
  }
}
