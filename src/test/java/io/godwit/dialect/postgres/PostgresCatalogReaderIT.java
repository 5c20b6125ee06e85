package io.godwit.dialect.postgres;

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
import io.godwit.testdb.TestPostgres;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads a real PostgreSQL catalog holding every object kind, with awkward names. */
class PostgresCatalogReaderIT {

  static final String SCHEMA = "Sales Dept";
  static String url;
  static Database db;
  static Schema sales;
  static int roundTrips;

  @BeforeAll
  static void createAndRead() throws Exception {
    TestPostgres pg = TestPostgres.get();
    url = pg.createDatabase("pgreader");
    try (Connection c = pg.connect(url);
        Statement s = c.createStatement()) {
      s.execute(
          """
          create schema "Sales Dept";
          create schema plain;
          create type "Sales Dept".mood as enum ('sad', 'ok', 'happy');
          create domain "Sales Dept".positive_int as integer check (value > 0);
          create type "Sales Dept".address as (street varchar(80), zip char(5));
          create sequence "Sales Dept"."Order Seq" start with 100 increment by 5
            minvalue 10 maxvalue 100000 cycle cache 20;
          select nextval('"Sales Dept"."Order Seq"');
          create table "Sales Dept"."Customer" (
            id bigint generated always as identity (start with 7 increment by 3) primary key,
            "First Name" varchar(40) not null,
            "select" text default 'x''y',
            "Ünïcødé" numeric(12,2) default 0 check ("Ünïcødé" >= 0),
            created timestamp(3) with time zone default now(),
            mood "Sales Dept".mood,
            qty "Sales Dept".positive_int,
            total numeric(14,2) generated always as ("Ünïcødé" * 2) stored,
            flags bit(3),
            code char(5),
            tags text[],
            constraint customer_name_uq unique ("First Name", code)
          );
          comment on table "Sales Dept"."Customer" is 'People who buy';
          comment on column "Sales Dept"."Customer"."First Name" is 'Given name';
          create table "Sales Dept"."order" (
            "Order Id" integer primary key default nextval('"Sales Dept"."Order Seq"'),
            customer_id bigint not null,
            note varchar,
            amount numeric,
            constraint order_customer_fk foreign key (customer_id)
              references "Sales Dept"."Customer"(id) on delete cascade on update set null
          );
          create table plain.ref (a int, b int, primary key (a, b));
          create table "Sales Dept".lines (id int, a int, b int,
            constraint lines_ref_fk foreign key (a, b) references plain.ref (a, b));
          create index "Idx Note" on "Sales Dept"."order"
            (lower(note) desc nulls last, customer_id) include (amount) where amount > 0;
          create unique index uq_amount on "Sales Dept"."order" using btree (amount desc);
          create view "Sales Dept"."Big Orders" as
            select "Order Id", amount from "Sales Dept"."order" where amount > 100
            with local check option;
          create materialized view "Sales Dept".mv_totals as
            select customer_id, sum(amount) as total from "Sales Dept"."order"
            group by customer_id;
          create function "Sales Dept".add_tax(amount numeric, rate numeric default 0.2)
            returns numeric language sql immutable as $$ select amount * (1 + rate) $$;
          create function "Sales Dept".split_name(full_name text, out first text, out last text)
            language plpgsql as $$ begin
              first := split_part(full_name, ' ', 1); last := split_part(full_name, ' ', 2);
            end $$;
          create procedure "Sales Dept"."Archive Orders"(in before date, inout moved integer)
            language plpgsql as $$ begin moved := 0; end $$;
          create function "Sales Dept".touch() returns trigger language plpgsql as $$
            begin new.note := coalesce(new.note, ''); return new; end $$;
          create trigger "Order Touch" before insert or update of note, amount
            on "Sales Dept"."order" for each row when (new.amount is not null)
            execute function "Sales Dept".touch();
          create function "Sales Dept".set_rows() returns setof integer language sql
            as $$ select 1 $$;
          """);
    }
    try (Connection c = pg.connect(url)) {
      RoundTrips trips = new RoundTrips();
      db =
          new PostgresDialect()
              .catalogReader()
              .read(c, new CatalogRequest(List.of(SCHEMA, "plain"), null, trips));
      roundTrips = trips.count();
    }
    sales = db.schema(SCHEMA).orElseThrow();
  }

  @Test
  void databaseAndSchemas() {
    assertThat(db.product()).isEqualTo("postgresql");
    assertThat(db.version()).startsWith("15.");
    assertThat(url).contains("/" + db.name());
    assertThat(db.name()).startsWith("pgreader_");
    assertThat(db.schemas()).extracting(Schema::name).containsExactly(SCHEMA, "plain");
    assertThat(sales.tables())
        .extracting(Table::name)
        .containsExactly("Customer", "lines", "order");
    assertThat(sales.problems()).isEmpty();
  }

