package io.godwit.dialect.mysql;

import static io.godwit.dialect.mysql.MyFixture.col;
import static io.godwit.dialect.mysql.MyFixture.num;
import static io.godwit.dialect.mysql.MyFixture.str;
import static io.godwit.dialect.mysql.MyFixture.var;
import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.Rendered;
import io.godwit.convert.UnitKind;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.AnonymousBlock;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Packages with state, triggers on several events, and anonymous blocks, run on a real server. */
abstract class MyProgramCases {

  static final SqlType INT = SqlType.of(TypeKind.INTEGER);
  static final SqlType NUM = SqlType.decimal(null, null);

  MyFixture fx;
  String db;

  abstract MyServer server();

  abstract String version();

  @BeforeEach
  void database() {
    String url = server().createDatabase("myprog");
    db = url.substring(url.lastIndexOf('/') + 1);
    fx = new MyFixture(server(), url, MyFixture.options(version(), Map.of()));
  }

  QName q(String... parts) {
    List<Ident> idents = new ArrayList<>();
    idents.add(Ident.of(db));
    for (String p : parts) {
      idents.add(Ident.of(p));
    }
    return new QName(idents);
  }

  static Expr bin(BinaryOp op, Expr l, Expr r) {
    return new Expr.Binary(op, l, r);
  }

