package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.IrWalker;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.FromItem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a stored program's code uses, read before it is written: MySQL wants every helper variable
 * declared at the start of the outermost block, and variables renamed where a column of the same
 * name appears in the program's SQL (MySQL, unlike the sources, resolves such a name to the
 * variable).
 */
final class MyRoutineScan {

  boolean fetch;
  boolean rowCount;
  boolean errorInfo;
  boolean message;
  boolean handlerReturn;
  boolean anyReturn;
  boolean dynamicSql;
  boolean changesData;

  /** Every name used as a column, table or alias in the program's SQL, lower case. */
  final Set<String> sqlNames = new HashSet<>();

  /** Cursor attributes used, by lower-case cursor name. */
  final Map<String, Set<BuiltinFn>> cursorAttributes = new HashMap<>();

  private MyRoutineScan() {}

  /** Scans {@code body}. {@code loopsNeedFetch}: query FOR loops are written with FETCH (MySQL). */
  static MyRoutineScan of(Stmt body, boolean loopsNeedFetch) {
    MyRoutineScan scan = new MyRoutineScan();
    new IrWalker() {
      @Override
      protected void onStmt(Stmt s) {
        if (s instanceof Stmt.Fetch) {
          scan.fetch = true;
        } else if (s instanceof Stmt.ForQuery && loopsNeedFetch) {
          scan.fetch = true;
        } else if (s instanceof Stmt.Raise r && MyConditions.needsMessageVariable(r)) {
          scan.message = true;
        } else if (s instanceof Stmt.Return) {
          scan.anyReturn = true;
        } else if (s instanceof Stmt.ExecuteDynamic) {
          scan.dynamicSql = true;
          scan.changesData = true;
        } else if (s instanceof Stmt.DmlStmt
            || s instanceof Stmt.DdlStmt
            || s instanceof Stmt.Transaction
            || s instanceof Stmt.ForAll) {
          scan.changesData = true;
        } else if (s instanceof Block b && !b.handlers().isEmpty()) {
          for (Handler h : b.handlers()) {
            for (Stmt hs : h.body()) {
              if (containsReturn(hs)) {
                scan.handlerReturn = true;
              }
            }
          }
        }
      }

      @Override
      protected void onExpr(Expr e) {
        if (e instanceof Expr.Builtin b) {
          switch (b.fn()) {
            case ROW_COUNT -> scan.rowCount = true;
            case ERROR_CODE, ERROR_MESSAGE, ERROR_STATE, ERROR_STACK -> scan.errorInfo = true;
            case CURSOR_FOUND, CURSOR_NOT_FOUND, CURSOR_IS_OPEN, CURSOR_ROW_COUNT -> {
              String cursor = cursorName(b.args().get(0));
              if (cursor != null) {
                scan.cursorAttributes.computeIfAbsent(cursor, k -> new HashSet<>()).add(b.fn());
              }
            }
            default -> {}
          }
        } else if (e instanceof Expr.ColumnRef c) {
          for (Ident part : c.name().parts()) {
            scan.sqlNames.add(part.text().toLowerCase(Locale.ROOT));
          }
        } else if (e instanceof Expr.SequenceValue) {
          scan.changesData = true;
        }
      }

      @Override
      protected void onFrom(FromItem f) {
        if (f instanceof FromItem.TableRef t) {
          scan.sqlNames.add(t.name().last().text().toLowerCase(Locale.ROOT));
          if (t.alias() != null) {
            scan.sqlNames.add(t.alias().text().toLowerCase(Locale.ROOT));
          }
        } else if (f instanceof FromItem.DerivedTable d && d.alias() != null) {
          scan.sqlNames.add(d.alias().text().toLowerCase(Locale.ROOT));
        }
      }
    }.stmt(body);
    return scan;
  }

  /** The lower-case name of the cursor a cursor attribute is about, or null. */
  static String cursorName(Expr e) {
    if (e instanceof Expr.VariableRef v && v.name().size() == 1) {
      return v.name().last().text().toLowerCase(Locale.ROOT);
    }
    if (e instanceof Expr.ColumnRef c && c.name().size() == 1) {
      return c.name().last().text().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  static boolean containsReturn(Stmt s) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onStmt(Stmt x) {
        if (x instanceof Stmt.Return) {
          found[0] = true;
        }
      }
    }.stmt(s);
    return found[0];
  }

  /** Whether the statement reads the error code, message or state. */
  static boolean usesErrorInfo(Stmt s) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onExpr(Expr e) {
        if (e instanceof Expr.Builtin b
            && (b.fn() == BuiltinFn.ERROR_CODE
                || b.fn() == BuiltinFn.ERROR_MESSAGE
                || b.fn() == BuiltinFn.ERROR_STATE
                || b.fn() == BuiltinFn.ERROR_STACK)) {
          found[0] = true;
        }
      }
    }.stmt(s);
    return found[0];
  }
}
