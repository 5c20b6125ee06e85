package io.godwit.dialect.mysql;

import static io.godwit.dialect.mysql.MyFixture.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.Converter;
import io.godwit.convert.FrontEnd;
import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.output.ConversionWriter;
import io.godwit.dialect.Dialects;
import io.godwit.dialect.ScriptStatement;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.model.Database;
import io.godwit.service.ApplyReport;
import io.godwit.service.ApplyService;
import io.godwit.testdb.TestMariaDb;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way for MySQL output: the pipeline converts hand-built IR (a stand-in front end hands
 * it over), writes the output directory, {@code godwit apply}'s service runs it on MariaDB 11.4
 * object by object, and {@code all.sql} runs as one script on a fresh database.
 */
class MySqlPipelineIT {

  @TempDir Path dir;

  /** A unit carrying its IR. */
  record Unit(ObjectRef ref, UnitKind kind, IrObject ir) implements SourceUnit {
    @Override
    public String text() {
      return "-- source of " + ref.path();
    }

    @Override
    public SourceSpan span() {
      return null;
    }
  }

  /** Hands over prepared IR, one object per unit. */
  static final class PreparedFrontEnd implements FrontEnd {
    private final List<Unit> units;

    PreparedFrontEnd(List<Unit> units) {
      this.units = units;
    }

    @Override
    public SourceSet read(List<ScriptInput> scripts, ConvertOptions options) {
      return new SourceSet(List.copyOf(units), List.of(), new Database("oracle", null, null, null));
    }

    @Override
    public SourceSet read(Database catalog, ConvertOptions options) {
      return read(List.of(), options);
    }

    @Override
    public List<LoweredObject> lower(SourceUnit unit, LoweringContext context) {
      Unit u = (Unit) unit;
      return List.of(new LoweredObject(u.ref(), u.kind(), null, u.ir(), List.of()));
    }
  }

  static List<Unit> units(String db) {
    QName dept = QName.of(db, "DEPT");
    QName emp = QName.of(db, "EMP");
    List<Unit> units = new ArrayList<>();
    units.add(
        new Unit(
            new ObjectRef(db, "DEPT", UnitKind.TABLE),
            UnitKind.TABLE,
            new Ddl.CreateTable(
                dept,
                null,
                List.of(
                    new Ddl.ColumnDef(
                        Ident.of("DEPT_ID"),
                        SqlType.decimal(9, 0),
                        null,
                        true,
                        new Ddl.IdentitySpec(
                            false, BigInteger.valueOf(100), null, null, null, false, null),
                        null,
                        false,
                        null),
                    Ddl.ColumnDef.of(Ident.of("NAME"), SqlType.sized(TypeKind.VARCHAR, 40))),
                List.of(new Ddl.PrimaryKeyDef(Ident.of("DEPT_PK"), List.of(Ident.of("DEPT_ID")))),
                null,
                null)));
    units.add(
        new Unit(
            new ObjectRef(db, "EMP", UnitKind.TABLE),
            UnitKind.TABLE,
            new Ddl.CreateTable(
                emp,
                null,
                List.of(
                    new Ddl.ColumnDef(
                        Ident.of("EMP_ID"),
                        SqlType.of(TypeKind.BIGINT),
                        new Expr.SequenceValue(QName.of(db, "EMP_SEQ"), true),
                        true,
                        null,
                        null,
                        false,
                        null),
                    Ddl.ColumnDef.of(Ident.of("NAME"), SqlType.sized(TypeKind.VARCHAR, 40)),
                    Ddl.ColumnDef.of(Ident.of("DEPT_ID"), SqlType.decimal(9, 0)),
                    Ddl.ColumnDef.of(Ident.of("NAME_SHOWN"), SqlType.sized(TypeKind.VARCHAR, 40))),
                List.of(new Ddl.PrimaryKeyDef(null, List.of(Ident.of("EMP_ID")))),
                null,
                null)));
    units.add(
        new Unit(
            new ObjectRef(db, "EMP_SEQ", UnitKind.SEQUENCE),
            UnitKind.SEQUENCE,
            new Ddl.CreateSequence(
                QName.of(db, "EMP_SEQ"),
                null,
                BigInteger.ONE,
                BigInteger.ONE,
                null,
                null,
                false,
                null,
                null)));
    units.add(
        new Unit(
            new ObjectRef(db, "EMP_DEPT_FK", UnitKind.CONSTRAINT),
            UnitKind.CONSTRAINT,
            new Ddl.AddConstraint(
                emp,
                new Ddl.ForeignKeyDef(
                    Ident.of("EMP_DEPT_FK"),
                    List.of(Ident.of("DEPT_ID")),
                    dept,
                    List.of(Ident.of("DEPT_ID")),
                    null,
                    null,
                    false,
                    false),
                null)));
    units.add(
        new Unit(
            new ObjectRef(db, "EMP_NAME_IX", UnitKind.INDEX),
            UnitKind.INDEX,
            new Ddl.CreateIndex(
                QName.of(db, "EMP_NAME_IX"),
                emp,
                false,
                List.of(new Ddl.IndexKeyDef(col("NAME"), null, null)),
                null,
                null,
                null,
                null)));
    units.add(
        new Unit(
            new ObjectRef(db, "PRETTY", UnitKind.FUNCTION),
            UnitKind.FUNCTION,
            new Routine(
                QName.of(db, "PRETTY"),
                Routine.Kind.FUNCTION,
                List.of(
                    new Param(
                        Ident.of("P"), ParamMode.IN, SqlType.sized(TypeKind.VARCHAR, 40), null)),
                Routine.Returns.scalar(SqlType.sized(TypeKind.VARCHAR, 40)),
                Block.of(
                    List.of(
                        new Stmt.Return(
                            Expr.Builtin.of(
                                BuiltinFn.INITCAP, new Expr.VariableRef(QName.of("P"), null)),
                            null))),
                Set.of(Routine.Flag.DETERMINISTIC),
                null)));
    units.add(
        new Unit(
            new ObjectRef(db, "EMP_BI", UnitKind.TRIGGER),
            UnitKind.TRIGGER,
            new Trigger(
                QName.of(db, "EMP_BI"),
                emp,
                Trigger.Timing.BEFORE,
                List.of(Trigger.Event.INSERT),
                null,
                true,
                null,
                false,
                Block.of(
                    List.of(
                        new Stmt.Assign(
                            new Expr.RowRef(true, Ident.of("NAME_SHOWN")),
                            new Expr.FunctionCall(
                                QName.of(db, "PRETTY"),
                                List.of(new Expr.RowRef(true, Ident.of("NAME"))),
                                false,
                                null,
                                null,
                                null,
                                null),
                            null))),
                null)));
    units.add(
        new Unit(
            new ObjectRef(db, "EMP_DEPT", UnitKind.VIEW),
            UnitKind.VIEW,
            new Ddl.CreateView(
                QName.of(db, "EMP_DEPT"),
                null,
                Query.Select.simple(
                    List.of(
                        new Query.SelectItem(col("E", "NAME_SHOWN"), Ident.of("EMPLOYEE")),
                        new Query.SelectItem(col("D", "NAME"), Ident.of("DEPARTMENT"))),
                    List.of(
                        new FromItem.Join(
                            FromItem.JoinType.INNER,
                            FromItem.TableRef.of(emp, Ident.of("E")),
                            FromItem.TableRef.of(dept, Ident.of("D")),
                            new Expr.Binary(BinaryOp.EQ, col("E", "DEPT_ID"), col("D", "DEPT_ID")),
                            null,
                            false)),
                    null),
                false,
                Ddl.CheckOption.NONE,
                null)));
    return units;
  }

