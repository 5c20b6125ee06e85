package io.godwit.convert.passes;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.IrPass;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.RenderContext;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.dialect.postgres.PostgresBackEnd;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.UnaryOp;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared passes, checked by running their output on PostgreSQL against Oracle's answers. */
class PassesIT {

  static String url;

  @BeforeAll
  static void data() throws Exception {
    url = TestPostgres.get().createDatabase("passes");
    try (Connection c = TestPostgres.get().connect(url);
        Statement s = c.createStatement()) {
      s.execute(
          """
          create table emp (id int primary key, mgr int, name text, dept int);
          create table dept (id int primary key, dname text, loc int);
          create table loc (id int primary key, city text);
          insert into emp values (1, null, 'King', 10), (2, 1, 'Jones', 20), (3, 1, 'Blake', 30),
            (4, 2, 'Scott', 20), (5, 4, 'Adams', null), (6, 3, 'Allen', 30);
          insert into dept values (10, 'Accounting', 100), (20, 'Research', 200), (30, 'Sales', null);
          insert into loc values (100, 'New York'), (200, 'Dallas');
          """);
    }
  }

  static Expr col(String... parts) {
    return Expr.ColumnRef.of(parts);
  }

  static Query.SelectItem item(Expr e, String alias) {
    return new Query.SelectItem(e, alias == null ? null : Ident.of(alias));
  }

