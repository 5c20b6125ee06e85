package io.godwit.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.godwit.load.LoadFixture;
import io.godwit.load.Sql;
import io.godwit.load.WriteMethod;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad rows under each error policy: a name too long for the target column, a value a check
 * constraint refuses, and a value that cannot be converted (2 into a boolean). Reject writes them
 * to the reject file and carries on; suspend fails the table; stop stops the task.
 */
class LoadErrorPolicyIT {

  static TestMariaDb maria;
  static TestPostgres pg;
  static String source;
  static String db;

  @BeforeAll
  static void source() throws Exception {
    maria = TestMariaDb.get();
    pg = TestPostgres.get();
    source = maria.createDatabase("bad_src");
    db = source.substring(source.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(source)) {
      Sql.run(
          c,
          "create table people (id int primary key, name varchar(20), age int, flag tinyint(1))",
          "insert into people select seq, concat('p', seq % 1000), seq % 90, seq % 2"
              + " from seq_1_to_5000",
          "update people set name = 'much too long' where id = 100",
          "update people set age = -1 where id = 2500",
          "update people set flag = 2 where id = 4777",
          "create table good (id int primary key, v varchar(10))",
          "insert into good select seq, concat('v', seq) from seq_1_to_300");
    }
  }

  private static String target() throws Exception {
    String target = pg.createDatabase("bad_tgt");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema " + db,
          "create table "
              + db
              + ".people (id integer primary key, name varchar(5),"
              + " age integer check (age >= 0), flag boolean)",
          "create table " + db + ".good (id integer primary key, v varchar(10))");
    }
    return target;
  }

  private static List<JsonNode> rejects(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(new ObjectMapper().readTree(line));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(
      value = WriteMethod.class,
      names = {"AUTO", "BULK_TEXT", "INSERT"})
  void rejectWritesBadRowsAndCarriesOn(WriteMethod method) throws Exception {
    String target = target();
    LoadFixture fixture =
        new LoadFixture(maria.spec(source), pg.spec(target))
            .policy(ErrorPolicy.REJECT)
            .method(method)
            .segmentRows(2000);
    LoadReport report = fixture.run();
    assertThat(report.outcome())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(LoadReport.Outcome.COMPLETED);
    TableStatus people = LoadFixture.table(report, "people");
    assertThat(people.state()).isEqualTo(TableState.VALIDATED);
    assertThat(people.rows()).isEqualTo(4997);
    assertThat(people.rejected()).isEqualTo(3);
    assertThat(LoadFixture.table(report, "good").state()).isEqualTo(TableState.VALIDATED);
    Path file = fixture.rejectDir().resolve(db + ".people.rejects.jsonl");
    assertThat(report.rejectFiles()).containsEntry(db + ".people", file.toString());
    List<JsonNode> rejects = rejects(file);
    assertThat(rejects).hasSize(3);
    rejects.sort(
        (a, b) -> Long.compare(a.path("key").get(0).asLong(), b.path("key").get(0).asLong()));
    JsonNode tooLong = rejects.get(0);
    assertThat(tooLong.path("table").asText()).isEqualTo(db + ".people");
    assertThat(tooLong.path("error").asText())
        .contains("value too long for type character varying(5)");
    assertThat(tooLong.path("row").path("name").asText()).isEqualTo("much too long");
    assertThat(tooLong.path("row").path("id").asLong()).isEqualTo(100);
    assertThat(tooLong.path("hash").asText()).hasSize(16);
    assertThat(tooLong.path("segment").asInt()).isZero();
    JsonNode check = rejects.get(1);
    assertThat(check.path("key").get(0).asLong()).isEqualTo(2500);
    assertThat(check.path("error").asText()).contains("check constraint");
    assertThat(check.path("row").path("age").asLong()).isEqualTo(-1);
    JsonNode unconvertible = rejects.get(2);
    assertThat(unconvertible.path("key").get(0).asLong()).isEqualTo(4777);
    assertThat(unconvertible.path("error").asText())
        .isEqualTo("column flag: 2 is not a boolean (0 or 1)");
    assertThat(unconvertible.path("row").path("flag").asLong()).isEqualTo(2);
    assertThat(unconvertible.path("hash").isNull()).isTrue();
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.count(c, db + ".people")).isEqualTo(4997);
      assertThat(Sql.one(c, "select count(*) from " + db + ".people where id in (100, 2500, 4777)"))
          .isEqualTo("0");
    }
  }

  @Test
  void suspendFailsTheTableAndTheOthersGoOn() throws Exception {
    String target = target();
    LoadReport report =
        new LoadFixture(maria.spec(source), pg.spec(target)).policy(ErrorPolicy.SUSPEND).run();
    assertThat(report.outcome()).isEqualTo(LoadReport.Outcome.COMPLETED_WITH_ERRORS);
    TableStatus people = LoadFixture.table(report, "people");
    assertThat(people.state()).isEqualTo(TableState.ERROR);
    // whichever bad row the table met first
    assertThat(people.message())
        .matches(
            "row id=(100|2500|4777) was refused: .+; table suspended \\(error policy suspend\\)");
    assertThat(LoadFixture.table(report, "good").state()).isEqualTo(TableState.VALIDATED);
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.count(c, db + ".people")).isZero();
      assertThat(Sql.count(c, db + ".good")).isEqualTo(300);
    }
  }

  @Test
  void stopStopsTheTask() throws Exception {
    String target = target();
    LoadFixture fixture =
        new LoadFixture(maria.spec(source), pg.spec(target)).policy(ErrorPolicy.STOP).parallel(1);
    LoadReport report = fixture.run();
    assertThat(report.outcome()).isEqualTo(LoadReport.Outcome.STOPPED);
    assertThat(report.message())
        .startsWith("table " + db + ".people: row id=")
        .contains(" was refused: ")
        .contains("the task stopped (error policy stop)");
    JsonNode state = new ObjectMapper().readTree(fixture.stateFile().toFile());
    assertThat(state.path("status").asText()).isEqualTo("stopped");
  }

  @Test
  void mysqlTargetsRejectWhatTheyCannotStore() throws Exception {
    String pgSource = pg.createDatabase("bad_pg_src");
    try (Connection c = pg.connect(pgSource)) {
      Sql.run(
          c,
          "create table public.m (id integer primary key, name text, d double precision,"
              + " n numeric)",
          "insert into public.m select g, 'n' || g, g / 3.0, g from generate_series(1, 2000) g",
          "update public.m set name = 'far too long for five' where id = 10",
          "update public.m set d = 'NaN' where id = 20",
          "update public.m set n = 'Infinity' where id = 30",
          "update public.m set name = 'tab\tand\nnew line' where id = 40");
    }
    String target = maria.createDatabase("bad_my_tgt");
    String targetDb = target.substring(target.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(target)) {
      Sql.run(
          c, "create table m (id int primary key, name varchar(20), d double, n decimal(20,4))");
    }
    LoadFixture fixture =
        new LoadFixture(pg.spec(pgSource), maria.spec(target))
            .schemas("public")
            .policy(ErrorPolicy.REJECT);
    Path mapping = fixture.dir().resolve("m.json");
    Files.writeString(
        mapping,
        "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\":"
            + " {\"schema-name\": \"public\", \"table-name\": \"m\"}, \"rule-action\": \"include\"},"
            + " {\"rule-type\": \"transformation\", \"rule-id\": \"2\", \"rule-target\": \"schema\","
            + " \"object-locator\": {\"schema-name\": \"public\"}, \"rule-action\": \"rename\","
            + " \"value\": \""
            + targetDb
            + "\"}]}");
    LoadReport report = fixture.mapping(mapping).run();
    TableStatus m = LoadFixture.table(report, "m");
    assertThat(m.state()).as(LoadDirectionsIT.describe(report)).isEqualTo(TableState.VALIDATED);
    assertThat(m.rejected()).isEqualTo(3);
    List<JsonNode> rejects = rejects(fixture.rejectDir().resolve(targetDb + ".m.rejects.jsonl"));
    rejects.sort(
        (a, b) -> Long.compare(a.path("key").get(0).asLong(), b.path("key").get(0).asLong()));
    assertThat(rejects.get(0).path("error").asText()).contains("for column 'name'");
    assertThat(rejects.get(0).path("row").path("name").asText()).isEqualTo("far too long for five");
    assertThat(rejects.get(1).path("error").asText()).isEqualTo("column d: MySQL cannot store NaN");
    assertThat(rejects.get(2).path("error").asText())
        .isEqualTo("column n: MySQL cannot store Infinity");
    try (Connection c = maria.connect(target)) {
      assertThat(Sql.count(c, "m")).isEqualTo(1997);
      assertThat(Sql.one(c, "select name from m where id = 40")).isEqualTo("tab\tand\nnew line");
    }
  }
}
