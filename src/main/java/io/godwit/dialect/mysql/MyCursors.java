package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Explicit cursors. MySQL cursors have no parameters and no attributes: parameters become variables
 * set before OPEN (MariaDB has cursor parameters), and %FOUND, %ISOPEN and %ROWCOUNT variables kept
 * up to date by OPEN, FETCH and CLOSE where the code reads them. The end of the rows is seen
 * through a NOT FOUND handler that sets {@code godwit_nf}.
 */
final class MyCursors {

  private MyCursors() {}

  /** Declares a cursor's parameter variables (MySQL) and attribute variables, and records it. */
  static void declareState(MyRender r, Decl.Cursor c, MyRoutineScan scan) {
    String name = r.names.text(c.name());
    String rendered = r.names.ident(c.name());
    List<String> params = new ArrayList<>();
    if (!r.target.nativeRows()) {
      for (Param p : c.params()) {
        String var = MyNames.quote(r.names.naming().fit(name + "$" + r.names.text(p.name())));
        r.write("DECLARE " + var + " ");
        r.variableType(p.type(), c.span());
        r.write(";\n");
        params.add(var);
      }
    }
    Set<BuiltinFn> used =
        scan.cursorAttributes.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), Set.of());
    String found = null;
    String open = null;
    String count = null;
    if (used.contains(BuiltinFn.CURSOR_FOUND) || used.contains(BuiltinFn.CURSOR_NOT_FOUND)) {
      found = MyNames.quote(r.names.naming().fit(name + "$found"));
      r.write("DECLARE " + found + " BOOLEAN;\n");
    }
    if (used.contains(BuiltinFn.CURSOR_IS_OPEN)) {
      open = MyNames.quote(r.names.naming().fit(name + "$isopen"));
      r.write("DECLARE " + open + " BOOLEAN DEFAULT FALSE;\n");
    }
    if (used.contains(BuiltinFn.CURSOR_ROW_COUNT)) {
      count = MyNames.quote(r.names.naming().fit(name + "$rowcount"));
      r.write("DECLARE " + count + " BIGINT DEFAULT 0;\n");
    }
    r.routine.scope.cursor(
        name, new MyScope.Cursor(rendered, c.query(), params, found, open, count));
  }

  /** DECLARE name CURSOR [(params)] FOR query. */
  static void declare(MyRender r, Decl.Cursor c) {
    MyScope.Cursor info = r.routine.scope.cursor(r.names.text(c.name()));
    r.write("DECLARE " + info.rendered() + " CURSOR");
    MyScope outer = r.routine.scope;
    r.routine.scope = new MyScope(outer);
    if (!c.params().isEmpty()) {
      if (r.target.nativeRows()) {
        r.write(" (");
        for (int i = 0; i < c.params().size(); i++) {
          Param p = c.params().get(i);
          if (i > 0) {
            r.write(", ");
          }
          String pn = r.names.ident(p.name());
          r.write(pn + " ");
          r.variableType(p.type(), c.span());
          r.routine.scope.variable(
              r.names.text(p.name()), new MyScope.Binding(pn, MyScope.Kind.SCALAR, p.type(), null));
        }
        r.write(")");
      } else {
        for (int i = 0; i < c.params().size(); i++) {
          Param p = c.params().get(i);
          r.routine.scope.variable(
              r.names.text(p.name()),
              new MyScope.Binding(info.params().get(i), MyScope.Kind.SCALAR, p.type(), null));
        }
      }
    }
    r.write(" FOR\n");
    r.out.indent();
    r.query(c.query());
    r.out.dedent();
    r.write(";\n");
    r.routine.scope = outer;
  }

  private static MyScope.Cursor cursor(MyRender r, Expr e) {
    String name = MyRoutineScan.cursorName(e);
    if (name == null || r.routine == null) {
      return null;
    }
    for (String key : new String[] {name, r.names.text(Ident.of(name))}) {
      MyScope.Cursor c = r.routine.scope.cursor(key);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  static void open(MyRender r, Stmt.Open s) {
    MyScope.Binding b = binding(r, s.cursor());
    if (b != null && b.kind() == MyScope.Kind.RESULT_SET) {
      resultSet(r, s);
      return;
    }
    MyScope.Cursor c = cursor(r, s.cursor());
    if (c == null || s.dynamicSql() != null) {
      r.unsupported(
          MyItems.CURSOR_VARIABLE,
          "this OPEN has no MySQL form (a cursor variable opened for dynamic SQL or an unknown"
              + " cursor)",
          s.span(),
          "OPEN",
          "DO 0;");
      r.write("\n");
      return;
    }
    if (!s.args().isEmpty() && !r.target.nativeRows()) {
      for (int i = 0; i < s.args().size() && i < c.params().size(); i++) {
        r.write("SET " + c.params().get(i) + " = ");
        r.expr(s.args().get(i));
        r.write(";\n");
      }
    }
    r.write("OPEN " + c.rendered());
    if (!s.args().isEmpty() && r.target.nativeRows()) {
      r.write("(");
      r.exprs(s.args());
      r.write(")");
    }
    r.write(";\n");
    if (c.open() != null) {
      r.write("SET " + c.open() + " = TRUE;\n");
    }
    if (c.count() != null) {
      r.write("SET " + c.count() + " = 0;\n");
    }
  }

  private static MyScope.Binding binding(MyRender r, Expr e) {
    if (r.routine != null && e instanceof Expr.VariableRef v && v.name().size() == 1) {
      return r.routine.scope.variable(r.names.text(v.name().last()));
    }
    return null;
  }

  /** OPEN of a cursor output: the query becomes the procedure's result set. */
  private static void resultSet(MyRender r, Stmt.Open s) {
    if (s.query() != null) {
      r.query(s.query());
      r.write(";\n");
      return;
    }
    if (s.dynamicSql() != null) {
      MyDynamicSql.execute(r, s.dynamicSql(), s.using(), List.of(), s.span(), false);
      return;
    }
    r.unsupported(
        MyItems.REF_CURSOR,
        "a cursor output opened on a declared cursor",
        s.span(),
        "OPEN",
        "DO 0;");
    r.write("\n");
  }

  static void fetch(MyRender r, Stmt.Fetch s) {
    MyScope.Cursor c = cursor(r, s.cursor());
    if (s.bulk() || c == null) {
      r.unsupported(
          s.bulk() ? MyItems.COLLECTION : MyItems.CURSOR_VARIABLE,
          s.bulk() ? "FETCH ... BULK COLLECT needs collections" : "FETCH from an unknown cursor",
          s.span(),
          "FETCH",
          "DO 0;");
      r.write("\n");
      return;
    }
    r.write("SET " + MyRoutineState.NOT_FOUND + " = FALSE;\n");
    r.write("FETCH " + c.rendered() + " INTO ");
    r.write(String.join(", ", MyVariables.intoTargets(r, s.into())));
    r.write(";\n");
    if (c.found() != null) {
      r.write("SET " + c.found() + " = NOT " + MyRoutineState.NOT_FOUND + ";\n");
    }
    if (c.count() != null) {
      r.write(
          "IF NOT "
              + MyRoutineState.NOT_FOUND
              + " THEN\n  SET "
              + c.count()
              + " = "
              + c.count()
              + " + 1;\nEND IF;\n");
    }
  }

  static void close(MyRender r, Stmt.Close s) {
    MyScope.Binding b = binding(r, s.cursor());
    if (b != null && b.kind() == MyScope.Kind.RESULT_SET) {
      r.write("-- the result set is closed by the client\n");
      return;
    }
    MyScope.Cursor c = cursor(r, s.cursor());
    if (c == null) {
      r.unsupported(
          MyItems.CURSOR_VARIABLE, "CLOSE of an unknown cursor", s.span(), "CLOSE", "DO 0;");
      r.write("\n");
      return;
    }
    r.write("CLOSE " + c.rendered() + ";\n");
    if (c.open() != null) {
      r.write("SET " + c.open() + " = FALSE;\n");
    }
  }

  /** %FOUND, %NOTFOUND, %ISOPEN, %ROWCOUNT; of the implicit cursor SQL: from the row count. */
  static void attribute(MyRender r, Expr.Builtin e) {
    String name = MyRoutineScan.cursorName(e.args().get(0));
    if (name != null && name.equals("sql") && r.procedural()) {
      switch (e.fn()) {
        case CURSOR_FOUND -> r.write("(" + MyRoutineState.ROW_COUNT + " > 0)");
        case CURSOR_NOT_FOUND -> r.write("(" + MyRoutineState.ROW_COUNT + " = 0)");
        case CURSOR_ROW_COUNT -> r.write(MyRoutineState.ROW_COUNT);
        default -> r.write("FALSE");
      }
      return;
    }
    MyScope.Cursor c = cursor(r, e.args().get(0));
    String var =
        c == null
            ? null
            : switch (e.fn()) {
              case CURSOR_FOUND, CURSOR_NOT_FOUND -> c.found();
              case CURSOR_IS_OPEN -> c.open();
              default -> c.count();
            };
    if (var == null) {
      if (r.procedural()
          && (e.fn() == BuiltinFn.CURSOR_FOUND || e.fn() == BuiltinFn.CURSOR_NOT_FOUND)) {
        // The last fetch of any cursor (T-SQL @@FETCH_STATUS).
        r.write(e.fn() == BuiltinFn.CURSOR_FOUND ? "NOT " : "");
        r.write(MyRoutineState.NOT_FOUND);
        return;
      }
      r.unsupported(
          MyItems.CURSOR_VARIABLE,
          "cursor attribute " + e.fn() + " of an unknown cursor",
          e.span(),
          e.fn().name(),
          "NULL");
      return;
    }
    if (e.fn() == BuiltinFn.CURSOR_NOT_FOUND) {
      r.write("NOT " + var);
    } else {
      r.write(var);
    }
  }
}