  /** Runs {@code pass} on a view over {@code q}, renders it and returns its rows as text. */
  static List<String> run(IrPass pass, Query q) throws Exception {
    IrObject view =
        new Ddl.CreateView(
            QName.of("V" + System.nanoTime()), null, q, false, Ddl.CheckOption.NONE, null);
    Items items = new Items(ItemCatalog.builtIn(), new ObjectRef(null, "v", UnitKind.VIEW));
    IrObject rewritten = pass.apply(view, items);
    PostgresBackEnd back = new PostgresBackEnd();
    String sql =
        back.render(
                rewritten,
                new RenderContext(
                    new ObjectRef(null, "v", UnitKind.VIEW),
                    UnitKind.VIEW,
                    items,
                    back.naming(ConvertOptions.defaults()),
                    ConvertOptions.defaults()))
            .sql();
    assertThat(items.list()).as(sql).isEmpty();
    String name =
        ((Ddl.CreateView) rewritten).name().last().text().toLowerCase(java.util.Locale.ROOT);
    List<String> rows = new ArrayList<>();
    try (Connection c = TestPostgres.get().connect(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
      try (ResultSet rs = s.executeQuery("select * from " + name)) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            row.append(i > 1 ? "|" : "").append(rs.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }

  @Test
  void connectByBecomesRecursiveWithLevelPathRootAndLeaf() throws Exception {
    Query.Select q =
        new Query.Select(
            null,
            false,
            List.of(
                item(Expr.Builtin.of(BuiltinFn.LEVEL), "LVL"),
                item(col("NAME"), null),
                item(
                    Expr.Builtin.of(
                        BuiltinFn.SYS_CONNECT_BY_PATH, col("NAME"), Expr.Literal.string("/")),
                    "PATH"),
                item(Expr.Builtin.of(BuiltinFn.CONNECT_BY_ROOT, col("NAME")), "ROOT"),
                item(Expr.Builtin.of(BuiltinFn.CONNECT_BY_IS_LEAF), "LEAF")),
            List.of(FromItem.TableRef.of(QName.of("EMP"), null)),
            new Expr.Binary(BinaryOp.NE, col("NAME"), Expr.Literal.string("Blake")),
            null,
            null,
            List.of(
                OrderItem.asc(
                    Expr.Builtin.of(
                        BuiltinFn.SYS_CONNECT_BY_PATH, col("NAME"), Expr.Literal.string("/")))),
            null,
            new Query.Hierarchy(
                new Expr.IsNull(col("MGR"), false),
                new Expr.Binary(BinaryOp.EQ, new Expr.Unary(UnaryOp.PRIOR, col("ID")), col("MGR")),
                false,
                null),
            null);
    // Oracle: the WHERE filters the finished tree, so Blake's child Allen stays.
    assertThat(run(new ConnectByPass(), q))
        .containsExactly(
            "1|King|/King|King|0",
            "3|Allen|/King/Blake/Allen|King|1",
            "2|Jones|/King/Jones|King|0",
            "3|Scott|/King/Jones/Scott|King|0",
            "4|Adams|/King/Jones/Scott/Adams|King|1");
  }

  @Test
  void plusOuterJoinsBecomeLeftJoinsIncludingChains() throws Exception {
    // SELECT e.name, d.dname, l.city FROM emp e, dept d, loc l
    // WHERE e.dept = d.id(+) AND d.loc = l.id(+) AND e.id > 1 ORDER BY e.id
    Query.Select q =
        new Query.Select(
            null,
            false,
            List.of(
                item(col("E", "NAME"), null),
                item(col("D", "DNAME"), null),
                item(col("L", "CITY"), null)),
            List.of(
                FromItem.TableRef.of(QName.of("EMP"), Ident.of("E")),
                FromItem.TableRef.of(QName.of("DEPT"), Ident.of("D")),
                FromItem.TableRef.of(QName.of("LOC"), Ident.of("L"))),
            Conjuncts.and(
                List.of(
                    new Expr.Binary(
                        BinaryOp.EQ, col("E", "DEPT"), new Expr.OuterJoinMarker(col("D", "ID"))),
                    new Expr.Binary(
                        BinaryOp.EQ, new Expr.OuterJoinMarker(col("L", "ID")), col("D", "LOC")),
                    new Expr.Binary(BinaryOp.GT, col("E", "ID"), Expr.Literal.number(1)))),
            null,
            null,
            List.of(OrderItem.asc(col("E", "ID"))),
            null,
            null,
            null);
    assertThat(run(new OuterJoinPass(), q))
        .containsExactly(
            "Jones|Research|Dallas",
            "Blake|Sales|null",
            "Scott|Research|Dallas",
            "Adams|null|null",
            "Allen|Sales|null");
  }

  @Test
  void rownumTopNAndNumbering() throws Exception {
    Query.Select inner =
        new Query.Select(
            null,
            false,
            List.of(item(col("NAME"), null)),
            List.of(FromItem.TableRef.of(QName.of("EMP"), null)),
            null,
            null,
            null,
            List.of(new OrderItem(col("NAME"), SortOrder.DESC, null)),
            null,
            null,
            null);
    Query.Select topN =
        new Query.Select(
            null,
            false,
            List.of(item(new Expr.Star(null), null)),
            List.of(new FromItem.DerivedTable(inner, null, null, false)),
            new Expr.Binary(BinaryOp.LE, Expr.Builtin.of(BuiltinFn.ROWNUM), Expr.Literal.number(2)),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(run(new RowNumPass(), topN)).containsExactly("Scott", "King");

    // Oracle numbers rows before ORDER BY: two arbitrary rows (here the first two of a
    // filtered set of two), then sorted.
    Query.Select limitThenSort =
        new Query.Select(
            null,
            false,
            List.of(item(col("NAME"), null), item(Expr.Builtin.of(BuiltinFn.ROWNUM), "RN")),
            List.of(FromItem.TableRef.of(QName.of("EMP"), null)),
            Conjuncts.and(
                List.of(
                    new Expr.Binary(
                        BinaryOp.LT, Expr.Builtin.of(BuiltinFn.ROWNUM), Expr.Literal.number(3)),
                    new Expr.InList(
                        col("ID"),
                        List.of(Expr.Literal.number(2), Expr.Literal.number(3)),
                        false))),
            null,
            null,
            List.of(OrderItem.asc(col("NAME"))),
            null,
            null,
            null);
    assertThat(run(new RowNumPass(), limitThenSort))
        .hasSize(2)
        .first()
        .asString()
        .startsWith("Blake|");
  }
}
