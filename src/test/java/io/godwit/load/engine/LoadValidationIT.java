package io.godwit.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.load.LoadFixture;
import io.godwit.load.Sql;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.Mismatch;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation finds rows that differ: a load, then a changed, a deleted and an extra row on the
 * target, then validation (resuming the finished task with validation on) lists the key ranges that
 * differ and the keys in them.
 */
class LoadValidationIT {

  @Test
  void findsAlteredRowsAndTheirKeyRanges() throws Exception {
    TestMariaDb maria = TestMariaDb.get();
    TestPostgres pg = TestPostgres.get();
    String source = maria.createDatabase("val_src");
    String db = source.substring(source.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(source)) {
      Sql.run(
          c,
          "create table items (id int primary key, name varchar(30), price decimal(10,2),"
              + " at datetime(6), payload blob)",
          "insert into items select seq, concat('item ', seq), seq / 7, '2024-01-01' + interval seq"
              + " second, unhex(hex(seq)) from seq_1_to_30000");
    }
    String target = pg.createDatabase("val_tgt");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema " + db,
          "create table "
              + db
              + ".items (id integer primary key, name varchar(30),"
              + " price numeric(10,2), at timestamp(6), payload bytea)");
    }
    LoadFixture fixture =
        new LoadFixture(maria.spec(source), pg.spec(target)).segmentRows(10_000).validate(false);
    LoadReport first = fixture.run();
    assertThat(LoadFixture.table(first, "items").state()).isEqualTo(TableState.COMPLETED);

    // A clean table validates.
    LoadReport clean = fixture.resume(true).validate(true).run();
    assertThat(LoadFixture.table(clean, "items").state()).isEqualTo(TableState.VALIDATED);

    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "update " + db + ".items set price = price + 0.01 where id = 15000",
          "delete from " + db + ".items where id = 25000",
          "insert into " + db + ".items values (40000, 'extra', 1, now(), null)");
    }
    LoadReport report = fixture.run();
    TableStatus items = LoadFixture.table(report, "items");
    assertThat(items.state())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(TableState.MISMATCHED);
    assertThat(items.message()).isEqualTo("2 key ranges differ between source and target");
    assertThat(report.outcome()).isEqualTo(LoadReport.Outcome.COMPLETED_WITH_ERRORS);
    List<Mismatch> m = items.mismatches();
    assertThat(m).hasSize(2);
    assertThat(m.get(0).range()).isEqualTo("id in (10000, 20000]");
    assertThat(m.get(0).sourceRows()).isEqualTo(10000);
    assertThat(m.get(0).targetRows()).isEqualTo(10000);
    assertThat(m.get(0).keys()).containsExactly("id=15000 (values differ)");
    assertThat(m.get(1).range()).isEqualTo("id in (20000, +inf)");
    assertThat(m.get(1).sourceRows()).isEqualTo(10000);
    assertThat(m.get(1).targetRows()).isEqualTo(10000);
    assertThat(m.get(1).keys())
        .containsExactly("id=25000 (missing on the target)", "id=40000 (only on the target)");
  }
}
