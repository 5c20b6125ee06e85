package io.godwit.bench;

import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench load [ROWS] [PARALLEL] [METHOD]}: a MariaDB source with ROWS rows (default 5
 * million) over five tables of mixed types, loaded into PostgreSQL by Godwit (in its own JVM with
 * -Xmx512m), by pgloader, and by {@code psql \copy} from CSV files of the same rows, into the same
 * pre-created tables (primary keys in place). Prints rows/s for each and Godwit's peak heap.
 */
final class LoadBench implements Bench.Task {

  /** Wall seconds, CPU seconds of the loader's processes and of both servers, loader's peak KB. */
  private record Cost(double seconds, double cpu, double serverCpu, double kb) {}

  /** Table name, DDL on MariaDB, DDL on PostgreSQL, share of rows, INSERT ... SELECT body. */
  private record Spec(String name, String mysql, String pg, double share, String fill) {}

  private static final List<Spec> TABLES =
      List.of(
          new Spec(
              "customers",
              "id int primary key, name varchar(100), email varchar(120), created datetime,"
                  + " balance decimal(12,2), active tinyint",
              "id integer primary key, name varchar(100), email varchar(120), created timestamp,"
                  + " balance numeric(12,2), active smallint",
              0.10,
              "select seq, concat('Customer ', seq), concat('c', seq, '@example.com'),"
                  + " '2015-01-01' + interval (seq % 3000000) minute, (seq % 1000000) / 100,"
                  + " seq % 2"),
          new Spec(
              "orders",
              "id bigint primary key, customer_id int, amount decimal(12,2), status varchar(20),"
                  + " created datetime, note text",
              "id bigint primary key, customer_id integer, amount numeric(12,2), status"
                  + " varchar(20), created timestamp, note text",
              0.40,
              "select seq, 1 + seq % 500000, (seq % 100000) / 100,"
                  + " elt(1 + seq % 4, 'new', 'paid', 'shipped', 'closed'),"
                  + " '2020-01-01' + interval (seq % 2000000) minute,"
                  + " if(seq % 3 = 0, null, repeat(concat('note ', seq, ' '), 1 + seq % 5))"),
          new Spec(
              "order_items",
              "id bigint primary key, order_id bigint, sku varchar(32), qty int, price"
                  + " decimal(10,2), weight double",
              "id bigint primary key, order_id bigint, sku varchar(32), qty integer, price"
                  + " numeric(10,2), weight double precision",
              0.38,
              "select seq, 1 + seq % 2000000, concat('SKU-', seq % 50000), 1 + seq % 9,"
                  + " (seq % 50000) / 100, (seq % 997) / 7"),
          new Spec(
              "events",
              "id bigint primary key, kind varchar(30), payload text, at datetime(6)",
              "id bigint primary key, kind varchar(30), payload text, at timestamp(6)",
              0.10,
              "select seq, elt(1 + seq % 3, 'click', 'view', 'buy'),"
                  + " concat('{\"n\":', seq, ',\"tags\":[\"a\",\"b\"]}'),"
                  + " '2021-06-01' + interval seq * 137 microsecond"),
          new Spec(
              "attachments",
              "id int primary key, name varchar(200), data blob",
              "id integer primary key, name varchar(200), data bytea",
              0.02,
              "select seq, concat('file-', seq, '.bin'),"
                  + " unhex(repeat(lpad(hex(seq % 65536), 4, '0'), 50 + seq % 400))"));

  @Override
  public String description() {
    return "MariaDB -> PostgreSQL: Godwit vs pgloader vs psql \\copy [ROWS] [PARALLEL] [METHOD]";
  }

  @Override
  public void run(List<String> args, PrintStream out) throws Exception {
    long rows = args.size() > 0 ? Long.parseLong(args.get(0)) : 5_000_000L;
    int parallel = args.size() > 1 ? Integer.parseInt(args.get(1)) : 4;
    String method = args.size() > 2 ? args.get(2) : "auto";
    TestMariaDb maria = TestMariaDb.get();
    TestPostgres pg = TestPostgres.get();
    String source = maria.createDatabase("bench_src");
    String schema = source.substring(source.lastIndexOf('/') + 1);
    out.printf("generating %,d rows in %s%n", rows, schema);
    long t0 = System.nanoTime();
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = maria.connect(source);
        Statement s = c.createStatement()) {
      for (Spec t : TABLES) {
        long n = Math.round(rows * t.share());
        counts.put(t.name(), n);
        s.execute("create table " + t.name() + " (" + t.mysql() + ")");
        s.execute("insert into " + t.name() + " " + t.fill() + " from seq_1_to_" + n);
      }
    }
    out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();

