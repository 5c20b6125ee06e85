package io.godwit.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.load.LoadFixture;
import io.godwit.load.Sql;
import io.godwit.load.WriteMethod;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every supported type, in all four directions, against the real servers: NULLs and empty strings,
 * the largest and smallest numbers, 4-byte UTF-8, binary values holding every byte value, escapes,
 * time zones, MySQL zero dates, and PostgreSQL's NaN, infinities and BC dates. Each load must
 * validate (same counts and checksums on both sides); chosen values are also checked by hand.
 */
class LoadDirectionsIT {

  static final String FOUR_BYTES = "😀𝄞 ü € 中";
  static final String ESCAPES = "tab\there\nnew line\r\nback\\slash \\N 'quote' \"dq\"";

  static TestMariaDb maria;
  static TestPostgres pg;
  static String mysqlSource;
  static String mysqlDb;
  static String pgSource;

  @BeforeAll
  static void sources() throws Exception {
    maria = TestMariaDb.get();
    pg = TestPostgres.get();
    mysqlSource = maria.createDatabase("types_src");
    mysqlDb = mysqlSource.substring(mysqlSource.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(mysqlSource)) {
      Sql.run(
          c,
          "set session sql_mode = ''",
          "set session time_zone = '+05:30'",
          "create table types (" + mysqlColumns() + ") character set utf8mb4",
          "insert into types (id) values (1)",
          "insert into types values (2, 127, 32767, 8388607, 2147483647, 9223372036854775807,"
              + " 255, 4294967295, 18446744073709551615, 1, b'1', b'11111111',"
              + " 99999999999999999999.9999999999, 3.40282e38, 1.7976931348623157e308,"
              + " 'abcdefghij', repeat('z', 100), 'text', repeat('long text ', 2000),"
              + " x'ffff', x'00', '9999-12-31', '9999-12-31 23:59:59.999999',"
              + " '2038-01-19 08:44:07.999999', '23:59:59.999999', 2155,"
              + " '{\"b\": 1, \"a\": [1, 2.5, \"x\"]}', 'blue', 'x,z')",
          "insert into types values (3, -128, -32768, -8388608, -2147483648,"
              + " -9223372036854775808, 0, 0, 0, 0, b'0', b'0',"
              + " -99999999999999999999.9999999999, -3.40282e38, -1.7976931348623157e308,"
              + " '', '', '', '', x'', x'', '1000-01-01', '1000-01-01 00:00:00',"
              + " '1970-01-01 05:30:01', '00:00:00', 1901, '[]', 'red', '')",
          "insert into types (id, c_date, c_datetime) values (5, '0000-00-00',"
              + " '0000-00-00 00:00:00')",
          "insert into types (id, c_date, c_dec, c_float, c_double, c_ts) values (6, '2020-00-15',"
              + " 0.0000000001, 1.5, 0.1, '2024-03-10 12:00:00')");
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into types (id, c_char, c_varchar, c_text, c_long, c_varbin, c_blob, c_json)"
                  + " values (4, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, "ü😀");
        ps.setString(2, FOUR_BYTES);
        ps.setString(3, ESCAPES);
        ps.setString(4, FOUR_BYTES + ESCAPES);
        ps.setBytes(5, Sql.allBytes());
        ps.setBytes(6, Sql.allBytes());
        ps.setString(7, "{\"emoji\": \"" + FOUR_BYTES + "\", \"n\": 1.50}");
        ps.executeUpdate();
      }
    }
    pgSource = pg.createDatabase("types_src");
    try (Connection c = pg.connect(pgSource)) {
      Sql.run(
          c,
          "create schema src",
          "create type src.mood as enum ('sad', 'ok', 'happy')",
          "create table src.types (" + pgColumns("src.mood") + ")",
          "insert into src.types (id) values (1)",
          "insert into src.types values (2, 32767, 2147483647, 9223372036854775807,"
              + " 99999999999999999999.9999999999, 12345678901234567890.123456789012345678,"
              + " 3.40282e38, 1.7976931348623157e308, true, 'abcde', repeat('z', 100), 'text',"
              + " '\\xffff', '9999-12-31', '9999-12-31 23:59:59.999999',"
              + " '2038-01-19 03:14:07.999999+00', '23:59:59.999999', '10:00:00+02',"
              + " '1 year 2 mons 3 days 04:05:06', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',"
              + " '{\"b\": 1, \"a\": [1, 2.5]}', '{\"b\": 1, \"a\": [1, 2.5]}', '192.168.0.1/24',"
              + " 'happy', '{1,2,3}', B'1', B'1010')",
          "insert into src.types values (3, -32768, -2147483648, -9223372036854775808,"
              + " -99999999999999999999.9999999999, -0.000000000000000000000000000001,"
              + " -3.40282e38, -1.7976931348623157e308, false, '', '', '', '\\x',"
              + " '1000-01-01', '1000-01-01 00:00:00', '1970-01-01 00:00:01+00', '00:00:00',"
              + " '00:00:00-05', '-1 days', '00000000-0000-0000-0000-000000000000', '[]', '{}',"
              + " '::1', 'sad', '{}', B'0', B'')",
          "insert into src.types (id, c_tstz, c_ts, c_num) values (5,"
              + " '2024-03-10 01:30:00-08', '2024-02-29 12:00:00.5', 0)",
          "create table src.specials (id integer primary key, n numeric, r real,"
              + " d double precision, dt date, ts timestamp, tz timestamptz)",
          "insert into src.specials values (1, 'NaN', 'NaN', 'NaN', 'infinity', 'infinity',"
              + " 'infinity'), (2, 'Infinity', 'Infinity', '-Infinity', '-infinity', '-infinity',"
              + " '-infinity'), (3, 1.5, '-0', 1e-300, '0044-03-15 BC',"
              + " '0001-01-01 00:00:00 BC', '2000-01-01 00:00:00+14'),"
              + " (4, '-Infinity', 1.5, 0.1, '2024-02-29', '2024-02-29 23:59:59.999999',"
              + " '2024-02-29 23:59:59.999999-12')");
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into src.types (id, c_char, c_varchar, c_text, c_bytea, c_json, c_jsonb)"
                  + " values (4, ?, ?, ?, ?, ?::json, ?::jsonb)")) {
        ps.setString(1, "ü😀");
        ps.setString(2, FOUR_BYTES);
        ps.setString(3, ESCAPES);
        ps.setBytes(4, Sql.allBytes());
        ps.setString(5, "{\"emoji\": \"" + FOUR_BYTES + "\", \"n\": 1.50}");
        ps.setString(6, "{\"emoji\": \"" + FOUR_BYTES + "\", \"n\": 1.50}");
        ps.executeUpdate();
      }
    }
  }

  static String mysqlColumns() {
    return "id int primary key, c_tinyint tinyint, c_smallint smallint, c_mediumint mediumint,"
        + " c_int int, c_bigint bigint, c_utiny tinyint unsigned, c_uint int unsigned,"
        + " c_ubig bigint unsigned, c_bool tinyint(1), c_bit1 bit(1), c_bit8 bit(8),"
        + " c_dec decimal(30,10), c_float float, c_double double, c_char char(10),"
        + " c_varchar varchar(100), c_text text, c_long longtext, c_varbin varbinary(300),"
        + " c_blob blob, c_date date, c_datetime datetime(6), c_ts timestamp(6) null default null,"
        + " c_time time(6), c_year year, c_json json, c_enum enum('red','green','blue'),"
        + " c_set set('x','y','z')";
  }

  static String pgColumns(String mood) {
    return "id integer primary key, c_small smallint, c_int integer, c_big bigint,"
        + " c_num numeric(30,10), c_num_free numeric, c_real real, c_double double precision,"
        + " c_bool boolean, c_char char(5), c_varchar varchar(100), c_text text, c_bytea bytea,"
        + " c_date date, c_ts timestamp(6), c_tstz timestamptz(6), c_time time(6),"
        + " c_timetz timetz, c_interval interval, c_uuid uuid, c_json json, c_jsonb jsonb,"
        + " c_inet inet, c_mood "
        + mood
        + ", c_arr integer[], c_bit bit(1), c_varbit varbit(10)";
  }

  static String describe(LoadReport report) {
    StringBuilder s = new StringBuilder(String.valueOf(report.message()));
    for (TableStatus t : report.tables()) {
      s.append("\n  ")
          .append(t.source())
          .append(": ")
          .append(t.state())
          .append(' ')
          .append(t.message())
          .append(' ')
          .append(t.mismatches());
    }
    return s.toString();
  }

  private static void assertLoaded(LoadReport report, String table, long rows) {
    TableStatus t = LoadFixture.table(report, table);
    assertThat(t.state()).as(t.toString()).isEqualTo(TableState.VALIDATED);
    assertThat(t.rows()).isEqualTo(rows);
    assertThat(t.rejected()).isZero();
  }

  @ParameterizedTest
  @EnumSource(
      value = WriteMethod.class,
      names = {"AUTO", "BULK_TEXT", "INSERT"})
  void mysqlToPostgres(WriteMethod method) throws Exception {
    String target = pg.createDatabase("types_m2p");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema " + mysqlDb,
          "create table "
              + mysqlDb
              + ".types (id integer primary key, c_tinyint smallint, c_smallint smallint,"
              + " c_mediumint integer, c_int integer, c_bigint bigint, c_utiny smallint,"
              + " c_uint bigint, c_ubig numeric(20,0), c_bool boolean, c_bit1 boolean,"
              + " c_bit8 smallint, c_dec numeric(30,10), c_float real, c_double double precision,"
              + " c_char char(10), c_varchar varchar(100), c_text text, c_long text,"
              + " c_varbin bytea, c_blob bytea, c_date date, c_datetime timestamp(6),"
              + " c_ts timestamptz(6), c_time time(6), c_year smallint, c_json jsonb,"
              + " c_enum text, c_set text)");
    }
    LoadReport report =
        new LoadFixture(maria.spec(mysqlSource), pg.spec(target)).method(method).run();
    assertThat(report.outcome()).as(describe(report)).isEqualTo(LoadReport.Outcome.COMPLETED);
    assertLoaded(report, "types", 6);
    assertThat(report.notes().get(mysqlDb + ".types"))
        .anyMatch(n -> n.contains("c_date") && n.contains("zero dates") && n.contains("2 times"))
        .anyMatch(n -> n.contains("c_datetime") && n.contains("zero dates"));
    String t = mysqlDb + ".types";
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.rows(c, "select * from " + t + " where id = 1").get(0).subList(1, 29))
          .containsOnlyNulls();
      assertThat(Sql.one(c, "select c_ubig::text from " + t + " where id = 2"))
          .isEqualTo("18446744073709551615");
      assertThat(Sql.one(c, "select c_bigint::text from " + t + " where id = 3"))
          .isEqualTo("-9223372036854775808");
      assertThat(Sql.one(c, "select c_dec::text from " + t + " where id = 2"))
          .isEqualTo("99999999999999999999.9999999999");
      assertThat(Sql.one(c, "select c_dec::text from " + t + " where id = 6"))
          .isEqualTo("0.0000000001");
      assertThat(Sql.one(c, "select c_double::text from " + t + " where id = 2"))
          .isEqualTo("1.7976931348623157e+308");
      assertThat(Sql.one(c, "select c_double::text from " + t + " where id = 6")).isEqualTo("0.1");
      assertThat(Sql.one(c, "select c_float::text from " + t + " where id = 2"))
          .isEqualTo("3.40282e+38");
      assertThat(Sql.one(c, "select c_bool and c_bit1 from " + t + " where id = 2")).isEqualTo("t");
      assertThat(Sql.one(c, "select c_bool or c_bit1 from " + t + " where id = 3")).isEqualTo("f");
      assertThat(Sql.one(c, "select c_bit8 from " + t + " where id = 2")).isEqualTo("255");
      assertThat(Sql.one(c, "select c_varchar from " + t + " where id = 4")).isEqualTo(FOUR_BYTES);
      assertThat(Sql.one(c, "select c_text from " + t + " where id = 4")).isEqualTo(ESCAPES);
      assertThat(Sql.one(c, "select c_varchar from " + t + " where id = 3")).isEmpty();
      assertThat(Sql.one(c, "select length(c_long) from " + t + " where id = 2"))
          .isEqualTo("20000");
      assertThat(Sql.bytes(c, "select c_varbin from " + t + " where id = 4"))
          .isEqualTo(Sql.allBytes());
      assertThat(Sql.bytes(c, "select c_blob from " + t + " where id = 4"))
          .isEqualTo(Sql.allBytes());
      assertThat(Sql.bytes(c, "select c_blob from " + t + " where id = 3")).isEmpty();
      assertThat(Sql.one(c, "select c_datetime::text from " + t + " where id = 2"))
          .isEqualTo("9999-12-31 23:59:59.999999");
      assertThat(
              Sql.one(
                  c,
                  "select to_char(c_ts at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') from "
                      + t
                      + " where id = 2"))
          .isEqualTo("2038-01-19 03:14:07.999999");
      assertThat(
              Sql.one(
                  c,
                  "select to_char(c_ts at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') from "
                      + t
                      + " where id = 3"))
          .isEqualTo("1970-01-01 00:00:01");
      assertThat(Sql.one(c, "select c_time::text from " + t + " where id = 2"))
          .isEqualTo("23:59:59.999999");
      assertThat(Sql.one(c, "select c_year from " + t + " where id = 2")).isEqualTo("2155");
      assertThat(
              Sql.one(
                  c, "select c_date is null and c_datetime is null from " + t + " where id = 5"))
          .isEqualTo("t");
      assertThat(Sql.one(c, "select c_date is null from " + t + " where id = 6")).isEqualTo("t");
      assertThat(
              Sql.one(
                  c,
                  "select c_json = '{\"a\": [1, 2.5, \"x\"], \"b\": 1}'::jsonb from "
                      + t
                      + " where id = 2"))
          .isEqualTo("t");
      assertThat(Sql.one(c, "select c_json->>'emoji' from " + t + " where id = 4"))
          .isEqualTo(FOUR_BYTES);
      assertThat(Sql.one(c, "select c_enum || '/' || c_set from " + t + " where id = 2"))
          .isEqualTo("blue/x,z");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = WriteMethod.class,
      names = {"AUTO", "INSERT"})
  void mysqlToMysql(WriteMethod method) throws Exception {
    String target = maria.createDatabase("types_m2m");
    String targetDb = target.substring(target.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(target)) {
      Sql.run(c, "create table types (" + mysqlColumns() + ") character set utf8mb4");
    }
    String mapping =
        "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\":"
            + " {\"schema-name\": \""
            + mysqlDb
            + "\", \"table-name\": \"%\"}, \"rule-action\": \"include\"},"
            + " {\"rule-type\": \"transformation\", \"rule-id\": \"2\", \"rule-target\": \"schema\","
            + " \"object-locator\": {\"schema-name\": \""
            + mysqlDb
            + "\"}, \"rule-action\": \"rename\", \"value\": \""
            + targetDb
            + "\"}]}";
    LoadFixture fixture = new LoadFixture(maria.spec(mysqlSource), maria.spec(target));
    java.nio.file.Path file = fixture.dir().resolve("mapping.json");
    java.nio.file.Files.writeString(file, mapping);
    LoadReport report = fixture.mapping(file).method(method).run();
    assertThat(report.outcome()).as(describe(report)).isEqualTo(LoadReport.Outcome.COMPLETED);
    assertLoaded(report, "types", 6);
    try (Connection s = maria.connect(mysqlSource);
        Connection c = maria.connect(target)) {
      String columns =
          "id, c_tinyint, c_smallint, c_mediumint, c_int, c_bigint, c_utiny, c_uint, c_ubig,"
              + " c_bool, c_bit1 + 0, c_bit8 + 0, c_dec, c_float, c_double, c_char, c_varchar,"
              + " c_text, c_long, hex(c_varbin), hex(c_blob), c_time, c_year, c_json, c_enum,"
              + " c_set, c_ts";
      Sql.run(s, "set session time_zone = '+00:00'");
      Sql.run(c, "set session time_zone = '+00:00'");
      assertThat(Sql.rows(c, "select " + columns + " from types order by id"))
          .isEqualTo(Sql.rows(s, "select " + columns + " from types order by id"));
      assertThat(Sql.one(c, "select count(*) from types where c_date is null")).isEqualTo("4");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = WriteMethod.class,
      names = {"AUTO", "BULK_TEXT", "INSERT"})
  void postgresToPostgres(WriteMethod method) throws Exception {
    String target = pg.createDatabase("types_p2p");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema src",
          "create type src.mood as enum ('sad', 'ok', 'happy')",
          "create table src.types (" + pgColumns("src.mood") + ")",
          "create table src.specials (id integer primary key, n numeric, r real,"
              + " d double precision, dt date, ts timestamp, tz timestamptz)");
    }
    LoadReport report =
        new LoadFixture(pg.spec(pgSource), pg.spec(target)).schemas("src").method(method).run();
    assertThat(report.outcome()).as(describe(report)).isEqualTo(LoadReport.Outcome.COMPLETED);
    assertLoaded(report, "types", 5);
    assertLoaded(report, "specials", 4);
    try (Connection s = pg.connect(pgSource);
        Connection c = pg.connect(target)) {
      Sql.run(s, "set time zone 'UTC'");
      Sql.run(c, "set time zone 'UTC'");
      for (String table : new String[] {"src.types", "src.specials"}) {
        assertThat(Sql.rows(c, "select * from " + table + " order by id"))
            .as(table)
            .isEqualTo(Sql.rows(s, "select * from " + table + " order by id"));
      }
      assertThat(Sql.bytes(c, "select c_bytea from src.types where id = 4"))
          .isEqualTo(Sql.allBytes());
      assertThat(Sql.one(c, "select dt::text from src.specials where id = 3"))
          .isEqualTo("0044-03-15 BC");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = WriteMethod.class,
      names = {"AUTO", "INSERT"})
  void postgresToMysql(WriteMethod method) throws Exception {
    String target = maria.createDatabase("types_p2m");
    String targetDb = target.substring(target.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(target)) {
      Sql.run(
          c,
          "create table types (id int primary key, c_small smallint, c_int int, c_big bigint,"
              + " c_num decimal(30,10), c_num_free decimal(65,30), c_real float, c_double double,"
              + " c_bool tinyint(1), c_char char(5), c_varchar varchar(100), c_text longtext,"
              + " c_bytea longblob, c_date date, c_ts datetime(6), c_tstz timestamp(6) null,"
              + " c_time time(6), c_timetz time(6), c_interval varchar(100), c_uuid char(36),"
              + " c_json json, c_jsonb json, c_inet varchar(45), c_mood enum('sad','ok','happy'),"
              + " c_arr text, c_bit bit(1), c_varbit varchar(10)) character set utf8mb4");
    }
    String mapping =
        "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\":"
            + " {\"schema-name\": \"src\", \"table-name\": \"types\"}, \"rule-action\": \"include\"},"
            + " {\"rule-type\": \"transformation\", \"rule-id\": \"2\", \"rule-target\": \"schema\","
            + " \"object-locator\": {\"schema-name\": \"src\"}, \"rule-action\": \"rename\","
            + " \"value\": \""
            + targetDb
            + "\"}]}";
    LoadFixture fixture = new LoadFixture(pg.spec(pgSource), maria.spec(target));
    java.nio.file.Path file = fixture.dir().resolve("mapping.json");
    java.nio.file.Files.writeString(file, mapping);
    LoadReport report = fixture.schemas("src").mapping(file).method(method).run();
    assertThat(report.outcome()).as(describe(report)).isEqualTo(LoadReport.Outcome.COMPLETED);
    assertLoaded(report, "types", 5);
    try (Connection c = maria.connect(target)) {
      Sql.run(c, "set session time_zone = '+00:00'");
      assertThat(Sql.one(c, "select c_big from types where id = 3"))
          .isEqualTo("-9223372036854775808");
      assertThat(Sql.one(c, "select c_num_free from types where id = 2"))
          .isEqualTo("12345678901234567890.123456789012345678000000000000");
      assertThat(Sql.one(c, "select c_double from types where id = 2"))
          .isEqualToIgnoringCase("1.7976931348623157e308");
      assertThat(Sql.one(c, "select c_bool from types where id = 2")).isEqualTo("1");
      assertThat(Sql.one(c, "select c_bit + 0 from types where id = 2")).isEqualTo("1");
      assertThat(Sql.one(c, "select c_varchar from types where id = 4")).isEqualTo(FOUR_BYTES);
      assertThat(Sql.one(c, "select c_text from types where id = 4")).isEqualTo(ESCAPES);
      assertThat(Sql.bytes(c, "select c_bytea from types where id = 4")).isEqualTo(Sql.allBytes());
      assertThat(
              Sql.one(
                  c, "select date_format(c_tstz, '%Y-%m-%d %H:%i:%s.%f') from types where id = 5"))
          .isEqualTo("2024-03-10 09:30:00.000000");
      assertThat(
              Sql.one(
                  c, "select date_format(c_tstz, '%Y-%m-%d %H:%i:%s.%f') from types where id = 2"))
          .isEqualTo("2038-01-19 03:14:07.999999");
      assertThat(Sql.one(c, "select time_format(c_timetz, '%H:%i:%s.%f') from types where id = 2"))
          .isEqualTo("08:00:00.000000");
      assertThat(Sql.one(c, "select c_interval from types where id = 2"))
          .isEqualTo("1 year 2 mons 3 days 04:05:06");
      assertThat(Sql.one(c, "select c_uuid from types where id = 2"))
          .isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
      assertThat(Sql.one(c, "select json_value(c_jsonb, '$.emoji') from types where id = 4"))
          .isEqualTo(FOUR_BYTES);
      assertThat(Sql.one(c, "select c_mood from types where id = 2")).isEqualTo("happy");
      assertThat(Sql.one(c, "select c_arr from types where id = 2")).isEqualTo("{1,2,3}");
      assertThat(Sql.one(c, "select c_varbit from types where id = 2")).isEqualTo("1010");
      assertThat(Sql.one(c, "select c_char from types where id = 3")).isEmpty();
    }
  }
}
