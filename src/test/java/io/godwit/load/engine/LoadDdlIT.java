package io.godwit.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.godwit.dialect.Dialects;
import io.godwit.load.LoadFixture;
import io.godwit.load.Sql;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.TableState;
import io.godwit.testdb.TestMariaDb;
import io.godwit.testdb.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Target preparation: drop and create from the converter's DDL directory (tables first, then the
 * data, then indexes and triggers, then constraints, identities moved past the loaded keys), and
 * truncate with indexes, foreign keys and triggers set aside while the data loads.
 */
class LoadDdlIT {

  static TestMariaDb maria;
  static TestPostgres pg;
  static String source;
  static String db;

  @BeforeAll
  static void source() throws Exception {
    maria = TestMariaDb.get();
    pg = TestPostgres.get();
    source = maria.createDatabase("ddl_src");
    db = source.substring(source.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(source)) {
      Sql.run(
          c,
          "create table DEPARTMENTS (DEPARTMENT_ID int primary key, DEPARTMENT_NAME varchar(30)"
              + " not null, MANAGER_ID int, LOCATION_ID int)",
          "insert into DEPARTMENTS select seq * 10, concat('Dept ', seq), null, 1700"
              + " from seq_1_to_27",
          "create table EMPLOYEES (EMPLOYEE_ID int primary key, FIRST_NAME varchar(20),"
              + " LAST_NAME varchar(25) not null, EMAIL varchar(25) not null, PHONE_NUMBER"
              + " varchar(20), HIRE_DATE datetime not null, JOB_ID varchar(10) not null, SALARY"
              + " decimal(8,2), COMMISSION_PCT decimal(2,2), MANAGER_ID int, DEPARTMENT_ID int,"
              + " CREATED_BY varchar(30))",
          "insert into EMPLOYEES select 99 + seq, concat('First', seq), concat('Last', seq % 300),"
              + " concat('E', seq), '515.123.4567', '2003-06-17' + interval seq day, 'IT_PROG',"
              + " 4000 + seq, null, null, 10 * (1 + seq % 27), 'HR' from seq_1_to_5000");
    }
  }

  private static Path mapping(LoadFixture fixture, String targetSchema) throws Exception {
    Path file = fixture.dir().resolve("mapping.json");
    Files.writeString(
        file,
        "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\":"
            + " {\"schema-name\": \""
            + db
            + "\", \"table-name\": \"%\"}, \"rule-action\": \"include\"},"
            + " {\"rule-type\": \"transformation\", \"rule-id\": \"2\", \"rule-target\": \"schema\","
            + " \"object-locator\": {\"schema-name\": \""
            + db
            + "\"}, \"rule-action\": \"rename\", \"value\": \""
            + targetSchema
            + "\"}]}");
    return file;
  }

  private static Path resource(String name) throws Exception {
    return Path.of(LoadDdlIT.class.getResource("/io/godwit/load/ddl/" + name).toURI());
  }

  /** Runs a converted DDL file on a database, as a user would have before a truncate load. */
  private static void apply(Connection c, String dialect, Path file) throws Exception {
    var d = Dialects.discover().byId(dialect).orElseThrow();
    for (var s : d.splitStatements(Files.readString(file, StandardCharsets.UTF_8))) {
      Sql.run(c, s.text());
    }
  }

