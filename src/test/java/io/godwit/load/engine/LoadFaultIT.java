package io.godwit.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.godwit.load.LoadFixture;
import io.godwit.load.Sql;
import io.godwit.load.progress.LoadEvent;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import io.godwit.testsupport.GodwitProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults in the middle of a table: the target connection killed from another session (the segment
 * is retried), and the whole process killed (the task is resumed). Afterwards counts and checksums
 * must match the source exactly: no row lost, none twice.
 */
class LoadFaultIT {

  static final int ROWS = 150_000;

  static TestMariaDb maria;
  static TestPostgres pg;
  static String source;
  static String db;

  @BeforeAll
  static void source() throws Exception {
    maria = TestMariaDb.get();
    pg = TestPostgres.get();
    source = maria.createDatabase("fault_src");
    db = source.substring(source.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(source)) {
      Sql.run(
          c,
          "create table events (id int primary key, kind varchar(20), payload text,"
              + " amount decimal(12,2), at datetime(6))",
          "insert into events select seq, elt(1 + seq % 3, 'a', 'bb', 'ccc'),"
              + " repeat(concat('payload ', seq, ' '), 1 + seq % 4), seq / 3,"
              + " '2024-01-01' + interval seq * 7 second from seq_1_to_"
              + ROWS);
    }
  }

