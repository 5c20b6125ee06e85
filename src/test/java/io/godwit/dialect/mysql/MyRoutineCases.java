package io.godwit.dialect.mysql;

import static io.godwit.dialect.mysql.MyFixture.col;
import static io.godwit.dialect.mysql.MyFixture.num;
import static io.godwit.dialect.mysql.MyFixture.str;
import static io.godwit.dialect.mysql.MyFixture.var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.convert.Rendered;
import io.godwit.convert.UnitKind;
import io.godwit.ir.Ident;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Conditions;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Functions and procedures rendered by the MySQL back end, created on a real server, called, and
 * their results checked: variables, cursors, loops, handlers, SIGNAL, dynamic SQL, result sets.
 */
abstract class MyRoutineCases {

  static final SqlType INT = SqlType.of(TypeKind.INTEGER);
  static final SqlType NUM = SqlType.decimal(null, null);
  static final SqlType MONEY = SqlType.decimal(8, 2);
  static final SqlType TEXT = SqlType.sized(TypeKind.VARCHAR, 200);

  MyFixture fx;
  String db;

  abstract MyServer server();

  abstract String version();

  @BeforeEach
  void database() throws SQLException {
    String url = server().createDatabase("myproc");
    db = url.substring(url.lastIndexOf('/') + 1);
    fx = new MyFixture(server(), url, MyFixture.options(version(), Map.of()));
    fx.run(
        "create table "
            + db
            + ".emp (emp_id int primary key, name varchar(30), dept_id int, salary decimal(8,2));\n"
            + "insert into "
            + db
            + ".emp values (10, 'Ann', 1, 5000), (11, 'Bob', 1, 4000), (12, 'Cy', 2, 6000),"
            + " (13, 'Dee', null, 3000);\n");
  }

  QName q(String name) {
    return QName.of(db, name);
  }

  static Query.SelectItem item(Expr e) {
    return new Query.SelectItem(e, null);
  }

  static Decl.Variable variable(String name, SqlType type, Expr init) {
    return new Decl.Variable(Ident.of(name), type, init, false, false, null);
  }

  static Stmt assign(Expr target, Expr value) {
    return new Stmt.Assign(target, value, null);
  }

  static Expr bin(BinaryOp op, Expr l, Expr r) {
    return new Expr.Binary(op, l, r);
  }

  FromItem emp() {
    return FromItem.TableRef.of(q("EMP"), null);
  }

  /** Calls {@code sql} (a CALL whose ? are all OUT parameters) and returns their values. */
  List<String> call(String sql, int outs, int... types) throws SQLException {
    try (Connection c = server().connect(fx.url);
        CallableStatement s = c.prepareCall(sql)) {
      int first = 1;
      for (int i = 0; i < outs; i++) {
        s.registerOutParameter(first + i, types.length > i ? types[i] : Types.VARCHAR);
      }
      s.execute();
      List<String> out = new java.util.ArrayList<>();
      for (int i = 0; i < outs; i++) {
        out.add(s.getString(first + i));
      }
      return out;
    }
  }

