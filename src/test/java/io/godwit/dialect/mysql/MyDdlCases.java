package io.godwit.dialect.mysql;

import static io.godwit.dialect.mysql.MyFixture.col;
import static io.godwit.dialect.mysql.MyFixture.num;
import static io.godwit.dialect.mysql.MyFixture.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.convert.Rendered;
import io.godwit.convert.UnitKind;
import io.godwit.ir.Ident;
import io.godwit.ir.NullsOrder;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tables, constraints, indexes and sequences rendered by the MySQL back end and created on a real
 * server. Subclasses choose the server and the target version; MySQL-only statements are checked as
 * text where MariaDB cannot run them.
 */
abstract class MyDdlCases {

  MyFixture fx;
  String db;

  abstract MyServer server();

  abstract String version();

  /** Whether the rendering is MySQL's (run on MariaDB only where the syntax is shared). */
  boolean mysqlSyntax() {
    return !version().startsWith("mariadb");
  }

  @BeforeEach
  void database() {
    String url = server().createDatabase("myddl");
    db = url.substring(url.lastIndexOf('/') + 1);
    fx = new MyFixture(server(), url, MyFixture.options(version(), Map.of()));
  }

  QName q(String name) {
    return QName.of(db, name);
  }

  static Ddl.ColumnDef column(String name, SqlType type) {
    return Ddl.ColumnDef.of(Ident.of(name), type);
  }

  static Ddl.ColumnDef notNull(String name, SqlType type) {
    return new Ddl.ColumnDef(Ident.of(name), type, null, true, null, null, false, null);
  }

  @Test
  void runsOnTheServerItNames() throws SQLException {
    assertThat(fx.queryString("select version()")).startsWith(server().versionPrefix());
  }

