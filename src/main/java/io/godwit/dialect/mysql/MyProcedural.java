package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Routines as MySQL stored programs. A function that returns rows, or a cursor, becomes a procedure
 * returning a result set; REF CURSOR output parameters become result sets. Blocks are written by
 * {@link MyBlocks}, statements by {@link MyStatements}.
 */
final class MyProcedural {

  private final MyRender r;

  MyProcedural(MyRender render) {
    this.r = render;
  }

  /** DROP ... IF EXISTS, then CREATE FUNCTION/PROCEDURE between DELIMITER lines. */
  void routine(Routine routine, List<Stmt> prologue, String name) {
    boolean function = routine.kind() == Routine.Kind.FUNCTION;
    Routine.Returns ret = routine.returns();
    boolean setReturning =
        function
            && ret != null
            && (ret.setOf()
                || !ret.table().isEmpty()
                || routine.flags().contains(Routine.Flag.PIPELINED));
    boolean cursorResult =
        function && ret != null && ret.type() != null && ret.type().kind() == TypeKind.REF_CURSOR;
    boolean asProcedure = setReturning || cursorResult;
    Set<String> resultSetParams = new HashSet<>();
    for (Param p : routine.params()) {
      if (p.type() != null && p.type().kind() == TypeKind.REF_CURSOR && p.mode() != ParamMode.IN) {
        resultSetParams.add(r.names.text(p.name()));
      }
    }
    MyRoutineScan scan = MyRoutineScan.of(routine.body(), !r.target.nativeRows());
    boolean realFunction = function && !asProcedure;
    String bodyLabel = null;
    if (!realFunction && scan.anyReturn) {
      bodyLabel =
          routine.body().label() != null ? r.names.ident(routine.body().label()) : "godwit_body";
    }
    String rowsTable =
        setReturning ? MyNames.quote(r.names.naming().fit(plain(name) + "$rows")) : null;
    String rowsLabel = setReturning ? "godwit_rows" : null;
    MyRoutineState state =
        new MyRoutineState(
            realFunction ? MyRoutineState.Kind.FUNCTION : MyRoutineState.Kind.PROCEDURE,
            rowsLabel != null ? rowsLabel : bodyLabel,
            null,
            resultSetParams,
            rowsTable,
            rowsLabel);
    state.cursorResult = cursorResult;
    state.scope = new MyScope(null);
    MyRoutineState previous = r.routine;
    r.routine = state;
    MyConditions.collectExceptions(r, routine.body());
    String kind = realFunction ? "FUNCTION" : "PROCEDURE";
    r.write("DROP " + kind + " IF EXISTS " + name + ";\n");
    r.write("DELIMITER $$\n");
    SqlWriter.Mark start = r.out.mark();
    r.write("CREATE " + kind + " " + name + "(");
    params(routine, realFunction, scan);
    r.write(")");
    if (realFunction) {
      r.write("\nRETURNS ");
      r.variableType(ret == null ? SqlType.of(TypeKind.INTEGER) : ret.type(), routine.span());
    }
    characteristics(routine, realFunction, scan);
    if (setReturning) {
      r.itemSince(
          start,
          MyItems.SET_RETURNING,
          "function "
              + routine.name()
              + " returns rows: it became a procedure returning them as"
              + " a result set",
          routine.span(),
          null);
    } else if (cursorResult) {
      r.itemSince(
          start,
          MyItems.REF_CURSOR,
          "function "
              + routine.name()
              + " returns a cursor: it became a procedure returning the"
              + " rows as a result set",
          routine.span(),
          null);
    }
    if (!resultSetParams.isEmpty()) {
      r.itemSince(
          start,
          MyItems.REF_CURSOR,
          "cursor output parameters " + resultSetParams + " became result sets of the procedure",
          routine.span(),
          null);
    }
    r.write("\n");
    MyBlocks blocks = new MyBlocks(r, scan);
    if (setReturning) {
      rowsBody(routine, blocks, prologue);
    } else {
      blocks.body(routine.body(), prologue, bodyLabel);
    }
    r.write("$$\nDELIMITER ;\n");
    r.routine = previous;
  }

  private static String plain(String quotedName) {
    int dot = quotedName.lastIndexOf('.');
    String last = dot < 0 ? quotedName : quotedName.substring(dot + 1);
    if (last.startsWith("`") && last.endsWith("`") && last.length() > 1) {
      last = last.substring(1, last.length() - 1);
    }
    return last;
  }