  @Test
  void functionWithLoopsExceptionsAndOracleSemantics() throws SQLException {
    Block body =
        new Block(
            null,
            List.of(
                variable("V_TEXT", SqlType.sized(TypeKind.VARCHAR, 200), null),
                variable("V_HALF", NUM, null),
                new Decl.Exception(Ident.of("E_NEGATIVE"), null, null)),
            List.of(
                new Stmt.If(
                    List.of(
                        new Stmt.Branch(
                            bin(BinaryOp.LT, var("P_N", INT), num(0)),
                            List.of(
                                new Stmt.Raise(
                                    Stmt.Level.EXCEPTION,
                                    QName.of("E_NEGATIVE"),
                                    null,
                                    null,
                                    null)))),
                    null,
                    null),
                // Oracle: 7 / 2 = 3.5 even for integers
                assign(var("V_HALF", NUM), bin(BinaryOp.DIVIDE, var("P_N", INT), num(2))),
                new Stmt.ForRange(
                    null,
                    Ident.of("I"),
                    num(1),
                    num(3),
                    true,
                    null,
                    List.of(
                        assign(
                            var("V_TEXT", null),
                            bin(
                                BinaryOp.CONCAT_NULL_AS_EMPTY,
                                bin(
                                    BinaryOp.CONCAT_NULL_AS_EMPTY,
                                    var("V_TEXT", null),
                                    var("I", INT)),
                                var("P_SEP", null)))),
                    null),
                new Stmt.Return(
                    bin(
                        BinaryOp.CONCAT_NULL_AS_EMPTY,
                        var("V_TEXT", null),
                        Expr.Builtin.of(BuiltinFn.TO_CHAR, var("V_HALF", NUM))),
                    null)),
            List.of(
                new Handler(
                    List.of(new Handler.Condition(null, QName.of("E_NEGATIVE"), null)),
                    List.of(new Stmt.Return(str("negative"), null))),
                new Handler(
                    List.of(Handler.Condition.predefined(Conditions.ZERO_DIVIDE)),
                    List.of(new Stmt.Return(Expr.Literal.NULL, null)))),
            null);
    Routine fn =
        new Routine(
            q("DESCRIBE"),
            Routine.Kind.FUNCTION,
            List.of(
                new Param(Ident.of("P_N"), ParamMode.IN, INT, null),
                new Param(
                    Ident.of("P_SEP"), ParamMode.IN, SqlType.sized(TypeKind.VARCHAR, 5), str("-"))),
            Routine.Returns.scalar(SqlType.sized(TypeKind.VARCHAR, 400)),
            body,
            Set.of(),
            null);
    Rendered r = fx.apply(fn, UnitKind.FUNCTION);
    assertThat(r.sql())
        .startsWith("DROP FUNCTION IF EXISTS " + db + ".`describe`;\nDELIMITER $$\n")
        .endsWith("END$$\nDELIMITER ;\n");
    assertThat(fx.codes()).containsExactly(MyItems.PARAM_DEFAULT, MyItems.ZERO_DIVIDE);
    assertThat(r.support()).containsExactly("godwit_compat.to_char");
    String f = db + ".`describe`";
    assertThat(fx.queryString("select " + f + "(7, '-')")).isEqualTo("3-2-1-3.5");
    assertThat(fx.queryString("select " + f + "(7, '|')")).isEqualTo("3|2|1|3.5");
    assertThat(fx.queryString("select " + f + "(1, '-')")).isEqualTo("3-2-1-.5");
    assertThat(fx.queryString("select " + f + "(-1, '-')")).isEqualTo("negative");
  }