  @Test
  void everyTypeBecomesAColumnThatHoldsItsValues() throws SQLException {
    List<Ddl.ColumnDef> cols = new ArrayList<>();
    cols.add(notNull("ID", SqlType.decimal(9, 0)));
    cols.add(column("FLAG", SqlType.of(TypeKind.BOOLEAN)));
    cols.add(column("TINY", SqlType.of(TypeKind.TINYINT)));
    cols.add(column("SMALL", SqlType.of(TypeKind.SMALLINT)));
    cols.add(column("INTEGER_COL", SqlType.of(TypeKind.INTEGER)));
    cols.add(column("BIG", SqlType.of(TypeKind.BIGINT)));
    cols.add(column("NUM_12", SqlType.decimal(12, 0)));
    cols.add(column("NUM_30", SqlType.decimal(30, 0)));
    cols.add(column("AMOUNT", SqlType.decimal(12, 2)));
    cols.add(column("ANY_NUMBER", SqlType.decimal(null, null)));
    cols.add(column("RATIO", SqlType.of(TypeKind.REAL)));
    cols.add(column("MEASURE", SqlType.of(TypeKind.DOUBLE)));
    cols.add(column("PRICE", SqlType.of(TypeKind.MONEY)));
    cols.add(column("CODE", SqlType.sized(TypeKind.CHAR, 3)));
    cols.add(column("NAME", SqlType.sized(TypeKind.VARCHAR, 100).asNational()));
    cols.add(column("HUGE_NAME", SqlType.sized(TypeKind.VARCHAR, 20000)));
    cols.add(column("NOTES", SqlType.of(TypeKind.CLOB)));
    cols.add(column("RAW16", SqlType.sized(TypeKind.BINARY, 16)));
    cols.add(column("BYTES", SqlType.sized(TypeKind.VARBINARY, 200)));
    cols.add(column("PICTURE", SqlType.of(TypeKind.BLOB)));
    cols.add(column("BORN", SqlType.of(TypeKind.DATE)));
    cols.add(column("AT_TIME", SqlType.sized(TypeKind.TIME, 3)));
    cols.add(column("HIRED", SqlType.sized(TypeKind.TIMESTAMP, 0)));
    cols.add(column("STAMP", SqlType.sized(TypeKind.TIMESTAMP, 9)));
    cols.add(column("STAMP_TZ", SqlType.sized(TypeKind.TIMESTAMP_TZ, 6)));
    cols.add(column("STAMP_LTZ", SqlType.sized(TypeKind.TIMESTAMP_LTZ, 6)));
    cols.add(column("TIME_TZ", SqlType.sized(TypeKind.TIME_TZ, 0)));
    cols.add(column("YM", SqlType.of(TypeKind.INTERVAL_YEAR_MONTH)));
    cols.add(column("DS", SqlType.sized(TypeKind.INTERVAL_DAY_SECOND, 6)));
    cols.add(column("GUID", SqlType.of(TypeKind.UUID)));
    cols.add(column("DOC", SqlType.of(TypeKind.JSON)));
    cols.add(column("XML_DOC", SqlType.of(TypeKind.XML)));
    cols.add(column("ROW_ID", SqlType.of(TypeKind.UNSUPPORTED).withSource("ROWID")));
    Ddl.CreateTable t =
        new Ddl.CreateTable(
            q("ALL_TYPES"),
            null,
            cols,
            List.of(new Ddl.PrimaryKeyDef(Ident.of("ALL_TYPES_PK"), List.of(Ident.of("ID")))),
            "Every neutral type",
            null);
    Rendered r = fx.apply(t, UnitKind.TABLE);
    assertThat(r.sql())
        .contains("id INT NOT NULL")
        .contains("flag TINYINT(1)")
        .contains("num_12 BIGINT")
        .contains("num_30 DECIMAL(30)")
        .contains("any_number DECIMAL(65,30)")
        .contains("price DECIMAL(19,4)")
        .contains("huge_name MEDIUMTEXT")
        .contains("notes LONGTEXT")
        .contains("picture LONGBLOB")
        .contains("hired DATETIME,")
        .contains("stamp DATETIME(6)")
        .contains("stamp_tz DATETIME(6)")
        .contains("guid CHAR(36)")
        .contains("COMMENT = 'Every neutral type'");
    assertThat(fx.codes())
        .contains(
            MyItems.TIME_PRECISION,
            MyItems.TIME_ZONE,
            MyItems.INTERVAL_TYPE,
            MyItems.UNSUPPORTED_TYPE)
        .doesNotContain(MyItems.ROW_SIZE);
    fx.run(
        "insert into `"
            + db
            + "`.all_types (id, flag, num_30, any_number, name, stamp, guid, notes)"
            + " values (1, true, 123456789012345678901234567890, 12345.678901234,"
            + " 'Zoë', '2024-01-31 10:30:00.123456', uuid(), repeat('x', 100000))");
    assertThat(fx.queryString("select num_30 from `" + db + "`.all_types"))
        .isEqualTo("123456789012345678901234567890");
    assertThat(fx.queryString("select name from `" + db + "`.all_types")).isEqualTo("Zoë");
    assertThat(fx.query("select length(guid) from `" + db + "`.all_types").toString())
        .isEqualTo("36");
  }

  @Test
  void uuidsAsSixteenBytes() throws SQLException {
    MyFixture binary = fx.with(MyFixture.options(version(), Map.of("uuid", "binary16")));
    Rendered r =
        binary.render(
            new Ddl.CreateTable(
                q("TOKENS"),
                null,
                List.of(
                    new Ddl.ColumnDef(
                        Ident.of("GUID"),
                        SqlType.of(TypeKind.UUID),
                        Expr.Builtin.of(BuiltinFn.NEW_UUID),
                        true,
                        null,
                        null,
                        false,
                        null)),
                null,
                null,
                null),
            UnitKind.TABLE);
    String expected = mysqlSyntax() ? "(UUID_TO_BIN(UUID()))" : "(UNHEX(REPLACE(UUID(), '-', '')))";
    assertThat(r.sql()).contains("guid BINARY(16) NOT NULL DEFAULT " + expected);
    if (!mysqlSyntax()) {
      binary.run(r.sql());
      binary.run("insert into " + db + ".tokens () values ()");
      assertThat(binary.query("select length(guid) from " + db + ".tokens").toString())
          .isEqualTo("16");
    }
  }

