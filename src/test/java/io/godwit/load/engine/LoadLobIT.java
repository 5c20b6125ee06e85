package io.godwit.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.load.Sql;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import io.godwit.testsupport.GodwitProcess;
import io.godwit.testsupport.GodwitProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Large values stream: 3 MB values, 120 MB in all, load through a JVM limited to 256 MB of heap
 * (the launcher in {@link GodwitProcess}), into PostgreSQL and into MySQL, and validate.
 */
class LoadLobIT {

  @Test
  void largeValuesLoadWithABoundedHeap() throws Exception {
    TestPostgres pg = TestPostgres.get();
    TestMariaDb maria = TestMariaDb.get();
    String source = pg.createDatabase("lob_src");
    try (Connection c = pg.connect(source)) {
      Sql.run(
          c,
          "create table public.docs (id integer primary key, body text, data bytea)",
          "insert into public.docs select g, repeat(chr(65 + g % 26) || '😀', 750000),"
              + " decode(repeat(lpad(to_hex(g % 256), 2, '0') || 'ff00', 1000000), 'hex')"
              + " from generate_series(1, 40) g",
          "insert into public.docs values (41, '', '\\x'), (42, null, null)");
    }
    String pgTarget = pg.createDatabase("lob_pg");
    try (Connection c = pg.connect(pgTarget)) {
      Sql.run(c, "create table public.docs (id integer primary key, body text, data bytea)");
    }
    Path dir = Files.createTempDirectory("godwit-lob");
    Result r =
        GodwitProcess.run(
            Map.of(),
            "load",
            "--source-url",
            source,
            "--source-user",
            pg.user(),
            "--target-url",
            pgTarget,
            "--target-user",
            pg.user(),
            "--schema",
            "public",
            "--validate",
            "--parallel",
            "2",
            "--state",
            dir.resolve("pg.json").toString(),
            "--progress",
            "lines");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("validated");
    try (Connection c = pg.connect(pgTarget);
        Connection s = pg.connect(source)) {
      assertThat(
              Sql.one(
                  c,
                  "select md5(string_agg(md5(coalesce(body, '-')) || md5(coalesce(data, '\\x00')), ',' order by id)) from public.docs"))
          .isEqualTo(
              Sql.one(
                  s,
                  "select md5(string_agg(md5(coalesce(body, '-')) || md5(coalesce(data, '\\x00')), ',' order by id)) from public.docs"));
    }

    String myTarget = maria.createDatabase("lob_my");
    String myDb = myTarget.substring(myTarget.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(myTarget)) {
      Sql.run(
          c,
          "create table docs (id int primary key, body longtext, data longblob)"
              + " character set utf8mb4");
    }
    Path mapping = dir.resolve("m.json");
    Files.writeString(
        mapping,
        "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\":"
            + " {\"schema-name\": \"public\", \"table-name\": \"docs\"}, \"rule-action\":"
            + " \"include\"}, {\"rule-type\": \"transformation\", \"rule-id\": \"2\","
            + " \"rule-target\": \"schema\", \"object-locator\": {\"schema-name\": \"public\"},"
            + " \"rule-action\": \"rename\", \"value\": \""
            + myDb
            + "\"}]}");
    Result m =
        GodwitProcess.run(
            Map.of("TGT_PW", maria.password()),
            "load",
            "--source-url",
            source,
            "--source-user",
            pg.user(),
            "--target-url",
            myTarget,
            "--target-user",
            maria.user(),
            "--target-password-env",
            "TGT_PW",
            "--schema",
            "public",
            "--mapping",
            mapping.toString(),
            "--validate",
            "--parallel",
            "2",
            "--state",
            dir.resolve("my.json").toString(),
            "--progress",
            "lines");
    assertThat(m.exitCode()).as(m.out() + m.err()).isZero();
    assertThat(m.out()).contains("validated");
    try (Connection c = maria.connect(myTarget)) {
      assertThat(Sql.one(c, "select count(*) from docs where length(data) = 3000000"))
          .isEqualTo("40");
      assertThat(Sql.one(c, "select char_length(body) from docs where id = 7"))
          .isEqualTo("1500000");
    }
  }
}