  @Test
  void explicitCursorWithParametersAndAttributes() throws SQLException {
    Decl.Cursor cursor =
        new Decl.Cursor(
            Ident.of("C_EMP"),
            List.of(new Param(Ident.of("P_D"), ParamMode.IN, INT, null)),
            new Query.Select(
                null,
                false,
                List.of(item(col("SALARY"))),
                List.of(emp()),
                bin(BinaryOp.EQ, col("DEPT_ID"), var("P_D", INT)),
                null,
                null,
                List.of(OrderItem.asc(col("EMP_ID"))),
                null,
                null,
                null),
            null);
    Expr c = var("C_EMP", null);
    Block body =
        new Block(
            null,
            List.of(cursor, variable("SALARY", MONEY, null)),
            List.of(
                assign(var("P_TOTAL", NUM), num(0)),
                new Stmt.Open(c, List.of(var("P_DEPT", INT)), null, null, null, null),
                new Stmt.Loop(
                    null,
                    List.of(
                        new Stmt.Fetch(c, List.of(var("SALARY", MONEY)), false, null, null),
                        new Stmt.Exit(null, Expr.Builtin.of(BuiltinFn.CURSOR_NOT_FOUND, c), null),
                        assign(
                            var("P_TOTAL", NUM),
                            bin(BinaryOp.ADD, var("P_TOTAL", NUM), var("SALARY", MONEY)))),
                    null),
                assign(var("P_COUNT", INT), Expr.Builtin.of(BuiltinFn.CURSOR_ROW_COUNT, c)),
                new Stmt.Close(c, null),
                new Stmt.If(
                    List.of(
                        new Stmt.Branch(
                            Expr.Builtin.of(BuiltinFn.CURSOR_IS_OPEN, c),
                            List.of(assign(var("P_COUNT", INT), num(-1))))),
                    null,
                    null),
                // A variable named like a column: MySQL would read the variable, so it is renamed.
                new Stmt.SelectInto(
                    Query.Select.simple(
                        List.of(item(col("SALARY"))),
                        List.of(emp()),
                        bin(BinaryOp.EQ, col("EMP_ID"), num(12))),
                    List.of(var("SALARY", MONEY)),
                    true,
                    false,
                    null),
                assign(
                    var("P_TOTAL", NUM),
                    bin(BinaryOp.ADD, var("P_TOTAL", NUM), var("SALARY", MONEY)))),
            null,
            null);
    Routine proc =
        new Routine(
            q("TOTAL_SALARIES"),
            Routine.Kind.PROCEDURE,
            List.of(
                new Param(Ident.of("P_DEPT"), ParamMode.IN, INT, null),
                new Param(Ident.of("P_TOTAL"), ParamMode.OUT, MONEY, null),
                new Param(Ident.of("P_COUNT"), ParamMode.OUT, INT, null)),
            null,
            body,
            Set.of(),
            null);
    Rendered r = fx.apply(proc, UnitKind.PROCEDURE);
    assertThat(r.sql()).contains("v_salary").contains("DECLARE CONTINUE HANDLER FOR NOT FOUND");
    assertThat(fx.codes()).isEmpty();
    assertThat(call("{call " + db + ".total_salaries(1, ?, ?)}", 2))
        .containsExactly("15000.00", "2");
    assertThat(call("{call " + db + ".total_salaries(9, ?, ?)}", 2))
        .containsExactly("6000.00", "0");
  }

