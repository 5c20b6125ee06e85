package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.IrWalker;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BEGIN ... END blocks. MySQL wants a block's declarations first and in this order: variables,
 * conditions, cursors, handlers; the source's declarations are sorted so, and the outermost block
 * also declares Godwit's helper variables. An exception section becomes EXIT handlers.
 */
final class MyBlocks {

  private final MyRender r;
  private final MyRoutineScan scan;
  private final MyStatements statements;

  MyBlocks(MyRender render, MyRoutineScan scan) {
    this.r = render;
    this.scan = scan;
    this.statements = new MyStatements(render, this, scan);
  }

  MyRoutineScan scan() {
    return scan;
  }

  /** The outermost block of a stored program, without a terminator. */
  void body(Block b, List<Stmt> prologue, String label) {
    block(b, true, prologue, label, false);
  }

  /** A MariaDB anonymous block: BEGIN NOT ATOMIC ... END. */
  void notAtomic(Block b, List<Stmt> prologue, String label) {
    block(b, true, prologue, label, true);
  }

  /** A block inside statements, with its terminator. */
  void nested(Block b) {
    block(b, false, List.of(), b.label() == null ? null : r.names.ident(b.label()), false);
    r.write(";\n");
    boolean returns = false;
    for (Handler h : b.handlers()) {
      for (Stmt s : h.body()) {
        returns |= MyRoutineScan.containsReturn(s);
      }
    }
    if (returns && r.routine.kind != MyRoutineState.Kind.FUNCTION && r.routine.bodyLabel != null) {
      r.write(
          "IF "
              + MyRoutineState.RETURNED
              + " THEN\n  LEAVE "
              + r.routine.bodyLabel
              + ";\nEND IF;\n");
    }
  }

  /** Statements of a body, written one after another. */
  void statements(List<Stmt> list) {
    statements.list(list);
  }

  MyStatements statementWriter() {
    return statements;
  }

  private void block(
      Block b, boolean outermost, List<Stmt> prologue, String label, boolean notAtomic) {
    MyRoutineState state = r.routine;
    MyScope outer = state.scope;
    state.scope = new MyScope(outer);
    if (label != null) {
      r.write(label + ": ");
    }
    r.write(notAtomic ? "BEGIN NOT ATOMIC\n" : "BEGIN\n");
    r.out.indent();
    boolean inner = declarations(b, outermost);
    statements.list(prologue);
    statements.list(b.body());
    if (inner) {
      r.out.dedent();
      r.write("END;\n");
    }
    r.out.dedent();
    r.write(label == null ? "END" : "END " + label);
    state.scope = outer;
  }

