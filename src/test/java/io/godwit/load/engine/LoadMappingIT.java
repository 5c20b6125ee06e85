package io.godwit.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.godwit.load.LoadFixture;
import io.godwit.load.Sql;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A DMS table mapping applied end to end (MySQL to PostgreSQL): selection with filters and
 * exclusions, renames, remove-column, change-data-type, parallel-load ranges on an integer and on a
 * text column, and automatic primary-key splitting.
 */
class LoadMappingIT {

  static TestMariaDb maria;
  static TestPostgres pg;
  static String source;
  static String db;

  @BeforeAll
  static void source() throws Exception {
    maria = TestMariaDb.get();
    pg = TestPostgres.get();
    source = maria.createDatabase("map_src");
    db = source.substring(source.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(source)) {
      Sql.run(
          c,
          "create table EMPLOYEES (EMP_ID int primary key, NAME varchar(40), SALARY decimal(10,2),"
              + " SSN char(11), DEPT varchar(10), CODE int)",
          "insert into EMPLOYEES select seq, concat('emp ', seq), 1000 + seq % 5000, '123-45-6789',"
              + " elt(1 + seq % 4, 'ACC', 'HR', 'IT', 'OPS'), seq % 97 from seq_1_to_3000",
          "insert into EMPLOYEES values (3001, 'no dept', 10, null, null, null)",
          "create table TMP_SCRATCH (X int)",
          "insert into TMP_SCRATCH values (1)",
          "create table ORDERS (ORDER_ID bigint primary key, TOTAL decimal(12,2), NOTE text)",
          "insert into ORDERS select seq, seq / 100, repeat('n', seq % 20) from seq_1_to_20000");
    }
  }

