package io.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.godwit.load.Sql;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import io.godwit.testsupport.DroppingProxy;
import io.godwit.testsupport.GodwitProcess;
import io.godwit.testsupport.GodwitProcess.Result;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code godwit load} end to end in its own JVM: output, report, and one-line errors. */
class LoadCommandIT {

  static TestMariaDb maria;
  static TestPostgres pg;
  static String source;
  static String db;
  static final Map<String, String> ENV = Map.of("SRC_PW", "godwit");

  @BeforeAll
  static void setUp() throws Exception {
    maria = TestMariaDb.get();
    pg = TestPostgres.get();
    source = maria.createDatabase("cli_src");
    db = source.substring(source.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(source)) {
      Sql.run(
          c,
          "set session time_zone = '+00:00'",
          "create table orders (id int primary key, note varchar(50), at datetime(6),"
              + " stamped timestamp(6) null)",
          "insert into orders select seq, concat('order ', seq), '2024-06-30 22:30:00',"
              + " '2024-06-30 22:30:00' from seq_1_to_40000",
          "create table customers (id int primary key, name varchar(50))",
          "insert into customers values (1, 'Ada'), (2, 'Grace')");
    }
  }

  private static String target() throws Exception {
    String target = pg.createDatabase("cli_tgt");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema " + db,
          "create table "
              + db
              + ".orders (id integer primary key, note varchar(50),"
              + " at timestamp(6), stamped timestamptz(6))",
          "create table " + db + ".customers (id integer primary key, name varchar(50))");
    }
    return target;
  }

  private static List<String> args(String target, Path dir, String... more) {
    List<String> a = new ArrayList<>();
    a.addAll(
        List.of(
            "load",
            "--source-url",
            source,
            "--source-user",
            maria.user(),
            "--source-password-env",
            "SRC_PW",
            "--target-url",
            target,
            "--target-user",
            pg.user(),
            "--state",
            dir.resolve("state.json").toString()));
    a.addAll(List.of(more));
    return a;
  }

  /**
   * Runs the command in this JVM (exit code and output as the launcher would give them); the source
   * password comes from a file here, as environment variables cannot be set in-process.
   */
  private static Result run(List<String> args) throws Exception {
    List<String> a = new ArrayList<>(args);
    int env = a.indexOf("--source-password-env");
    if (env >= 0) {
      Path file = Files.createTempFile("godwit-pw", ".txt");
      Files.writeString(file, maria.password() + "\n");
      a.set(env, "--source-password-file");
      a.set(env + 1, file.toString());
    }
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.run(
            a.toArray(new String[0]),
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs the launcher in a fresh JVM whose default time zone is {@code zone}. */
  private static Result runWithTimeZone(List<String> args, String zone) {
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("TZ", zone);
    return GodwitProcess.run(env, args.toArray(new String[0]));
  }

  private static void assertOneLineError(Result r, String... fragments) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    String first = r.err().lines().filter(l -> l.startsWith("godwit: ")).findFirst().orElse("");
    for (String f : fragments) {
      assertThat(first).contains(f);
    }
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void loadsValidatesAndReports() throws Exception {
    String target = target();
    Path dir = Files.createTempDirectory("godwit-cli");
    Path report = dir.resolve("report.json");
    Result r =
        runWithTimeZone(
            args(
                target,
                dir,
                "--validate",
                "--report",
                report.toString(),
                "--progress",
                "lines",
                "--parallel",
                "3",
                "--segment-rows",
                "10000"),
            "Asia/Kolkata");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains(db + ".orders")
        .contains("validated")
        .contains("40,000")
        .contains("40,002 rows in 2 tables");
    assertThat(r.err())
        .contains("loading: ")
        .contains("-> " + db + ".orders: validated, 40,000 rows");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.path("format").asText()).isEqualTo("godwit-load-report");
    assertThat(json.path("outcome").asText()).isEqualTo("completed");
    assertThat(json.path("totals").path("rows").asLong()).isEqualTo(40002);
    JsonNode orders = null;
    for (JsonNode t : json.path("tables")) {
      if (t.path("source").asText().equals(db + ".orders")) {
        orders = t;
      }
    }
    assertThat(orders.path("segments").asInt()).isBetween(4, 5);
    assertThat(orders.path("state").asText()).isEqualTo("validated");
    try (Connection c = pg.connect(target)) {
      // The JVM's time zone (Asia/Kolkata) moves nothing.
      assertThat(Sql.one(c, "select at::text from " + db + ".orders where id = 1"))
          .isEqualTo("2024-06-30 22:30:00");
      assertThat(
              Sql.one(
                  c,
                  "select to_char(stamped at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') from "
                      + db
                      + ".orders where id = 1"))
          .isEqualTo("2024-06-30 22:30:00");
    }
  }

  @Test
  void exportsTheMappingItWouldUse() throws Exception {
    Path dir = Files.createTempDirectory("godwit-cli");
    Path out = dir.resolve("mapping.json");
    Result r =
        run(
            List.of(
                "load",
                "--source-url",
                source,
                "--source-user",
                maria.user(),
                "--source-password-env",
                "SRC_PW",
                "--export-mapping",
                out.toString()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode rules = new ObjectMapper().readTree(out.toFile()).path("rules");
    assertThat(rules.get(0).path("object-locator").path("schema-name").asText()).isEqualTo(db);
    assertThat(rules.get(0).path("rule-action").asText()).isEqualTo("include");
    assertThat(rules.get(1).path("rule-action").asText()).isEqualTo("convert-lowercase");
  }

  @Test
  void wrongPasswordIsOneLine() throws Exception {
    Path dir = Files.createTempDirectory("godwit-cli");
    Result r =
        GodwitProcess.run(
            Map.of("SRC_PW", "not-the-password"), args(target(), dir).toArray(new String[0]));
    assertOneLineError(r, "cannot connect to " + source, "authentication failed for user 'godwit'");
  }

  @Test
  void unknownSchemaIsOneLine() throws Exception {
    Path dir = Files.createTempDirectory("godwit-cli");
    Result r = run(args(target(), dir, "--schema", "nope"));
    assertOneLineError(r, "schema 'nope' not found (available: ");
  }

  @Test
  void missingTargetTableIsOneLine() throws Exception {
    String target = pg.createDatabase("cli_empty");
    Path dir = Files.createTempDirectory("godwit-cli");
    Result r = run(args(target, dir));
    assertOneLineError(
        r,
        "2 target tables " + db + ".customers, " + db + ".orders do not exist",
        "--prep drop-create with --ddl DIR");
  }

  @Test
  void dropCreateNeedsTheConvertedDdl() throws Exception {
    Path dir = Files.createTempDirectory("godwit-cli");
    Result r = run(args(target(), dir, "--prep", "drop-create"));
    assertOneLineError(
        r, "--prep drop-create builds the target tables from converted DDL", "--ddl DIR");
  }

  @Test
  void invalidMappingIsOneLine() throws Exception {
    Path dir = Files.createTempDirectory("godwit-cli");
    Path mapping = dir.resolve("m.json");
    Files.writeString(mapping, "{\"rules\": [ {\"rule-type\": \"selection\",, } ]}");
    Result r = run(args(target(), dir, "--mapping", mapping.toString()));
    assertOneLineError(r, "mapping file " + mapping + ": not valid JSON: line 1, column");
    Files.writeString(mapping, "{\"rules\": [{\"rule-type\": \"selekt\"}]}");
    assertOneLineError(
        run(args(target(), dir, "--mapping", mapping.toString())),
        "mapping file " + mapping + ": rule 1: rule-type 'selekt' is not supported");
  }

  @Test
  void corruptStateFileIsOneLine() throws Exception {
    Path dir = Files.createTempDirectory("godwit-cli");
    Files.writeString(dir.resolve("state.json"), "{\"format\": \"godwit-load-state\", \"formatV");
    Result r = run(args(target(), dir, "--resume"));
    assertOneLineError(r, "the state file " + dir.resolve("state.json") + " is damaged");
    Files.writeString(dir.resolve("state.json"), "{\"format\": \"something else\"}");
    assertOneLineError(run(args(target(), dir, "--resume")), "it is not a Godwit load state");
    Files.delete(dir.resolve("state.json"));
    assertOneLineError(run(args(target(), dir, "--resume")), "there is no state file");
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    Path dir = Files.createTempDirectory("godwit-cli");
    Result r = run(args(target(), dir, "--prep", "sometimes"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("'sometimes' is not a preparation mode (drop-create, truncate, none)");
  }

  @Test
  void aDroppedConnectionSaysWhatWasLoadedAndHowToResume() throws Exception {
    String target = target();
    URI uri = URI.create(target.substring("jdbc:".length()));
    Path dir = Files.createTempDirectory("godwit-cli");
    try (DroppingProxy proxy = new DroppingProxy(uri.getHost(), uri.getPort(), 300_000)) {
      String viaProxy = target.replace(":" + uri.getPort() + "/", ":" + proxy.port() + "/");
      Result r =
          run(
              args(
                  viaProxy,
                  dir,
                  "--segment-rows",
                  "20000",
                  "--parallel",
                  "1",
                  "--progress",
                  "lines"));
      assertOneLineError(
          r,
          "the connection to jdbc:postgresql://localhost:" + proxy.port(),
          "was lost",
          "rows loaded",
          "the state is saved in " + dir.resolve("state.json"),
          "run the same command with --resume to finish");
    }
    Result unfinished = run(args(target, dir));
    assertOneLineError(unfinished, "holds an unfinished task (stopped); add --resume to finish it");
    Result resumed = run(args(target, dir, "--resume", "--validate"));
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.count(c, db + ".orders")).isEqualTo(40000);
      assertThat(Sql.one(c, "select count(distinct id) from " + db + ".orders")).isEqualTo("40000");
    }
  }
}
