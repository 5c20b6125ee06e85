package io.godwit.scratch;

import io.godwit.dialect.Dialects;
import io.godwit.load.WriteMethod;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import io.godwit.load.progress.LoadReport;
import io.godwit.service.LoadRequest;
import io.godwit.service.LoadService;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchIT {
  @Test
  void perf() throws Exception {
    TestMariaDb m = TestMariaDb.get();
    String src = m.createDatabase("perf");
    String db = src.substring(src.lastIndexOf('/') + 1);
    try (Connection c = m.connect(src); Statement s = c.createStatement()) {
      s.execute("create table orders (id bigint primary key, customer_id int, amount decimal(12,2), status varchar(20), created datetime, note text)");
      s.execute("insert into orders select seq, 1 + seq % 500000, (seq % 100000) / 100, elt(1 + seq % 4, 'new', 'paid', 'shipped', 'closed'), '2020-01-01' + interval (seq % 2000000) minute, if(seq % 3 = 0, null, repeat(concat('note ', seq, ' '), 1 + seq % 5)) from seq_1_to_200000");
    }
    for (String url : List.of(src, src + "?sslMode=DISABLED", src + "?sslMode=DISABLED&useSSL=false")) {
      for (int rep = 0; rep < 2; rep++) {
        long t0 = System.nanoTime();
        long n = 0;
        try (Connection c = m.connect(url); PreparedStatement ps = c.prepareStatement("select id, customer_id, amount, status, created, note from orders", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
          ps.setFetchSize(Integer.MIN_VALUE);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) { rs.getLong(1); rs.getLong(2); rs.getString(3); rs.getString(4); rs.getString(5); rs.getString(6); n++; }
          }
        }
        System.out.printf("PERF raw read %s: %d rows in %.2f s%n", url.substring(url.indexOf('?') < 0 ? url.length() : url.indexOf('?')), n, (System.nanoTime() - t0) / 1e9);
      }
    }
    TestPostgres pg = TestPostgres.get();
    String tgt = pg.createDatabase("perf");
    try (Connection c = pg.connect(tgt); Statement s = c.createStatement()) {
      s.execute("create schema " + db);
      s.execute("create table " + db + ".orders (id bigint primary key, customer_id integer, amount numeric(12,2), status varchar(20), created timestamp, note text)");
    }
    for (int par : List.of(1, 4)) {
      long t0 = System.nanoTime();
      java.util.List<Thread> ts = new java.util.ArrayList<>();
      for (int k = 0; k < par; k++) {
        final int kk = k;
        Thread t = new Thread(() -> {
          try (Connection c = m.connect(src + "?sslMode=DISABLED"); PreparedStatement ps = c.prepareStatement("select id, customer_id, amount, status, created, note from orders where id % " + par + " = " + kk, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) { rs.getLong(1); rs.getLong(2); rs.getString(3); rs.getString(4); rs.getString(5); rs.getString(6); }
            }
          } catch (SQLException e) { throw new RuntimeException(e); }
        });
        t.start(); ts.add(t);
      }
      for (Thread t : ts) t.join();
      System.out.printf("PERF parallel raw read x%d: %.2f s%n", par, (System.nanoTime() - t0) / 1e9);
    }
    for (String method : List.of("BULK_BINARY", "BULK_TEXT", "BULK_BINARY")) {
      Path dir = Files.createTempDirectory("perf");
      long t0 = System.nanoTime();
      LoadRequest r = new LoadRequest(m.spec(src + "?sslMode=DISABLED"), pg.spec(tgt), List.of(), null, null, PrepMode.TRUNCATE_BEFORE_LOAD, null, 4, false, ErrorPolicy.STOP, null, dir.resolve("state.json"), false, WriteMethod.valueOf(method), 50000L);
      try (LoadService.LoadRun run = new LoadService(Dialects.discover()).open(r, e -> {})) {
        LoadReport rep = run.task().run();
        System.out.printf("PERF load %s: %s %d rows in %.2f s%n", method, rep.outcome(), rep.totalRows(), (System.nanoTime() - t0) / 1e9);
      }
    }
  }
}