  /** Runs each statement on one connection (session variables live per connection). */
  List<String> session(String... statements) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = server().connect(fx.url);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        if (s.execute(sql)) {
          try (ResultSet rs = s.getResultSet()) {
            out.addAll(MyFixture.rowsOf(rs));
          }
        }
      }
    }
    return out;
  }

  @Test
  void packageRoutinesShareSessionState() throws SQLException {
    QName pkg = q("COUNTER_PKG");
    Expr count = new Expr.PackageVar(pkg, Ident.of("G_COUNT"), NUM);
    Expr label = new Expr.PackageVar(pkg, Ident.of("G_LABEL"), SqlType.sized(TypeKind.VARCHAR, 20));
    Routine next =
        new Routine(
            q("COUNTER_PKG", "NEXT_VALUE"),
            Routine.Kind.FUNCTION,
            List.of(new Param(Ident.of("P_STEP"), ParamMode.IN, INT, null)),
            Routine.Returns.scalar(SqlType.sized(TypeKind.VARCHAR, 40)),
            Block.of(
                List.of(
                    new Stmt.Assign(count, bin(BinaryOp.ADD, count, var("P_STEP", INT)), null),
                    new Stmt.Return(
                        bin(
                            BinaryOp.CONCAT_NULL_AS_EMPTY,
                            label,
                            Expr.Builtin.of(BuiltinFn.TO_CHAR, count)),
                        null))),
            Set.of(),
            null);
    Routine reset =
        new Routine(
            q("COUNTER_PKG", "RESET"),
            Routine.Kind.PROCEDURE,
            List.of(),
            null,
            Block.of(List.of(new Stmt.Assign(count, num(0), null))),
            Set.of(),
            null);
    // A private helper called by its package-qualified name.
    Routine twice =
        new Routine(
            q("COUNTER_PKG", "TWICE"),
            Routine.Kind.FUNCTION,
            List.of(),
            Routine.Returns.scalar(SqlType.sized(TypeKind.VARCHAR, 40)),
            Block.of(
                List.of(
                    new Stmt.Perform(
                        new Expr.FunctionCall(
                            q("COUNTER_PKG", "NEXT_VALUE"),
                            List.of(num(1)),
                            false,
                            null,
                            null,
                            null,
                            null),
                        null),
                    new Stmt.Return(
                        new Expr.FunctionCall(
                            q("COUNTER_PKG", "NEXT_VALUE"),
                            List.of(num(1)),
                            false,
                            null,
                            null,
                            null,
                            null),
                        null))),
            Set.of(),
            null);
    PackageDef p =
        new PackageDef(
            pkg,
            List.of(
                new Decl.Variable(Ident.of("G_COUNT"), NUM, num(100), false, false, null),
                new Decl.Variable(
                    Ident.of("G_LABEL"),
                    SqlType.sized(TypeKind.VARCHAR, 20),
                    null,
                    false,
                    false,
                    null)),
            List.of(next, reset, twice),
            Set.of(Ident.of("NEXT_VALUE"), Ident.of("RESET")),
            Block.of(List.of(new Stmt.Assign(label, str("n="), null))),
            null);
    Rendered r = fx.apply(p, UnitKind.PACKAGE);
    assertThat(r.sql())
        .contains("CREATE PROCEDURE " + db + ".counter_pkg$godwit_init()")
        .contains("CREATE FUNCTION " + db + ".counter_pkg$next_value(p_step INT)")
        .contains("@`counter_pkg$g_count`")
        .contains("CALL " + db + ".counter_pkg$godwit_init();");
    assertThat(fx.codes()).containsExactly(MyItems.PACKAGE_STATE);
    assertThat(r.target().name()).isEqualTo("counter_pkg");
    String f = db + ".counter_pkg$next_value";
    assertThat(
            session(
                "select " + f + "(1)",
                "select " + f + "(5)",
                "call " + db + ".counter_pkg$reset()",
                "select " + f + "(2)",
                "select " + db + ".counter_pkg$twice()"))
        .containsExactly("n=101", "n=106", "n=2", "n=4");
    // A new session starts from the initial values again.
    assertThat(session("select " + f + "(1)")).containsExactly("n=101");
  }

  @Test
  void packageMembersTheFrontEndNamed() throws SQLException {
    // A front end that names members itself gives schema.package$member (no template applied).
    QName pkg = q("RATES");
    Expr rate = new Expr.PackageVar(pkg, Ident.of("G_RATE"), SqlType.decimal(5, 2));
    Routine get =
        new Routine(
            QName.of(Ident.of(db), Ident.of("RATES$GET_RATE")),
            Routine.Kind.FUNCTION,
            List.of(),
            Routine.Returns.scalar(SqlType.decimal(5, 2)),
            Block.of(List.of(new Stmt.Return(rate, null))),
            Set.of(),
            null);
    PackageDef p =
        new PackageDef(
            pkg,
            List.of(
                new Decl.Variable(
                    Ident.of("G_RATE"),
                    SqlType.decimal(5, 2),
                    Expr.Literal.number("1.25"),
                    true,
                    false,
                    null)),
            List.of(get),
            Set.of(Ident.of("GET_RATE")),
            null,
            null);
    Rendered r = fx.apply(p, UnitKind.PACKAGE);
    assertThat(r.sql()).contains("CREATE FUNCTION " + db + ".rates$get_rate()");
    assertThat(session("select " + db + ".rates$get_rate()")).containsExactly("1.25");
  }

  @Test
  void rowTriggerOnSeveralEventsFoldsItsPredicates() throws SQLException {
    fx.run(
        "create table "
            + db
            + ".notes (id int primary key, body varchar(20), created datetime(6),"
            + " changed int default 0, who varchar(80));\n"
            + "create table "
            + db
            + ".notes_log (id int, what varchar(10));");
    Block body =
        Block.of(
            List.of(
                new Stmt.If(
                    List.of(
                        new Stmt.Branch(
                            Expr.Builtin.of(BuiltinFn.INSERTING),
                            List.of(
                                new Stmt.Assign(
                                    new Expr.RowRef(true, Ident.of("CREATED")),
                                    Expr.Builtin.of(BuiltinFn.LOCAL_TIMESTAMP),
                                    null))),
                        new Stmt.Branch(
                            bin(
                                BinaryOp.AND,
                                Expr.Builtin.of(BuiltinFn.UPDATING),
                                bin(
                                    BinaryOp.NE,
                                    new Expr.RowRef(true, Ident.of("BODY")),
                                    new Expr.RowRef(false, Ident.of("BODY")))),
                            List.of(
                                new Stmt.Assign(
                                    new Expr.RowRef(true, Ident.of("CHANGED")),
                                    bin(
                                        BinaryOp.ADD,
                                        new Expr.RowRef(false, Ident.of("CHANGED")),
                                        num(1)),
                                    null)))),
                    null,
                    null),
                new Stmt.Assign(
                    new Expr.RowRef(true, Ident.of("WHO")),
                    Expr.Builtin.of(BuiltinFn.CURRENT_USER),
                    null)));
    Trigger t =
        new Trigger(
            q("NOTES_BIU"),
            q("NOTES"),
            Trigger.Timing.BEFORE,
            List.of(Trigger.Event.INSERT, Trigger.Event.UPDATE),
            List.of(),
            true,
            new Expr.IsNull(new Expr.RowRef(true, Ident.of("BODY")), true),
            false,
            body,
            null);
    Rendered r = fx.apply(t, UnitKind.TRIGGER);
    assertThat(r.sql())
        .contains("CREATE TRIGGER " + db + ".notes_biu$ins BEFORE INSERT ON " + db + ".notes")
        .contains("CREATE TRIGGER " + db + ".notes_biu$upd BEFORE UPDATE ON " + db + ".notes");
    assertThat(r.table()).isEqualTo("notes");
    assertThat(fx.codes()).isEmpty();

    Block audit =
        Block.of(
            List.of(
                new Stmt.DmlStmt(
                    new Dml.Insert(
                        null,
                        FromItem.TableRef.of(q("NOTES_LOG"), null),
                        List.of(Ident.of("ID"), Ident.of("WHAT")),
                        new Query.Values(
                            List.of(
                                List.of(
                                    Expr.Builtin.of(
                                        BuiltinFn.COALESCE,
                                        new Expr.RowRef(true, Ident.of("ID")),
                                        new Expr.RowRef(false, Ident.of("ID"))),
                                    new Expr.Case(
                                        null,
                                        List.of(
                                            new Expr.When(
                                                Expr.Builtin.of(BuiltinFn.DELETING), str("delete")),
                                            new Expr.When(
                                                Expr.Builtin.of(BuiltinFn.UPDATING, str("BODY")),
                                                str("body"))),
                                        str("other"))))),
                        null),
                    null,
                    false,
                    null)));
    Trigger after =
        new Trigger(
            q("NOTES_AUD"),
            q("NOTES"),
            Trigger.Timing.AFTER,
            List.of(Trigger.Event.UPDATE, Trigger.Event.DELETE),
            List.of(Ident.of("BODY"), Ident.of("WHO")),
            true,
            null,
            false,
            audit,
            null);
    Rendered a = fx.apply(after, UnitKind.TRIGGER);
    assertThat(a.sql())
        .contains("notes_aud$upd AFTER UPDATE")
        .contains("notes_aud$del AFTER DELETE");
    assertThat(fx.codes()).containsExactly(MyItems.UPDATE_OF, MyItems.UPDATE_OF);

    String n = db + ".notes";
    fx.run("insert into " + n + " (id, body) values (1, 'x'), (2, null)");
    fx.run("update " + n + " set body = 'y' where id = 1");
    fx.run("update " + n + " set body = 'y' where id = 1");
    fx.run("delete from " + n + " where id = 2");
    assertThat(fx.rows("select id, body, created is not null, changed, who is not null from " + n))
        .containsExactly("1|y|1|1|1");
    assertThat(fx.rows("select id, what from " + db + ".notes_log order by id, what"))
        .containsExactly("1|body", "2|delete");
  }

  @Test
  void statementTriggersAndTransitionTablesAreItems() throws SQLException {
    fx.run("create table " + db + ".t (id int)");
    Trigger statement =
        new Trigger(
            q("T_STMT"),
            q("T"),
            Trigger.Timing.AFTER,
            List.of(Trigger.Event.INSERT),
            null,
            false,
            null,
            false,
            Block.of(List.of(new Stmt.Null(null))),
            null);
    Rendered r = fx.apply(statement, UnitKind.TRIGGER);
    assertThat(r.sql()).startsWith("-- trigger");
    assertThat(fx.codes()).containsExactly(MyItems.STATEMENT_TRIGGER);
    Trigger tsql =
        new Trigger(
            q("T_TSQL"),
            q("T"),
            Trigger.Timing.AFTER,
            List.of(Trigger.Event.INSERT),
            null,
            false,
            null,
            true,
            Block.of(List.of(new Stmt.Null(null))),
            null);
    fx.apply(tsql, UnitKind.TRIGGER);
    assertThat(fx.codes()).containsExactly(MyItems.TRANSITION_TABLES);
    Trigger instead =
        new Trigger(
            q("T_INSTEAD"),
            q("T"),
            Trigger.Timing.INSTEAD_OF,
            List.of(Trigger.Event.INSERT),
            null,
            true,
            null,
            false,
            Block.of(List.of(new Stmt.Null(null))),
            null);
    fx.apply(instead, UnitKind.TRIGGER);
    assertThat(fx.codes()).containsExactly(MyItems.TRIGGER_EVENT);
  }

  @Test
  void anonymousBlockRuns() throws SQLException {
    fx.run("create table " + db + ".squares (n int, sq int)");
    Block body =
        new Block(
            null,
            List.of(new Decl.Variable(Ident.of("V_LIMIT"), INT, num(4), true, false, null)),
            List.of(
                new Stmt.ForRange(
                    null,
                    Ident.of("I"),
                    num(1),
                    var("V_LIMIT", INT),
                    false,
                    null,
                    List.of(
                        new Stmt.DmlStmt(
                            new Dml.Insert(
                                null,
                                FromItem.TableRef.of(q("SQUARES"), null),
                                null,
                                new Query.Values(
                                    List.of(
                                        List.of(
                                            var("I", INT),
                                            bin(BinaryOp.MULTIPLY, var("I", INT), var("I", INT))))),
                                null),
                            null,
                            false,
                            null)),
                    null)),
            null,
            null);
    Rendered r = fx.apply(new AnonymousBlock(body, null), UnitKind.SCRIPT);
    if (version().startsWith("mariadb")) {
      assertThat(r.sql()).contains("BEGIN NOT ATOMIC");
    } else {
      assertThat(r.sql()).contains("CALL " + db + ".godwit_block();");
    }
    assertThat(fx.rows("select sum(sq) from " + db + ".squares")).containsExactly("30");
  }

  @Test
  void recordsFromTablesAndCursors() throws SQLException {
    fx.run(
        "create table "
            + db
            + ".emp (emp_id int primary key, name varchar(30), salary decimal(8,2));\n"
            + "insert into "
            + db
            + ".emp values (1, 'Ann', 100), (2, 'Bob', 200);");
    SqlType row =
        new SqlType(
            TypeKind.RECORD,
            null,
            null,
            false,
            true,
            false,
            null,
            null,
            List.of(
                new SqlType.Field(Ident.of("NAME"), SqlType.sized(TypeKind.VARCHAR, 30)),
                new SqlType.Field(Ident.of("SALARY"), SqlType.decimal(8, 2))),
            null);
    Decl.Cursor cursor =
        new Decl.Cursor(
            Ident.of("C"),
            null,
            Query.Select.simple(
                List.of(
                    new Query.SelectItem(col(SqlType.sized(TypeKind.VARCHAR, 30), "NAME"), null),
                    new Query.SelectItem(col(SqlType.decimal(8, 2), "SALARY"), null)),
                List.of(FromItem.TableRef.of(q("EMP"), null)),
                bin(BinaryOp.EQ, col("EMP_ID"), num(2))),
            null);
    Block body =
        new Block(
            null,
            List.of(
                new Decl.Type(Ident.of("T_EMP"), row, null),
                new Decl.Variable(
                    Ident.of("R1"),
                    SqlType.named(TypeKind.NAMED, QName.of("T_EMP")),
                    null,
                    false,
                    false,
                    null),
                cursor,
                new Decl.Variable(
                    Ident.of("R2"),
                    SqlType.named(TypeKind.ROW_TYPE_OF, QName.of("C")),
                    null,
                    false,
                    false,
                    null)),
            List.of(
                new Stmt.SelectInto(
                    Query.Select.simple(
                        List.of(
                            new Query.SelectItem(col("NAME"), null),
                            new Query.SelectItem(col("SALARY"), null)),
                        List.of(FromItem.TableRef.of(q("EMP"), null)),
                        bin(BinaryOp.EQ, col("EMP_ID"), num(1))),
                    List.of(var("R1", null)),
                    true,
                    false,
                    null),
                new Stmt.Open(var("C", null), null, null, null, null, null),
                new Stmt.Fetch(var("C", null), List.of(var("R2", null)), false, null, null),
                new Stmt.Close(var("C", null), null),
                new Stmt.Return(
                    bin(
                        BinaryOp.CONCAT_NULL_AS_EMPTY,
                        new Expr.VariableRef(QName.of("R1", "NAME"), null),
                        bin(
                            BinaryOp.CONCAT_NULL_AS_EMPTY,
                            new Expr.VariableRef(QName.of("R2", "NAME"), null),
                            Expr.Builtin.of(
                                BuiltinFn.TO_CHAR,
                                bin(
                                    BinaryOp.ADD,
                                    new Expr.VariableRef(QName.of("R1", "SALARY"), null),
                                    new Expr.VariableRef(QName.of("R2", "SALARY"), null))))),
                    null)),
            null,
            null);
    Routine fn =
        new Routine(
            q("BOTH_NAMES"),
            Routine.Kind.FUNCTION,
            List.of(),
            Routine.Returns.scalar(SqlType.sized(TypeKind.VARCHAR, 100)),
            body,
            Set.of(),
            null);
    Rendered r = fx.apply(fn, UnitKind.FUNCTION);
    if (version().startsWith("mariadb")) {
      assertThat(r.sql())
          .contains("ROW(name VARCHAR(30), salary DECIMAL(8,2))")
          .contains("ROW TYPE OF c");
    } else {
      assertThat(r.sql()).contains("DECLARE r1$name VARCHAR(30)").contains("r2$salary");
    }
    assertThat(fx.codes()).isEmpty();
    assertThat(fx.queryString("select " + db + ".both_names()")).isEqualTo("AnnBob300.00");
  }
}
