package io.godwit.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.dialect.CatalogRequest;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.RoundTrips;
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
import io.godwit.model.Origin;
import io.godwit.model.Parameter;
import io.godwit.model.ParameterMode;
import io.godwit.model.PrimaryKey;
import io.godwit.model.ReferentialAction;
import io.godwit.model.Routine;
import io.godwit.model.RoutineKind;
import io.godwit.model.Schema;
import io.godwit.model.Sequence;
import io.godwit.model.SortOrder;
import io.godwit.model.Table;
import io.godwit.model.Trigger;
import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import io.godwit.model.UniqueConstraint;
import io.godwit.model.View;
import io.godwit.model.ViewCheckOption;
import io.godwit.project.CatalogJson;
import io.godwit.testdb.TestMariaDb;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads a real MariaDB catalog holding every object kind MySQL has, with awkward names. */
class MySqlCatalogReaderIT {

  static String url;
  static String schemaName;
  static Database db;
  static Schema schema;
  static int roundTrips;

  @BeforeAll
  static void createAndRead() throws Exception {
    TestMariaDb maria = TestMariaDb.get();
    url = maria.createDatabase("myreader");
    schemaName = url.substring(url.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(url);
        Statement s = c.createStatement()) {
      for (String ddl :
          List.of(
              """
              create table `Customer` (
                id bigint unsigned not null auto_increment primary key,
                `First Name` varchar(40) not null comment 'Given name',
                `select` varchar(20) default 'x''y',
                `Ünïcødé` decimal(12,2) default 0,
                created datetime(3) default current_timestamp(3),
                mood enum('sad','ok','happy'),
                flags bit(3),
                code char(5),
                total decimal(14,2) as (`Ünïcødé` * 2) stored,
                doc text,
                constraint customer_name_uq unique (`First Name`, code),
                constraint positive check (`Ünïcødé` >= 0)
              ) comment 'People who buy'
              """,
              """
              create table `order` (
                `Order Id` int primary key,
                customer_id bigint unsigned,
                note varchar(100),
                amount decimal(10,2),
                constraint order_customer_fk foreign key (customer_id)
                  references `Customer`(id) on delete cascade on update set null,
                index `Idx Note` (note(10) desc, customer_id)
              )
              """,
              "create unique index uq_amount on `order` (amount desc)",
              """
              create view `Big Orders` as select `Order Id`, amount from `order`
                where amount > 100 with local check option
              """,
              """
              create sequence `Order Seq` start with 100 increment by 5 minvalue 10
                maxvalue 100000 cycle cache 20
              """,
              """
              create function add_tax(amount decimal(10,2), rate decimal(4,2))
                returns decimal(12,2) deterministic return amount * (1 + rate)
              """,
              """
              create procedure `Archive Orders`(in `before` date, inout moved int)
              begin set moved = 0; end
              """,
              """
              create trigger `Order Touch` before insert on `order` for each row
                set new.note = coalesce(new.note, '')
              """)) {
        s.execute(ddl);
      }
    }
    try (Connection c = maria.connect(url)) {
      RoundTrips trips = new RoundTrips();
      db = new MySqlDialect().catalogReader().read(c, new CatalogRequest(List.of(), null, trips));
      roundTrips = trips.count();
    }
    schema = db.schemas().get(0);
  }

  @Test
  void databaseIsTheUrlsDatabase() {
    assertThat(db.product()).isEqualTo("mariadb");
    assertThat(db.version()).contains("MariaDB");
    assertThat(db.schemas()).extracting(Schema::name).containsExactly(schemaName);
    assertThat(schema.tables()).extracting(Table::name).containsExactly("Customer", "order");
    assertThat(schema.problems()).isEmpty();
  }

  @Test
  void customerTableFieldByField() {
    Table t = table("Customer");
    assertThat(t.comment()).isEqualTo("People who buy");
    assertThat(t.columns().get(0))
        .isEqualTo(
            new Column(
                "id",
                new DataType("bigint unsigned", null, null, null, null, "bigint(20) unsigned"),
                false,
                null,
                new Identity(IdentityGeneration.AUTO_INCREMENT, null, null),
                null,
                false,
                null));
    assertThat(t.columns().get(1))
        .isEqualTo(
            new Column(
                "First Name",
                new DataType("varchar", 40L, null, null, null, "varchar(40)"),
                false,
                null,
                null,
                null,
                false,
                "Given name"));
    assertThat(t.columns().get(2).defaultValue()).isEqualTo("'x''y'");
    assertThat(t.columns().get(3).type())
        .isEqualTo(new DataType("decimal", null, 12, 2, null, "decimal(12,2)"));
    assertThat(t.columns().get(3).defaultValue()).isEqualTo("0.00");
    assertThat(t.columns().get(4).type())
        .isEqualTo(new DataType("datetime", null, 3, null, null, "datetime(3)"));
    assertThat(t.columns().get(4).defaultValue()).isEqualTo("current_timestamp(3)");
    assertThat(t.columns().get(5).type())
        .isEqualTo(new DataType("enum", null, null, null, null, "enum('sad','ok','happy')"));
    assertThat(t.columns().get(6).type())
        .isEqualTo(new DataType("bit", 3L, null, null, null, "bit(3)"));
    assertThat(t.columns().get(7).type())
        .isEqualTo(new DataType("char", 5L, null, null, null, "char(5)"));
    Column total = t.columns().get(8);
    assertThat(total.generatedExpression()).isEqualTo("`Ünïcødé` * 2");
    assertThat(total.generatedStored()).isTrue();
    assertThat(total.defaultValue()).isNull();
    assertThat(t.columns().get(9).type().name()).isEqualTo("text");
    assertThat(t.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
    assertThat(t.uniqueConstraints())
        .containsExactly(new UniqueConstraint("customer_name_uq", List.of("First Name", "code")));
    assertThat(t.checkConstraints())
        .containsExactly(new CheckConstraint("positive", "`Ünïcødé` >= 0"));
  }

  @Test
  void foreignKeyWithRules() {
    assertThat(table("order").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "order_customer_fk",
                List.of("customer_id"),
                schemaName,
                "Customer",
                List.of("id"),
                ReferentialAction.CASCADE,
                ReferentialAction.SET_NULL));
  }