  @Test
  void rulesShapeWhatLoadsAndWhere() throws Exception {
    String target = pg.createDatabase("map_tgt");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema staff",
          "create table staff.emp (emp_key integer primary key, name varchar(40), pay numeric(10,2),"
              + " dept varchar(10), code_txt text)",
          "create table staff.orders_v2 (order_id bigint primary key, total numeric(12,2), note text)");
    }
    String mapping =
        """
        {"rules": [
          {"rule-type": "selection", "rule-id": "1", "rule-name": "emps",
           "object-locator": {"schema-name": "%s", "table-name": "%%"}, "rule-action": "include",
           "filters": [{"filter-type": "source", "column-name": "SALARY",
             "filter-conditions": [{"filter-operator": "gte", "value": "2000"},
                                   {"filter-operator": "ste", "value": "1010"}]},
             {"column-name": "DEPT", "filter-conditions": [{"filter-operator": "noteq", "value": "OPS"},
                                                             {"filter-operator": "null"}]}]},
          {"rule-type": "selection", "rule-id": "2", "object-locator": {"schema-name": "%s",
           "table-name": "TMP%%"}, "rule-action": "exclude"},
          {"rule-type": "selection", "rule-id": "3", "object-locator": {"schema-name": "%s",
           "table-name": "ORDERS"}, "rule-action": "include", "load-order": "10"},
          {"rule-type": "transformation", "rule-id": "4", "rule-target": "schema",
           "object-locator": {"schema-name": "%s"}, "rule-action": "rename", "value": "staff"},
          {"rule-type": "transformation", "rule-id": "5", "rule-target": "table",
           "object-locator": {"schema-name": "%s", "table-name": "EMPLOYEES"},
           "rule-action": "rename", "value": "emp"},
          {"rule-type": "transformation", "rule-id": "6", "rule-target": "table",
           "object-locator": {"schema-name": "%s", "table-name": "ORDERS"},
           "rule-action": "add-suffix", "value": "_v2"},
          {"rule-type": "transformation", "rule-id": "7", "rule-target": "column",
           "object-locator": {"schema-name": "%s", "table-name": "EMPLOYEES", "column-name": "SSN"},
           "rule-action": "remove-column"},
          {"rule-type": "transformation", "rule-id": "8", "rule-target": "column",
           "object-locator": {"schema-name": "%s", "table-name": "EMPLOYEES", "column-name": "%%_ID"},
           "rule-action": "replace-suffix", "old-value": "_ID", "value": "_KEY"},
          {"rule-type": "transformation", "rule-id": "9", "rule-target": "column",
           "object-locator": {"schema-name": "%s", "table-name": "EMPLOYEES", "column-name": "SALARY"},
           "rule-action": "rename", "value": "pay"},
          {"rule-type": "transformation", "rule-id": "10", "rule-target": "column",
           "object-locator": {"schema-name": "%s", "table-name": "EMPLOYEES", "column-name": "CODE"},
           "rule-action": "add-suffix", "value": "_txt"},
          {"rule-type": "transformation", "rule-id": "11", "rule-target": "column",
           "object-locator": {"schema-name": "%s", "table-name": "EMPLOYEES", "column-name": "CODE"},
           "rule-action": "change-data-type", "data-type": {"type": "string", "length": "10"}},
          {"rule-type": "table-settings", "rule-id": "12", "object-locator": {"schema-name": "%s",
           "table-name": "EMPLOYEES"}, "parallel-load": {"type": "ranges", "columns": ["DEPT"],
           "boundaries": [["B"], ["I"], ["J"]]}},
          {"rule-type": "table-settings", "rule-id": "13", "object-locator": {"schema-name": "%s",
           "table-name": "ORDERS"}, "parallel-load": {"type": "ranges", "columns": ["ORDER_ID"],
           "boundaries": [["5000"], ["10000"], ["15000"]]}}
        ]}
        """
            .replace("%s", db)
            .replace("%%", "%");
    LoadFixture fixture = new LoadFixture(maria.spec(source), pg.spec(target)).parallel(3);
    Path file = fixture.dir().resolve("mapping.json");
    Files.writeString(file, mapping);
    LoadReport report = fixture.mapping(file).run();
    assertThat(report.outcome())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(LoadReport.Outcome.COMPLETED);
    assertThat(report.tables())
        .extracting(t -> t.source().name())
        .containsExactly("ORDERS", "EMPLOYEES");
    TableStatus emp = LoadFixture.table(report, "EMPLOYEES");
    assertThat(emp.state()).isEqualTo(TableState.VALIDATED);
    assertThat(emp.segments()).isEqualTo(5); // 4 ranges on DEPT and the rows whose DEPT is NULL
    TableStatus orders = LoadFixture.table(report, "ORDERS");
    assertThat(orders.segments()).isEqualTo(4);
    assertThat(orders.rows()).isEqualTo(20000);
    try (Connection c = pg.connect(target);
        Connection s = maria.connect(source)) {
      String expected =
          Sql.one(
              s,
              "select count(*) from EMPLOYEES where (SALARY >= 2000 or SALARY <= 1010)"
                  + " and (DEPT <> 'OPS' or DEPT is null)");
      assertThat(Sql.one(c, "select count(*) from staff.emp")).isEqualTo(expected);
      assertThat(emp.rows()).isEqualTo(Long.parseLong(expected));
      assertThat(Sql.one(c, "select count(*) from staff.emp where dept = 'OPS'")).isEqualTo("0");
      assertThat(
              Sql.one(
                  c,
                  "select name || '|' || pay || '|' || coalesce(dept, '-') from staff.emp where emp_key = 3001"))
          .isEqualTo("no dept|10.00|-");
      assertThat(Sql.one(c, "select code_txt from staff.emp where emp_key = 2000")).isEqualTo("60");
      assertThat(Sql.one(c, "select sum(order_id)::text from staff.orders_v2"))
          .isEqualTo(Long.toString(20000L * 20001 / 2));
    }
    JsonNode state = new ObjectMapper().readTree(fixture.stateFile().toFile());
    List<String> upper = new ArrayList<>();
    for (JsonNode t : state.get("tables")) {
      if (t.path("source").path("name").asText().equals("ORDERS")) {
        assertThat(t.path("restartByRange").asBoolean()).isTrue();
        t.get("segments").forEach(seg -> upper.add(seg.get("upper").toString()));
      }
      if (t.path("source").path("name").asText().equals("EMPLOYEES")) {
        // text ranges do not order alike on both products: such a table reloads as a whole
        assertThat(t.path("restartByRange").asBoolean()).isFalse();
      }
    }
    assertThat(upper).containsExactly("[5000]", "[10000]", "[15000]", "null");
  }

  @Test
  void bigTablesSplitByPrimaryKeyRanges() throws Exception {
    String target = pg.createDatabase("map_auto");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema " + db,
          "create table "
              + db
              + ".orders (order_id bigint primary key, total numeric(12,2), note text)");
    }
    LoadFixture fixture =
        new LoadFixture(maria.spec(source), pg.spec(target)).parallel(4).segmentRows(3000);
    Path file = fixture.dir().resolve("mapping.json");
    Files.writeString(
        file,
        "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\":"
            + " {\"schema-name\": \""
            + db
            + "\", \"table-name\": \"ORDERS\"}, \"rule-action\": \"include\"}]}");
    LoadReport report = fixture.mapping(file).run();
    TableStatus orders = LoadFixture.table(report, "ORDERS");
    assertThat(orders.state())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(TableState.VALIDATED);
    assertThat(orders.segments()).isGreaterThanOrEqualTo(5);
    assertThat(orders.segmentsDone()).isEqualTo(orders.segments());
    assertThat(orders.rows()).isEqualTo(20000);
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.one(c, "select count(distinct order_id) from " + db + ".orders"))
          .isEqualTo("20000");
    }
  }
}
