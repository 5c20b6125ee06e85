package io.godwit.dialect.sqlserver;

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
import io.godwit.model.ForeignKey;
import io.godwit.model.Identity;
import io.godwit.model.IdentityGeneration;
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
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
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Reads a real SQL Server catalog holding every object kind, with awkward names. Runs when {@code
 * GODWIT_TEST_SQLSERVER_URL} is set ({@code jdbc:sqlserver://host:1433;encrypt=false} or with
 * {@code trustServerCertificate=true} for a test container); {@code GODWIT_TEST_SQLSERVER_USER} and
 * {@code GODWIT_TEST_SQLSERVER_PASSWORD} name a login that may create databases (sa on a test
 * server). The test creates its own database and drops it.
 */
@EnabledIfEnvironmentVariable(named = "GODWIT_TEST_SQLSERVER_URL", matches = ".+")
class SqlServerCatalogReaderIT {

  static final String DATABASE = "godwit_it_" + ProcessHandle.current().pid();
  static final String SALES = "Sales Dept";

  static String serverUrl;
  static String url;
  static Database db;
  static Schema sales;
  static Schema dbo;
  static int roundTrips;

  @BeforeAll
  static void createAndRead() throws Exception {
    serverUrl = System.getenv("GODWIT_TEST_SQLSERVER_URL");
    url = serverUrl + ";databaseName=" + DATABASE;
    try (Connection c = connect(serverUrl);
        Statement s = c.createStatement()) {
      dropDatabase(s);
      s.execute("create database [" + DATABASE + "]");
    }
    try (Connection c = connect(url);
        Statement s = c.createStatement()) {
      for (String sql : ddl()) {
        s.execute(sql);
      }
      s.execute("select next value for [Sales Dept].[Order Seq]");
    }
    try (Connection c = connect(url)) {
      RoundTrips trips = new RoundTrips();
      db =
          new SqlServerDialect()
              .catalogReader()
              .read(c, new CatalogRequest(List.of(SALES, "dbo"), null, trips));
      roundTrips = trips.count();
    }
    sales = db.schema(SALES).orElseThrow();
    dbo = db.schema("dbo").orElseThrow();
  }

  @AfterAll
  static void drop() throws Exception {
    if (serverUrl == null) {
      return;
    }
    try (Connection c = connect(serverUrl);
        Statement s = c.createStatement()) {
      dropDatabase(s);
    }
  }

  private static void dropDatabase(Statement s) throws SQLException {
    s.execute(
        "if db_id(N'"
            + DATABASE
            + "') is not null begin alter database ["
            + DATABASE
            + "] set single_user with rollback immediate; drop database ["
            + DATABASE
            + "]; end");
  }

  private static List<String> ddl() {
    return List.of(
        "create schema [Sales Dept]",
        "create type [Sales Dept].[Phone Number] from varchar(20) not null",
        "create type [Sales Dept].OrderLines as table (line_no int not null primary key,"
            + " sku nvarchar(40), qty decimal(9,2) default 1)",
        """
        create table [Sales Dept].[Customer] (
          id bigint identity(7, 3) primary key,
          [First Name] nvarchar(40) not null,
          [select] varchar(max) default 'x''y',
          [Ünïcødé] decimal(12,2) default 0 constraint ck_unicode check ([Ünïcødé] >= 0),
          created datetime2(3) default sysutcdatetime(),
          total as ([Ünïcødé] * 2) persisted,
          phone [Sales Dept].[Phone Number],
          code char(5),
          ratio float,
          constraint customer_name_uq unique ([First Name], code)
        )""",
        "exec sp_addextendedproperty N'MS_Description', N'People who buy', N'SCHEMA',"
            + " N'Sales Dept', N'TABLE', N'Customer'",
        "exec sp_addextendedproperty N'MS_Description', N'Given name', N'SCHEMA',"
            + " N'Sales Dept', N'TABLE', N'Customer', N'COLUMN', N'First Name'",
        """
        create table [Sales Dept].[order] (
          [Order Id] int primary key nonclustered,
          customer_id bigint not null,
          note nvarchar(100),
          amount decimal(12,2),
          created_on date,
          constraint order_customer_fk foreign key (customer_id)
            references [Sales Dept].[Customer] (id) on delete cascade
        )""",
        "create table dbo.ref (a int, b int, primary key (a, b))",
        "create table [Sales Dept].lines (id int, a int, b int, constraint lines_ref_fk"
            + " foreign key (a, b) references dbo.ref (a, b) on update cascade)",
        "create clustered index [Idx Created] on [Sales Dept].[order] (created_on desc)",
        "create unique nonclustered index uq_amount on [Sales Dept].[order]"
            + " (customer_id, amount desc) include (note) where amount > 0",
        "create nonclustered columnstore index ncci_lines on [Sales Dept].lines (id, a)",
        "create view [Sales Dept].[Big Orders] as select [Order Id], amount"
            + " from [Sales Dept].[order] where amount > 100 with check option",
        "create view [Sales Dept].order_totals with schemabinding as select customer_id,"
            + " count_big(*) as n, sum(isnull(amount, 0)) as total from [Sales Dept].[order]"
            + " group by customer_id",
        "create unique clustered index ix_order_totals on [Sales Dept].order_totals"
            + " (customer_id)",
        "create view [Sales Dept].[Order Entry] as select [Order Id], customer_id"
            + " from [Sales Dept].[order]",
        "create view [Sales Dept].secret_view with encryption as select 1 as x",
        "create sequence [Sales Dept].[Order Seq] as bigint start with 100 increment by 5"
            + " minvalue 10 maxvalue 100000 cycle cache 20",
        "create function [Sales Dept].add_tax(@amount decimal(12,2), @rate decimal(5,2) = 0.2)"
            + " returns decimal(14,2) as begin return @amount * (1 + @rate) end",
        "create procedure [Sales Dept].[Archive Orders] @before date, @moved int output"
            + " as begin set @moved = 0 end",
        "create function [Sales Dept].orders_of(@customer bigint) returns table as return"
            + " select * from [Sales Dept].[order] where customer_id = @customer",
        "create function [Sales Dept].top_orders(@n int) returns @t table (id int) as begin"
            + " insert @t select top (@n) [Order Id] from [Sales Dept].[order]; return end",
        "create procedure [Sales Dept].add_lines @lines [Sales Dept].OrderLines readonly"
            + " as select count(*) from @lines",
        "create procedure [Sales Dept].secret_proc with encryption as select 1",
        "create trigger [Sales Dept].[Order Touch] on [Sales Dept].[order] after insert, update"
            + " as set nocount on",
        "create trigger [Sales Dept].order_entry_ins on [Sales Dept].[Order Entry]"
            + " instead of insert as set nocount on",
        "create trigger ddl_watch on database after create_table as set nocount on",
        "create synonym [Sales Dept].cust for [Sales Dept].[Customer]",
        "create synonym [Sales Dept].far_orders for [Remote].[Sales DB].dbo.[Orders]",
        "create synonym dbo.other_db for [Other DB]..T");
  }

  @Test
  void databaseAndTables() {
    assertThat(db.product()).isEqualTo("sqlserver");
    assertThat(db.name()).isEqualTo(DATABASE);
    assertThat(db.schemas()).extracting(Schema::name).containsExactly(SALES, "dbo");
    assertThat(sales.tables())
        .extracting(Table::name, Table::tableKind)
        .containsExactly(
            tuple("Customer", TableKind.REGULAR),
            tuple("lines", TableKind.REGULAR),
            tuple("order", TableKind.REGULAR));
    assertThat(sales.problems())
        .extracting(ReadProblem::kind, ReadProblem::object)
        .containsExactlyInAnyOrder(
            tuple(ObjectKind.VIEW, "secret_view"), tuple(ObjectKind.PROCEDURE, "secret_proc"));
    assertThat(sales.problems())
        .allSatisfy(p -> assertThat(p.reason()).startsWith("encrypted (WITH ENCRYPTION)"));
  }

  @Test
  void customerColumnsFieldByField() {
    Table t = table("Customer");
    assertThat(t.comment()).isEqualTo("People who buy");
    assertThat(t.columns())
        .extracting(Column::name)
        .containsExactly(
            "id", "First Name", "select", "Ünïcødé", "created", "total", "phone", "code", "ratio");
    assertThat(t.columns().get(0))
        .isEqualTo(
            new Column(
                "id",
                DataType.of("bigint"),
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
                new DataType("nvarchar", 40L, null, null, null, "nvarchar(40)"),
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
                new DataType("varchar", -1L, null, null, null, "varchar(max)"),
                true,
                "'x''y'",
                null,
                null,
                false,
                null));
    assertThat(t.columns().get(3).type())
        .isEqualTo(new DataType("decimal", null, 12, 2, null, "decimal(12,2)"));
    assertThat(t.columns().get(3).defaultValue()).isEqualTo("0");
    assertThat(t.columns().get(4).type())
        .isEqualTo(new DataType("datetime2", null, 3, null, null, "datetime2(3)"));
    assertThat(t.columns().get(4).defaultValue()).isEqualTo("sysutcdatetime()");
    Column total = t.columns().get(5);
    assertThat(total.generatedExpression()).isEqualTo("[Ünïcødé]*(2)");
    assertThat(total.generatedStored()).isTrue();
    assertThat(t.columns().get(6).type())
        .isEqualTo(
            new DataType(
                "[Sales Dept].[Phone Number]",
                20L,
                null,
                null,
                null,
                "[Sales Dept].[Phone Number]"));
    assertThat(t.columns().get(6).nullable()).isFalse();
    assertThat(t.columns().get(7).type())
        .isEqualTo(new DataType("char", 5L, null, null, null, "char(5)"));
    assertThat(t.columns().get(8).type())
        .isEqualTo(new DataType("float", null, 53, null, null, "float(53)"));
  }

  @Test
  void constraints() {
    Table customer = table("Customer");
    assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
    assertThat(customer.uniqueConstraints())
        .containsExactly(new UniqueConstraint("customer_name_uq", List.of("First Name", "code")));
    assertThat(customer.checkConstraints())
        .containsExactly(new CheckConstraint("ck_unicode", "[Ünïcødé]>=(0)"));
    assertThat(table("order").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "order_customer_fk",
                List.of("customer_id"),
                SALES,
                "Customer",
                List.of("id"),
                ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION));
    assertThat(table("lines").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "lines_ref_fk",
                List.of("a", "b"),
                "dbo",
                "ref",
                List.of("a", "b"),
                ReferentialAction.NO_ACTION,
                ReferentialAction.CASCADE));
    assertThat(dbo.tables().get(0).primaryKey()).isEqualTo(new PrimaryKey(null, List.of("a", "b")));
  }

  @Test
  void indexesClusteredFilteredIncludedAndColumnstore() {
    assertThat(sales.indexes())
        .containsExactly(
            new Index(
                "ncci_lines",
                "lines",
                false,
                List.of(IndexKey.column("id"), IndexKey.column("a")),
                List.of(),
                null,
                "nonclustered columnstore",
                Origin.catalog()),
            new Index(
                "Idx Created",
                "order",
                false,
                List.of(new IndexKey("created_on", null, SortOrder.DESC, NullsOrder.DEFAULT)),
                List.of(),
                null,
                "clustered",
                Origin.catalog()),
            new Index(
                "uq_amount",
                "order",
                true,
                List.of(
                    IndexKey.column("customer_id"),
                    new IndexKey("amount", null, SortOrder.DESC, NullsOrder.DEFAULT)),
                List.of("note"),
                "[amount]>(0)",
                "nonclustered",
                Origin.catalog()),
            new Index(
                "ix_order_totals",
                "order_totals",
                true,
                List.of(IndexKey.column("customer_id")),
                List.of(),
                null,
                "clustered",
                Origin.catalog()));
  }

  @Test
  void viewsIndexedViewsAndEncryptedViews() {
    assertThat(sales.views())
        .extracting(View::name, View::materialized, View::checkOption)
        .containsExactly(
            tuple("Big Orders", false, ViewCheckOption.CASCADED),
            tuple("Order Entry", false, ViewCheckOption.NONE),
            tuple("order_totals", true, ViewCheckOption.NONE),
            tuple("secret_view", false, ViewCheckOption.NONE));
    View big = sales.views().get(0);
    assertThat(big.columns()).extracting(Column::name).containsExactly("Order Id", "amount");
    assertThat(big.definition()).startsWith("create view [Sales Dept].[Big Orders]");
    assertThat(sales.views().get(3).definition()).isNull();
  }

  @Test
  void sequenceWithCastValues() {
    assertThat(sales.sequences())
        .containsExactly(
            new Sequence(
                "Order Seq",
                DataType.of("bigint"),
                BigInteger.valueOf(100),
                BigInteger.valueOf(5),
                BigInteger.valueOf(10),
                BigInteger.valueOf(100000),
                true,
                20L,
                BigInteger.valueOf(100),
                Origin.catalog()));
  }

  @Test
  void routinesWithOutputParametersAndResults() {
    assertThat(sales.routines())
        .extracting(Routine::name, Routine::routineKind)
        .containsExactly(
            tuple("Archive Orders", RoutineKind.PROCEDURE),
            tuple("add_lines", RoutineKind.PROCEDURE),
            tuple("add_tax", RoutineKind.FUNCTION),
            tuple("orders_of", RoutineKind.FUNCTION),
            tuple("secret_proc", RoutineKind.PROCEDURE),
            tuple("top_orders", RoutineKind.FUNCTION));
    Routine addTax = routine("add_tax");
    assertThat(addTax.returnType())
        .isEqualTo(new DataType("decimal", null, 14, 2, null, "decimal(14,2)"));
    assertThat(addTax.parameters())
        .containsExactly(
            new Parameter(
                "@amount",
                ParameterMode.IN,
                new DataType("decimal", null, 12, 2, null, "decimal(12,2)"),
                null),
            new Parameter(
                "@rate",
                ParameterMode.IN,
                new DataType("decimal", null, 5, 2, null, "decimal(5,2)"),
                null));
    assertThat(addTax.language()).isEqualTo("tsql");
    assertThat(addTax.source()).startsWith("create function [Sales Dept].add_tax");
    Routine archive = routine("Archive Orders");
    assertThat(archive.returnType()).isNull();
    assertThat(archive.parameters())
        .extracting(Parameter::name, Parameter::mode, p -> p.type().name())
        .containsExactly(
            tuple("@before", ParameterMode.IN, "date"),
            tuple("@moved", ParameterMode.IN_OUT, "int"));
    assertThat(routine("orders_of").returnType()).isEqualTo(DataType.of("table"));
    assertThat(routine("top_orders").returnType()).isEqualTo(DataType.of("table"));
    assertThat(routine("add_lines").parameters())
        .extracting(p -> p.type().name())
        .containsExactly("[Sales Dept].[OrderLines]");
    assertThat(routine("secret_proc").source()).isNull();
  }

  @Test
  void triggersDmlInsteadOfAndDatabase() {
    assertThat(sales.triggers())
        .extracting(Trigger::name, Trigger::table, Trigger::timing, Trigger::events, Trigger::level)
        .containsExactly(
            tuple(
                "Order Touch",
                "order",
                TriggerTiming.AFTER,
                List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE),
                TriggerLevel.STATEMENT),
            tuple(
                "order_entry_ins",
                "Order Entry",
                TriggerTiming.INSTEAD_OF,
                List.of(TriggerEvent.INSERT),
                TriggerLevel.STATEMENT));
    assertThat(sales.triggers().get(0).tableSchema()).isEqualTo(SALES);
    assertThat(sales.triggers().get(0).body()).startsWith("create trigger [Sales Dept].[Order");
    assertThat(dbo.triggers())
        .extracting(Trigger::name, Trigger::tableSchema, Trigger::table, Trigger::events)
        .containsExactly(tuple("ddl_watch", null, null, List.of(TriggerEvent.SYSTEM)));
  }

  @Test
  void synonymsSplitIntoServerDatabaseSchemaAndName() {
    assertThat(sales.synonyms())
        .containsExactly(
            new Synonym("cust", false, SALES, "Customer", null, null, Origin.catalog()),
            new Synonym(
                "far_orders", false, "dbo", "Orders", "Remote", "Sales DB", Origin.catalog()));
    assertThat(dbo.synonyms())
        .containsExactly(
            new Synonym("other_db", false, null, "T", null, "Other DB", Origin.catalog()));
  }

  @Test
  void aliasAndTableTypes() {
    assertThat(sales.types())
        .extracting(UserType::name, UserType::typeKind)
        .containsExactly(
            tuple("OrderLines", TypeKind.TABLE_TYPE), tuple("Phone Number", TypeKind.ALIAS));
    UserType lines = sales.types().get(0);
    assertThat(lines.attributes())
        .extracting(Column::name, c -> c.type().declared(), Column::nullable)
        .containsExactly(
            tuple("line_no", "int", false),
            tuple("sku", "nvarchar(40)", true),
            tuple("qty", "decimal(9,2)", true));
    assertThat(lines.attributes().get(2).defaultValue()).isEqualTo("1");
    assertThat(sales.types().get(1).baseType())
        .isEqualTo(new DataType("varchar", 20L, null, null, null, "varchar(20)"));
  }

  @Test
  void roundTripsDoNotDependOnObjectCount() {
    // schemas, tables, views, columns, keys, foreign keys, checks, indexes, sequences, table type
    // columns, types, routine parameters, routines, trigger events, triggers, synonyms
    assertThat(roundTrips).isEqualTo(16);
  }

  @Test
  void defaultSchemasAndUnknownOnes() throws Exception {
    try (Connection c = connect(url)) {
      Database all = new SqlServerDialect().catalogReader().read(c, CatalogRequest.of(List.of()));
      // sys.schemas in the database's collation order
      assertThat(all.schemas()).extracting(Schema::name).containsExactly("dbo", SALES);
      assertThatThrownBy(
              () ->
                  new SqlServerDialect()
                      .catalogReader()
                      .read(c, CatalogRequest.of(List.of("nope"))))
          .isInstanceOf(DatabaseAccessException.class)
          .hasMessage("schema 'nope' not found (available: dbo, Sales Dept)");
    }
  }

  @Test
  void theServiceReportsAWrongPasswordAndAnUnknownDatabase() {
    CatalogService service = new CatalogService(Dialects.discover());
    String user = System.getenv().getOrDefault("GODWIT_TEST_SQLSERVER_USER", "sa");
    assertThatThrownBy(
            () ->
                service.inspect(
                    new ConnectionSpec(url, user, Secret.of("wrong-password")), List.of(), null))
        .isInstanceOf(DatabaseAccessException.class)
        .extracting(e -> ((DatabaseAccessException) e).reason())
        .isEqualTo(Reason.AUTHENTICATION);
    assertThatThrownBy(
            () ->
                service.inspect(
                    new ConnectionSpec(
                        serverUrl + ";databaseName=no_such_db_x",
                        user,
                        Secret.of(
                            System.getenv().getOrDefault("GODWIT_TEST_SQLSERVER_PASSWORD", ""))),
                    List.of(),
                    null))
        .isInstanceOf(DatabaseAccessException.class)
        .extracting(e -> ((DatabaseAccessException) e).reason())
        .isEqualTo(Reason.UNKNOWN_DATABASE);
  }

  @Test
  void jsonRoundTripKeepsEveryField() throws Exception {
    CatalogJson json = new CatalogJson();
    assertThat(json.read(json.write(db))).isEqualTo(db);
  }

  /** Connects with the driver properties the dialect sets in production. */
  private static Connection connect(String jdbcUrl) throws SQLException {
    Properties props = new Properties();
    props.putAll(new SqlServerDialect().driverProperties());
    props.setProperty("user", System.getenv().getOrDefault("GODWIT_TEST_SQLSERVER_USER", "sa"));
    props.setProperty(
        "password", System.getenv().getOrDefault("GODWIT_TEST_SQLSERVER_PASSWORD", ""));
    return DriverManager.getConnection(jdbcUrl, props);
  }

  private static Table table(String name) {
    return sales.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Routine routine(String name) {
    return sales.routines().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
