package io.godwit.convert;

import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.FromItem;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The objects an IR object refers to by name: tables, views, routines, sequences. */
final class References {

  private References() {}

  /** Lower-case keys: {@code name} and, when qualified, {@code schema.name}. */
  static Set<String> of(IrObject object) {
    Set<String> keys = new TreeSet<>();
    new IrWalker() {
      @Override
      protected void onFrom(FromItem f) {
        if (f instanceof FromItem.TableRef t) {
          add(keys, t.name());
        }
      }

      @Override
      protected void onExpr(Expr e) {
        if (e instanceof Expr.FunctionCall f) {
          add(keys, f.name());
        } else if (e instanceof Expr.SequenceValue s) {
          add(keys, s.sequence());
        }
      }

      @Override
      protected void onStmt(Stmt s) {
        if (s instanceof Stmt.Call c) {
          add(keys, c.procedure());
        }
      }
    }.walk(object);
    if (object instanceof Trigger t) {
      add(keys, t.table());
    }
    return keys;
  }

  private static void add(Set<String> keys, QName name) {
    keys.add(key(name.last()));
    if (name.size() > 1) {
      keys.add(key(name.parts().get(name.size() - 2)) + "." + key(name.last()));
    }
  }

  private static String key(Ident id) {
    return id.text().toLowerCase(Locale.ROOT);
  }

  /** The keys a reference to {@code ref} would produce. */
  static Set<String> keysOf(ObjectRef ref) {
    Set<String> keys = new TreeSet<>();
    keys.add(ref.name().toLowerCase(Locale.ROOT));
    if (ref.schema() != null) {
      keys.add(ref.schema().toLowerCase(Locale.ROOT) + "." + ref.name().toLowerCase(Locale.ROOT));
    }
    return keys;
  }
}