  @Test
  void queryLoopsLabelsCaseAndNestedHandlers() throws SQLException {
    Query.Select byName =
        new Query.Select(
            null,
            false,
            List.of(
                item(col(SqlType.sized(TypeKind.VARCHAR, 30), "NAME")),
                new Query.SelectItem(col(MONEY, "SALARY"), Ident.of("PAY"))),
            List.of(emp()),
            null,
            null,
            null,
            List.of(OrderItem.asc(col("NAME"))),
            null,
            null,
            null);
    Expr out = var("P_OUT", TEXT);
    Expr rec = new Expr.VariableRef(QName.of("R", "NAME"), null);
    Expr pay = new Expr.VariableRef(QName.of("R", "PAY"), null);
    Block missing =
        new Block(
            null,
            List.of(variable("V_NAME", SqlType.sized(TypeKind.VARCHAR, 30), null)),
            List.of(
                new Stmt.SelectInto(
                    Query.Select.simple(
                        List.of(item(col("NAME"))),
                        List.of(emp()),
                        bin(BinaryOp.EQ, col("EMP_ID"), num(99))),
                    List.of(var("V_NAME", null)),
                    true,
                    false,
                    null),
                assign(out, str("not reached"))),
            List.of(
                new Handler(
                    List.of(Handler.Condition.predefined(Conditions.NO_DATA_FOUND)),
                    List.of(assign(out, bin(BinaryOp.CONCAT_NULL_AS_EMPTY, out, str("|none")))))),
            null);
    Block failing =
        new Block(
            null,
            null,
            List.of(
                new Stmt.Raise(
                    Stmt.Level.EXCEPTION,
                    null,
                    Expr.Literal.number("-20001"),
                    bin(BinaryOp.CONCAT_NULL_AS_EMPTY, str("bad "), str("thing")),
                    null)),
            List.of(
                new Handler(
                    List.of(Handler.Condition.others()),
                    List.of(
                        assign(
                            out,
                            bin(
                                BinaryOp.CONCAT_NULL_AS_EMPTY,
                                bin(BinaryOp.CONCAT_NULL_AS_EMPTY, out, str("|")),
                                bin(
                                    BinaryOp.CONCAT_NULL_AS_EMPTY,
                                    Expr.Builtin.of(BuiltinFn.ERROR_MESSAGE),
                                    bin(
                                        BinaryOp.CONCAT_NULL_AS_EMPTY,
                                        str("#"),
                                        Expr.Builtin.of(BuiltinFn.ERROR_CODE)))))))),
            null);
    Block body =
        new Block(
            null,
            List.of(variable("N", INT, num(0))),
            List.of(
                assign(out, str("")),
                new Stmt.ForQuery(
                    Ident.of("PEOPLE"),
                    Ident.of("R"),
                    byName,
                    null,
                    null,
                    null,
                    null,
                    List.of(
                        new Stmt.Continue(null, bin(BinaryOp.LT, pay, num(4000)), null),
                        assign(out, bin(BinaryOp.CONCAT_NULL_AS_EMPTY, out, rec)),
                        new Stmt.CaseStmt(
                            null,
                            List.of(
                                new Stmt.Branch(
                                    bin(BinaryOp.GE, pay, num(6000)),
                                    List.of(
                                        assign(
                                            out, bin(BinaryOp.CONCAT_NULL_AS_EMPTY, out, str("+"))),
                                        new Stmt.Exit(Ident.of("PEOPLE"), null, null)))),
                            List.of(assign(out, bin(BinaryOp.CONCAT_NULL_AS_EMPTY, out, str(",")))),
                            null)),
                    null),
                new Stmt.While(
                    null,
                    bin(BinaryOp.LT, var("N", INT), num(10)),
                    List.of(
                        assign(var("N", INT), bin(BinaryOp.ADD, var("N", INT), num(3))),
                        new Stmt.Exit(null, bin(BinaryOp.GT, var("N", INT), num(5)), null)),
                    null),
                assign(out, bin(BinaryOp.CONCAT_NULL_AS_EMPTY, out, var("N", INT))),
                new Stmt.ForRange(
                    null,
                    Ident.of("K"),
                    num(1),
                    num(10),
                    false,
                    num(4),
                    List.of(assign(out, bin(BinaryOp.CONCAT_NULL_AS_EMPTY, out, var("K", INT)))),
                    null),
                missing,
                failing),
            null,
            null);
    Routine proc =
        new Routine(
            q("WALK"),
            Routine.Kind.PROCEDURE,
            List.of(new Param(Ident.of("P_OUT"), ParamMode.OUT, TEXT, null)),
            null,
            body,
            Set.of(),
            null);
    Rendered r = fx.apply(proc, UnitKind.PROCEDURE);
    assertThat(fx.codes()).isEmpty();
    assertThat(r.sql()).contains("SIGNAL SQLSTATE 'U0FFL' SET MYSQL_ERRNO = 20001");
    assertThat(call("{call " + db + ".walk(?)}", 1))
        .containsExactly("Ann,Bob,Cy+6159|none|bad thing#20001");
  }