  /**
   * Writes the block's declarations; returns whether it opened an inner block for MariaDB's {@code
   * ROW TYPE OF cursor} variables, which must follow the cursor but cannot follow it in the same
   * block.
   */
  private boolean declarations(Block b, boolean outermost) {
    MyScope scope = r.routine.scope;
    for (Decl d : b.declarations()) {
      if (d instanceof Decl.Type t) {
        scope.type(r.names.text(t.name()), t.definition());
      }
    }
    if (outermost) {
      helpers();
    }
    Map<String, Query> cursorVariables = new LinkedHashMap<>();
    List<Decl.Variable> rowsOfCursors = new ArrayList<>();
    for (Decl d : b.declarations()) {
      if (d instanceof Decl.Variable v) {
        variable(v, b, cursorVariables, rowsOfCursors);
      } else if (d instanceof Decl.Cursor c) {
        MyCursors.declareState(r, c, scan);
      } else if (d instanceof Decl.Subprogram sp) {
        SqlWriter.Mark start = r.out.mark();
        r.write("-- local subprogram " + r.names.text(sp.name()) + " not converted\n");
        r.itemSince(
            start,
            MyItems.NESTED_ROUTINE,
            "MySQL has no local subprograms: create "
                + sp.name().text()
                + " as a routine of its"
                + " own",
            sp.routine().span(),
            null);
      }
    }
    for (Decl d : b.declarations()) {
      if (d instanceof Decl.Exception e) {
        String name = r.names.ident(e.name());
        r.write(
            "DECLARE "
                + name
                + " CONDITION FOR SQLSTATE '"
                + MyConditions.userState(r, e)
                + "';\n");
        scope.condition(r.names.text(e.name()), name);
      }
    }
    for (Decl d : b.declarations()) {
      if (d instanceof Decl.Cursor c) {
        MyCursors.declare(r, c);
      }
    }
    for (Map.Entry<String, Query> cv : cursorVariables.entrySet()) {
      r.write("DECLARE " + cv.getKey() + " CURSOR FOR\n");
      r.out.indent();
      r.query(cv.getValue());
      r.out.dedent();
      r.write(";\n");
    }
    if (outermost && scan.fetch) {
      r.write(
          "DECLARE CONTINUE HANDLER FOR NOT FOUND SET " + MyRoutineState.NOT_FOUND + " = TRUE;\n");
    }
    Set<String> used = new HashSet<>();
    for (Handler h : b.handlers()) {
      handler(h, used);
    }
    if (rowsOfCursors.isEmpty()) {
      return false;
    }
    r.write("BEGIN\n");
    r.out.indent();
    for (Decl.Variable v : rowsOfCursors) {
      String rendered = MyVariables.fresh(r, v.name(), "v_", scan.sqlNames);
      r.write(
          "DECLARE " + rendered + " ROW TYPE OF " + r.names.ident(v.type().name().last()) + ";\n");
      scope.variable(
          r.names.text(v.name()), new MyScope.Binding(rendered, MyScope.Kind.ROW, v.type(), null));
    }
    return true;
  }

  private void helpers() {
    if (scan.fetch) {
      r.write("DECLARE " + MyRoutineState.NOT_FOUND + " BOOLEAN DEFAULT FALSE;\n");
    }
    if (scan.rowCount) {
      r.write("DECLARE " + MyRoutineState.ROW_COUNT + " BIGINT DEFAULT 0;\n");
    }
    if (scan.errorInfo) {
      r.write("DECLARE " + MyRoutineState.ERRNO + " INT DEFAULT 0;\n");
      r.write("DECLARE " + MyRoutineState.ERRMSG + " TEXT;\n");
      r.write("DECLARE " + MyRoutineState.SQLSTATE + " CHAR(5);\n");
    }
    if (scan.message) {
      r.write("DECLARE " + MyRoutineState.MESSAGE + " VARCHAR(128);\n");
    }
    if (scan.handlerReturn && r.routine.kind != MyRoutineState.Kind.FUNCTION) {
      r.write("DECLARE " + MyRoutineState.RETURNED + " BOOLEAN DEFAULT FALSE;\n");
    }
  }

  private void variable(
      Decl.Variable v, Block b, Map<String, Query> cursorVariables, List<Decl.Variable> rows) {
    MyScope scope = r.routine.scope;
    String key = r.names.text(v.name());
    SqlType t = anchored(v.type());
    if (t != null && t.kind() == TypeKind.REF_CURSOR) {
      cursorVariable(v, b, cursorVariables);
      return;
    }
    if (t != null && (t.kind() == TypeKind.ARRAY || isCollection(t))) {
      String rendered = MyVariables.fresh(r, v.name(), "v_", scan.sqlNames);
      SqlWriter.Mark start = r.out.mark();
      r.write("DECLARE " + rendered + " LONGTEXT;\n");
      r.itemSince(
          start,
          MyItems.COLLECTION,
          "collection variable " + v.name().text() + " has no MySQL form",
          v.span(),
          null);
      scope.variable(key, new MyScope.Binding(rendered, MyScope.Kind.SCALAR, t, null));
      return;
    }
    List<SqlType.Field> fields = MyVariables.recordFields(r, t);
    boolean record = fields != null || MyProcedural.isRecord(t);
    if (record) {
      record(v, t, fields, rows, b);
      return;
    }
    String rendered = MyVariables.fresh(r, v.name(), "v_", scan.sqlNames);
    r.write("DECLARE " + rendered + " ");
    r.variableType(t, v.span());
    if (v.init() != null) {
      r.write(" DEFAULT ");
      r.expr(v.init());
    }
    r.write(";\n");
    scope.variable(key, new MyScope.Binding(rendered, MyScope.Kind.SCALAR, t, null));
  }