  private void params(Routine routine, boolean function, MyRoutineScan scan) {
    boolean first = true;
    boolean defaults = false;
    for (Param p : routine.params()) {
      String key = r.names.text(p.name());
      if (r.routine.resultSetParams.contains(key)) {
        r.routine.scope.variable(
            key,
            new MyScope.Binding(r.names.ident(p.name()), MyScope.Kind.RESULT_SET, p.type(), null));
        continue;
      }
      if (!first) {
        r.write(", ");
      }
      first = false;
      if (function && p.mode() != ParamMode.IN) {
        r.itemHere(
            MyItems.FUNCTION_OUT,
            "MySQL functions take IN parameters only: " + p.name().text() + " is an IN parameter",
            routine.span(),
            null);
      } else if (!function) {
        r.write(
            switch (p.mode()) {
              case IN -> "IN ";
              case OUT -> "OUT ";
              case IN_OUT -> "INOUT ";
            });
      }
      String rendered = MyVariables.fresh(r, p.name(), "p_", scan.sqlNames);
      r.write(rendered + " ");
      r.variableType(p.type(), routine.span());
      r.routine.scope.variable(
          key, new MyScope.Binding(rendered, MyScope.Kind.SCALAR, p.type(), null));
      defaults |= p.defaultValue() != null;
    }
    if (defaults) {
      r.itemHere(
          MyItems.PARAM_DEFAULT,
          "MySQL parameters have no defaults: callers of "
              + routine.name()
              + " must pass every"
              + " argument",
          routine.span(),
          null);
    }
  }

  private void characteristics(Routine routine, boolean function, MyRoutineScan scan) {
    if (function) {
      r.write(
          routine.flags().contains(Routine.Flag.DETERMINISTIC)
              ? "\nDETERMINISTIC"
              : "\nNOT DETERMINISTIC");
      r.write(scan.changesData ? " MODIFIES SQL DATA" : " READS SQL DATA");
    }
    r.write(
        routine.flags().contains(Routine.Flag.SECURITY_DEFINER)
            ? "\nSQL SECURITY DEFINER"
            : "\nSQL SECURITY INVOKER");
    if (routine.flags().contains(Routine.Flag.AUTONOMOUS)) {
      SqlWriter.Mark start = r.out.mark();
      r.write("\nCOMMENT 'PRAGMA AUTONOMOUS_TRANSACTION'");
      r.itemSince(
          start,
          MyItems.AUTONOMOUS,
          "autonomous transaction: MySQL runs this in the caller's transaction",
          routine.span(),
          "PRAGMA AUTONOMOUS_TRANSACTION");
    }
  }

  /**
   * A set-returning function's body: a temporary table collects the rows (PIPE ROW, RETURN NEXT,
   * RETURN QUERY), and the procedure returns it as its result set at the end.
   */
  private void rowsBody(Routine routine, MyBlocks blocks, List<Stmt> prologue) {
    String table = r.routine.rowsTable;
    r.write("BEGIN\n");
    r.out.indent();
    r.write("DROP TEMPORARY TABLE IF EXISTS " + table + ";\n");
    r.write("CREATE TEMPORARY TABLE " + table + " (");
    List<SqlType.Field> columns = rowColumns(routine.returns());
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.ident(columns.get(i).name());
      r.write(" ");
      r.variableType(columns.get(i).type(), routine.span());
    }
    r.write(");\n");
    blocks.body(routine.body(), prologue, r.routine.rowsLabel);
    r.write(";\n");
    r.write("SELECT * FROM " + table + ";\n");
    r.write("DROP TEMPORARY TABLE " + table + ";\n");
    r.out.dedent();
    r.write("END");
  }

  private List<SqlType.Field> rowColumns(Routine.Returns ret) {
    if (!ret.table().isEmpty()) {
      return ret.table();
    }
    List<SqlType.Field> fields = MyVariables.recordFields(r, ret.type());
    if (fields != null && !fields.isEmpty()) {
      return fields;
    }
    List<SqlType.Field> one = new ArrayList<>();
    one.add(new SqlType.Field(Ident.of("COLUMN_VALUE"), ret.type()));
    return one;
  }

  /** Whether a declaration's type is a record the target writes as variables or a ROW. */
  static boolean isRecord(SqlType t) {
    return t != null && (t.kind() == TypeKind.RECORD || t.kind() == TypeKind.ROW_TYPE_OF);
  }
}
