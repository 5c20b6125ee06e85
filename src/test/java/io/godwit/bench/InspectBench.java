package io.godwit.bench;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Dialects;
import io.godwit.model.Schema;
import io.godwit.service.CatalogService;
import io.godwit.service.CatalogService.Inspection;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench inspect [postgresql] [mariadb] [--tables N] [--small N] [--runs R]}: builds a schema
 * of N tables × 20 columns (each with a primary key, two secondary indexes and a foreign key) on
 * the embedded PostgreSQL and MariaDB, then times {@link CatalogService#inspect} against it and
 * counts the catalog round trips; the same for a small schema shows the round trips do not grow
 * with the table count.
 */
final class InspectBench implements Bench.Task {

  private static final int COLUMNS = 20;

  @Override
  public String description() {
    return "time `inspect` on 5,000 tables x 20 columns (PostgreSQL, MariaDB); count round trips";
  }

  @Override
  public void run(List<String> args, PrintStream out) throws Exception {
    int tables = 5_000;
    int small = 500;
    int runs = 5;
    List<String> products = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--tables" -> tables = Integer.parseInt(args.get(++i));
        case "--small" -> small = Integer.parseInt(args.get(++i));
        case "--runs" -> runs = Integer.parseInt(args.get(++i));
        case "postgresql", "mariadb" -> products.add(args.get(i));
        default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
      }
    }
    if (products.isEmpty()) {
      products = List.of("postgresql", "mariadb");
    }
    out.printf(
        Locale.ROOT,
        "inspect: %d tables x %d columns, PK + 2 indexes + FK each; %d runs; Java %s, %d cores%n",
        tables,
        COLUMNS,
        runs,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    CatalogService service = new CatalogService(Dialects.discover());
    for (String product : products) {
      Target big = create(product, tables, out);
      measure(service, product, big, tables, runs, out);
      Target little = create(product, small, out);
      measure(service, product, little, small, runs, out);
    }
  }

  private record Target(ConnectionSpec spec, String schema) {}

  private static Target create(String product, int tables, PrintStream out) throws Exception {
    long started = System.nanoTime();
    Target target;
    if (product.equals("postgresql")) {
      TestPostgres pg = TestPostgres.get();
      String url = pg.createDatabase("bench");
      try (Connection c = pg.connect(url);
          Statement s = c.createStatement()) {
        s.execute("create schema bench");
        createTables(s, "bench.", 1, tables, "timestamp(3)");
      }
      target = new Target(pg.spec(url), "bench");
    } else {
      TestMariaDb maria = TestMariaDb.get();
      String url = maria.createDatabase("bench");
      // DDL on InnoDB waits for the disk; with foreign key checks off the tables can be created
      // in any order, so several connections share the work.
      int workers = 4;
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<Void>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          int first = w * tables / workers + 1;
          int last = (w + 1) * tables / workers;
          done.add(
              pool.submit(
                  () -> {
                    try (Connection c = maria.connect(url + "?allowMultiQueries=true");
                        Statement s = c.createStatement()) {
                      s.execute("set foreign_key_checks = 0");
                      createTables(s, "", first, last, "datetime(3)");
                    }
                    return null;
                  }));
        }
        for (Future<Void> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      target = new Target(maria.spec(url), url.substring(url.lastIndexOf('/') + 1));
    }
    out.printf(
        Locale.ROOT,
        "%s: created %d tables in %.1f s%n",
        product,
        tables,
        (System.nanoTime() - started) / 1e9);
    return target;
  }

  /**
   * Creates tables {@code first} to {@code last}, 50 per statement. Table i has id (PK), parent_id
   * (FK to table i-1, the first to itself), 18 more columns of mixed types, and two secondary
   * indexes, the first leading with parent_id so that MariaDB needs no extra index for the foreign
   * key.
   */
  private static void createTables(Statement s, String prefix, int first, int last, String time)
      throws SQLException {
    StringBuilder sql = new StringBuilder();
    for (int i = first; i <= last; i++) {
      String name = prefix + table(i);
      String parent = prefix + table(i == 1 ? 1 : i - 1);
      sql.append("create table ").append(name).append(" (id bigint primary key");
      sql.append(", parent_id bigint");
      for (int c = 3; c <= COLUMNS; c++) {
        String type =
            switch (c % 6) {
              case 0 -> "integer";
              case 1 -> "varchar(40) not null";
              case 2 -> "numeric(12,2) default 0";
              case 3 -> time;
              case 4 -> "date";
              default -> "varchar(200)";
            };
        sql.append(", c").append(c).append(' ').append(type);
      }
      sql.append(", constraint fk_")
          .append(table(i))
          .append(" foreign key (parent_id) references ")
          .append(parent)
          .append(" (id));\n");
      sql.append("create index ix_").append(table(i)).append("_a on ").append(name);
      sql.append(" (parent_id, c3);\n");
      sql.append("create index ix_").append(table(i)).append("_b on ").append(name);
      sql.append(" (c4, c5);\n");
      if (i % 50 == 0 || i == last) {
        s.execute(sql.toString());
        sql.setLength(0);
      }
    }
  }

  private static String table(int i) {
    return String.format(Locale.ROOT, "t%05d", i);
  }

  private static void measure(
      CatalogService service,
      String product,
      Target target,
      int tables,
      int runs,
      PrintStream out) {
    // One warm-up read: class loading, JIT and the server's caches.
    check(service.inspect(target.spec(), List.of(target.schema()), null), tables);
    List<Double> seconds = new ArrayList<>();
    int roundTrips = 0;
    List<String> stepNames = new ArrayList<>();
    List<Long> stepStarts = new ArrayList<>();
    long end = 0;
    for (int r = 0; r < runs; r++) {
      stepNames.clear();
      stepStarts.clear();
      Inspection inspection =
          service.inspect(
              target.spec(),
              List.of(target.schema()),
              step -> {
                stepNames.add(step);
                stepStarts.add(System.nanoTime());
              });
      end = System.nanoTime();
      check(inspection, tables);
      seconds.add(inspection.elapsed().toNanos() / 1e9);
      roundTrips = inspection.roundTrips();
    }
    List<Double> sorted = new ArrayList<>(seconds);
    sorted.sort(null);
    double median = sorted.get(sorted.size() / 2);
    StringBuilder each = new StringBuilder();
    for (double s : seconds) {
      each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", s));
    }
    out.printf(
        Locale.ROOT,
        "%s %d tables: runs [%s] s, median %.2f s, %d catalog round trips%n",
        product,
        tables,
        each,
        median,
        roundTrips);
    // Where the last run spent its time: from the start of each step to the start of the next
    // (the last one ends when the model is built).
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i < stepNames.size(); i++) {
      long stop = i + 1 < stepStarts.size() ? stepStarts.get(i + 1) : end;
      steps
          .append(steps.length() == 0 ? "  steps: " : ", ")
          .append(stepNames.get(i))
          .append(String.format(Locale.ROOT, " %.0f ms", (stop - stepStarts.get(i)) / 1e6));
    }
    out.println(steps);
  }

  /** The read must be complete, or the timing means nothing. */
  private static void check(Inspection inspection, int tables) {
    Schema schema = inspection.database().schemas().get(0);
    int columns = schema.tables().stream().mapToInt(t -> t.columns().size()).sum();
    long fks = schema.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum();
    long pks = schema.tables().stream().filter(t -> t.primaryKey() != null).count();
    if (schema.tables().size() != tables
        || columns != tables * COLUMNS
        || schema.indexes().size() != tables * 2
        || fks != tables
        || pks != tables) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "incomplete read: %d tables, %d columns, %d indexes, %d PKs, %d FKs",
              schema.tables().size(),
              columns,
              schema.indexes().size(),
              pks,
              fks));
    }
  }
}
