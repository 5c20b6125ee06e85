package io.godwit.dialect.mysql;

import static io.godwit.dialect.mysql.MyFixture.col;
import static io.godwit.dialect.mysql.MyFixture.num;
import static io.godwit.dialect.mysql.MyFixture.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.convert.Rendered;
import io.godwit.convert.UnitKind;
import io.godwit.ir.Ident;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.AnonymousBlock;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views and data changes rendered by the MySQL back end and run on a real server: joins,
 * subqueries, CTEs, FULL OUTER JOIN and set operations (native and as EXISTS), row limits inside
 * IN, MERGE, multi-table UPDATE and DELETE.
 */
abstract class MyQueryCases {

  MyFixture fx;
  String db;

  abstract MyServer server();

  abstract String version();

  @BeforeEach
  void database() throws SQLException {
    String url = server().createDatabase("myquery");
    db = url.substring(url.lastIndexOf('/') + 1);
    fx = new MyFixture(server(), url, MyFixture.options(version(), Map.of()));
    fx.run(
        "create table "
            + db
            + ".dept (dept_id int primary key, name varchar(30));\n"
            + "create table "
            + db
            + ".emp (emp_id int primary key, name varchar(30), dept_id int, salary decimal(8,2),"
            + " manager_id int);\n"
            + "insert into "
            + db
            + ".dept values (1, 'Sales'), (2, 'IT'), (3, 'Empty');\n"
            + "insert into "
            + db
            + ".emp values (10, 'Ann', 1, 5000, null), (11, 'Bob', 1, 4000, 10),"
            + " (12, 'Cy', 2, 6000, 10), (13, 'Dee', null, 3000, 12);\n");
  }

  QName q(String name) {
    return QName.of(db, name);
  }

  static Query.SelectItem item(Expr e, String alias) {
    return new Query.SelectItem(e, alias == null ? null : Ident.of(alias));
  }

  Rendered view(String name, Query query) throws SQLException {
    return fx.apply(
        new Ddl.CreateView(q(name), null, query, false, Ddl.CheckOption.NONE, null), UnitKind.VIEW);
  }

  List<String> rows(String view) throws SQLException {
    return fx.rows("select * from " + db + "." + view.toLowerCase(java.util.Locale.ROOT));
  }

  /** emp e FULL JOIN dept d ON e.dept_id = d.dept_id. */
  FromItem fullJoin() {
    return new FromItem.Join(
        FromItem.JoinType.FULL,
        FromItem.TableRef.of(q("EMP"), Ident.of("E")),
        FromItem.TableRef.of(q("DEPT"), Ident.of("D")),
        new Expr.Binary(BinaryOp.EQ, col("E", "DEPT_ID"), col("D", "DEPT_ID")),
        null,
        false);
  }

  @Test
  void fullOuterJoinBecomesAUnion() throws SQLException {
    Query.Select s =
        new Query.Select(
            null,
            false,
            List.of(item(col("E", "NAME"), "EMPLOYEE"), item(col("D", "NAME"), "DEPARTMENT")),
            List.of(fullJoin()),
            null,
            null,
            null,
            List.of(OrderItem.asc(col("EMPLOYEE")), OrderItem.asc(col("D", "NAME"))),
            null,
            null,
            null);
    Rendered r = view("EMP_DEPT_FULL", s);
    assertThat(r.sql()).contains("LEFT JOIN").contains("RIGHT JOIN").contains("UNION ALL");
    assertThat(fx.codes()).isEmpty();
    assertThat(rows("EMP_DEPT_FULL"))
        .containsExactly("null|Empty", "Ann|Sales", "Bob|Sales", "Cy|IT", "Dee|null");
  }

