package io.godwit.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.RenderContext;
import io.godwit.convert.Rendered;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.dialect.ScriptStatement;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Conditions;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.testdb.TestPostgres;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IR built by hand, rendered as PostgreSQL and run on a real PostgreSQL 15. */
class PostgresBackEndIT {

  static final ItemCatalog CATALOG = ItemCatalog.builtIn();
  static String url;

  @BeforeAll
  static void database() {
    url = TestPostgres.get().createDatabase("pgbackend");
  }

  static Rendered render(IrObject object, UnitKind kind, Items items) {
    PostgresBackEnd backEnd = new PostgresBackEnd();
    ConvertOptions options = ConvertOptions.defaults();
    return backEnd.render(
        object,
        new RenderContext(
            new ObjectRef("HR", "X", kind), kind, items, backEnd.naming(options), options));
  }

  static Items items() {
    return new Items(CATALOG, new ObjectRef("HR", "X", UnitKind.TABLE));
  }

  static void run(String sql) throws Exception {
    try (Connection c = TestPostgres.get().connect(url);
        Statement s = c.createStatement()) {
      for (ScriptStatement st : new PostgresDialect().splitStatements(sql)) {
        s.execute(st.text());
      }
    }
  }

  static Object query(String sql) throws Exception {
    try (Connection c = TestPostgres.get().connect(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }

  static QName q(String... parts) {
    return QName.of(parts);
  }

  static Expr col(String... parts) {
    return Expr.ColumnRef.of(parts);
  }

  static Expr var(String name, SqlType type) {
    return new Expr.VariableRef(QName.of(name), type);
  }

  @Test
  void tablesConstraintsIndexesSequencesAndViewsRun() throws Exception {
    Ddl.CreateTable dept =
        new Ddl.CreateTable(
            q("HR", "DEPARTMENTS"),
            null,
            List.of(
                new Ddl.ColumnDef(
                    Ident.of("DEPT_ID"),
                    SqlType.decimal(6, 0),
                    null,
                    true,
                    new Ddl.IdentitySpec(
                        true,
                        BigInteger.TEN,
                        BigInteger.TEN,
                        null,
                        new BigInteger("9999999999999999999999999999"),
                        false,
                        20L),
                    null,
                    false,
                    "Department key"),
                Ddl.ColumnDef.of(Ident.of("NAME"), SqlType.sized(TypeKind.VARCHAR, 30)),
                new Ddl.ColumnDef(
                    new Ident("Budget Amount", true),
                    SqlType.decimal(12, 2),
                    Expr.Literal.number("0"),
                    true,
                    null,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("CREATED"),
                    SqlType.sized(TypeKind.TIMESTAMP, 9),
                    Expr.Builtin.of(BuiltinFn.LOCAL_TIMESTAMP),
                    false,
                    null,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("USER"),
                    SqlType.sized(TypeKind.VARCHAR, 10),
                    null,
                    false,
                    null,
                    null,
                    false,
                    null)),
            List.of(
                new Ddl.PrimaryKeyDef(Ident.of("DEPT_PK"), List.of(Ident.of("DEPT_ID"))),
                new Ddl.UniqueDef(Ident.of("DEPT_NAME_UQ"), List.of(Ident.of("NAME"))),
                new Ddl.CheckDef(
                    Ident.of("BUDGET_CK"),
                    new Expr.Binary(
                        BinaryOp.GE,
                        new Expr.ColumnRef(QName.of(new Ident("Budget Amount", true)), null),
                        Expr.Literal.number("0")))),
            "Departments",
            null);
    Items items = items();
    Rendered table = render(dept, UnitKind.TABLE, items);
    assertThat(table.sql())
        .contains("CREATE TABLE hr.departments (")
        .contains(
            "dept_id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 10 CACHE 20) NOT NULL")
        .contains("\"Budget Amount\" numeric(12,2) DEFAULT 0 NOT NULL")
        .contains("created timestamp(6) DEFAULT statement_timestamp()::timestamp")
        .contains("\"user\" varchar(10)")
        .contains("CONSTRAINT budget_ck CHECK (\"Budget Amount\" >= 0)")
        .contains("COMMENT ON COLUMN hr.departments.dept_id IS 'Department key';");
    assertThat(items.list()).extracting(i -> i.code()).containsExactly("PG-2009");
    assertThat(table.target()).isEqualTo(new ObjectRef("hr", "departments", UnitKind.TABLE));
    run("create schema if not exists hr;\n" + table.sql());

    Ddl.CreateTable emp =
        new Ddl.CreateTable(
            q("HR", "EMPLOYEES"),
            null,
            List.of(
                new Ddl.ColumnDef(
                    Ident.of("EMP_ID"),
                    SqlType.of(TypeKind.INTEGER),
                    null,
                    true,
                    null,
                    null,
                    false,
                    null),
                Ddl.ColumnDef.of(Ident.of("DEPT_ID"), SqlType.of(TypeKind.BIGINT)),
                Ddl.ColumnDef.of(Ident.of("SALARY"), SqlType.decimal(8, 2)),
                Ddl.ColumnDef.of(Ident.of("HIRED"), SqlType.of(TypeKind.DATE))),
            List.of(new Ddl.PrimaryKeyDef(null, List.of(Ident.of("EMP_ID")))),
            null,
            null);
    run(render(emp, UnitKind.TABLE, items()).sql());
    Rendered fk =
        render(
            new Ddl.AddConstraint(
                q("HR", "EMPLOYEES"),
                new Ddl.ForeignKeyDef(
                    Ident.of("EMP_DEPT_FK"),
                    List.of(Ident.of("DEPT_ID")),
                    q("HR", "DEPARTMENTS"),
                    List.of(Ident.of("DEPT_ID")),
                    Ddl.RefAction.CASCADE,
                    null,
                    true,
                    false),
                null),
            UnitKind.CONSTRAINT,
            items());
    assertThat(fk.target()).isEqualTo(new ObjectRef("hr", "emp_dept_fk", UnitKind.CONSTRAINT));
    assertThat(fk.table()).isEqualTo("employees");
    run(fk.sql());

    Items bitmapItems = items();
    Rendered index =
        render(
            new Ddl.CreateIndex(
                q("HR", "EMP_SAL_IX"),
                q("HR", "EMPLOYEES"),
                false,
                List.of(
                    new Ddl.IndexKeyDef(
                        col("DEPT_ID"),
                        io.godwit.ir.SortOrder.ASC,
                        io.godwit.ir.NullsOrder.DEFAULT),
                    new Ddl.IndexKeyDef(
                        Expr.Builtin.of(BuiltinFn.ROUND, col("SALARY")),
                        io.godwit.ir.SortOrder.DESC,
                        io.godwit.ir.NullsOrder.LAST)),
                null,
                new Expr.IsNull(col("SALARY"), true),
                "bitmap",
                null),
            UnitKind.INDEX,
            bitmapItems);
    assertThat(index.sql())
        .isEqualTo(
            "CREATE INDEX emp_sal_ix ON hr.employees (dept_id, (round(salary)) DESC NULLS LAST)"
                + " WHERE salary IS NOT NULL;\n");
    assertThat(bitmapItems.list()).extracting(i -> i.code()).containsExactly("PG-2018");
    run(index.sql());

    Rendered seq =
        render(
            new Ddl.CreateSequence(
                q("HR", "EMP_SEQ"),
                null,
                BigInteger.valueOf(1000),
                BigInteger.ONE,
                BigInteger.ONE,
                new BigInteger("9999999999999999999999999999"),
                false,
                20L,
                null),
            UnitKind.SEQUENCE,
            items());
    assertThat(seq.sql())
        .isEqualTo(
            "CREATE SEQUENCE hr.emp_seq START WITH 1000 INCREMENT BY 1 MINVALUE 1 CACHE 20;\n");
    run(seq.sql());

    Query.Select select =
        new Query.Select(
            null,
            false,
            List.of(
                new Query.SelectItem(col("D", "NAME"), null),
                new Query.SelectItem(
                    new Expr.FunctionCall(
                        q("count"), List.of(col("E", "EMP_ID")), false, null, null, null, null),
                    Ident.of("HEADCOUNT"))),
            List.of(
                new FromItem.Join(
                    FromItem.JoinType.LEFT,
                    FromItem.TableRef.of(q("HR", "DEPARTMENTS"), Ident.of("D")),
                    FromItem.TableRef.of(q("HR", "EMPLOYEES"), Ident.of("E")),
                    new Expr.Binary(BinaryOp.EQ, col("E", "DEPT_ID"), col("D", "DEPT_ID")),
                    null,
                    false)),
            null,
            List.of(col("D", "NAME")),
            null,
            List.of(io.godwit.ir.OrderItem.asc(col("D", "NAME"))),
            new Query.Limit(Expr.Literal.number(10), null, false, false),
            null,
            null);
    Rendered view =
        render(
            new Ddl.CreateView(
                q("HR", "DEPT_SIZES"), null, select, false, Ddl.CheckOption.NONE, null),
            UnitKind.VIEW,
            items());
    assertThat(view.sql())
        .isEqualTo(
            "CREATE OR REPLACE VIEW hr.dept_sizes AS\n"
                + "SELECT d.name, count(e.emp_id) AS headcount\n"
                + "FROM hr.departments d\n"
                + "LEFT JOIN hr.employees e ON e.dept_id = d.dept_id\n"
                + "GROUP BY d.name\n"
                + "ORDER BY d.name\n"
                + "FETCH FIRST 10 ROWS ONLY;\n");
    run(view.sql());
    run("insert into hr.departments (name) values ('Sales'), ('IT')");
    assertThat(query("select headcount from hr.dept_sizes where name = 'IT'")).isEqualTo(0L);
  }

  @Test
  void routineWithLoopsExceptionsAndOracleSemanticsRuns() throws Exception {
    run("create schema if not exists calc");
    SqlType num = SqlType.decimal(null, null);
    SqlType integer = SqlType.of(TypeKind.INTEGER);
    // FUNCTION calc.describe(p_n IN integer, p_sep IN varchar DEFAULT '-') RETURN varchar
    Block body =
        new Block(
            null,
            List.of(
                new Decl.Variable(
                    Ident.of("V_TEXT"),
                    SqlType.sized(TypeKind.VARCHAR, 200),
                    null,
                    false,
                    false,
                    null),
                new Decl.Variable(Ident.of("V_HALF"), num, null, false, false, null),
                new Decl.Exception(Ident.of("E_NEGATIVE"), null, null)),
            List.of(
                new Stmt.If(
                    List.of(
                        new Stmt.Branch(
                            new Expr.Binary(
                                BinaryOp.LT, var("P_N", integer), Expr.Literal.number(0)),
                            List.of(
                                new Stmt.Raise(
                                    Stmt.Level.EXCEPTION, q("E_NEGATIVE"), null, null, null)))),
                    null,
                    null),
                // Oracle: 7 / 2 = 3.5 even for integers
                new Stmt.Assign(
                    var("V_HALF", num),
                    new Expr.Binary(BinaryOp.DIVIDE, var("P_N", integer), Expr.Literal.number(2)),
                    null),
                new Stmt.ForRange(
                    null,
                    Ident.of("I"),
                    Expr.Literal.number(1),
                    Expr.Literal.number(3),
                    true,
                    null,
                    List.of(
                        new Stmt.Assign(
                            var("V_TEXT", null),
                            new Expr.Binary(
                                BinaryOp.CONCAT_NULL_AS_EMPTY,
                                new Expr.Binary(
                                    BinaryOp.CONCAT_NULL_AS_EMPTY,
                                    var("V_TEXT", null),
                                    var("I", integer)),
                                var("P_SEP", null)),
                            null)),
                    null),
                new Stmt.Return(
                    new Expr.Binary(
                        BinaryOp.CONCAT_NULL_AS_EMPTY,
                        var("V_TEXT", null),
                        Expr.Builtin.of(BuiltinFn.TO_CHAR, var("V_HALF", num))),
                    null)),
            List.of(
                new Handler(
                    List.of(new Handler.Condition(null, q("E_NEGATIVE"), null)),
                    List.of(new Stmt.Return(Expr.Literal.string("negative"), null))),
                new Handler(
                    List.of(Handler.Condition.predefined(Conditions.ZERO_DIVIDE)),
                    List.of(new Stmt.Return(Expr.Literal.NULL, null)))),
            null);
    Routine fn =
        new Routine(
            q("CALC", "DESCRIBE"),
            Routine.Kind.FUNCTION,
            List.of(
                new Param(Ident.of("P_N"), ParamMode.IN, integer, null),
                new Param(
                    Ident.of("P_SEP"),
                    ParamMode.IN,
                    SqlType.sized(TypeKind.VARCHAR, 5),
                    Expr.Literal.string("-"))),
            Routine.Returns.scalar(SqlType.sized(TypeKind.VARCHAR, 400)),
            body,
            Set.of(),
            null);
    Rendered r = render(fn, UnitKind.FUNCTION, items());
    run(new PostgresBackEnd().support(r.support()).get(0).sql());
    run(r.sql());
    // REVERSE 1..3 counts down; '' || 3 || '-' ...; 7 / 2 = 3.5
    assertThat(query("select calc.describe(7)")).isEqualTo("3-2-1-3.5");
    assertThat(query("select calc.describe(7, '|')")).isEqualTo("3|2|1|3.5");
    assertThat(query("select calc.describe(1)")).isEqualTo("3-2-1-.5");
    assertThat(query("select calc.describe(-1)")).isEqualTo("negative");
  }

  @Test
  void rowTriggerSetsNewValues() throws Exception {
    run(
        "create schema if not exists audit; create table audit.notes (id int, body text, created timestamp, who text)");
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
                                    null)))),
                    null,
                    null),
                new Stmt.Assign(
                    new Expr.RowRef(true, Ident.of("WHO")),
                    Expr.Builtin.of(BuiltinFn.CURRENT_USER),
                    null)));
    Trigger t =
        new Trigger(
            q("AUDIT", "NOTES_BIU"),
            q("AUDIT", "NOTES"),
            Trigger.Timing.BEFORE,
            List.of(Trigger.Event.INSERT, Trigger.Event.UPDATE),
            List.of(),
            true,
            new Expr.IsNull(new Expr.RowRef(true, Ident.of("BODY")), true),
            false,
            body,
            null);
    Rendered r = render(t, UnitKind.TRIGGER, items());
    assertThat(r.table()).isEqualTo("notes");
    run(r.sql());
    run("insert into audit.notes (id, body) values (1, 'x'), (2, null)");
    assertThat(
            query(
                "select count(*) from audit.notes where created is not null and who = current_user"))
        .isEqualTo(1L);
  }

  @Test
  void compatibilityFunctionsFollowOracleSemantics() throws Exception {
    Items items = items();
    Expr jan31 = new Expr.Literal(io.godwit.ir.expr.LiteralKind.TIMESTAMP, "2024-01-31 10:30:00");
    Rendered r =
        render(
            new Ddl.CreateView(
                q("PUBLIC", "COMPAT_CHECK"),
                null,
                Query.Select.simple(
                    List.of(
                        new Query.SelectItem(
                            Expr.Builtin.of(BuiltinFn.ADD_MONTHS, jan31, Expr.Literal.number(1)),
                            Ident.of("A")),
                        new Query.SelectItem(
                            Expr.Builtin.of(
                                BuiltinFn.POSITION,
                                Expr.Literal.string("abcabc"),
                                Expr.Literal.string("b"),
                                Expr.Literal.number(1),
                                Expr.Literal.number(2)),
                            Ident.of("B")),
                        new Query.SelectItem(
                            new Expr.Builtin(
                                BuiltinFn.DATE_ADD,
                                List.of(
                                    new Expr.Literal(
                                        io.godwit.ir.expr.LiteralKind.DATE, "2024-02-28"),
                                    Expr.Literal.number(2)),
                                DatePart.DAY,
                                null),
                            Ident.of("C"))),
                    List.of(),
                    null),
                false,
                Ddl.CheckOption.NONE,
                null),
            UnitKind.VIEW,
            items);
    assertThat(r.support()).containsExactlyInAnyOrder("add_months", "instr");
    PostgresBackEnd backEnd = new PostgresBackEnd();
    run(backEnd.support(r.support()).get(0).sql());
    run(r.sql());
    assertThat(query("select a::text from compat_check")).isEqualTo("2024-02-29 10:30:00");
    assertThat(query("select b from compat_check")).isEqualTo(5);
    assertThat(query("select c::text from compat_check")).isEqualTo("2024-03-01");
  }
}