  @Test
  void raisedErrorsReachTheCallerWithTheirNumbers() throws SQLException {
    Routine proc =
        new Routine(
            q("FAIL_WITH"),
            Routine.Kind.PROCEDURE,
            List.of(new Param(Ident.of("P_WHY"), ParamMode.IN, TEXT, null)),
            null,
            Block.of(
                List.of(
                    new Stmt.Raise(
                        Stmt.Level.EXCEPTION,
                        null,
                        Expr.Literal.number("-20042"),
                        bin(BinaryOp.CONCAT_NULL_AS_EMPTY, str("refused: "), var("P_WHY", TEXT)),
                        null))),
            Set.of(),
            null);
    fx.apply(proc, UnitKind.PROCEDURE);
    assertThatThrownBy(() -> fx.run("call " + db + ".fail_with('no money')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("refused: no money")
        .satisfies(e -> assertThat(((SQLException) e.getCause()).getErrorCode()).isEqualTo(20042));
  }

  @Test
  void dynamicSqlWithBindsAndInto() throws SQLException {
    Block body =
        new Block(
            null,
            null,
            List.of(
                new Stmt.ExecuteDynamic(
                    str("UPDATE " + db + ".emp SET salary = salary + :amount WHERE emp_id = :id"),
                    null,
                    List.of(num(100), var("P_ID", INT)),
                    false,
                    null),
                assign(var("P_ROWS", INT), Expr.Builtin.of(BuiltinFn.ROW_COUNT)),
                new Stmt.ExecuteDynamic(
                    bin(
                        BinaryOp.CONCAT_NULL_AS_EMPTY,
                        str("SELECT name, salary FROM " + db + ".emp"),
                        str(" WHERE emp_id = :1")),
                    List.of(var("P_NAME", TEXT), var("P_SALARY", MONEY)),
                    List.of(var("P_ID", INT)),
                    false,
                    null)),
            null,
            null);
    Routine proc =
        new Routine(
            q("BUMP"),
            Routine.Kind.PROCEDURE,
            List.of(
                new Param(Ident.of("P_ID"), ParamMode.IN, INT, null),
                new Param(Ident.of("P_ROWS"), ParamMode.OUT, INT, null),
                new Param(Ident.of("P_NAME"), ParamMode.OUT, TEXT, null),
                new Param(Ident.of("P_SALARY"), ParamMode.OUT, MONEY, null)),
            null,
            body,
            Set.of(),
            null);
    Rendered r = fx.apply(proc, UnitKind.PROCEDURE);
    assertThat(r.sql())
        .contains("PREPARE godwit_stmt FROM @godwit_sql")
        .contains("WHERE emp_id = ?");
    assertThat(fx.codes()).isEmpty();
    assertThat(call("{call " + db + ".bump(11, ?, ?, ?)}", 3))
        .containsExactly("1", "Bob", "4100.00");
    assertThatThrownBy(() -> call("{call " + db + ".bump(99, ?, ?, ?)}", 3))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("no data found");
  }

  @Test
  void setReturningFunctionAndCursorOutputBecomeResultSets() throws SQLException {
    Routine rows =
        new Routine(
            q("SQUARES"),
            Routine.Kind.FUNCTION,
            List.of(new Param(Ident.of("P_N"), ParamMode.IN, INT, null)),
            new Routine.Returns(
                null,
                true,
                List.of(
                    new SqlType.Field(Ident.of("N"), INT), new SqlType.Field(Ident.of("SQ"), INT))),
            Block.of(
                List.of(
                    new Stmt.ForRange(
                        null,
                        Ident.of("I"),
                        num(1),
                        var("P_N", INT),
                        false,
                        null,
                        List.of(
                            new Stmt.ReturnNext(
                                new Expr.RowValue(
                                    List.of(
                                        var("I", INT),
                                        bin(BinaryOp.MULTIPLY, var("I", INT), var("I", INT)))),
                                null)),
                        null),
                    new Stmt.Return(null, null))),
            Set.of(Routine.Flag.PIPELINED),
            null);
    Rendered r = fx.apply(rows, UnitKind.FUNCTION);
    assertThat(r.sql()).contains("CREATE PROCEDURE " + db + ".squares(IN p_n INT)");
    assertThat(fx.codes()).containsExactly(MyItems.SET_RETURNING);
    assertThat(fx.callRows("{call " + db + ".squares(3)}")).containsExactly("1|1", "2|4", "3|9");

    Routine cursorOut =
        new Routine(
            q("EMPLOYEES_OF"),
            Routine.Kind.PROCEDURE,
            List.of(
                new Param(Ident.of("P_DEPT"), ParamMode.IN, INT, null),
                new Param(Ident.of("P_CUR"), ParamMode.OUT, SqlType.of(TypeKind.REF_CURSOR), null)),
            null,
            Block.of(
                List.of(
                    new Stmt.Open(
                        var("P_CUR", SqlType.of(TypeKind.REF_CURSOR)),
                        null,
                        new Query.Select(
                            null,
                            false,
                            List.of(item(col("NAME"))),
                            List.of(emp()),
                            bin(BinaryOp.EQ, col("DEPT_ID"), var("P_DEPT", INT)),
                            null,
                            null,
                            List.of(OrderItem.asc(col("NAME"))),
                            null,
                            null,
                            null),
                        null,
                        null,
                        null))),
            Set.of(),
            null);
    fx.apply(cursorOut, UnitKind.PROCEDURE);
    assertThat(fx.codes()).containsExactly(MyItems.REF_CURSOR);
    assertThat(fx.callRows("{call " + db + ".employees_of(1)}")).containsExactly("Ann", "Bob");
  }

  @Test
  void integerDivisionTruncatesAndConcatenationKeepsNull() throws SQLException {
    Routine fn =
        new Routine(
            q("ARITH"),
            Routine.Kind.FUNCTION,
            List.of(
                new Param(Ident.of("A"), ParamMode.IN, INT, null),
                new Param(Ident.of("B"), ParamMode.IN, INT, null)),
            Routine.Returns.scalar(TEXT),
            Block.of(
                List.of(
                    new Stmt.Return(
                        bin(
                            BinaryOp.CONCAT_NULL_AS_EMPTY,
                            bin(
                                BinaryOp.CONCAT_NULL_AS_EMPTY,
                                bin(BinaryOp.INT_DIVIDE, var("A", INT), var("B", INT)),
                                str(";")),
                            bin(
                                BinaryOp.CONCAT_NULL_AS_EMPTY,
                                bin(BinaryOp.DIVIDE, var("A", INT), var("B", INT)),
                                bin(
                                    BinaryOp.CONCAT_NULL_AS_EMPTY,
                                    str(";"),
                                    bin(
                                        BinaryOp.CONCAT,
                                        str("x"),
                                        Expr.Builtin.of(
                                            BuiltinFn.NULLIF, var("A", INT), var("A", INT)))))),
                        null))),
            Set.of(Routine.Flag.DETERMINISTIC),
            null);
    Rendered r = fx.apply(fn, UnitKind.FUNCTION);
    assertThat(r.sql()).contains("DIV").contains("DETERMINISTIC READS SQL DATA");
    assertThat(fx.queryString("select " + db + ".arith(7, 2)")).isEqualTo("3;3.5000;");
    assertThat(fx.queryString("select " + db + ".arith(-7, 2)")).isEqualTo("-3;-3.5000;");
  }

  @Test
  void dmlRowCountsAndTransactions() throws SQLException {
    Block body =
        Block.of(
            List.of(
                new Stmt.DmlStmt(
                    new Dml.Update(
                        null,
                        FromItem.TableRef.of(q("EMP"), null),
                        List.of(
                            new Dml.Assignment(
                                List.of(col("SALARY")), bin(BinaryOp.ADD, col("SALARY"), num(1)))),
                        null,
                        bin(BinaryOp.EQ, col("DEPT_ID"), var("P_DEPT", INT)),
                        null),
                    null,
                    false,
                    null),
                new Stmt.If(
                    List.of(
                        new Stmt.Branch(
                            Expr.Builtin.of(BuiltinFn.CURSOR_FOUND, var("SQL", null)),
                            List.of(
                                assign(var("P_ROWS", INT), Expr.Builtin.of(BuiltinFn.ROW_COUNT))))),
                    List.of(assign(var("P_ROWS", INT), num(-1))),
                    null),
                new Stmt.Transaction(Stmt.TransactionKind.COMMIT, null, null)));
    Routine proc =
        new Routine(
            q("RAISE_DEPT"),
            Routine.Kind.PROCEDURE,
            List.of(
                new Param(Ident.of("P_DEPT"), ParamMode.IN, INT, null),
                new Param(Ident.of("P_ROWS"), ParamMode.OUT, INT, null)),
            null,
            body,
            Set.of(),
            null);
    fx.apply(proc, UnitKind.PROCEDURE);
    assertThat(fx.codes()).isEmpty();
    assertThat(call("{call " + db + ".raise_dept(1, ?)}", 1)).containsExactly("2");
    assertThat(call("{call " + db + ".raise_dept(7, ?)}", 1)).containsExactly("-1");
    Routine fn =
        new Routine(
            q("COMMITS"),
            Routine.Kind.FUNCTION,
            List.of(),
            Routine.Returns.scalar(INT),
            Block.of(
                List.of(
                    new Stmt.Transaction(Stmt.TransactionKind.COMMIT, null, null),
                    new Stmt.Return(num(1), null))),
            Set.of(),
            null);
    fx.apply(fn, UnitKind.FUNCTION);
    assertThat(fx.codes()).containsExactly(MyItems.NOT_IN_FUNCTION);
  }
}
