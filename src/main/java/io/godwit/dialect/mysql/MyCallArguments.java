package io.godwit.dialect.mysql;

import io.godwit.convert.WholePass;
import io.godwit.ir.IrRewriter;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MySQL has neither named arguments nor parameter defaults. A call to a routine of the same
 * conversion is rewritten with its arguments in parameter order, and a parameter left out (or
 * passed as T-SQL's {@code DEFAULT}) gets the routine's default value when that default is a
 * constant. Calls that cannot be matched exactly (an unknown name, too many arguments, a parameter
 * without a value) are left as they are, and the back end reports them.
 */
final class MyCallArguments implements WholePass {

  @Override
  public List<Lowered> apply(List<Lowered> objects) {
    Map<String, Routine> routines = new HashMap<>();
    for (Lowered o : objects) {
      if (o.ir() instanceof Routine r) {
        routines.put(key(r.name(), o), r);
      }
    }
    if (routines.isEmpty()) {
      return objects;
    }
    List<Lowered> out = new ArrayList<>(objects.size());
    for (Lowered o : objects) {
      out.add(o.with(rewriter(routines, o).object(o.ir())));
    }
    return out;
  }

  private static IrRewriter rewriter(Map<String, Routine> routines, Lowered in) {
    return new IrRewriter() {
      @Override
      protected Stmt rewriteStmt(Stmt s) {
        if (s instanceof Stmt.Call c) {
          Routine callee = routines.get(key(c.procedure(), in));
          List<Expr> args = callee == null ? null : positional(callee, c.args());
          if (args != null) {
            return new Stmt.Call(c.procedure(), args, c.statusTarget(), c.span());
          }
        }
        return s;
      }

      @Override
      protected Expr rewriteExpr(Expr e) {
        if (e instanceof Expr.FunctionCall f && f.withinGroup().isEmpty() && !f.distinct()) {
          Routine callee = routines.get(key(f.name(), in));
          if (callee != null && callee.kind() == Routine.Kind.FUNCTION) {
            List<Expr> args = positional(callee, f.args());
            if (args != null) {
              return new Expr.FunctionCall(
                  f.name(), args, false, null, f.filter(), f.type(), f.span());
            }
          }
        }
        return e;
      }
    };
  }

  /**
   * The arguments in parameter order, or null when they cannot be matched exactly (or are already
   * positional and complete).
   */
  static List<Expr> positional(Routine callee, List<Expr> args) {
    List<Param> params = callee.params();
    if (args.size() > params.size()) {
      return null;
    }
    Expr[] values = new Expr[params.size()];
    boolean changed = args.size() < params.size();
    int position = 0;
    for (Expr a : args) {
      if (a instanceof Expr.NamedArg n) {
        int i = indexOf(params, n.name().text());
        if (i < 0 || values[i] != null) {
          return null;
        }
        values[i] = n.value();
        changed = true;
      } else {
        if (position >= params.size() || values[position] != null) {
          return null;
        }
        values[position++] = a;
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || values[i] instanceof Expr.DefaultValue) {
        Expr d = params.get(i).defaultValue();
        if (d == null || !constant(d)) {
          return null;
        }
        values[i] = d;
        changed = true;
      }
    }
    return changed ? List.of(values) : null;
  }

  private static int indexOf(List<Param> params, String name) {
    String wanted = plain(name);
    for (int i = 0; i < params.size(); i++) {
      if (plain(params.get(i).name().text()).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /** A parameter name without T-SQL's {@code @}, in upper case. */
  private static String plain(String name) {
    String n = name.startsWith("@") ? name.substring(1) : name;
    return n.toUpperCase(Locale.ROOT);
  }

  /** Whether a default reads nothing of the callee (no variable, column or subquery). */
  private static boolean constant(Expr e) {
    boolean[] reads = {false};
    new IrWalker() {
      @Override
      protected void onExpr(Expr x) {
        if (x instanceof Expr.VariableRef
            || x instanceof Expr.ColumnRef
            || x instanceof Expr.PackageVar
            || x instanceof Expr.ScalarSubquery
            || x instanceof Expr.FunctionCall
            || x instanceof Expr.Unsupported) {
          reads[0] = true;
        }
      }
    }.expr(e);
    return !reads[0];
  }

  private static String key(QName name, Lowered in) {
    String schema =
        name.size() > 1 ? name.qualifier().last().text() : in.object().source().schema();
    return ((schema == null ? "" : schema) + "." + name.last().text()).toUpperCase(Locale.ROOT);
  }
}