  @Test
  void joinsSubqueriesAndRecursiveCtes() throws SQLException {
    // Employees earning more than their department's average, with a scalar subquery.
    Query.Select avg =
        Query.Select.simple(
            List.of(
                item(
                    new Expr.FunctionCall(
                        QName.of("avg"),
                        List.of(col("I", "SALARY")),
                        false,
                        null,
                        null,
                        null,
                        null),
                    null)),
            List.of(FromItem.TableRef.of(q("EMP"), Ident.of("I"))),
            new Expr.Binary(BinaryOp.EQ, col("I", "DEPT_ID"), col("E", "DEPT_ID")));
    Query.Select s =
        new Query.Select(
            null,
            false,
            List.of(item(col("E", "NAME"), null), item(col("D", "NAME"), "DEPT")),
            List.of(
                new FromItem.Join(
                    FromItem.JoinType.INNER,
                    FromItem.TableRef.of(q("EMP"), Ident.of("E")),
                    FromItem.TableRef.of(q("DEPT"), Ident.of("D")),
                    null,
                    List.of(Ident.of("DEPT_ID")),
                    false)),
            new Expr.Binary(BinaryOp.GT, col("E", "SALARY"), new Expr.ScalarSubquery(avg)),
            null,
            null,
            List.of(OrderItem.asc(col("E", "NAME"))),
            null,
            null,
            null);
    view("ABOVE_AVERAGE", s);
    assertThat(rows("ABOVE_AVERAGE")).containsExactly("Ann|Sales");

    // The management chain under Ann, with a recursive CTE and a derived table.
    Query.Select anchor =
        Query.Select.simple(
            List.of(item(col("EMP_ID"), null), item(col("NAME"), null), item(num(1), "LVL")),
            List.of(FromItem.TableRef.of(q("EMP"), null)),
            new Expr.IsNull(col("MANAGER_ID"), false));
    Query.Select step =
        Query.Select.simple(
            List.of(
                item(col("E", "EMP_ID"), null),
                item(col("E", "NAME"), null),
                item(new Expr.Binary(BinaryOp.ADD, col("C", "LVL"), num(1)), null)),
            List.of(
                new FromItem.Join(
                    FromItem.JoinType.INNER,
                    FromItem.TableRef.of(q("EMP"), Ident.of("E")),
                    FromItem.TableRef.of(QName.of("CHAIN"), Ident.of("C")),
                    new Expr.Binary(BinaryOp.EQ, col("E", "MANAGER_ID"), col("C", "EMP_ID")),
                    null,
                    false)),
            null);
    Query.Select tree =
        new Query.Select(
            new Query.With(
                true,
                List.of(
                    new Query.Cte(
                        Ident.of("CHAIN"),
                        List.of(Ident.of("EMP_ID"), Ident.of("NAME"), Ident.of("LVL")),
                        new Query.SetOperation(
                            null, Query.SetOperator.UNION, true, anchor, step, null, null)))),
            false,
            List.of(item(col("X", "NAME"), null), item(col("X", "LVL"), null)),
            List.of(
                new FromItem.DerivedTable(
                    Query.Select.simple(
                        List.of(item(new Expr.Star(null), null)),
                        List.of(FromItem.TableRef.of(QName.of("CHAIN"), null)),
                        null),
                    Ident.of("X"),
                    null,
                    false)),
            null,
            null,
            null,
            List.of(OrderItem.asc(col("X", "LVL")), OrderItem.asc(col("X", "NAME"))),
            null,
            null,
            null);
    view("CHAIN_VIEW", tree);
    assertThat(rows("CHAIN_VIEW")).containsExactly("Ann|1", "Bob|2", "Cy|2", "Dee|3");
  }