  /** x%TYPE of a variable in scope: that variable's type. */
  private SqlType anchored(SqlType t) {
    if (t != null && t.kind() == TypeKind.TYPE_OF && t.name() != null && t.name().size() == 1) {
      MyScope.Binding b = r.routine.scope.variable(r.names.text(t.name().last()));
      if (b != null && b.type() != null) {
        return b.type();
      }
    }
    return t;
  }

  private boolean isCollection(SqlType t) {
    if (t.kind() != TypeKind.NAMED || t.name() == null) {
      return false;
    }
    SqlType local = r.routine.scope.type(r.names.text(t.name().last()));
    return local != null && local.kind() == TypeKind.ARRAY;
  }

  private void record(
      Decl.Variable v, SqlType t, List<SqlType.Field> fields, List<Decl.Variable> rows, Block b) {
    MyScope scope = r.routine.scope;
    String key = r.names.text(v.name());
    if (r.target.nativeRows()) {
      if (t.kind() == TypeKind.ROW_TYPE_OF && cursorOf(b, t)) {
        rows.add(v);
        return;
      }
      String rendered = MyVariables.fresh(r, v.name(), "v_", scan.sqlNames);
      r.write("DECLARE " + rendered + " ");
      if (fields != null && !fields.isEmpty() && allTyped(fields)) {
        r.write("ROW(");
        for (int i = 0; i < fields.size(); i++) {
          if (i > 0) {
            r.write(", ");
          }
          r.ident(fields.get(i).name());
          r.write(" ");
          r.variableType(fields.get(i).type(), v.span());
        }
        r.write(")");
      } else {
        r.variableType(t, v.span());
      }
      r.write(";\n");
      scope.variable(key, new MyScope.Binding(rendered, MyScope.Kind.ROW, t, null));
      return;
    }
    List<MyScope.Field> vars = new ArrayList<>();
    if (fields == null) {
      r.itemHere(
          MyItems.ANCHORED_TYPE,
          "the fields of record " + v.name().text() + " (" + t.name() + ") are not known",
          v.span(),
          null);
    } else {
      for (SqlType.Field f : fields) {
        String name =
            MyNames.quote(
                r.names.naming().fit(r.names.text(v.name()) + "$" + r.names.text(f.name())));
        r.write("DECLARE " + name + " ");
        fieldType(f, v);
        r.write(";\n");
        vars.add(new MyScope.Field(r.names.text(f.name()), name, f.type()));
      }
    }
    scope.variable(key, new MyScope.Binding(null, MyScope.Kind.FIELDS, t, vars));
  }