  @Test
  void customerTableFieldByField() {
    Table t = table("Customer");
    assertThat(t.tableKind()).isEqualTo(TableKind.REGULAR);
    assertThat(t.comment()).isEqualTo("People who buy");
    assertThat(t.origin()).isEqualTo(Origin.catalog());
    assertThat(t.columns())
        .extracting(Column::name)
        .containsExactly(
            "id",
            "First Name",
            "select",
            "Ünïcødé",
            "created",
            "mood",
            "qty",
            "total",
            "flags",
            "code",
            "tags");
    assertThat(t.columns().get(0))
        .isEqualTo(
            new Column(
                "id",
                new DataType("bigint", null, null, null, null, "bigint"),
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
                new DataType("character varying", 40L, null, null, null, "character varying(40)"),
                false,
                null,
                null,
                null,
                false,
                "Given name"));
    assertThat(t.columns().get(2).defaultValue()).isEqualTo("'x''y'::text");
    assertThat(t.columns().get(3).type())
        .isEqualTo(new DataType("numeric", null, 12, 2, null, "numeric(12,2)"));
    assertThat(t.columns().get(3).defaultValue()).isEqualTo("0");
    assertThat(t.columns().get(4).type())
        .isEqualTo(
            new DataType(
                "timestamp with time zone", null, 3, null, null, "timestamp(3) with time zone"));
    assertThat(t.columns().get(4).defaultValue()).isEqualTo("now()");
    assertThat(t.columns().get(5).type().name()).isEqualTo("\"Sales Dept\".mood");
    assertThat(t.columns().get(6).type().name()).isEqualTo("\"Sales Dept\".positive_int");
    Column total = t.columns().get(7);
    assertThat(total.generatedExpression()).isEqualTo("(\"Ünïcødé\" * (2)::numeric)");
    assertThat(total.generatedStored()).isTrue();
    assertThat(total.defaultValue()).isNull();
    assertThat(t.columns().get(8).type())
        .isEqualTo(new DataType("bit", 3L, null, null, null, "bit(3)"));
    assertThat(t.columns().get(9).type())
        .isEqualTo(new DataType("character", 5L, null, null, null, "character(5)"));
    assertThat(t.columns().get(10).type().name()).isEqualTo("text[]");
    assertThat(t.primaryKey()).isEqualTo(new PrimaryKey("Customer_pkey", List.of("id")));
    assertThat(t.uniqueConstraints())
        .containsExactly(new UniqueConstraint("customer_name_uq", List.of("First Name", "code")));
    assertThat(t.checkConstraints())
        .containsExactly(
            new CheckConstraint("Customer_Ünïcødé_check", "(\"Ünïcødé\" >= (0)::numeric)"));
    assertThat(t.foreignKeys()).isEmpty();
  }