  @Test
  void setOperationsNativeAndAsExists() throws SQLException {
    Query.Select deptsWithEmployees =
        Query.Select.simple(
            List.of(item(col("DEPT_ID"), null)),
            List.of(FromItem.TableRef.of(q("EMP"), null)),
            new Expr.IsNull(col("DEPT_ID"), true));
    Query.Select allDepts =
        Query.Select.simple(
            List.of(item(col("DEPT_ID"), null)),
            List.of(FromItem.TableRef.of(q("DEPT"), null)),
            null);
    for (String target : List.of(version(), "8.0")) {
      MyFixture f = fx.with(MyFixture.options(target, Map.of()));
      String suffix = target.equals("8.0") ? "_80" : "";
      Rendered inter =
          f.apply(
              new Ddl.CreateView(
                  q("BOTH" + suffix),
                  null,
                  new Query.SetOperation(
                      null,
                      Query.SetOperator.INTERSECT,
                      false,
                      allDepts,
                      deptsWithEmployees,
                      List.of(OrderItem.asc(col("DEPT_ID"))),
                      null),
                  false,
                  Ddl.CheckOption.NONE,
                  null),
              UnitKind.VIEW);
      Rendered except =
          f.apply(
              new Ddl.CreateView(
                  q("ONLY_DEPT" + suffix),
                  null,
                  new Query.SetOperation(
                      null,
                      Query.SetOperator.EXCEPT,
                      false,
                      allDepts,
                      deptsWithEmployees,
                      null,
                      null),
                  false,
                  Ddl.CheckOption.NONE,
                  null),
              UnitKind.VIEW);
      if (target.equals("8.0")) {
        assertThat(inter.sql()).contains("WHERE EXISTS").doesNotContain("INTERSECT");
        assertThat(except.sql()).contains("NOT EXISTS").doesNotContain("EXCEPT");
      } else {
        assertThat(inter.sql()).contains("INTERSECT");
      }
      assertThat(rows("BOTH" + suffix)).containsExactly("1", "2");
      assertThat(rows("ONLY_DEPT" + suffix)).containsExactly("3");
    }
    Rendered all =
        fx.with(MyFixture.options("8.0", Map.of()))
            .render(
                new Ddl.CreateView(
                    q("BOTH_ALL"),
                    null,
                    new Query.SetOperation(
                        null,
                        Query.SetOperator.INTERSECT,
                        true,
                        allDepts,
                        deptsWithEmployees,
                        null,
                        null),
                    false,
                    Ddl.CheckOption.NONE,
                    null),
                UnitKind.VIEW);
    assertThat(all.sql()).contains("INTERSECT ALL");
  }

  @Test
  void limitInsideInBecomesADerivedTable() throws SQLException {
    Query.Select topEarners =
        new Query.Select(
            null,
            false,
            List.of(item(col("EMP_ID"), null)),
            List.of(FromItem.TableRef.of(q("EMP"), null)),
            null,
            null,
            null,
            List.of(new OrderItem(col("SALARY"), io.godwit.ir.SortOrder.DESC, null)),
            new Query.Limit(num(2), null, false, false),
            null,
            null);
    Query.Select s =
        new Query.Select(
            null,
            false,
            List.of(item(col("NAME"), null)),
            List.of(FromItem.TableRef.of(q("EMP"), null)),
            new Expr.InQuery(col("EMP_ID"), topEarners, false),
            null,
            null,
            List.of(OrderItem.asc(col("NAME"))),
            null,
            null,
            null);
    Rendered r = view("TOP_TWO", s);
    assertThat(r.sql()).contains("SELECT * FROM (SELECT emp_id");
    assertThat(rows("TOP_TWO")).containsExactly("Ann", "Cy");
  }

  @Test
  void readOnlyViewRefusesChangesAndCheckOptionHolds() throws SQLException {
    fx.apply(
        new Ddl.CreateView(
            q("EMP_RO"),
            null,
            Query.Select.simple(
                List.of(item(col("EMP_ID"), null), item(col("NAME"), null)),
                List.of(FromItem.TableRef.of(q("EMP"), null)),
                null),
            false,
            Ddl.CheckOption.READ_ONLY,
            null),
        UnitKind.VIEW);
    assertThatThrownBy(() -> fx.run("update " + db + ".emp_ro set name = 'x'"))
        .isInstanceOf(SQLException.class);
    fx.apply(
        new Ddl.CreateView(
            q("RICH"),
            List.of(Ident.of("ID"), Ident.of("PAY")),
            Query.Select.simple(
                List.of(item(col("EMP_ID"), null), item(col("SALARY"), null)),
                List.of(FromItem.TableRef.of(q("EMP"), null)),
                new Expr.Binary(BinaryOp.GE, col("SALARY"), num(5000))),
            false,
            Ddl.CheckOption.CASCADED,
            null),
        UnitKind.VIEW);
    assertThatThrownBy(() -> fx.run("update " + db + ".rich set pay = 10 where id = 10"))
        .isInstanceOf(SQLException.class);
    Rendered mv =
        fx.apply(
            new Ddl.CreateView(
                q("DEPT_COUNTS"),
                List.of(Ident.of("DEPT"), Ident.of("N")),
                new Query.Select(
                    null,
                    false,
                    List.of(
                        item(col("DEPT_ID"), null),
                        item(
                            new Expr.FunctionCall(
                                QName.of("count"),
                                List.of(new Expr.Star(null)),
                                false,
                                null,
                                null,
                                null,
                                null),
                            null)),
                    List.of(FromItem.TableRef.of(q("EMP"), null)),
                    new Expr.IsNull(col("DEPT_ID"), true),
                    List.of(col("DEPT_ID")),
                    null,
                    null,
                    null,
                    null,
                    null),
                true,
                Ddl.CheckOption.NONE,
                null),
            UnitKind.MATERIALIZED_VIEW);
    assertThat(mv.sql()).contains("CREATE TABLE " + db + ".dept_counts AS");
    assertThat(fx.codes()).containsExactly(MyItems.MATERIALIZED_VIEW);
    assertThat(fx.rows("select dept, n from " + db + ".dept_counts order by dept"))
        .containsExactly("1|2", "2|1");
  }

