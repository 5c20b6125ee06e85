package io.godwit.dialect.mysql;

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

/** Every neutral built-in has a MySQL and a MariaDB rendering (a forgotten case writes nothing). */
class MyBuiltinsTest {

  @Test
  void everyBuiltinWritesSomethingForEveryTarget() {
    MySqlBackEnd backEnd = new MySqlBackEnd();
    ItemCatalog catalog = ItemCatalog.builtIn();
    for (String version : List.of("8.0", "8.0.31", "mariadb-10.11", "mariadb-11.4")) {
      ConvertOptions options = ConvertOptions.defaults().withTargetVersion(version);
      for (BuiltinFn fn : BuiltinFn.values()) {
        for (DatePart part : new DatePart[] {null, DatePart.DAY, DatePart.MONTH}) {
          Items items = new Items(catalog, new ObjectRef(null, "x", UnitKind.VIEW));
          MyRender r =
              new MyRender(
                  new RenderContext(
                      new ObjectRef(null, "x", UnitKind.VIEW),
                      UnitKind.VIEW,
                      items,
                      backEnd.naming(options),
                      options),
                  MySqlTarget.of(options),
                  null);
          List<Expr> args = new ArrayList<>();
          for (int i = 0; i < 7; i++) {
            args.add(Expr.Literal.string("a" + i));
          }
          for (int arity = fn.minArgs(); arity <= Math.min(fn.maxArgs(), 7); arity++) {
            int before = r.out.toString().length();
            r.expr(new Expr.Builtin(fn, args.subList(0, arity), part, null));
            assertThat(r.out.toString().length())
                .as(version + " " + fn + "/" + arity + " " + part)
                .isGreaterThan(before);
            r.write(" ");
          }
        }
      }
    }
  }
}