  @Test
  void foreignKeysAcrossSchemas() {
    assertThat(table("order").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "order_customer_fk",
                List.of("customer_id"),
                SCHEMA,
                "Customer",
                List.of("id"),
                ReferentialAction.CASCADE,
                ReferentialAction.SET_NULL));
    assertThat(table("lines").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "lines_ref_fk",
                List.of("a", "b"),
                "plain",
                "ref",
                List.of("a", "b"),
                ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION));
    Table order = table("order");
    assertThat(order.columns().get(0).defaultValue())
        .isEqualTo("nextval('\"Sales Dept\".\"Order Seq\"'::regclass)");
    assertThat(order.columns().get(3).type())
        .isEqualTo(new DataType("numeric", null, null, null, null, "numeric"));
    assertThat(db.schema("plain").orElseThrow().tables().get(0).primaryKey())
        .isEqualTo(new PrimaryKey("ref_pkey", List.of("a", "b")));
  }

  @Test
  void indexesWithExpressionsOrderPredicateAndInclude() {
    assertThat(sales.indexes())
        .containsExactly(
            new Index(
                "Idx Note",
                "order",
                false,
                List.of(
                    new IndexKey(null, "lower(note::text)", SortOrder.DESC, NullsOrder.LAST),
                    IndexKey.column("customer_id")),
                List.of("amount"),
                "amount > 0::numeric",
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
  void viewsAndMaterializedViews() {
    View big =
        sales.views().stream().filter(v -> v.name().equals("Big Orders")).findFirst().orElseThrow();
    assertThat(big.materialized()).isFalse();
    assertThat(big.checkOption()).isEqualTo(ViewCheckOption.LOCAL);
    assertThat(big.columns()).extracting(Column::name).containsExactly("Order Id", "amount");
    assertThat(big.definition()).contains("amount > 100");
    View mv =
        sales.views().stream().filter(v -> v.name().equals("mv_totals")).findFirst().orElseThrow();
    assertThat(mv.materialized()).isTrue();
    assertThat(mv.columns()).extracting(Column::name).containsExactly("customer_id", "total");
    assertThat(mv.definition()).contains("sum(\"order\".amount) AS total");
  }

  @Test
  void sequenceWithAllOptionsAndCurrentValue() {
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
                // one nextval() reserved a cache of 20 values: 100 .. 195
                BigInteger.valueOf(195),
                Origin.catalog()));
  }

  @Test
  void routinesWithModesDefaultsAndResults() {
    Routine addTax = routine("add_tax");
    assertThat(addTax.routineKind()).isEqualTo(RoutineKind.FUNCTION);
    assertThat(addTax.language()).isEqualTo("sql");
    assertThat(addTax.returnType()).isEqualTo(DataType.of("numeric"));
    assertThat(addTax.parameters())
        .containsExactly(
            new Parameter("amount", ParameterMode.IN, DataType.of("numeric"), null),
            new Parameter("rate", ParameterMode.IN, DataType.of("numeric"), "0.2"));
    assertThat(addTax.source())
        .contains("CREATE OR REPLACE FUNCTION")
        .contains("amount * (1 + rate)");

    Routine split = routine("split_name");
    assertThat(split.returnType()).isEqualTo(DataType.of("record"));
    assertThat(split.parameters())
        .extracting(Parameter::name, Parameter::mode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("full_name", ParameterMode.IN),
            org.assertj.core.groups.Tuple.tuple("first", ParameterMode.OUT),
            org.assertj.core.groups.Tuple.tuple("last", ParameterMode.OUT));

    Routine archive = routine("Archive Orders");
    assertThat(archive.routineKind()).isEqualTo(RoutineKind.PROCEDURE);
    assertThat(archive.returnType()).isNull();
    assertThat(archive.parameters())
        .containsExactly(
            new Parameter("before", ParameterMode.IN, DataType.of("date"), null),
            new Parameter("moved", ParameterMode.IN_OUT, DataType.of("integer"), null));

    assertThat(routine("set_rows").returnType()).isEqualTo(DataType.of("SETOF integer"));
    assertThat(routine("touch").returnType()).isEqualTo(DataType.of("trigger"));
  }

  @Test
  void triggerTimingEventsLevelAndBody() {
    assertThat(sales.triggers()).hasSize(1);
    Trigger t = sales.triggers().get(0);
    assertThat(t.name()).isEqualTo("Order Touch");
    assertThat(t.tableSchema()).isEqualTo(SCHEMA);
    assertThat(t.table()).isEqualTo("order");
    assertThat(t.timing()).isEqualTo(TriggerTiming.BEFORE);
    assertThat(t.events()).containsExactly(TriggerEvent.INSERT, TriggerEvent.UPDATE);
    assertThat(t.updateColumns()).containsExactly("note", "amount");
    assertThat(t.level()).isEqualTo(TriggerLevel.ROW);
    assertThat(t.when()).isEqualTo("new.amount IS NOT NULL");
    assertThat(t.body())
        .contains("CREATE TRIGGER \"Order Touch\"")
        .contains("coalesce(new.note, '')");
  }

  @Test
  void userTypes() {
    assertThat(sales.types())
        .extracting(UserType::name)
        .containsExactly("address", "mood", "positive_int");
    UserType address = sales.types().get(0);
    assertThat(address.typeKind()).isEqualTo(TypeKind.OBJECT);
    assertThat(address.attributes())
        .extracting(c -> c.name() + " " + c.type().declared())
        .containsExactly("street character varying(80)", "zip character(5)");
    UserType mood = sales.types().get(1);
    assertThat(mood.typeKind()).isEqualTo(TypeKind.ENUM);
    assertThat(mood.labels()).containsExactly("sad", "ok", "happy");
    UserType positive = sales.types().get(2);
    assertThat(positive.typeKind()).isEqualTo(TypeKind.DOMAIN);
    assertThat(positive.baseType()).isEqualTo(DataType.of("integer"));
    assertThat(positive.definition()).isEqualTo("CHECK ((VALUE > 0))");
  }

  @Test
  void roundTripsDoNotDependOnObjectCount() {
    // schemas, relations, types, columns, constraints, indexes, sequences, routines, triggers
    assertThat(roundTrips).isEqualTo(9);
  }

  @Test
  void unknownSchemaIsReportedWithTheSchemasThatExist() throws Exception {
    try (Connection c = TestPostgres.get().connect(url)) {
      assertThatThrownBy(
              () ->
                  new PostgresDialect().catalogReader().read(c, CatalogRequest.of(List.of("nope"))))
          .isInstanceOf(DatabaseAccessException.class)
          .hasMessage("schema 'nope' not found (available: Sales Dept, plain, public)");
    }
  }

  @Test
  void jsonRoundTripKeepsEveryField() throws Exception {
    CatalogJson json = new CatalogJson();
    String text = json.write(db);
    assertThat(text).contains("\"format\" : \"godwit-catalog\"").contains("\"formatVersion\" : 1");
    assertThat(json.read(text)).isEqualTo(db);
  }

  private static Table table(String name) {
    return sales.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Routine routine(String name) {
    return sales.routines().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