  @Test
  void mergeBecomesUpsertOrStatements() throws SQLException {
    fx.run("create table " + db + ".stock (sku int primary key, qty int, note varchar(20))");
    fx.run("insert into " + db + ".stock values (1, 10, 'old'), (2, 20, 'old')");
    Query.Values incoming =
        new Query.Values(
            List.of(List.of(num(2), num(5), str("upd")), List.of(num(3), num(7), str("new"))));
    FromItem source =
        new FromItem.DerivedTable(
            incoming,
            Ident.of("S"),
            List.of(Ident.of("SKU"), Ident.of("QTY"), Ident.of("NOTE")),
            false);
    FromItem.TableRef target = FromItem.TableRef.of(q("STOCK"), Ident.of("T"));
    Expr on = new Expr.Binary(BinaryOp.EQ, col("T", "SKU"), col("S", "SKU"));
    Dml.MergeWhen update =
        new Dml.MergeWhen(
            true,
            false,
            null,
            Dml.MergeAction.UPDATE,
            List.of(
                new Dml.Assignment(
                    List.of(col("T", "QTY")),
                    new Expr.Binary(BinaryOp.ADD, col("T", "QTY"), col("S", "QTY"))),
                new Dml.Assignment(List.of(col("T", "NOTE")), col("S", "NOTE"))),
            null,
            null,
            null);
    Dml.MergeWhen insert =
        new Dml.MergeWhen(
            false,
            false,
            null,
            Dml.MergeAction.INSERT,
            null,
            null,
            List.of(Ident.of("SKU"), Ident.of("QTY"), Ident.of("NOTE")),
            List.of(col("S", "SKU"), col("S", "QTY"), col("S", "NOTE")));
    Rendered upsert =
        fx.apply(
            new AnonymousBlock(
                Block.of(
                    List.of(
                        new Stmt.DmlStmt(
                            new Dml.Merge(null, target, source, on, List.of(update, insert)),
                            null,
                            false,
                            null))),
                null),
            UnitKind.SCRIPT);
    assertThat(upsert.sql()).contains("ON DUPLICATE KEY UPDATE");
    assertThat(fx.codes()).containsExactly(MyItems.MERGE_KEY);
    assertThat(fx.rows("select sku, qty, note from " + db + ".stock order by sku"))
        .containsExactly("1|10|old", "2|25|upd", "3|7|new");

    // Update only, with a condition: UPDATE ... JOIN.
    Dml.MergeWhen conditional =
        new Dml.MergeWhen(
            true,
            false,
            new Expr.Binary(BinaryOp.GT, col("S", "QTY"), num(6)),
            Dml.MergeAction.UPDATE,
            List.of(new Dml.Assignment(List.of(col("T", "NOTE")), str("big"))),
            null,
            null,
            null);
    Rendered onlyUpdate =
        fx.apply(
            new AnonymousBlock(
                Block.of(
                    List.of(
                        new Stmt.DmlStmt(
                            new Dml.Merge(null, target, source, on, List.of(conditional)),
                            null,
                            false,
                            null))),
                null),
            UnitKind.SCRIPT);
    assertThat(onlyUpdate.sql()).contains("UPDATE " + db + ".stock AS t\n  JOIN");
    assertThat(fx.rows("select note from " + db + ".stock order by sku"))
        .containsExactly("old", "upd", "big");

    // Delete of matched rows together with an insert: no exact form.
    Dml.MergeWhen delete =
        new Dml.MergeWhen(true, false, null, Dml.MergeAction.DELETE, null, null, null, null);
    fx.render(
        new AnonymousBlock(
            Block.of(
                List.of(
                    new Stmt.DmlStmt(
                        new Dml.Merge(null, target, source, on, List.of(delete, insert)),
                        null,
                        false,
                        null))),
            null),
        UnitKind.SCRIPT);
    assertThat(fx.codes()).containsExactly(MyItems.MERGE);
  }

