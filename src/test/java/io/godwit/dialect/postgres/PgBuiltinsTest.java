package io.godwit.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.RenderContext;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every neutral built-in has a PostgreSQL rendering (a forgotten case would write nothing). */
class PgBuiltinsTest {

  @Test
  void everyBuiltinWritesSomething() {
    PostgresBackEnd backEnd = new PostgresBackEnd();
    ConvertOptions options = ConvertOptions.defaults();
    for (BuiltinFn fn : BuiltinFn.values()) {
      Items items = new Items(ItemCatalog.builtIn(), new ObjectRef(null, "x", UnitKind.VIEW));
      PgRender r =
          new PgRender(
              new RenderContext(
                  new ObjectRef(null, "x", UnitKind.VIEW),
                  UnitKind.VIEW,
                  items,
                  backEnd.naming(options),
                  options),
              null);
      List<Expr> args = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        args.add(Expr.Literal.string("a" + i));
      }
      for (int arity = 0; arity <= 6; arity++) {
        if (!accepts(fn, arity)) {
          continue;
        }
        int before = r.out.toString().length();
        r.expr(new Expr.Builtin(fn, args.subList(0, arity), DatePart.DAY, null));
        assertThat(r.out.toString().length()).as(fn + "/" + arity).isGreaterThan(before);
        r.write(" ");
      }
    }
  }

  private static boolean accepts(BuiltinFn fn, int arity) {
    return arity >= fn.minArgs() && arity <= fn.maxArgs();
  }
}