  @Test
  void wideVarcharColumnsBecomeTextToFitTheRow() throws SQLException {
    List<Ddl.ColumnDef> cols = new ArrayList<>();
    cols.add(notNull("ID", SqlType.of(TypeKind.INTEGER)));
    for (int i = 1; i <= 6; i++) {
      cols.add(column("TEXT_" + i, SqlType.sized(TypeKind.VARCHAR, 4000)));
    }
    Ddl.CreateTable t =
        new Ddl.CreateTable(
            q("WIDE"),
            null,
            cols,
            List.of(new Ddl.UniqueDef(Ident.of("WIDE_UQ"), List.of(Ident.of("TEXT_1")))),
            null,
            null);
    Rendered r = fx.apply(t, UnitKind.TABLE);
    // 6 x 16,002 bytes do not fit in 65,535: two become TEXT; the unique key column stays.
    assertThat(fx.codes()).filteredOn(c -> c.equals(MyItems.ROW_SIZE)).hasSize(2);
    assertThat(r.sql()).contains("text_1 VARCHAR(4000)");
    fx.run("insert into `" + db + "`.wide (id, text_6) values (1, repeat('y', 4000))");
    assertThat(fx.query("select length(text_6) from `" + db + "`.wide").toString())
        .isEqualTo("4000");
  }

  @Test
  void identitiesBecomeAutoIncrementKeys() throws SQLException {
    Ddl.IdentitySpec startAt10 =
        new Ddl.IdentitySpec(true, BigInteger.TEN, BigInteger.ONE, null, null, false, 20L);
    Ddl.CreateTable dept =
        new Ddl.CreateTable(
            q("DEPARTMENTS"),
            null,
            List.of(
                new Ddl.ColumnDef(
                    Ident.of("DEPT_ID"),
                    SqlType.decimal(6, 0),
                    null,
                    true,
                    startAt10,
                    null,
                    false,
                    "Department key"),
                column("NAME", SqlType.sized(TypeKind.VARCHAR, 30)),
                new Ddl.ColumnDef(
                    new Ident("Budget Amount", true),
                    SqlType.decimal(12, 2),
                    num(0),
                    true,
                    null,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("CREATED"),
                    SqlType.sized(TypeKind.TIMESTAMP, 6),
                    Expr.Builtin.of(BuiltinFn.LOCAL_TIMESTAMP),
                    false,
                    null,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("CREATED_ON"),
                    SqlType.of(TypeKind.DATE),
                    Expr.Builtin.of(BuiltinFn.CURRENT_DATE),
                    false,
                    null,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("STATUS"),
                    SqlType.of(TypeKind.CLOB),
                    str("new"),
                    false,
                    null,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("KEY"),
                    SqlType.of(TypeKind.UUID),
                    Expr.Builtin.of(BuiltinFn.NEW_UUID),
                    false,
                    null,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("DOUBLE_BUDGET"),
                    SqlType.decimal(14, 2),
                    null,
                    false,
                    null,
                    new Expr.Binary(
                        BinaryOp.MULTIPLY,
                        new Expr.ColumnRef(QName.of(new Ident("Budget Amount", true)), null),
                        num(2)),
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
                        num(0)))),
            null,
            null);
    Rendered r = fx.apply(dept, UnitKind.TABLE);
    assertThat(r.sql())
        .contains("dept_id INT NOT NULL AUTO_INCREMENT COMMENT 'Department key'")
        .contains("`Budget Amount` DECIMAL(12,2) NOT NULL DEFAULT 0")
        .contains("created DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6)")
        .contains("created_on DATE DEFAULT (CURDATE())")
        .contains("status LONGTEXT DEFAULT ('new')")
        .contains("`key` CHAR(36) DEFAULT (UUID())")
        .contains("AUTO_INCREMENT = 10");
    assertThat(fx.codes()).isEmpty();
    String t = "`" + db + "`.departments";
    fx.run("insert into " + t + " (name) values ('Sales'), ('IT')");
    assertThat(fx.rows("select dept_id, name, double_budget from " + t + " order by dept_id"))
        .containsExactly("10|Sales|0.00", "11|IT|0.00");
    assertThat(
            fx.query(
                    "select count(*) from "
                        + t
                        + " where created is not null and `key`"
                        + " is not null and status = 'new' and created_on = curdate()")
                .toString())
        .isEqualTo("2");
    assertThatThrownBy(
            () -> fx.run("insert into " + t + " (name, `Budget Amount`) values ('X', -1)"))
        .isInstanceOf(SQLException.class);