    Map<String, Cost> costs = new LinkedHashMap<>();
    String godwitDb = target(pg, schema, "bench_godwit");
    ProcessCpu servers = ProcessCpu.servers(port(source), port(godwitDb));
    out.printf("server processes found for CPU accounting: %d%n", servers.found());
    costs.put("godwit", godwit(maria, pg, source, godwitDb, parallel, method, servers, out));
    check(pg, godwitDb, schema, counts, out);
    if ("1".equals(System.getenv("BENCH_GODWIT_ONLY"))) {
      print(out, costs, total);
      return;
    }

    String pgloaderDb = target(pg, schema, "bench_pgloader");
    costs.put("pgloader", pgloader(maria, pg, source, pgloaderDb, schema, servers, out));
    check(pg, pgloaderDb, schema, counts, out);

    Path csv = Files.createTempDirectory("godwit-bench-csv");
    String copyDb = target(pg, schema, "bench_copy");
    costs.put("psql \\copy", psqlCopy(pg, godwitDb, copyDb, schema, csv, servers, out));
    check(pg, copyDb, schema, counts, out);

    out.printf("%n%,d rows, parallel %d, method %s%n", total, parallel, method);
    print(out, costs, total);
    double g = total / costs.get("godwit").seconds();
    out.printf(
        "  godwit / pgloader = %.2f, godwit / psql \\copy = %.2f (rows/s)%n",
        g / (total / costs.get("pgloader").seconds()),
        g / (total / costs.get("psql \\copy").seconds()));
  }

  private static void print(PrintStream out, Map<String, Cost> costs, long total) {
    out.printf(
        "  %-12s %8s %12s %9s %11s %12s %9s%n",
        "loader", "wall s", "rows/s", "own CPU s", "server CPU s", "CPU ms/1k rows", "peak MB");
    for (Map.Entry<String, Cost> e : costs.entrySet()) {
      Cost c = e.getValue();
      out.printf(
          "  %-12s %8.1f %12.0f %9.1f %11.1f %12.2f %9.0f%n",
          e.getKey(),
          c.seconds(),
          total / c.seconds(),
          c.cpu(),
          c.serverCpu(),
          (c.cpu() + c.serverCpu()) * 1e6 / total,
          c.kb() / 1024);
    }
    out.printf("  load average: %s%n", loadAverage());
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The port of a JDBC URL (jdbc:product://host:port/...). */
  private static int port(String jdbcUrl) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    String hostPort = slash < 0 ? rest : rest.substring(0, slash);
    int colon = hostPort.lastIndexOf(':');
    return colon < 0 ? -1 : Integer.parseInt(hostPort.substring(colon + 1));
  }

  private static String target(TestPostgres pg, String schema, String prefix) throws Exception {
    String url = pg.createDatabase(prefix);
    try (Connection c = pg.connect(url);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
      for (Spec t : TABLES) {
        s.execute("create table " + schema + "." + t.name() + " (" + t.pg() + ")");
      }
    }
    return url;
  }

  private static Cost godwit(
      TestMariaDb maria,
      TestPostgres pg,
      String source,
      String target,
      int parallel,
      String method,
      ProcessCpu servers,
      PrintStream out)
      throws Exception {
    Path state = Files.createTempDirectory("godwit-bench").resolve("state.json");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    String jfr = System.getenv("BENCH_JFR");
    if (jfr != null) {
      command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoadBenchChild.class.getName());
    command.addAll(
        List.of(
            "load",
            "--source-url",
            // pgloader talks to MariaDB without TLS; so does Godwit here (Connector/J would
            // otherwise negotiate TLS, which costs more CPU than the rest of the read).
            source + "?sslMode=DISABLED",
            "--source-user",
            maria.user(),
            "--source-password-env",
            "BENCH_SOURCE_PW",
            "--target-url",
            target,
            "--target-user",
            pg.user(),
            "--prep",
            "truncate",
            "--parallel",
            Integer.toString(parallel),
            "--method",
            method,
            "--progress",
            "lines",
            "--state",
            state.toString()));
    // More options for the Godwit run, e.g. BENCH_GODWIT_ARGS="--segment-rows 100000".
    String extra = System.getenv("BENCH_GODWIT_ARGS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    Path time = Files.createTempFile("godwit-bench", ".time");
    ProcessBuilder pb =
        new ProcessBuilder(ProcessCpu.timed(time, command)).redirectErrorStream(true);
    pb.environment().put("BENCH_SOURCE_PW", maria.password());
    double server0 = servers.seconds();
    long t0 = System.nanoTime();
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double server = servers.seconds() - server0;
    out.println(output.strip());
    if (p.exitValue() != 0) {
      throw new IllegalStateException("godwit failed");
    }
    double[] cpu = ProcessCpu.readTimed(time);
    out.printf("godwit: %.1f s (process wall time, JVM start included)%n", seconds);
    return new Cost(seconds, cpu[0], server, cpu[1]);
  }

  private static Cost pgloader(
      TestMariaDb maria,
      TestPostgres pg,
      String source,
      String target,
      String schema,
      ProcessCpu servers,
      PrintStream out)
      throws Exception {
    String hostPort = source.substring("jdbc:mysql://".length(), source.lastIndexOf('/'));
    Path file = Files.createTempFile("godwit-bench", ".load");
    String pgUrl = pgUri(pg, target);
    Files.writeString(
        file,
        "LOAD DATABASE\n"
            + "  FROM mysql://"
            + maria.user()
            + ":"
            + maria.password()
            + "@"
            + hostPort
            + "/"
            + schema
            + "\n  INTO "
            + pgUrl
            + "\n  WITH data only, truncate, workers = 4, concurrency = 1\n;\n");
    Path time = Files.createTempFile("godwit-bench", ".time");
    double server0 = servers.seconds();
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(
                ProcessCpu.timed(
                    time, List.of("pgloader", "--no-ssl-cert-verification", file.toString())))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double server = servers.seconds() - server0;
    out.println(tail(output, 25));
    if (p.exitValue() != 0) {
      throw new IllegalStateException("pgloader failed");
    }
    double[] cpu = ProcessCpu.readTimed(time);
    out.printf("pgloader: %.1f s%n", seconds);
    return new Cost(seconds, cpu[0], server, cpu[1]);
  }

  /** postgresql://user@host:port/db from a JDBC URL. */
  private static String pgUri(TestPostgres pg, String jdbcUrl) {
    String rest = jdbcUrl.substring("jdbc:postgresql://".length());
    int q = rest.indexOf('?');
    rest = q < 0 ? rest : rest.substring(0, q);
    return "postgresql://" + pg.user() + "@" + rest;
  }

  private static Cost psqlCopy(
      TestPostgres pg,
      String from,
      String to,
      String schema,
      Path csv,
      ProcessCpu servers,
      PrintStream out)
      throws Exception {
    for (Spec t : TABLES) {
      psql(
          pg,
          from,
          "\\copy " + schema + "." + t.name() + " to '" + csv.resolve(t.name() + ".csv") + "' csv",
          null);
    }
    Path time = Files.createTempFile("godwit-bench", ".time");
    double cpu = 0;
    double kb = 0;
    double server0 = servers.seconds();
    long t0 = System.nanoTime();
    for (Spec t : TABLES) {
      psql(
          pg,
          to,
          "\\copy "
              + schema
              + "."
              + t.name()
              + " from '"
              + csv.resolve(t.name() + ".csv")
              + "' csv",
          time);
      double[] c = ProcessCpu.readTimed(time);
      cpu += c[0];
      kb = Math.max(kb, c[1]);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double server = servers.seconds() - server0;
    out.printf("psql \\copy: %.1f s%n", seconds);
    return new Cost(seconds, cpu, server, kb);
  }

  private static void psql(TestPostgres pg, String jdbcUrl, String command, Path time)
      throws Exception {
    List<String> psql =
        List.of("psql", "-v", "ON_ERROR_STOP=1", "-q", "-d", pgUri(pg, jdbcUrl), "-c", command);
    Process p =
        new ProcessBuilder(time == null ? psql : ProcessCpu.timed(time, psql))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql failed: " + output);
    }
  }

  private static void check(
      TestPostgres pg, String url, String schema, Map<String, Long> counts, PrintStream out)
      throws Exception {
    try (Connection c = pg.connect(url);
        Statement s = c.createStatement()) {
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        try (ResultSet rs = s.executeQuery("select count(*) from " + schema + "." + e.getKey())) {
          rs.next();
          if (rs.getLong(1) != e.getValue()) {
            throw new IllegalStateException(
                e.getKey() + ": " + rs.getLong(1) + " rows, expected " + e.getValue());
          }
        }
      }
    }
  }

  private static String tail(String s, int lines) throws IOException {
    String[] all = s.split("\n");
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
      out.append(all[i]).append('\n');
    }
    return out.toString().strip();
  }
}
