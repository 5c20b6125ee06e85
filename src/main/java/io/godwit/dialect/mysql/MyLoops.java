package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Loops. Every MySQL loop is labelled, because LEAVE and ITERATE need a label. FOR loops are
 * MariaDB's FOR ... END FOR where it has them; on MySQL a range loop counts a variable of its own
 * block (bounds evaluated once, as in PL/SQL), and a query loop declares a cursor, a NOT FOUND
 * handler and one variable per field of its record.
 */
final class MyLoops {

  private final MyRender r;
  private final MyBlocks blocks;

  MyLoops(MyRender render, MyBlocks blocks) {
    this.r = render;
    this.blocks = blocks;
  }

  private String label(Ident label) {
    return label != null ? r.names.ident(label) : r.routine.fresh("godwit_loop");
  }

  private void body(String label, List<Stmt> statements) {
    r.routine.loops.push(label);
    r.out.indent();
    blocks.statements(statements);
    r.out.dedent();
    r.routine.loops.pop();
  }

  void loop(Stmt.Loop s) {
    String label = label(s.label());
    r.write(label + ": LOOP\n");
    body(label, s.body());
    r.write("END LOOP " + label + ";\n");
  }

  void whileLoop(Stmt.While s) {
    String label = label(s.label());
    r.write(label + ": WHILE ");
    r.expr(s.condition());
    r.write(" DO\n");
    body(label, s.body());
    r.write("END WHILE " + label + ";\n");
  }

  void forRange(Stmt.ForRange s) {
    String label = label(s.label());
    MyScope outer = r.routine.scope;
    r.routine.scope = new MyScope(outer);
    String var = MyVariables.fresh(r, s.variable(), "i_", blocks.scan().sqlNames);
    r.routine.scope.variable(
        r.names.text(s.variable()),
        new MyScope.Binding(var, MyScope.Kind.SCALAR, SqlType.of(TypeKind.BIGINT), null));
    if (r.target.nativeRows() && s.step() == null) {
      r.write(label + ": FOR " + var + " IN ");
      if (s.reverse()) {
        r.write("REVERSE ");
      }
      r.expr(s.low());
      r.write(" .. ");
      r.expr(s.high());
      r.write(" DO\n");
      body(label, s.body());
      r.write("END FOR " + label + ";\n");
      r.routine.scope = outer;
      return;
    }
    String step = "1";
    String bound = MyNames.quote(r.names.naming().fit(unquote(var) + "$bound"));
    r.write("BEGIN\n");
    r.out.indent();
    r.write("DECLARE " + var + " BIGINT;\n");
    r.write("DECLARE " + bound + " BIGINT DEFAULT ");
    r.expr(s.reverse() ? s.low() : s.high());
    r.write(";\n");
    if (s.step() != null) {
      String stepVar = MyNames.quote(r.names.naming().fit(unquote(var) + "$step"));
      r.write("DECLARE " + stepVar + " BIGINT DEFAULT ");
      r.expr(s.step());
      r.write(";\n");
      step = stepVar;
    }
    r.write("SET " + var + " = ");
    r.operand(s.reverse() ? s.high() : s.low(), MyExpressions.ADD, false);
    r.write((s.reverse() ? " + " : " - ") + step + ";\n");
    r.write(label + ": LOOP\n");
    r.out.indent();
    r.write("SET " + var + " = " + var + (s.reverse() ? " - " : " + ") + step + ";\n");
    r.write(
        "IF "
            + var
            + (s.reverse() ? " < " : " > ")
            + bound
            + " THEN\n  LEAVE "
            + label
            + ";\nEND IF;\n");
    r.out.dedent();
    body(label, s.body());
    r.write("END LOOP " + label + ";\n");
    r.out.dedent();
    r.write("END;\n");
    r.routine.scope = outer;
  }

  private static String unquote(String name) {
    return name.startsWith("`") ? name.substring(1, name.length() - 1) : name;
  }

  void forQuery(Stmt.ForQuery s) {
    String label = label(s.label());
    if (s.dynamicSql() != null) {
      r.unsupported(
          MyItems.CURSOR_VARIABLE,
          "a FOR loop over dynamic SQL: MySQL cursors need a fixed query (fill a temporary"
              + " table with PREPARE/EXECUTE and loop over it)",
          s.span(),
          "FOR ... IN EXECUTE",
          "DO 0;");
      r.write("\n");
      return;
    }
    MyScope.Cursor cursor =
        s.cursor() == null ? null : r.routine.scope.cursor(r.names.text(s.cursor().last()));
    Query query = s.query() != null ? s.query() : cursor == null ? null : cursor.query();
    if (query == null) {
      r.unsupported(
          MyItems.CURSOR_VARIABLE, "a FOR loop over an unknown cursor", s.span(), "FOR", "DO 0;");
      r.write("\n");
      return;
    }
    MyScope outer = r.routine.scope;
    r.routine.scope = new MyScope(outer);
    if (r.target.nativeRows()) {
      String rec = MyVariables.fresh(r, s.record(), "r_", blocks.scan().sqlNames);
      r.routine.scope.variable(
          r.names.text(s.record()), new MyScope.Binding(rec, MyScope.Kind.ROW, null, null));
      r.write(label + ": FOR " + rec + " IN ");
      if (cursor != null) {
        r.write(cursor.rendered());
        if (!s.cursorArgs().isEmpty()) {
          r.write("(");
          r.exprs(s.cursorArgs());
          r.write(")");
        }
      } else {
        r.write("(\n");
        r.out.indent();
        r.query(query);
        r.out.dedent();
        r.write(")");
      }
      r.write(" DO\n");
      body(label, s.body());
      r.write("END FOR " + label + ";\n");
      r.routine.scope = outer;
      return;
    }
    emulatedForQuery(s, label, cursor, query);
    r.routine.scope = outer;
  }