  @Test
  void convertWriteApplyAndRunAllSql() throws Exception {
    TestMariaDb server = TestMariaDb.get();
    String url = server.createDatabase("mypipe");
    String db = url.substring(url.lastIndexOf('/') + 1);
    ItemCatalog catalog = ItemCatalog.builtIn();
    ConvertOptions options = ConvertOptions.defaults().withTargetVersion("mariadb-11.4");
    FrontEnd front = new PreparedFrontEnd(units(db));
    ConversionResult result =
        new Converter("oracle", front, "mysql", new MySqlBackEnd(), List.of(), catalog, options)
            .convert(front.read(List.of(), options), ConversionListener.NONE);
    assertThat(result.objects()).allSatisfy(o -> assertThat(o.sql()).isNotNull());
    new ConversionWriter(catalog, "test").write(result, List.of("hr.sql"), dir);
    ApplyReport report =
        new ApplyService(Dialects.discover()).apply(dir, server.spec(url), file -> {});
    assertThat(report.objects())
        .allSatisfy(
            e ->
                assertThat(e.status())
                    .as(e.file() + ": " + e.error())
                    .isEqualTo(ApplyReport.Status.applied));
    assertThat(report.applied()).isGreaterThanOrEqualTo(9);
    try (Connection c = server.connect(url);
        Statement s = c.createStatement()) {
      s.execute("insert into " + db + ".dept (name) values ('SALES')");
      s.execute("insert into " + db + ".emp (name, dept_id) values ('ann lee', 100)");
    }
    MyFixture fx = new MyFixture(MyServer.mariaDb114(), url, options);
    assertThat(fx.rows("select employee, department from " + db + ".emp_dept"))
        .containsExactly("Ann Lee|SALES");
    assertThat(fx.rows("select emp_id from " + db + ".emp")).containsExactly("1");

    // all.sql, with its DELIMITER lines, runs as one script on a database of its own.
    String second = server.createDatabase("mypipe2");
    String db2 = second.substring(second.lastIndexOf('/') + 1);
    String all = Files.readString(dir.resolve("all.sql"), StandardCharsets.UTF_8);
    assertThat(all).contains("DELIMITER $$");
    try (Connection c = server.connect(second);
        Statement s = c.createStatement()) {
      for (ScriptStatement st : new MySqlDialect().splitStatements(all.replace(db, db2))) {
        s.execute(st.text());
      }
      s.execute("insert into " + db2 + ".dept (name) values ('IT')");
      s.execute("insert into " + db2 + ".emp (name, dept_id) values ('bob', 100)");
    }
    assertThat(fx.rows("select employee from " + db2 + ".emp_dept")).containsExactly("Bob");
  }
}
