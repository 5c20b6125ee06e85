package io.godwit.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.godwit.dialect.CatalogRequest;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.Dialects;
import io.godwit.dialect.RoundTrips;
import io.godwit.dialect.Secret;
import io.godwit.model.CheckConstraint;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.Database;
import io.godwit.model.DbPackage;
import io.godwit.model.ForeignKey;
import io.godwit.model.Identity;
import io.godwit.model.IdentityGeneration;
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
import io.godwit.model.LengthUnit;
import io.godwit.model.NullsOrder;
import io.godwit.model.ObjectKind;
import io.godwit.model.Origin;
import io.godwit.model.Parameter;
import io.godwit.model.ParameterMode;
import io.godwit.model.PrimaryKey;
import io.godwit.model.ReadProblem;
import io.godwit.model.ReferentialAction;
import io.godwit.model.Routine;
import io.godwit.model.RoutineKind;
import io.godwit.model.Schema;
import io.godwit.model.Sequence;
import io.godwit.model.SortOrder;
import io.godwit.model.Synonym;
import io.godwit.model.Table;
import io.godwit.model.TableKind;
import io.godwit.model.Trigger;
import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import io.godwit.model.TypeKind;
import io.godwit.model.UniqueConstraint;
import io.godwit.model.UserType;
import io.godwit.model.View;
import io.godwit.model.ViewCheckOption;
import io.godwit.project.CatalogJson;
import io.godwit.service.CatalogService;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Reads a real Oracle catalog holding every object kind, with awkward names. Runs when {@code
 * GODWIT_TEST_ORACLE_URL} is set; {@code GODWIT_TEST_ORACLE_USER} and {@code
 * GODWIT_TEST_ORACLE_PASSWORD} name a user that may create and drop users, directories and public
 * synonyms (SYSTEM on a test database). The test creates its own schema (user) and drops it.
 */
@EnabledIfEnvironmentVariable(named = "GODWIT_TEST_ORACLE_URL", matches = ".+")
class OracleCatalogReaderIT {

  static final String PASSWORD = "Godwit_It_2026";
  static final String SCHEMA = "GODWIT_IT_" + ProcessHandle.current().pid();
  static final String PUBLIC_SYNONYM = SCHEMA + "_PUB";
  static final String DIRECTORY = SCHEMA + "_DIR";

  static String url;
  static Database db;
  static Schema schema;
  static int roundTrips;