  @Test
  void dropAndCreateFromTheConvertedDdlOnPostgres() throws Exception {
    String target = pg.createDatabase("ddl_pg");
    try (Connection c = pg.connect(target)) {
      Sql.run(
          c,
          "create schema hr",
          "create table hr.employees (stale integer)",
          "insert into hr.employees values (1)");
    }
    LoadFixture fixture = new LoadFixture(maria.spec(source), pg.spec(target));
    LoadReport report =
        fixture
            .mapping(mapping(fixture, "hr"))
            .prep(PrepMode.DROP_AND_CREATE)
            .ddl(resource("pg-hr"))
            .run();
    assertThat(report.outcome())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(LoadReport.Outcome.COMPLETED);
    assertThat(LoadFixture.table(report, "EMPLOYEES").state()).isEqualTo(TableState.VALIDATED);
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.count(c, "hr.employees")).isEqualTo(5000);
      assertThat(Sql.count(c, "hr.departments")).isEqualTo(27);
      assertThat(Sql.one(c, "select to_regclass('hr.emp_name_ix') is not null")).isEqualTo("t");
      assertThat(Sql.one(c, "select to_regclass('hr.dept_name_ix') is not null")).isEqualTo("t");
      assertThat(Sql.one(c, "select to_regclass('hr.emp_seq') is not null")).isEqualTo("t");
      assertThat(
              Sql.one(
                  c,
                  "select string_agg(conname, ',' order by conname) from pg_constraint"
                      + " where conrelid = 'hr.employees'::regclass"))
          .isEqualTo("emp_dept_fk,emp_email_uk,emp_emp_id_pk,emp_salary_min");
      // views and routines are not the loader's business
      assertThat(Sql.one(c, "select to_regclass('hr.emp_details_view') is null")).isEqualTo("t");
      // the trigger came after the data: loaded rows keep their value
      assertThat(Sql.one(c, "select count(*) from hr.employees where created_by = 'HR'"))
          .isEqualTo("5000");
      Sql.run(
          c,
          "insert into hr.employees (first_name, last_name, email, hire_date, job_id)"
              + " values ('New', 'Hire', 'NEW', now(), 'IT_PROG')");
      assertThat(
              Sql.one(
                  c,
                  "select employee_id || ' ' || created_by from hr.employees where email = 'NEW'"))
          .isEqualTo("5100 trigger");
    }
  }

  /** A copy of a DDL resource directory, to change a file or two of it. */
  private static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
    return to;
  }

  @Test
  void dropAndCreateRunsTheSupportFilesFirst() throws Exception {
    String target = pg.createDatabase("ddl_pg_support");
    LoadFixture fixture = new LoadFixture(maria.spec(source), pg.spec(target));
    Path ddl = copy(resource("pg-hr"), fixture.dir().resolve("ddl"));
    // The converted departments table calls a compatibility function in a default, as converted
    // Oracle code does; the function lives in the output's _godwit/ support file.
    Files.createDirectories(ddl.resolve("_godwit"));
    Files.writeString(
        ddl.resolve("_godwit/godwit_compat.sql"),
        "CREATE SCHEMA IF NOT EXISTS godwit_compat;\n\n"
            + "CREATE OR REPLACE FUNCTION godwit_compat.last_day(d timestamp)\n"
            + "RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$\n"
            + "  SELECT (date_trunc('month', d) + interval '1 month - 1 day')::timestamp\n"
            + "$$;\n");
    Files.writeString(
        ddl.resolve("hr/table/departments.sql"),
        "\nALTER TABLE hr.departments ADD COLUMN review_day timestamp"
            + " DEFAULT godwit_compat.last_day(timestamp '2024-02-10 00:00:00');\n",
        java.nio.file.StandardOpenOption.APPEND);
    String summary = Files.readString(ddl.resolve("summary.json"));
    int end = summary.lastIndexOf('}');
    Files.writeString(
        ddl.resolve("summary.json"),
        summary.substring(0, end)
            + ", \"support\": [{\"name\": \"godwit_compat\", \"file\":"
            + " \"_godwit/godwit_compat.sql\"}]}\n");
    LoadReport report =
        fixture.mapping(mapping(fixture, "hr")).prep(PrepMode.DROP_AND_CREATE).ddl(ddl).run();
    assertThat(report.outcome())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(LoadReport.Outcome.COMPLETED);
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.count(c, "hr.departments")).isEqualTo(27);
      assertThat(
              Sql.one(
                  c,
                  "select count(*) from hr.departments"
                      + " where review_day = timestamp '2024-02-29 00:00:00'"))
          .isEqualTo("27");
    }
  }

  @Test
  void aSupportFileThatFailsStopsTheTaskWithItsName() throws Exception {
    String target = pg.createDatabase("ddl_pg_support_bad");
    LoadFixture fixture = new LoadFixture(maria.spec(source), pg.spec(target));
    Path ddl = copy(resource("pg-hr"), fixture.dir().resolve("ddl"));
    Files.createDirectories(ddl.resolve("_godwit"));
    Files.writeString(ddl.resolve("_godwit/godwit_compat.sql"), "CREATE SCHEMA godwit_compat (;\n");
    String summary = Files.readString(ddl.resolve("summary.json"));
    int end = summary.lastIndexOf('}');
    Files.writeString(
        ddl.resolve("summary.json"),
        summary.substring(0, end)
            + ", \"support\": [{\"name\": \"godwit_compat\", \"file\":"
            + " \"_godwit/godwit_compat.sql\"}]}\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                fixture
                    .mapping(mapping(fixture, "hr"))
                    .prep(PrepMode.DROP_AND_CREATE)
                    .ddl(ddl)
                    .run())
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("support file _godwit/godwit_compat.sql (godwit_compat) failed");
  }

  @Test
  void truncateSetsIndexesForeignKeysAndTriggersAsideOnPostgres() throws Exception {
    String target = pg.createDatabase("ddl_pg_trunc");
    Path ddl = resource("pg-hr");
    try (Connection c = pg.connect(target)) {
      Sql.run(c, "create schema hr");
      for (String f :
          List.of(
              "hr/table/departments.sql",
              "hr/table/employees.sql",
              "hr/index/emp_name_ix.sql",
              "hr/constraint/emp_email_uk.sql",
              "hr/constraint/emp_dept_fk.sql",
              "hr/trigger/emp_audit_trg.sql")) {
        apply(c, "postgresql", ddl.resolve(f));
      }
      Sql.run(
          c,
          "insert into hr.departments values (10, 'old', null, null)",
          "insert into hr.employees (employee_id, last_name, email, hire_date, job_id,"
              + " department_id) values (1, 'old', 'old', now(), 'X', 10)",
          "create table hr.badges (badge integer primary key, employee_id integer"
              + " references hr.employees)",
          "create index badges_emp on hr.badges (employee_id)");
    }
    LoadFixture fixture = new LoadFixture(maria.spec(source), pg.spec(target));
    LoadReport report = fixture.mapping(mapping(fixture, "hr")).run();
    assertThat(report.outcome())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(LoadReport.Outcome.COMPLETED);
    try (Connection c = pg.connect(target)) {
      assertThat(Sql.count(c, "hr.employees")).isEqualTo(5000);
      assertThat(Sql.one(c, "select count(*) from hr.employees where created_by = 'HR'"))
          .isEqualTo("5000");
      assertThat(Sql.one(c, "select to_regclass('hr.emp_name_ix') is not null")).isEqualTo("t");
      assertThat(
              Sql.one(
                  c,
                  "select string_agg(conname, ',' order by conname) from pg_constraint"
                      + " where contype = 'f' and connamespace = 'hr'::regnamespace"))
          .isEqualTo("badges_employee_id_fkey,emp_dept_fk");
      assertThat(Sql.one(c, "select tgenabled from pg_trigger where tgname = 'emp_audit_trg'"))
          .isEqualTo("O");
    }
    JsonNode state = new ObjectMapper().readTree(fixture.stateFile().toFile());
    List<String> deferred =
        Stream.of(state.get("deferred").spliterator())
            .flatMap(s -> java.util.stream.StreamSupport.stream(s, false))
            .map(
                d ->
                    d.path("kind").asText()
                        + " "
                        + d.path("name").asText()
                        + " "
                        + d.path("restored").asBoolean())
            .sorted()
            .toList();
    assertThat(deferred)
        .containsExactly(
            "FOREIGN_KEY badges_employee_id_fkey true",
            "FOREIGN_KEY emp_dept_fk true",
            "INDEX emp_name_ix true",
            "TRIGGER emp_audit_trg true");
  }

  /** The MySQL DDL directory, with the target database's name put in. */
  private static Path mysqlDdl(String targetDb) throws Exception {
    Path from = resource("mysql-hr");
    Path to = Files.createTempDirectory("godwit-ddl");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path dest = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(dest);
        } else {
          Files.writeString(
              dest, Files.readString(f).replace("TARGET_SCHEMA", targetDb), StandardCharsets.UTF_8);
        }
      }
    }
    return to;
  }

  @Test
  void dropAndCreateFromTheConvertedDdlOnMysql() throws Exception {
    String target = maria.createDatabase("ddl_my");
    String targetDb = target.substring(target.lastIndexOf('/') + 1);
    try (Connection c = maria.connect(target)) {
      Sql.run(c, "create table employees (stale int)");
    }
    LoadFixture fixture = new LoadFixture(maria.spec(source), maria.spec(target));
    LoadReport report =
        fixture
            .mapping(mapping(fixture, targetDb))
            .prep(PrepMode.DROP_AND_CREATE)
            .ddl(mysqlDdl(targetDb))
            .run();
    assertThat(report.outcome())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(LoadReport.Outcome.COMPLETED);
    try (Connection c = maria.connect(target)) {
      assertThat(Sql.count(c, "employees")).isEqualTo(5000);
      assertThat(Sql.one(c, "select count(*) from employees where created_by = 'HR'"))
          .isEqualTo("5000");
      assertThat(
              Sql.one(
                  c,
                  "select count(*) from information_schema.statistics where table_schema = '"
                      + targetDb
                      + "' and index_name = 'emp_name_ix'"))
          .isNotEqualTo("0");
      assertThat(
              Sql.one(
                  c,
                  "select count(*) from information_schema.referential_constraints where"
                      + " constraint_schema = '"
                      + targetDb
                      + "' and constraint_name = 'emp_dept_fk'"))
          .isEqualTo("1");
      Sql.run(
          c,
          "insert into employees (first_name, last_name, email, hire_date, job_id)"
              + " values ('New', 'Hire', 'NEW', now(), 'IT_PROG')");
      assertThat(
              Sql.one(
                  c,
                  "select concat(employee_id, ' ', created_by) from employees where email = 'NEW'"))
          .isEqualTo("5100 trigger");
    }
  }

  @Test
  void truncateSetsIndexesAndTriggersAsideOnMysql() throws Exception {
    String target = maria.createDatabase("ddl_my_trunc");
    String targetDb = target.substring(target.lastIndexOf('/') + 1);
    Path ddl = mysqlDdl(targetDb);
    try (Connection c = maria.connect(target)) {
      for (String f :
          List.of(
              "table/departments.sql",
              "table/employees.sql",
              "index/emp_name_ix.sql",
              "constraint/emp_dept_fk.sql",
              "trigger/emp_audit_trg.sql")) {
        apply(c, "mysql", ddl.resolve(f));
      }
      Sql.run(
          c,
          "insert into departments values (10, 'old', null, null)",
          "insert into employees (employee_id, last_name, email, hire_date, job_id, department_id)"
              + " values (1, 'old', 'old', now(), 'X', 10)");
    }
    LoadFixture fixture = new LoadFixture(maria.spec(source), maria.spec(target));
    LoadReport report = fixture.mapping(mapping(fixture, targetDb)).run();
    assertThat(report.outcome())
        .as(LoadDirectionsIT.describe(report))
        .isEqualTo(LoadReport.Outcome.COMPLETED);
    try (Connection c = maria.connect(target)) {
      assertThat(Sql.count(c, "employees")).isEqualTo(5000);
      assertThat(Sql.one(c, "select count(*) from employees where created_by = 'HR'"))
          .isEqualTo("5000");
      assertThat(
              Sql.one(
                  c,
                  "select count(*) from information_schema.triggers where trigger_schema = '"
                      + targetDb
                      + "' and trigger_name = 'emp_audit_trg'"))
          .isEqualTo("1");
      assertThat(
              Sql.one(
                  c,
                  "select count(*) from information_schema.statistics where table_schema = '"
                      + targetDb
                      + "' and index_name = 'emp_name_ix'"))
          .isNotEqualTo("0");
    }
  }
}
