package io.godwit.bench;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.RenderContext;
import io.godwit.convert.Rendered;
import io.godwit.convert.TargetNaming;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.dialect.mysql.MySqlBackEnd;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code mysql-render [TABLES] [ROUTINES] [VERSION]}: renders generated tables (20 columns, keys, a
 * check) and routines (variables, a query loop, a handler, a SELECT INTO) with the MySQL back end,
 * one thread, and prints objects and characters per second. Rendering happens per object in the
 * conversion pipeline, so this is the back end's share of a conversion's time.
 */
final class MySqlRenderBench implements Bench.Task {

  @Override
  public String description() {
    return "render generated tables and routines with the MySQL back end";
  }

  @Override
  public void run(List<String> args, PrintStream out) {
    int tables = args.size() > 0 ? Integer.parseInt(args.get(0)) : 5_000;
    int routines = args.size() > 1 ? Integer.parseInt(args.get(1)) : 2_000;
    String version = args.size() > 2 ? args.get(2) : "8.0";
    List<IrObject> objects = new ArrayList<>();
    for (int i = 0; i < tables; i++) {
      objects.add(table(i));
    }
    for (int i = 0; i < routines; i++) {
      objects.add(routine(i));
    }
    ItemCatalog catalog = ItemCatalog.builtIn();
    ConvertOptions options = ConvertOptions.defaults().withTargetVersion(version);
    MySqlBackEnd backEnd = new MySqlBackEnd();
    TargetNaming naming = backEnd.naming(options);
    for (int round = 0; round < 2; round++) {
      long chars = 0;
      long items = 0;
      long start = System.nanoTime();
      for (IrObject o : objects) {
        UnitKind kind = o instanceof Routine ? UnitKind.PROCEDURE : UnitKind.TABLE;
        ObjectRef ref = new ObjectRef("HR", "X", kind);
        Items it = new Items(catalog, ref);
        Rendered r = backEnd.render(o, new RenderContext(ref, kind, it, naming, options));
        chars += r.sql().length();
        items += it.size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "%s round %d: %d tables + %d routines in %.2f s = %.0f objects/s, %.1f MB of SQL,"
              + " %d items%n",
          version,
          round + 1,
          tables,
          routines,
          seconds,
          objects.size() / seconds,
          chars / 1e6,
          items);
    }
  }

  private static Ddl.CreateTable table(int n) {
    List<Ddl.ColumnDef> cols = new ArrayList<>();
    cols.add(
        new Ddl.ColumnDef(
            Ident.of("ID"), SqlType.decimal(12, 0), null, true, null, null, false, null));
    for (int c = 1; c < 20; c++) {
      SqlType t =
          switch (c % 5) {
            case 0 -> SqlType.sized(TypeKind.VARCHAR, 100 + c);
            case 1 -> SqlType.decimal(10, 2);
            case 2 -> SqlType.sized(TypeKind.TIMESTAMP, 0);
            case 3 -> SqlType.of(TypeKind.CLOB);
            default -> SqlType.of(TypeKind.INTEGER);
          };
      cols.add(Ddl.ColumnDef.of(Ident.of("COL_" + c), t));
    }
    return new Ddl.CreateTable(
        QName.of("HR", "TABLE_" + n),
        null,
        cols,
        List.of(
            new Ddl.PrimaryKeyDef(Ident.of("T" + n + "_PK"), List.of(Ident.of("ID"))),
            new Ddl.CheckDef(
                Ident.of("T" + n + "_CK"),
                new Expr.Binary(BinaryOp.GE, Expr.ColumnRef.of("COL_1"), Expr.Literal.number(0)))),
        "table " + n,
        null);
  }

  private static Routine routine(int n) {
    SqlType num = SqlType.decimal(null, null);
    Query.Select q =
        Query.Select.simple(
            List.of(
                new Query.SelectItem(
                    new Expr.ColumnRef(QName.of("COL_1"), SqlType.decimal(10, 2)), null)),
            List.of(FromItem.TableRef.of(QName.of("HR", "TABLE_" + n), null)),
            new Expr.Binary(
                BinaryOp.GT,
                Expr.ColumnRef.of("ID"),
                new Expr.VariableRef(QName.of("P_FROM"), num)));
    Block body =
        new Block(
            null,
            List.of(
                new Decl.Variable(
                    Ident.of("V_TOTAL"), num, Expr.Literal.number(0), false, false, null)),
            List.of(
                new Stmt.ForQuery(
                    null,
                    Ident.of("R"),
                    q,
                    null,
                    null,
                    null,
                    null,
                    List.of(
                        new Stmt.Assign(
                            new Expr.VariableRef(QName.of("V_TOTAL"), num),
                            new Expr.Binary(
                                BinaryOp.ADD,
                                new Expr.VariableRef(QName.of("V_TOTAL"), num),
                                new Expr.VariableRef(QName.of("R", "COL_1"), null)),
                            null)),
                    null),
                new Stmt.Assign(
                    new Expr.VariableRef(QName.of("P_TEXT"), null),
                    Expr.Builtin.of(
                        BuiltinFn.TO_CHAR,
                        new Expr.VariableRef(QName.of("V_TOTAL"), num),
                        Expr.Literal.string("FM999,990.00")),
                    null)),
            List.of(
                new Handler(
                    List.of(Handler.Condition.others()),
                    List.of(
                        new Stmt.Assign(
                            new Expr.VariableRef(QName.of("P_TEXT"), null),
                            Expr.Builtin.of(BuiltinFn.ERROR_MESSAGE),
                            null)))),
            null);
    return new Routine(
        QName.of("HR", "SUM_" + n),
        Routine.Kind.PROCEDURE,
        List.of(
            new Param(Ident.of("P_FROM"), ParamMode.IN, num, null),
            new Param(
                Ident.of("P_TEXT"), ParamMode.OUT, SqlType.sized(TypeKind.VARCHAR, 40), null)),
        null,
        body,
        Set.of(),
        null);
  }
}