  /** MySQL: a block with the record's field variables, a cursor and a FETCH loop. */
  private void emulatedForQuery(Stmt.ForQuery s, String label, MyScope.Cursor cursor, Query query) {
    List<SqlType.Field> fields = MyVariables.rowFields(query);
    r.write("BEGIN\n");
    r.out.indent();
    List<MyScope.Field> vars = new ArrayList<>();
    if (fields == null) {
      r.itemHere(
          MyItems.ANCHORED_TYPE,
          "the loop's query has SELECT *: its fields are not known",
          s.span(),
          null);
    } else {
      for (SqlType.Field f : fields) {
        String name =
            MyNames.quote(
                r.names.naming().fit(r.names.text(s.record()) + "$" + r.names.text(f.name())));
        r.write("DECLARE " + name + " ");
        blocks.fieldType(f, null);
        r.write(";\n");
        vars.add(new MyScope.Field(r.names.text(f.name()), name, f.type()));
      }
    }
    r.routine.scope.variable(
        r.names.text(s.record()), new MyScope.Binding(null, MyScope.Kind.FIELDS, null, vars));
    String cursorName;
    if (cursor != null) {
      cursorName = cursor.rendered();
    } else {
      cursorName = r.routine.fresh("godwit_cursor");
      r.write("DECLARE " + cursorName + " CURSOR FOR\n");
      r.out.indent();
      r.query(query);
      r.out.dedent();
      r.write(";\n");
    }
    r.write(
        "DECLARE CONTINUE HANDLER FOR NOT FOUND SET " + MyRoutineState.NOT_FOUND + " = TRUE;\n");
    if (cursor != null) {
      for (int i = 0; i < s.cursorArgs().size() && i < cursor.params().size(); i++) {
        r.write("SET " + cursor.params().get(i) + " = ");
        r.expr(s.cursorArgs().get(i));
        r.write(";\n");
      }
    }
    r.write("OPEN " + cursorName + ";\n");
    r.write(label + ": LOOP\n");
    r.out.indent();
    r.write("SET " + MyRoutineState.NOT_FOUND + " = FALSE;\n");
    List<String> into = new ArrayList<>();
    vars.forEach(v -> into.add(v.variable()));
    r.write("FETCH " + cursorName + " INTO " + String.join(", ", into) + ";\n");
    r.write("IF " + MyRoutineState.NOT_FOUND + " THEN\n  LEAVE " + label + ";\nEND IF;\n");
    r.out.dedent();
    body(label, s.body());
    r.write("END LOOP " + label + ";\n");
    r.write("CLOSE " + cursorName + ";\n");
    r.out.dedent();
    r.write("END;\n");
  }

  /** EXIT [label] [WHEN c]: LEAVE; CONTINUE: ITERATE. */
  void exitOrContinue(Ident label, Expr when, boolean exit, io.godwit.ir.SourceSpan span) {
    String target = label != null ? r.names.ident(label) : r.routine.loops.peek();
    if (target == null) {
      r.unsupported(
          MyItems.LEFTOVER_CONSTRUCT,
          (exit ? "EXIT" : "CONTINUE") + " outside a loop",
          span,
          exit ? "EXIT" : "CONTINUE",
          "DO 0;");
      r.write("\n");
      return;
    }
    if (!r.routine.handlers.isEmpty()) {
      int floor = r.routine.handlerLoopFloors.peek();
      List<String> visible =
          new ArrayList<>(r.routine.loops).subList(0, r.routine.loops.size() - floor);
      if (!visible.contains(target)) {
        r.unsupported(
            MyItems.HANDLER_CONTROL,
            "a MySQL handler cannot " + (exit ? "LEAVE" : "ITERATE") + " a loop outside it",
            span,
            (exit ? "EXIT " : "CONTINUE ") + target,
            "DO 0;");
        r.write("\n");
        return;
      }
    }
    String stmt = (exit ? "LEAVE " : "ITERATE ") + target + ";";
    if (when != null) {
      r.write("IF ");
      r.expr(when);
      r.write(" THEN\n  " + stmt + "\nEND IF;\n");
    } else {
      r.write(stmt + "\n");
    }
  }
}