  @Test
  void multiTableUpdateAndDelete() throws SQLException {
    Dml.Update raise =
        new Dml.Update(
            null,
            FromItem.TableRef.of(q("EMP"), Ident.of("E")),
            List.of(
                new Dml.Assignment(
                    List.of(col("SALARY")),
                    new Expr.Binary(BinaryOp.MULTIPLY, col("E", "SALARY"), num(2)))),
            List.of(FromItem.TableRef.of(q("DEPT"), Ident.of("D"))),
            new Expr.Binary(
                BinaryOp.AND,
                new Expr.Binary(BinaryOp.EQ, col("D", "DEPT_ID"), col("E", "DEPT_ID")),
                new Expr.Binary(BinaryOp.EQ, col("D", "NAME"), str("IT"))),
            null);
    Dml.Delete fire =
        new Dml.Delete(
            null,
            FromItem.TableRef.of(q("EMP"), Ident.of("E")),
            null,
            new Expr.IsNull(col("E", "DEPT_ID"), false),
            null);
    Dml.Insert hire =
        new Dml.Insert(
            null,
            FromItem.TableRef.of(q("EMP"), null),
            List.of(Ident.of("EMP_ID"), Ident.of("NAME")),
            new Query.Values(List.of(List.of(num(20), str("Eve")))),
            null);
    fx.apply(
        new AnonymousBlock(
            Block.of(
                List.of(
                    new Stmt.DmlStmt(raise, null, false, null),
                    new Stmt.DmlStmt(fire, null, false, null),
                    new Stmt.DmlStmt(hire, null, false, null))),
            null),
        UnitKind.SCRIPT);
    assertThat(fx.rows("select emp_id, salary from " + db + ".emp order by emp_id"))
        .containsExactly("10|5000.00", "11|4000.00", "12|12000.00", "20|null");
  }

  @Test
  void nullsOrderingAndLimits() throws SQLException {
    Query.Select s =
        new Query.Select(
            null,
            false,
            List.of(item(col("NAME"), null)),
            List.of(FromItem.TableRef.of(q("EMP"), null)),
            null,
            null,
            null,
            List.of(
                new OrderItem(
                    col("DEPT_ID"), io.godwit.ir.SortOrder.ASC, io.godwit.ir.NullsOrder.LAST),
                OrderItem.asc(col("NAME"))),
            new Query.Limit(num(3), num(1), false, false),
            null,
            null);
    view("PAGE", s);
    assertThat(rows("PAGE")).containsExactly("Bob", "Cy", "Dee");
    Rendered ties =
        fx.render(
            new Ddl.CreateView(
                q("TIES"),
                null,
                new Query.Select(
                    null,
                    false,
                    List.of(item(col("NAME"), null)),
                    List.of(FromItem.TableRef.of(q("EMP"), null)),
                    null,
                    null,
                    null,
                    List.of(OrderItem.asc(col("DEPT_ID"))),
                    new Query.Limit(num(1), null, false, true),
                    null,
                    null),
                false,
                Ddl.CheckOption.NONE,
                null),
            UnitKind.VIEW);
    if (version().startsWith("mariadb")) {
      assertThat(ties.sql()).contains("FETCH FIRST 1 ROWS WITH TIES");
      fx.run(ties.sql());
      assertThat(rows("TIES")).hasSize(1);
    } else {
      assertThat(fx.codes()).containsExactly(MyItems.ROW_LIMIT);
    }
  }

  static SqlType int32() {
    return SqlType.of(TypeKind.INTEGER);
  }
}