  @Test
  void indexesExceptThoseOfConstraints() {
    assertThat(schema.indexes())
        .containsExactly(
            new Index(
                "Idx Note",
                "order",
                false,
                List.of(
                    new IndexKey(null, "`note`(10)", SortOrder.DESC, NullsOrder.DEFAULT),
                    IndexKey.column("customer_id")),
                List.of(),
                null,
                "btree",
                Origin.catalog()),
            new Index(
                "order_customer_fk",
                "order",
                false,
                List.of(IndexKey.column("customer_id")),
                List.of(),
                null,
                "btree",
                Origin.catalog()),
            new Index(
                "uq_amount",
                "order",
                true,
                List.of(new IndexKey("amount", null, SortOrder.DESC, NullsOrder.DEFAULT)),
                List.of(),
                null,
                "btree",
                Origin.catalog()));
  }

  @Test
  void view() {
    View v = schema.views().get(0);
    assertThat(v.name()).isEqualTo("Big Orders");
    assertThat(v.checkOption()).isEqualTo(ViewCheckOption.LOCAL);
    assertThat(v.columns()).extracting(Column::name).containsExactly("Order Id", "amount");
    assertThat(v.definition()).contains("`amount` > 100");
  }

  @Test
  void mariaDbSequence() {
    assertThat(schema.sequences())
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
                null,
                Origin.catalog()));
  }

  @Test
  void routines() {
    Routine addTax = routine("add_tax");
    assertThat(addTax.routineKind()).isEqualTo(RoutineKind.FUNCTION);
    assertThat(addTax.returnType())
        .isEqualTo(new DataType("decimal", null, 12, 2, null, "decimal(12,2)"));
    assertThat(addTax.parameters())
        .containsExactly(
            new Parameter(
                "amount",
                ParameterMode.IN,
                new DataType("decimal", null, 10, 2, null, "decimal(10,2)"),
                null),
            new Parameter(
                "rate",
                ParameterMode.IN,
                new DataType("decimal", null, 4, 2, null, "decimal(4,2)"),
                null));
    assertThat(addTax.source()).isEqualTo("return amount * (1 + rate)");
    Routine archive = routine("Archive Orders");
    assertThat(archive.routineKind()).isEqualTo(RoutineKind.PROCEDURE);
    assertThat(archive.parameters())
        .containsExactly(
            new Parameter("before", ParameterMode.IN, DataType.of("date"), null),
            new Parameter(
                "moved",
                ParameterMode.IN_OUT,
                new DataType("int", null, null, null, null, "int(11)"),
                null));
    assertThat(archive.source()).isEqualTo("begin set moved = 0; end");
  }

  @Test
  void trigger() {
    Trigger t = schema.triggers().get(0);
    assertThat(t.name()).isEqualTo("Order Touch");
    assertThat(t.tableSchema()).isEqualTo(schemaName);
    assertThat(t.table()).isEqualTo("order");
    assertThat(t.timing()).isEqualTo(TriggerTiming.BEFORE);
    assertThat(t.events()).containsExactly(TriggerEvent.INSERT);
    assertThat(t.level()).isEqualTo(TriggerLevel.ROW);
    assertThat(t.body()).isEqualTo("set new.note = coalesce(new.note, '')");
  }

  @Test
  void roundTripsDoNotDependOnObjectCount() {
    // schemas, tables, columns, fk rules, keys, checks, indexes, sequences, parameters,
    // routines, triggers
    assertThat(roundTrips).isEqualTo(11);
  }

  @Test
  void unknownSchema() throws Exception {
    try (Connection c = TestMariaDb.get().connect(url)) {
      assertThatThrownBy(
              () -> new MySqlDialect().catalogReader().read(c, CatalogRequest.of(List.of("nope"))))
          .isInstanceOf(DatabaseAccessException.class)
          .hasMessageStartingWith("schema 'nope' not found (available: ")
          .hasMessageContaining(schemaName);
    }
  }

  @Test
  void jsonRoundTrip() throws Exception {
    CatalogJson json = new CatalogJson();
    assertThat(json.read(json.write(db))).isEqualTo(db);
  }

  private static Table table(String name) {
    return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Routine routine(String name) {
    return schema.routines().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