  private static String pgTarget() throws Exception {
    String target = pg.createDatabase("fault_tgt");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema " + db,
          "create table "
              + db
              + ".events (id integer primary key, kind varchar(20), payload text,"
              + " amount numeric(12,2), at timestamp(6))");
    }
    return target;
  }

  /** Count, key sum and a digest of every row, in key order, as the source holds them. */
  private static List<String> sourceDigest() throws Exception {
    try (Connection c = maria.connect(source)) {
      Sql.run(c, "set session group_concat_max_len = 1073741824");
      return List.of(
          Sql.one(c, "select count(*) from events"),
          Sql.one(c, "select sum(id) from events"),
          Sql.one(
              c,
              "select md5(group_concat(concat_ws('|', id, kind, payload, amount,"
                  + " date_format(at, '%Y-%m-%d %H:%i:%s.%f')) order by id separator '\\n'))"
                  + " from events"));
    }
  }

  private static List<String> pgDigest(String target) throws Exception {
    try (Connection c = pg.connect(target)) {
      String t = db + ".events";
      return List.of(
          Sql.one(c, "select count(*) from " + t),
          Sql.one(c, "select sum(id) from " + t),
          Sql.one(
              c,
              "select md5(string_agg(concat_ws('|', id, kind, payload, amount,"
                  + " to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')), E'\\n' order by id)) from "
                  + t));
    }
  }

  @Test
  void aKilledTargetConnectionIsRetriedWithoutLosingOrDuplicatingRows() throws Exception {
    String target = pgTarget();
    String targetDb =
        target.substring(
            target.lastIndexOf('/') + 1,
            target.indexOf('?') < 0 ? target.length() : target.indexOf('?'));
    AtomicBoolean armed = new AtomicBoolean();
    AtomicInteger killed = new AtomicInteger();
    Thread killer =
        new Thread(
            () -> {
              try (Connection admin = pg.connect(pg.baseUrl());
                  Statement s = admin.createStatement()) {
                while (killed.get() < 2 && !Thread.currentThread().isInterrupted()) {
                  if (armed.get()) {
                    try (ResultSet rs =
                        s.executeQuery(
                            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                                + targetDb
                                + "' and query ilike 'copy %' and state = 'active' limit 1")) {
                      if (rs.next() && rs.getBoolean(1)) {
                        killed.incrementAndGet();
                        armed.set(false);
                      }
                    }
                  }
                  Thread.sleep(20);
                }
              } catch (Exception e) {
                // the test asserts on the kill count
              }
            });
    killer.start();
    LoadFixture fixture =
        new LoadFixture(maria.spec(source), pg.spec(target))
            .segmentRows(15_000)
            .parallel(2)
            .listener(
                e -> {
                  if (e instanceof LoadEvent.TableChanged c) {
                    long rows = c.table().rows();
                    if ((killed.get() == 0 && rows > ROWS / 4)
                        || (killed.get() == 1 && rows > ROWS / 2)) {
                      armed.set(true);
                    }
                  }
                });
    LoadReport report;
    try {
      report = fixture.run();
    } finally {
      killer.interrupt();
      killer.join();
    }
    assertThat(killed.get()).as("connections killed").isGreaterThanOrEqualTo(1);
    TableStatus events = LoadFixture.table(report, "events");
    assertThat(events.state())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(TableState.VALIDATED);
    assertThat(events.rows()).isEqualTo(ROWS);
    assertThat(pgDigest(target)).isEqualTo(sourceDigest());
  }

  @Test
  void aKilledMysqlConnectionIsRetriedToo() throws Exception {
    String pgSource = pg.createDatabase("fault_pg_src");
    try (Connection c = pg.connect(pgSource)) {
      Sql.run(
          c,
          "create table public.events (id integer primary key, kind varchar(20), payload text)",
          "insert into public.events select g, 'k' || (g % 7), repeat('p', g % 50)"
              + " from generate_series(1, 300000) g");
    }
    String target = maria.createDatabase("fault_my_tgt");
    String targetDb = target.substring(target.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(target)) {
      Sql.run(c, "create table events (id int primary key, kind varchar(20), payload text)");
    }
    AtomicBoolean armed = new AtomicBoolean();
    AtomicInteger killed = new AtomicInteger();
    Thread killer =
        new Thread(
            () -> {
              try (Connection admin = maria.connect(target);
                  Statement s = admin.createStatement()) {
                while (killed.get() < 1 && !Thread.currentThread().isInterrupted()) {
                  if (armed.get()) {
                    Long id = null;
                    try (ResultSet rs =
                        s.executeQuery(
                            "select id from information_schema.processlist where db = '"
                                + targetDb
                                + "' and info like 'load data%' limit 1")) {
                      if (rs.next()) {
                        id = rs.getLong(1);
                      }
                    }
                    if (id != null) {
                      s.execute("kill " + id);
                      killed.incrementAndGet();
                    }
                  }
                  Thread.sleep(1);
                }
              } catch (Exception e) {
                // the test asserts on the kill count
              }
            });
    killer.start();
    LoadFixture fixture =
        new LoadFixture(pg.spec(pgSource), maria.spec(target))
            .schemas("public")
            .segmentRows(20_000)
            .parallel(2)
            .listener(
                e -> {
                  if (e instanceof LoadEvent.TableChanged c && c.table().rows() > 20_000) {
                    armed.set(true);
                  }
                });
    Path mapping = fixture.dir().resolve("m.json");
    Files.writeString(
        mapping,
        "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\":"
            + " {\"schema-name\": \"public\", \"table-name\": \"events\"}, \"rule-action\":"
            + " \"include\"}, {\"rule-type\": \"transformation\", \"rule-id\": \"2\","
            + " \"rule-target\": \"schema\", \"object-locator\": {\"schema-name\": \"public\"},"
            + " \"rule-action\": \"rename\", \"value\": \""
            + targetDb
            + "\"}]}");
    LoadReport report;
    try {
      report = fixture.mapping(mapping).run();
    } finally {
      killer.interrupt();
      killer.join();
    }
    assertThat(killed.get()).as("connections killed").isEqualTo(1);
    TableStatus events = LoadFixture.table(report, "events");
    assertThat(events.state())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(TableState.VALIDATED);
    try (Connection c = maria.connect(target);
        Connection s = pg.connect(pgSource)) {
      Sql.run(c, "set session group_concat_max_len = 1073741824");
      assertThat(Sql.one(c, "select count(*) from events")).isEqualTo("300000");
      assertThat(
              Sql.one(
                  c,
                  "select md5(group_concat(concat_ws('|', id, kind, payload) order by id"
                      + " separator '\\n')) from events"))
          .isEqualTo(
              Sql.one(
                  s,
                  "select md5(string_agg(concat_ws('|', id, kind, payload), E'\\n' order by id))"
                      + " from public.events"));
    }
  }

  @Test
  void aKilledProcessIsResumedWithoutLosingOrDuplicatingRows() throws Exception {
    String target = pgTarget();
    Path dir = Files.createTempDirectory("godwit-kill");
    Path state = dir.resolve("state.json");
    List<String> args =
        List.of(
            "load",
            "--source-url",
            source + "?sslMode=DISABLED",
            "--source-user",
            maria.user(),
            "--source-password-env",
            "SRC_PW",
            "--target-url",
            target,
            "--target-user",
            pg.user(),
            "--segment-rows",
            "7500",
            "--parallel",
            "2",
            "--state",
            state.toString(),
            "--progress",
            "lines");
    Map<String, String> env = Map.of("SRC_PW", maria.password());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.godwit.cli.Main");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("first-run.log").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    int done = 0;
    int total = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      if (!Files.exists(state)) {
        continue;
      }
      try {
        JsonNode s = new ObjectMapper().readTree(state.toFile());
        JsonNode segments = s.path("tables").path(0).path("segments");
        total = segments.size();
        done = 0;
        for (JsonNode seg : segments) {
          done += seg.path("done").asBoolean() ? 1 : 0;
        }
      } catch (Exception e) {
        continue; // the file is being replaced
      }
      if (done >= 4) {
        break;
      }
    }
    assertThat(p.isAlive()).as("the load was still running when it was killed").isTrue();
    p.destroyForcibly();
    p.waitFor();
    assertThat(done).isLessThan(total);
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.count(c, db + ".events")).isLessThan(ROWS);
    }

    List<String> resume = new ArrayList<>(args);
    resume.add("--resume");
    resume.add("--validate");
    GodwitProcess.Result result = GodwitProcess.run(env, resume.toArray(new String[0]));
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("validated");
    assertThat(pgDigest(target)).isEqualTo(sourceDigest());
    JsonNode s = new ObjectMapper().readTree(state.toFile());
    assertThat(s.path("status").asText()).isEqualTo("completed");
    assertThat(s.path("tables").path(0).path("rowsLoaded").asLong()).isEqualTo(ROWS);
  }
}