    // An identity that is not a key gets one; a second identity is an item.
    Ddl.IdentitySpec plain =
        new Ddl.IdentitySpec(false, null, BigInteger.TWO, null, null, true, null);
    Ddl.CreateTable log =
        new Ddl.CreateTable(
            q("EVENT_LOG"),
            null,
            List.of(
                column("MESSAGE", SqlType.sized(TypeKind.VARCHAR, 200)),
                new Ddl.ColumnDef(
                    Ident.of("SEQ"),
                    SqlType.decimal(null, null),
                    null,
                    false,
                    plain,
                    null,
                    false,
                    null),
                new Ddl.ColumnDef(
                    Ident.of("SEQ2"),
                    SqlType.of(TypeKind.INTEGER),
                    null,
                    false,
                    plain,
                    null,
                    false,
                    null)),
            null,
            null,
            null);
    Rendered logSql = fx.apply(log, UnitKind.TABLE);
    assertThat(logSql.sql()).contains("seq BIGINT NOT NULL AUTO_INCREMENT").contains("KEY (seq)");
    assertThat(fx.codes()).containsExactlyInAnyOrder(MyItems.IDENTITY, MyItems.IDENTITY);
    fx.run("insert into `" + db + "`.event_log (message) values ('a'), ('b')");
    assertThat(fx.rows("select seq from `" + db + "`.event_log order by seq"))
        .containsExactly("1", "2");
  }

  @Test
  void foreignKeysAndConstraintOptions() throws SQLException {
    fx.run("create table `" + db + "`.parent (id int primary key, code int unique)");
    fx.run("create table `" + db + "`.child (id int primary key, parent_id int, code int)");
    Rendered fk =
        fx.apply(
            new Ddl.AddConstraint(
                q("CHILD"),
                new Ddl.ForeignKeyDef(
                    Ident.of("CHILD_PARENT_FK"),
                    List.of(Ident.of("PARENT_ID")),
                    q("PARENT"),
                    List.of(Ident.of("ID")),
                    Ddl.RefAction.CASCADE,
                    Ddl.RefAction.SET_DEFAULT,
                    true,
                    true),
                null),
            UnitKind.CONSTRAINT);
    assertThat(fk.sql()).contains("ON DELETE CASCADE").doesNotContain("SET DEFAULT ON");
    assertThat(fx.codes()).containsExactly(MyItems.CONSTRAINT_MODE, MyItems.CONSTRAINT_MODE);
    assertThat(fk.table()).isEqualTo("child");
    fx.apply(
        new Ddl.AddConstraint(
            q("CHILD"),
            new Ddl.ForeignKeyDef(
                Ident.of("CHILD_CODE_FK"),
                List.of(Ident.of("CODE")),
                q("PARENT"),
                List.of(Ident.of("CODE")),
                Ddl.RefAction.SET_NULL,
                null,
                false,
                false),
            null),
        UnitKind.CONSTRAINT);
    assertThat(fx.codes()).isEmpty();
    String p = "`" + db + "`.parent";
    String c = "`" + db + "`.child";
    fx.run("insert into " + p + " values (1, 10), (2, 20)");
    fx.run("insert into " + c + " values (1, 1, 20), (2, 2, 10)");
    fx.run("delete from " + p + " where id = 1");
    assertThat(fx.rows("select id, code from " + c + " order by id")).containsExactly("2|null");
    assertThatThrownBy(() -> fx.run("insert into " + c + " values (3, 99, null)"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void indexesWithExpressionsPrefixesAndOptions() throws SQLException {
    SqlType name = SqlType.sized(TypeKind.VARCHAR, 100);
    SqlType description = SqlType.sized(TypeKind.VARCHAR, 1000);
    fx.run(
        "create table `"
            + db
            + "`.products (id int primary key, name varchar(100), description varchar(1000),"
            + " price decimal(10,2), category int)");
    Ddl.CreateIndex byUpper =
        new Ddl.CreateIndex(
            q("PROD_UPPER_NAME_IX"),
            q("PRODUCTS"),
            false,
            List.of(
                new Ddl.IndexKeyDef(
                    Expr.Builtin.of(BuiltinFn.UPPER, col(name, "NAME")),
                    SortOrder.ASC,
                    NullsOrder.DEFAULT)),
            null,
            null,
            null,
            null);
    Rendered upper = fx.render(byUpper, UnitKind.INDEX);
    if (mysqlSyntax()) {
      assertThat(upper.sql())
          .isEqualTo("CREATE INDEX prod_upper_name_ix ON " + db + ".products ((UPPER(name)));\n");
    } else {
      assertThat(upper.sql())
          .contains(
              "ADD COLUMN IF NOT EXISTS prod_upper_name_ix$1 VARCHAR(100) AS (UPPER(name))"
                  + " VIRTUAL INVISIBLE")
          .contains(
              "CREATE INDEX prod_upper_name_ix ON " + db + ".products (prod_upper_name_ix$1)");
      fx.run(upper.sql());
    }
    Rendered prefix =
        fx.apply(
            new Ddl.CreateIndex(
                q("PROD_PREFIX_UQ"),
                q("PRODUCTS"),
                true,
                List.of(
                    new Ddl.IndexKeyDef(
                        Expr.Builtin.of(BuiltinFn.SUBSTRING, col(name, "NAME"), num(1), num(5)),
                        SortOrder.ASC,
                        NullsOrder.DEFAULT)),
                null,
                null,
                null,
                null),
            UnitKind.INDEX);
    assertThat(prefix.sql()).contains("(name(5))");
    Rendered wide =
        fx.apply(
            new Ddl.CreateIndex(
                q("PROD_DESC_IX"),
                q("PRODUCTS"),
                false,
                List.of(
                    new Ddl.IndexKeyDef(
                        col(description, "DESCRIPTION"), SortOrder.DESC, NullsOrder.LAST),
                    new Ddl.IndexKeyDef(col("CATEGORY"), SortOrder.ASC, NullsOrder.DEFAULT)),
                List.of(Ident.of("PRICE")),
                new Expr.IsNull(col("PRICE"), true),
                "bitmap",
                null),
            UnitKind.INDEX);
    assertThat(wide.sql()).contains("(description(764) DESC, category, price)");
    assertThat(fx.codes())
        .containsExactlyInAnyOrder(
            MyItems.INDEX_METHOD, MyItems.INDEX_METHOD, MyItems.PARTIAL_INDEX);
    assertThat(wide.table()).isEqualTo("products");
    String t = "`" + db + "`.products";
    fx.run("insert into " + t + " (id, name) values (1, 'Apple pie')");
    assertThatThrownBy(() -> fx.run("insert into " + t + " (id, name) values (2, 'Apple tart')"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void sequencesAsTablesWithFunctions() throws SQLException {
    MyFixture table = fx.with(MyFixture.options(version(), Map.of("sequences", "table")));
    Rendered seq =
        table.apply(
            new Ddl.CreateSequence(
                q("ORDER_SEQ"),
                null,
                BigInteger.valueOf(1000),
                BigInteger.valueOf(5),
                BigInteger.ONE,
                new BigInteger("9999999999999999999999999999"),
                false,
                20L,
                null),
            UnitKind.SEQUENCE);
    assertThat(seq.sql()).contains("CREATE FUNCTION " + db + ".order_seq$nextval()");
    assertThat(table.codes()).containsExactly(MyItems.SEQUENCE_EMULATION);
    Rendered cycling =
        table.apply(
            new Ddl.CreateSequence(
                q("TICKET_SEQ"),
                null,
                BigInteger.valueOf(3),
                BigInteger.ONE,
                BigInteger.ONE,
                BigInteger.valueOf(4),
                true,
                null,
                null),
            UnitKind.SEQUENCE);
    assertThat(cycling.target().name()).isEqualTo("ticket_seq");
    String next = "`" + db + "`.`order_seq$nextval`()";
    String curr = "`" + db + "`.`order_seq$currval`()";
    assertThat(table.rows("select " + next + ", " + next + ", " + curr))
        .containsExactly("1000|1005|1005");
    String t = "`" + db + "`.`ticket_seq$nextval`()";
    assertThat(table.rows("select " + t + ", " + t + ", " + t + ", " + t + ", " + t))
        .containsExactly("3|4|1|2|3");
    Rendered descending =
        table.apply(
            new Ddl.CreateSequence(
                q("COUNTDOWN"),
                null,
                BigInteger.TWO,
                BigInteger.valueOf(-1),
                BigInteger.ONE,
                BigInteger.TEN,
                false,
                null,
                null),
            UnitKind.SEQUENCE);
    assertThat(descending.sql()).contains("MINVALUE 1");
    String c = "`" + db + "`.`countdown$nextval`()";
    assertThat(table.rows("select " + c + ", " + c)).containsExactly("2|1");
    assertThatThrownBy(() -> table.query("select " + c)).isInstanceOf(SQLException.class);
    // Sequence values used in SQL and as a default (removed with an item on the emulation).
    table.run("create table `" + db + "`.orders (id bigint primary key, note varchar(10))");
    Ddl.CreateTable withDefault =
        new Ddl.CreateTable(
            q("ORDER_LINES"),
            null,
            List.of(
                new Ddl.ColumnDef(
                    Ident.of("ID"),
                    SqlType.of(TypeKind.BIGINT),
                    new Expr.SequenceValue(q("ORDER_SEQ"), true),
                    false,
                    null,
                    null,
                    false,
                    null)),
            null,
            null,
            null);
    Rendered lines = table.render(withDefault, UnitKind.TABLE);
    assertThat(lines.sql()).doesNotContain("nextval");
    assertThat(table.codes()).containsExactly(MyItems.SEQUENCE_DEFAULT);
  }

  @Test
  void nativeSequencesOnMariaDb() throws SQLException {
    if (mysqlSyntax()) {
      assertThatThrownBy(
              () -> MySqlTarget.of(MyFixture.options(version(), Map.of("sequences", "native"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MySQL has no native sequences");
      return;
    }
    Rendered seq =
        fx.apply(
            new Ddl.CreateSequence(
                q("INVOICE_SEQ"),
                null,
                BigInteger.valueOf(100),
                BigInteger.TEN,
                null,
                null,
                false,
                null,
                null),
            UnitKind.SEQUENCE);
    assertThat(seq.sql())
        .isEqualTo(
            "CREATE SEQUENCE "
                + db
                + ".invoice_seq START WITH 100 INCREMENT BY 10 NOCACHE"
                + " NOCYCLE;\n");
    Ddl.CreateTable invoices =
        new Ddl.CreateTable(
            q("INVOICES"),
            null,
            List.of(
                new Ddl.ColumnDef(
                    Ident.of("ID"),
                    SqlType.of(TypeKind.BIGINT),
                    new Expr.SequenceValue(q("INVOICE_SEQ"), true),
                    true,
                    null,
                    null,
                    false,
                    null),
                column("NOTE", SqlType.sized(TypeKind.VARCHAR, 10))),
            null,
            null,
            null);
    fx.apply(invoices, UnitKind.TABLE);
    assertThat(fx.codes()).isEmpty();
    fx.run("insert into `" + db + "`.invoices (note) values ('a'), ('b')");
    assertThat(fx.rows("select id from `" + db + "`.invoices order by id"))
        .containsExactly("100", "110");
    assertThat(
            fx.render(
                    new Ddl.CreateView(
                        q("NEXT_INVOICE"),
                        null,
                        io.godwit.ir.query.Query.Select.simple(
                            List.of(
                                new io.godwit.ir.query.Query.SelectItem(
                                    new Expr.SequenceValue(q("INVOICE_SEQ"), false),
                                    Ident.of("N"))),
                            List.of(),
                            null),
                        false,
                        Ddl.CheckOption.NONE,
                        null),
                    UnitKind.VIEW)
                .sql())
        .contains("LASTVAL(" + db + ".invoice_seq)");
  }

  @Test
  void commentsSchemasSynonymsAndTypes() throws SQLException {
    fx.run("create table `" + db + "`.notes (id int, body varchar(10))");
    Rendered comment =
        fx.apply(
            new Ddl.Comment(Ddl.CommentTarget.TABLE, q("NOTES"), null, "It's a table", null),
            UnitKind.COMMENT);
    assertThat(comment.sql())
        .isEqualTo("ALTER TABLE " + db + ".notes COMMENT = 'It''s a table';\n");
    assertThat(
            fx.queryString(
                "select table_comment from information_schema.tables where table_schema = '"
                    + db
                    + "' and table_name = 'notes'"))
        .isEqualTo("It's a table");
    fx.apply(
        new Ddl.Comment(Ddl.CommentTarget.COLUMN, q("NOTES"), Ident.of("BODY"), "text", null),
        UnitKind.COMMENT);
    assertThat(fx.codes()).containsExactly(MyItems.COMMENT);
    Rendered schema =
        fx.apply(new Ddl.CreateSchema(Ident.of(db + "_extra"), null), UnitKind.SCHEMA);
    assertThat(schema.sql()).startsWith("CREATE DATABASE IF NOT EXISTS " + db + "_extra");
    assertThat(
            fx.query(
                    "select count(*) from information_schema.schemata where schema_name = '"
                        + db
                        + "_extra'")
                .toString())
        .isEqualTo("1");
    fx.run("drop database `" + db + "_extra`");
    fx.apply(new Ddl.CreateSynonym(q("N"), q("NOTES"), false, null), UnitKind.SYNONYM);
    assertThat(fx.codes()).containsExactly(MyItems.SYNONYM);
    fx.apply(
        new Ddl.CreateType(
            q("MOOD"),
            Ddl.TypeDefKind.ENUM,
            null,
            List.of("sad", "ok"),
            null,
            null,
            false,
            null,
            null),
        UnitKind.TYPE);
    assertThat(fx.codes()).containsExactly(MyItems.USER_TYPE);
    Rendered temp =
        fx.apply(
            new Ddl.CreateTable(
                q("SCRATCH"),
                Ddl.TableKind.TEMPORARY_PRESERVE_ROWS,
                List.of(column("V", SqlType.of(TypeKind.INTEGER))),
                null,
                null,
                null),
            UnitKind.TABLE);
    assertThat(temp.sql()).startsWith("CREATE TABLE");
    assertThat(fx.codes()).containsExactly(MyItems.TEMPORARY_TABLE);
    Rendered truncate = fx.apply(new Ddl.Truncate(q("NOTES"), null), UnitKind.SCRIPT);
    assertThat(truncate.sql()).isEqualTo("TRUNCATE TABLE " + db + ".notes;\n");
    assertThat(
            fx.render(
                    new Ddl.CreateTable(
                        q("LIT"),
                        null,
                        List.of(
                            new Ddl.ColumnDef(
                                Ident.of("D"),
                                SqlType.of(TypeKind.DATE),
                                new Expr.Literal(LiteralKind.DATE, "2024-01-01"),
                                false,
                                null,
                                null,
                                false,
                                null)),
                        null,
                        null,
                        null),
                    UnitKind.TABLE)
                .sql())
        .contains("d DATE DEFAULT DATE '2024-01-01'");
  }
}