  @BeforeAll
  static void createAndRead() throws Exception {
    url = System.getenv("GODWIT_TEST_ORACLE_URL");
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      dropEverything(s);
      s.execute("create user " + SCHEMA + " identified by \"" + PASSWORD + "\"");
      s.execute(
          "grant create session, create table, create view, create materialized view,"
              + " create sequence, create procedure, create trigger, create type,"
              + " create synonym, create public synonym, unlimited tablespace to "
              + SCHEMA);
      s.execute("create directory " + DIRECTORY + " as '/tmp'");
      s.execute("grant read on directory " + DIRECTORY + " to " + SCHEMA);
    }
    try (Connection c = connect(SCHEMA, PASSWORD);
        Statement s = c.createStatement()) {
      for (String sql : ddl()) {
        s.execute(sql);
      }
      s.execute("select \"Order Seq\".nextval from dual");
      s.execute(
          "begin dbms_ddl.create_wrapped("
              + "'create or replace procedure secret_proc is begin null; end;'); end;");
      s.execute("create table \"Dropped Soon\" (a number)");
      s.execute("drop table \"Dropped Soon\""); // into the recycle bin, not purged
    }
    try (Connection c = connect(SCHEMA, PASSWORD)) {
      RoundTrips trips = new RoundTrips();
      db =
          new OracleDialect()
              .catalogReader()
              .read(c, new CatalogRequest(List.of(SCHEMA), null, trips));
      roundTrips = trips.count();
    }
    schema = db.schema(SCHEMA).orElseThrow();
  }

  @AfterAll
  static void dropSchema() throws Exception {
    if (url == null) {
      return;
    }
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      dropEverything(s);
    }
  }

  private static void dropEverything(Statement s) {
    for (String sql :
        List.of(
            "drop public synonym " + PUBLIC_SYNONYM,
            "drop user " + SCHEMA + " cascade",
            "drop directory " + DIRECTORY)) {
      try {
        s.execute(sql);
      } catch (SQLException notThere) {
        // first run, or already gone
      }
    }
  }

  private static List<String> ddl() {
    return List.of(
        "create type address_t as object (street varchar2(80), zip char(5))",
        "create type phone_list as varray(3) of varchar2(20)",
        "create type tag_table as table of varchar2(30)",
        "create type money_t as object (amount number(12,2),"
            + " member function doubled return number)",
        "create type body money_t as member function doubled return number is"
            + " begin return amount * 2; end; end;",
        """
        create table "Customer" (
          id number generated always as identity (start with 7 increment by 3) primary key,
          "First Name" varchar2(40 char) not null,
          "select" varchar2(30 byte) default 'x''y',
          "Ünïcødé" number(12,2) default 0 constraint ck_unicode check ("Ünïcødé" >= 0),
          created timestamp(3) with time zone default systimestamp,
          total number generated always as ("Ünïcødé" * 2) virtual,
          code char(5),
          nick nvarchar2(10),
          ratio float,
          qty integer,
          raw_id raw(16),
          wait interval day(3) to second(2),
          address address_t,
          constraint customer_name_uq unique ("First Name", code)
        )""",
        "comment on table \"Customer\" is 'People who buy'",
        "comment on column \"Customer\".\"First Name\" is 'Given name'",
        """
        create table "order" (
          "Order Id" number(10) primary key,
          customer_id number not null,
          note varchar2(100),
          amount number(12,2),
          constraint order_customer_fk foreign key (customer_id)
            references "Customer" (id) on delete cascade
        )""",
        "create index \"Idx Note\" on \"order\" (upper(note), amount desc)",
        "create bitmap index bm_note on \"order\" (note)",
        "create global temporary table tmp_work (id number) on commit preserve rows",
        "create table iot_lookup (code varchar2(10) primary key, label varchar2(50))"
            + " organization index",
        "create table sales_part (id number, sold date) partition by range (sold)"
            + " (partition p1 values less than (date '2020-01-01'),"
            + " partition pmax values less than (maxvalue))",
        "create table ext_files (line varchar2(4000)) organization external"
            + " (type oracle_loader default directory "
            + DIRECTORY
            + " location ('none.txt'))",
        "create view \"Big Orders\" as select \"Order Id\", amount from \"order\""
            + " where amount > 100 with check option",
        "create view ro_view as select id, \"First Name\" from \"Customer\" with read only",
        "create view order_entry as select \"Order Id\", customer_id from \"order\"",
        "create materialized view mv_totals as select customer_id, sum(amount) as total"
            + " from \"order\" group by customer_id",
        "create sequence \"Order Seq\" start with 100 increment by 5 minvalue 10"
            + " maxvalue 100000 cycle cache 20",
        "create function add_tax(amount number, rate number default 0.2) return number is"
            + " begin return amount * (1 + rate); end;",
        "create procedure \"Archive Orders\"(p_before in date, p_moved in out number,"
            + " p_note out varchar2) is begin p_moved := 0; p_note := 'done'; end;",
        "create procedure noop is begin null; end;",
        "create package billing as function fee(x number) return number; end billing;",
        "create package body billing as function fee(x number) return number is"
            + " begin return x * 0.1; end; end billing;",
        """
        create trigger "Order Touch" before insert or update of note, amount on "order"
        for each row when (new.amount is not null)
        begin :new.note := nvl(:new.note, '-'); end;""",
        "create trigger order_audit after delete on \"order\" begin null; end;",
        "create trigger order_entry_ins instead of insert on order_entry for each row"
            + " begin null; end;",
        """
        create trigger order_compound for update on "order" compound trigger
          after each row is begin null; end after each row;
        end order_compound;""",
        "create trigger ddl_watch after ddl on schema begin null; end;",
        "create synonym cust for \"Customer\"",
        "create synonym remote_emp for scott.emp@remote_link",
        "create public synonym " + PUBLIC_SYNONYM + " for \"order\"");
  }

  @Test
  void databaseAndTables() {
    assertThat(db.product()).isEqualTo("oracle");
    assertThat(db.version()).contains("Oracle");
    assertThat(db.schemas()).extracting(Schema::name).containsExactly(SCHEMA);
    // Not listed: the recycle bin, the materialized view's container table.
    assertThat(schema.tables())
        .extracting(Table::name, Table::tableKind)
        .containsExactly(
            tuple("Customer", TableKind.REGULAR),
            tuple("EXT_FILES", TableKind.EXTERNAL),
            tuple("IOT_LOOKUP", TableKind.INDEX_ORGANIZED),
            tuple("SALES_PART", TableKind.PARTITIONED),
            tuple("TMP_WORK", TableKind.TEMPORARY),
            tuple("order", TableKind.REGULAR));
    assertThat(schema.problems())
        .containsExactly(
            new ReadProblem(ObjectKind.PROCEDURE, "SECRET_PROC", OracleCodeReader.WRAPPED));
  }

  @Test
  void customerColumnsFieldByField() {
    Table t = table("Customer");
    assertThat(t.comment()).isEqualTo("People who buy");
    assertThat(t.columns())
        .extracting(Column::name)
        .containsExactly(
            "ID",
            "First Name",
            "select",
            "Ünïcødé",
            "CREATED",
            "TOTAL",
            "CODE",
            "NICK",
            "RATIO",
            "QTY",
            "RAW_ID",
            "WAIT",
            "ADDRESS");
    assertThat(t.columns().get(0))
        .isEqualTo(
            new Column(
                "ID",
                new DataType("number", null, null, null, null, "number"),
                false,
                null,
                new Identity(IdentityGeneration.ALWAYS, 7L, 3L),
                null,
                false,
                null));
    assertThat(t.columns().get(1))
        .isEqualTo(
            new Column(
                "First Name",
                new DataType("varchar2", 40L, null, null, LengthUnit.CHAR, "varchar2(40 char)"),
                false,
                null,
                null,
                null,
                false,
                "Given name"));
    assertThat(t.columns().get(2))
        .isEqualTo(
            new Column(
                "select",
                new DataType("varchar2", 30L, null, null, LengthUnit.BYTE, "varchar2(30 byte)"),
                true,
                "'x''y'",
                null,
                null,
                false,
                null));
    Column unicode = t.columns().get(3);
    assertThat(unicode.type()).isEqualTo(new DataType("number", null, 12, 2, null, "number(12,2)"));
    assertThat(unicode.defaultValue()).isEqualTo("0");
    Column created = t.columns().get(4);
    assertThat(created.type())
        .isEqualTo(
            new DataType(
                "timestamp with time zone", null, 3, null, null, "timestamp(3) with time zone"));
    assertThat(created.defaultValue()).isEqualToIgnoringCase("systimestamp");
    Column total = t.columns().get(5);
    assertThat(total.generatedExpression()).contains("\"Ünïcødé\"").contains("2");
    assertThat(total.generatedStored()).isFalse();
    assertThat(total.defaultValue()).isNull();
    assertThat(t.columns().subList(6, 13))
        .extracting(Column::type)
        .containsExactly(
            new DataType("char", 5L, null, null, LengthUnit.BYTE, "char(5 byte)"),
            new DataType("nvarchar2", 10L, null, null, LengthUnit.CHAR, "nvarchar2(10)"),
            new DataType("float", null, 126, null, null, "float(126)"),
            new DataType("number", null, null, 0, null, "number(*,0)"),
            new DataType("raw", 16L, null, null, null, "raw(16)"),
            new DataType(
                "interval day to second", null, 3, 2, null, "interval day(3) to second(2)"),
            DataType.of("\"" + SCHEMA + "\".\"ADDRESS_T\""));
  }

  @Test
  void constraintsWithoutNotNullChecksAndWithoutGeneratedNames() {
    Table customer = table("Customer");
    assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("ID")));
    assertThat(customer.uniqueConstraints())
        .containsExactly(new UniqueConstraint("CUSTOMER_NAME_UQ", List.of("First Name", "CODE")));
    assertThat(customer.checkConstraints())
        .containsExactly(new CheckConstraint("CK_UNICODE", "\"Ünïcødé\" >= 0"));
    Table order = table("order");
    assertThat(order.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("Order Id")));
    assertThat(order.checkConstraints()).isEmpty();
    assertThat(order.foreignKeys())
        .containsExactly(
            new ForeignKey(
                "ORDER_CUSTOMER_FK",
                List.of("CUSTOMER_ID"),
                SCHEMA,
                "Customer",
                List.of("ID"),
                ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION));
  }

  @Test
  void indexesWithExpressionsDescendingKeysAndBitmaps() {
    assertThat(schema.indexes().stream().filter(i -> i.table().equals("order")))
        .containsExactly(
            new Index(
                "BM_NOTE",
                "order",
                false,
                List.of(IndexKey.column("NOTE")),
                List.of(),
                null,
                "bitmap",
                Origin.catalog()),
            new Index(
                "Idx Note",
                "order",
                false,
                List.of(
                    IndexKey.expression("UPPER(\"NOTE\")"),
                    new IndexKey("AMOUNT", null, SortOrder.DESC, NullsOrder.DEFAULT)),
                List.of(),
                null,
                "btree",
                Origin.catalog()));
    // Constraint and IOT indexes are not listed.
    assertThat(schema.indexes()).extracting(Index::table).doesNotContain("Customer", "IOT_LOOKUP");
  }

  @Test
  void viewsWithCheckOptionReadOnlyAndMaterialized() {
    assertThat(schema.views())
        .extracting(View::name, View::materialized, View::checkOption)
        .containsExactly(
            tuple("Big Orders", false, ViewCheckOption.CASCADED),
            tuple("MV_TOTALS", true, ViewCheckOption.NONE),
            tuple("ORDER_ENTRY", false, ViewCheckOption.NONE),
            tuple("RO_VIEW", false, ViewCheckOption.READ_ONLY));
    View big = schema.views().get(0);
    assertThat(big.columns()).extracting(Column::name).containsExactly("Order Id", "AMOUNT");
    assertThat(big.definition()).contains("amount > 100");
    View mv = schema.views().get(1);
    assertThat(mv.columns()).extracting(Column::name).containsExactly("CUSTOMER_ID", "TOTAL");
    assertThat(mv.definition()).containsIgnoringCase("sum(amount)");
  }

  @Test
  void sequenceWithLastNumberAsCurrentValue() {
    assertThat(schema.sequences())
        .containsExactly(
            new Sequence(
                "Order Seq",
                null,
                null,
                BigInteger.valueOf(5),
                BigInteger.valueOf(10),
                BigInteger.valueOf(100000),
                true,
                20L,
                // one nextval reserved a cache of 20 values: 100 .. 195
                BigInteger.valueOf(200),
                Origin.catalog()));
  }

  @Test
  void routinesWithModesDefaultsAndSource() {
    assertThat(schema.routines())
        .extracting(Routine::name)
        .containsExactly("ADD_TAX", "Archive Orders", "NOOP", "SECRET_PROC");
    Routine addTax = routine("ADD_TAX");
    assertThat(addTax.routineKind()).isEqualTo(RoutineKind.FUNCTION);
    assertThat(addTax.language()).isEqualTo("plsql");
    assertThat(addTax.returnType()).isEqualTo(DataType.of("number"));
    assertThat(addTax.parameters())
        .containsExactly(
            new Parameter("AMOUNT", ParameterMode.IN, DataType.of("number"), null),
            new Parameter("RATE", ParameterMode.IN, DataType.of("number"), "0.2"));
    assertThat(addTax.source())
        .startsWith("CREATE OR REPLACE function add_tax")
        .contains("amount * (1 + rate)");
    Routine archive = routine("Archive Orders");
    assertThat(archive.routineKind()).isEqualTo(RoutineKind.PROCEDURE);
    assertThat(archive.returnType()).isNull();
    assertThat(archive.parameters())
        .containsExactly(
            new Parameter("P_BEFORE", ParameterMode.IN, DataType.of("date"), null),
            new Parameter("P_MOVED", ParameterMode.IN_OUT, DataType.of("number"), null),
            new Parameter("P_NOTE", ParameterMode.OUT, DataType.of("varchar2"), null));
    assertThat(routine("NOOP").parameters()).isEmpty();
    assertThat(routine("SECRET_PROC").source()).isNull();
  }

  @Test
  void packageSpecAndBody() {
    assertThat(schema.packages()).extracting(DbPackage::name).containsExactly("BILLING");
    DbPackage billing = schema.packages().get(0);
    assertThat(billing.spec()).startsWith("CREATE OR REPLACE package billing as");
    assertThat(billing.body()).startsWith("CREATE OR REPLACE package body billing as");
  }

  @Test
  void triggersOfEveryKind() {
    assertThat(schema.triggers())
        .extracting(Trigger::name, Trigger::table, Trigger::timing, Trigger::events, Trigger::level)
        .containsExactly(
            tuple(
                "DDL_WATCH",
                null,
                TriggerTiming.AFTER,
                List.of(TriggerEvent.SYSTEM),
                TriggerLevel.STATEMENT),
            tuple(
                "ORDER_AUDIT",
                "order",
                TriggerTiming.AFTER,
                List.of(TriggerEvent.DELETE),
                TriggerLevel.STATEMENT),
            tuple(
                "ORDER_COMPOUND",
                "order",
                TriggerTiming.COMPOUND,
                List.of(TriggerEvent.UPDATE),
                TriggerLevel.ROW),
            tuple(
                "ORDER_ENTRY_INS",
                "ORDER_ENTRY",
                TriggerTiming.INSTEAD_OF,
                List.of(TriggerEvent.INSERT),
                TriggerLevel.ROW),
            tuple(
                "Order Touch",
                "order",
                TriggerTiming.BEFORE,
                List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE),
                TriggerLevel.ROW));
    Trigger touch = schema.triggers().get(4);
    assertThat(touch.tableSchema()).isEqualTo(SCHEMA);
    assertThat(touch.updateColumns()).containsExactly("NOTE", "AMOUNT");
    assertThat(touch.when()).isEqualTo("new.amount is not null");
    assertThat(touch.body())
        .startsWith("CREATE OR REPLACE trigger \"Order Touch\"")
        .contains("nvl(:new.note, '-')");
    assertThat(schema.triggers().get(0).tableSchema()).isNull();
  }

  @Test
  void synonymsIncludingPublicOnesPointingHere() {
    assertThat(schema.synonyms())
        .extracting(
            Synonym::name, Synonym::publicSynonym, Synonym::targetSchema, Synonym::targetName)
        .containsExactly(
            tuple("CUST", false, SCHEMA, "Customer"),
            tuple(PUBLIC_SYNONYM, true, SCHEMA, "order"),
            tuple("REMOTE_EMP", false, "SCOTT", "EMP"));
    assertThat(schema.synonyms().get(2).targetLink()).startsWith("REMOTE_LINK");
  }

  @Test
  void objectAndCollectionTypes() {
    assertThat(schema.types())
        .extracting(UserType::name, UserType::typeKind)
        .containsExactly(
            tuple("ADDRESS_T", TypeKind.OBJECT),
            tuple("MONEY_T", TypeKind.OBJECT),
            tuple("PHONE_LIST", TypeKind.VARRAY),
            tuple("TAG_TABLE", TypeKind.NESTED_TABLE));
    UserType address = schema.types().get(0);
    assertThat(address.attributes())
        .containsExactly(
            Column.of(
                "STREET",
                new DataType("varchar2", 80L, null, null, LengthUnit.BYTE, "varchar2(80 byte)")),
            Column.of(
                "ZIP", new DataType("char", 5L, null, null, LengthUnit.BYTE, "char(5 byte)")));
    assertThat(address.definition()).startsWith("CREATE OR REPLACE type address_t as object");
    assertThat(schema.types().get(1).definition())
        .contains("member function doubled")
        .contains("\n/\nCREATE OR REPLACE type body money_t");
    UserType phones = schema.types().get(2);
    assertThat(phones.limit()).isEqualTo(3L);
    assertThat(phones.baseType())
        .isEqualTo(new DataType("varchar2", 20L, null, null, LengthUnit.BYTE, "varchar2(20 byte)"));
    assertThat(schema.types().get(3).baseType().name()).isEqualTo("varchar2");
  }

  @Test
  void roundTripsDoNotDependOnObjectCount() {
    // session, schemas, source, tables, views, materialized views, types, columns, type
    // attributes, keys, checks, indexes, index columns, sequences, routine parameters, routines
    // and packages, trigger columns, triggers, synonyms
    assertThat(roundTrips).isEqualTo(19);
  }

  @Test
  void schemaNamesFoldToUpperCaseAndUnknownOnesAreReported() throws Exception {
    try (Connection c = connect(SCHEMA, PASSWORD)) {
      Database folded =
          new OracleDialect()
              .catalogReader()
              .read(c, CatalogRequest.of(List.of(SCHEMA.toLowerCase(Locale.ROOT))));
      assertThat(folded.schemas()).extracting(Schema::name).containsExactly(SCHEMA);
      assertThatThrownBy(
              () ->
                  new OracleDialect()
                      .catalogReader()
                      .read(c, CatalogRequest.of(List.of("NO_SUCH_SCHEMA_X"))))
          .isInstanceOf(DatabaseAccessException.class)
          .hasMessageStartingWith("schema 'NO_SUCH_SCHEMA_X' not found (available: ")
          .hasMessageContaining(SCHEMA);
    }
  }

  @Test
  void theServiceReadsTheDefaultSchemaAndReportsAWrongPassword() {
    CatalogService service = new CatalogService(Dialects.discover());
    CatalogService.Inspection inspection =
        service.inspect(new ConnectionSpec(url, SCHEMA, Secret.of(PASSWORD)), List.of(), null);
    assertThat(inspection.database().schemas()).extracting(Schema::name).containsExactly(SCHEMA);
    assertThatThrownBy(
            () ->
                service.inspect(
                    new ConnectionSpec(url, SCHEMA, Secret.of("wrong-password")), List.of(), null))
        .isInstanceOf(DatabaseAccessException.class)
        .extracting(e -> ((DatabaseAccessException) e).reason())
        .isEqualTo(Reason.AUTHENTICATION);
  }

  @Test
  void jsonRoundTripKeepsEveryField() throws Exception {
    CatalogJson json = new CatalogJson();
    assertThat(json.read(json.write(db))).isEqualTo(db);
  }

  private static Connection admin() throws SQLException {
    return connect(
        System.getenv().getOrDefault("GODWIT_TEST_ORACLE_USER", "system"),
        System.getenv().getOrDefault("GODWIT_TEST_ORACLE_PASSWORD", ""));
  }

  /** Connects with the driver properties the dialect sets in production. */
  private static Connection connect(String user, String password) throws SQLException {
    Properties props = new Properties();
    props.putAll(new OracleDialect().driverProperties());
    props.setProperty("user", user);
    props.setProperty("password", password);
    return DriverManager.getConnection(url, props);
  }

  private static Table table(String name) {
    return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Routine routine(String name) {
    return schema.routines().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