  /** Whether {@code t} is the row type of a cursor {@code b} declares (declared after it). */
  private boolean cursorOf(Block b, SqlType t) {
    if (t.name() == null || t.name().size() != 1) {
      return false;
    }
    String name = r.names.text(t.name().last());
    for (Decl d : b.declarations()) {
      if (d instanceof Decl.Cursor c && r.names.text(c.name()).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allTyped(List<SqlType.Field> fields) {
    return fields.stream().allMatch(f -> f.type() != null);
  }

  /** A field's type; an unknown one is LONGTEXT with an item. */
  void fieldType(SqlType.Field f, Decl.Variable v) {
    if (f.type() == null) {
      SqlWriter.Mark start = r.out.mark();
      r.write("LONGTEXT");
      r.itemSince(
          start,
          MyItems.ANCHORED_TYPE,
          "the type of field " + f.name().text() + " is not known: declared as LONGTEXT",
          v == null ? null : v.span(),
          null);
      return;
    }
    r.variableType(f.type(), v == null ? null : v.span());
  }

  /**
   * A local REF CURSOR: in a function that returned it, opening it returns a result set; otherwise
   * it is declared as a cursor on the one query it is opened for.
   */
  private void cursorVariable(Decl.Variable v, Block b, Map<String, Query> cursorVariables) {
    MyScope scope = r.routine.scope;
    String key = r.names.text(v.name());
    String rendered = r.names.ident(v.name());
    if (r.routine.cursorResult) {
      scope.variable(key, new MyScope.Binding(rendered, MyScope.Kind.RESULT_SET, v.type(), null));
      return;
    }
    List<Query> queries = new ArrayList<>();
    boolean[] dynamic = {false};
    new IrWalker() {
      @Override
      protected void onStmt(Stmt s) {
        if (s instanceof Stmt.Open o
            && o.cursor() instanceof Expr.VariableRef ref
            && ref.name().size() == 1
            && r.names.text(ref.name().last()).equals(key)) {
          if (o.query() != null) {
            if (!queries.contains(o.query())) {
              queries.add(o.query());
            }
          } else {
            dynamic[0] = true;
          }
        }
      }
    }.stmt(b);
    if (queries.size() == 1 && !dynamic[0]) {
      cursorVariables.put(rendered, queries.get(0));
      scope.variable(
          key, new MyScope.Binding(rendered, MyScope.Kind.CURSOR_VARIABLE, v.type(), null));
      scope.cursor(key, new MyScope.Cursor(rendered, queries.get(0), List.of(), null, null, null));
      return;
    }
    SqlWriter.Mark start = r.out.mark();
    r.write("-- cursor variable " + rendered + " not converted\n");
    r.itemSince(
        start,
        MyItems.CURSOR_VARIABLE,
        "cursor variable "
            + v.name().text()
            + " is opened for "
            + (dynamic[0] ? "dynamic SQL" : queries.size() + " queries")
            + ": MySQL cursors have one fixed query",
        v.span(),
        null);
    scope.variable(
        key, new MyScope.Binding(rendered, MyScope.Kind.CURSOR_VARIABLE, v.type(), null));
  }

  /** DECLARE EXIT HANDLER FOR ... with the handler's body. */
  private void handler(Handler h, Set<String> used) {
    List<String> values = new ArrayList<>();
    for (Handler.Condition c : h.conditions()) {
      for (String value : MyConditions.handlerValues(r, c)) {
        if (used.add(value)) {
          values.add(value);
        }
      }
    }
    if (values.isEmpty()) {
      return;
    }
    MyRoutineState state = r.routine;
    boolean returns = h.body().stream().anyMatch(MyRoutineScan::containsReturn);
    String label =
        returns && state.kind != MyRoutineState.Kind.FUNCTION
            ? state.fresh("godwit_handler")
            : null;
    r.write("DECLARE EXIT HANDLER FOR " + String.join(", ", values) + "\n");
    state.handlers.push(label == null ? "" : label);
    state.handlerLoopFloors.push(state.loops.size());
    if (label != null) {
      r.write(label + ": ");
    }
    r.write("BEGIN\n");
    r.out.indent();
    if (h.body().stream().anyMatch(MyRoutineScan::usesErrorInfo)) {
      r.write(
          "GET DIAGNOSTICS CONDITION 1 "
              + MyRoutineState.ERRNO
              + " = MYSQL_ERRNO, "
              + MyRoutineState.ERRMSG
              + " = MESSAGE_TEXT, "
              + MyRoutineState.SQLSTATE
              + " = RETURNED_SQLSTATE;\n");
    }
    statements.list(h.body());
    r.out.dedent();
    r.write(label == null ? "END;\n" : "END " + label + ";\n");
    state.handlers.pop();
    state.handlerLoopFloors.pop();
  }
}
