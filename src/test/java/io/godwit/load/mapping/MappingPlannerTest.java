package io.godwit.load.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.load.Condition;
import io.godwit.load.TableRef;
import io.godwit.load.ValueKind;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.Database;
import io.godwit.model.PrimaryKey;
import io.godwit.model.Schema;
import io.godwit.model.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selection, filters and every transformation, applied to a catalog. */
class MappingPlannerTest {

  static final Database ORACLE_HR =
      new Database(
          "oracle",
          null,
          null,
          List.of(
              schema(
                  "HR",
                  table("EMPLOYEES", "EMPLOYEE_ID", "FIRST_NAME", "SALARY", "HIRE_DATE", "SSN"),
                  table("DEPARTMENTS", "DEPARTMENT_ID", "DEPARTMENT_NAME"),
                  table("JOB_HISTORY", "EMPLOYEE_ID", "START_DATE"),
                  table("TMP_LOAD", "X"),
                  table("OLD_REGIONS", "REGION_ID", "REGION_NAME_OLD")),
              schema("SALES", table("ORDERS", "ORDER_ID", "TOTAL"))));

  static Schema schema(String name, Table... tables) {
    return new Schema(name, List.of(tables), null, null, null, null, null, null, null, null, null);
  }

  static Table table(String name, String... columns) {
    List<Column> cols =
        java.util.Arrays.stream(columns)
            .map(
                c ->
                    Column.of(
                        c,
                        DataType.of(
                            c.endsWith("_ID") || c.equals("SALARY") || c.equals("TOTAL")
                                ? "number"
                                : c.endsWith("DATE") ? "date" : "varchar2")))
            .toList();
    return new Table(
        name, null, cols, new PrimaryKey(null, List.of(columns[0])), null, null, null, null, null);
  }

  static ValueKind kind(DataType t) {
    return switch (t.name()) {
      case "number" -> ValueKind.DECIMAL;
      case "date" -> ValueKind.TIMESTAMP;
      default -> ValueKind.TEXT;
    };
  }

  private final MappingPlanner planner = new MappingPlanner(MappingPlannerTest::kind);

  private List<TablePlan> plan(String rules) {
    return planner.plan(ORACLE_HR, new TableMappingJson().read("{\"rules\": [" + rules + "]}"));
  }

  private static String select(String schema, String table, String action) {
    return "{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\": {\"schema-name\":"
        + " \""
        + schema
        + "\", \"table-name\": \""
        + table
        + "\"}, \"rule-action\": \""
        + action
        + "\"}";
  }

  private static String transform(
      String id, String target, String locator, String action, String extra) {
    return "{\"rule-type\": \"transformation\", \"rule-id\": \""
        + id
        + "\", \"rule-target\": \""
        + target
        + "\", \"object-locator\": {"
        + locator
        + "}, \"rule-action\": \""
        + action
        + "\""
        + extra
        + "}";
  }

  private static TablePlan find(List<TablePlan> plans, String table) {
    return plans.stream().filter(p -> p.source().name().equals(table)).findFirst().orElseThrow();
  }

  @Test
  void withoutAMappingEveryTableLoadsUnderLowerCaseNames() {
    List<TablePlan> plans = planner.plan(ORACLE_HR, null);
    assertThat(plans).hasSize(6);
    TablePlan e = find(plans, "EMPLOYEES");
    assertThat(e.target()).isEqualTo(new TableRef("hr", "employees"));
    assertThat(e.columns())
        .extracting(ColumnPlan::target)
        .containsExactly("employee_id", "first_name", "salary", "hire_date", "ssn");
    assertThat(e.primaryKey()).containsExactly("EMPLOYEE_ID");
    assertThat(e.filter()).isNull();
  }

  @Test
  void selectionIncludesAndExcludesWithWildcards() {
    List<TablePlan> plans =
        plan(
            select("HR", "%", "include")
                + ","
                + select("HR", "TMP%", "exclude")
                + ","
                + select("HR", "%HISTORY", "exclude")
                + ","
                + select("SALES", "ORDERS", "explicit"));
    assertThat(plans)
        .extracting(p -> p.source().toString())
        .containsExactly("HR.DEPARTMENTS", "HR.EMPLOYEES", "HR.OLD_REGIONS", "SALES.ORDERS");
  }

  @Test
  void loadOrderPutsHigherFirst() {
    List<TablePlan> plans =
        plan(
            select("HR", "%", "include")
                + ", {\"rule-type\": \"selection\", \"rule-id\": \"2\", \"object-locator\":"
                + " {\"schema-name\": \"HR\", \"table-name\": \"JOB_HISTORY\"}, \"rule-action\":"
                + " \"include\", \"load-order\": \"9\"}");
    assertThat(plans.get(0).source().name()).isEqualTo("JOB_HISTORY");
  }

  @Test
  void filtersBecomeConditionsWithTypedValues() {
    List<TablePlan> plans =
        plan(
            "{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"object-locator\": {\"schema-name\":"
                + " \"HR\", \"table-name\": \"EMPLOYEES\"}, \"rule-action\": \"include\","
                + " \"filters\": [{\"filter-type\": \"source\", \"column-name\": \"SALARY\","
                + " \"filter-conditions\": [{\"filter-operator\": \"ste\", \"value\": \"100\"},"
                + " {\"filter-operator\": \"gte\", \"value\": \"900.5\"},"
                + " {\"filter-operator\": \"null\"}]},"
                + " {\"column-name\": \"HIRE_DATE\", \"filter-conditions\": [{\"filter-operator\":"
                + " \"between\", \"start-value\": \"2001-01-01\", \"end-value\": \"2001-12-31"
                + " 23:59:59\"}]},"
                + " {\"column-name\": \"FIRST_NAME\", \"filter-conditions\": [{\"filter-operator\":"
                + " \"noteq\", \"value\": \"Steven\"}, {\"filter-operator\": \"eq\", \"value\":"
                + " \"Neena\"}, {\"filter-operator\": \"notnull\"}, {\"filter-operator\":"
                + " \"notbetween\", \"start-value\": \"A\", \"end-value\": \"B\"}]}]}");
    Condition f = plans.get(0).filter();
    assertThat(f)
        .isEqualTo(
            new Condition.All(
                List.of(
                    new Condition.Any(
                        List.of(
                            new Condition.Compare(
                                "SALARY",
                                Condition.Op.LE,
                                new BigDecimal("100"),
                                ValueKind.DECIMAL),
                            new Condition.Compare(
                                "SALARY",
                                Condition.Op.GE,
                                new BigDecimal("900.5"),
                                ValueKind.DECIMAL),
                            new Condition.IsNull("SALARY"))),
                    new Condition.All(
                        List.of(
                            new Condition.Compare(
                                "HIRE_DATE",
                                Condition.Op.GE,
                                LocalDateTime.of(2001, 1, 1, 0, 0),
                                ValueKind.TIMESTAMP),
                            new Condition.Compare(
                                "HIRE_DATE",
                                Condition.Op.LE,
                                LocalDateTime.of(2001, 12, 31, 23, 59, 59),
                                ValueKind.TIMESTAMP))),
                    new Condition.Any(
                        List.of(
                            new Condition.Compare(
                                "FIRST_NAME", Condition.Op.NE, "Steven", ValueKind.TEXT),
                            new Condition.Compare(
                                "FIRST_NAME", Condition.Op.EQ, "Neena", ValueKind.TEXT),
                            new Condition.Not(new Condition.IsNull("FIRST_NAME")),
                            new Condition.Not(
                                new Condition.All(
                                    List.of(
                                        new Condition.Compare(
                                            "FIRST_NAME", Condition.Op.GE, "A", ValueKind.TEXT),
                                        new Condition.Compare(
                                            "FIRST_NAME",
                                            Condition.Op.LE,
                                            "B",
                                            ValueKind.TEXT)))))))));
  }

  @Test
  void aFilterOnAMissingColumnOrWithABadValueIsRefused() {
    assertThatThrownBy(
            () ->
                plan(
                    "{\"rule-type\": \"selection\", \"object-locator\": {\"schema-name\": \"HR\","
                        + " \"table-name\": \"EMPLOYEES\"}, \"rule-action\": \"include\","
                        + " \"filters\": [{\"column-name\": \"NOPE\", \"filter-conditions\":"
                        + " [{\"filter-operator\": \"null\"}]}]}"))
        .isInstanceOf(MappingException.class)
        .hasMessage("a filter names column NOPE, which HR.EMPLOYEES does not have");
    assertThatThrownBy(
            () ->
                plan(
                    "{\"rule-type\": \"selection\", \"object-locator\": {\"schema-name\": \"HR\","
                        + " \"table-name\": \"EMPLOYEES\"}, \"rule-action\": \"include\","
                        + " \"filters\": [{\"column-name\": \"SALARY\", \"filter-conditions\":"
                        + " [{\"filter-operator\": \"eq\", \"value\": \"lots\"}]}]}"))
        .hasMessage("filter on HR.EMPLOYEES.SALARY: 'lots' is not a decimal");
  }

  @Test
  void renamesSchemaTableAndColumn() {
    List<TablePlan> plans =
        plan(
            select("HR", "%", "include")
                + ","
                + transform(
                    "2", "schema", "\"schema-name\": \"HR\"", "rename", ", \"value\": \"People\"")
                + ","
                + transform(
                    "3",
                    "table",
                    "\"schema-name\": \"HR\", \"table-name\": \"EMPLOYEES\"",
                    "rename",
                    ", \"value\": \"staff\"")
                + ","
                + transform(
                    "4",
                    "column",
                    "\"schema-name\": \"HR\", \"table-name\": \"EMPLOYEES\", \"column-name\": \"SSN\"",
                    "rename",
                    ", \"value\": \"Tax_Id\""));
    TablePlan e = find(plans, "EMPLOYEES");
    assertThat(e.target()).isEqualTo(new TableRef("People", "staff"));
    assertThat(e.column("SSN").orElseThrow().target()).isEqualTo("Tax_Id");
    assertThat(find(plans, "DEPARTMENTS").target())
        .isEqualTo(new TableRef("People", "departments"));
  }

  @Test
  void caseRulesAndPrefixesAndSuffixes() {
    List<TablePlan> plans =
        plan(
            select("HR", "%", "include")
                + ","
                + transform("2", "schema", "\"schema-name\": \"HR\"", "convert-uppercase", "")
                + ","
                + transform(
                    "3",
                    "table",
                    "\"schema-name\": \"HR\", \"table-name\": \"%\"",
                    "add-prefix",
                    ", \"value\": \"stg_\"")
                + ","
                + transform(
                    "4",
                    "table",
                    "\"schema-name\": \"HR\", \"table-name\": \"OLD_%\"",
                    "remove-prefix",
                    ", \"value\": \"stg_OLD_\"")
                + ","
                + transform(
                    "5",
                    "table",
                    "\"schema-name\": \"HR\", \"table-name\": \"JOB%\"",
                    "replace-prefix",
                    ", \"old-value\": \"stg_JOB\", \"value\": \"work\"")
                + ","
                + transform(
                    "6",
                    "table",
                    "\"schema-name\": \"HR\", \"table-name\": \"DEPARTMENTS\"",
                    "add-suffix",
                    ", \"value\": \"_V1\"")
                + ","
                + transform(
                    "7",
                    "table",
                    "\"schema-name\": \"HR\", \"table-name\": \"DEPARTMENTS\"",
                    "convert-lowercase",
                    "")
                + ","
                + transform(
                    "8",
                    "column",
                    "\"schema-name\": \"HR\", \"table-name\": \"OLD_REGIONS\", \"column-name\": \"%\"",
                    "remove-suffix",
                    ", \"value\": \"_OLD\"")
                + ","
                + transform(
                    "9",
                    "column",
                    "\"schema-name\": \"HR\", \"table-name\": \"%\", \"column-name\": \"%_ID\"",
                    "replace-suffix",
                    ", \"old-value\": \"_ID\", \"value\": \"_KEY\"")
                + ","
                + transform(
                    "10",
                    "column",
                    "\"schema-name\": \"HR\", \"table-name\": \"EMPLOYEES\", \"column-name\": \"%\"",
                    "add-suffix",
                    ", \"value\": \"_c\""));
    assertThat(find(plans, "EMPLOYEES").target()).isEqualTo(new TableRef("HR", "stg_employees"));
    assertThat(find(plans, "OLD_REGIONS").target().name()).isEqualTo("regions");
    assertThat(find(plans, "JOB_HISTORY").target().name()).isEqualTo("work_history");
    assertThat(find(plans, "DEPARTMENTS").target().name()).isEqualTo("stg_departments_v1");
    assertThat(find(plans, "OLD_REGIONS").columns())
        .extracting(ColumnPlan::target)
        .containsExactly("region_key", "region_name");
    assertThat(find(plans, "EMPLOYEES").columns())
        .extracting(ColumnPlan::target)
        .containsExactly("employee_key_c", "first_name_c", "salary_c", "hire_date_c", "ssn_c");
  }

  @Test
  void removeColumnAndChangeDataType() {
    List<TablePlan> plans =
        plan(
            select("HR", "EMPLOYEES", "include")
                + ","
                + transform(
                    "2",
                    "column",
                    "\"schema-name\": \"HR\", \"table-name\": \"EMPLOYEES\", \"column-name\": \"SSN\"",
                    "remove-column",
                    "")
                + ","
                + transform(
                    "3",
                    "column",
                    "\"schema-name\": \"HR\", \"table-name\": \"EMPLOYEES\", \"column-name\": \"SALARY\"",
                    "change-data-type",
                    ", \"data-type\": {\"type\": \"string\", \"length\": 30}"));
    TablePlan e = plans.get(0);
    assertThat(e.columns()).extracting(ColumnPlan::source).doesNotContain("SSN");
    assertThat(e.column("SALARY").orElseThrow().via()).isEqualTo(ValueKind.TEXT);
    assertThat(e.column("FIRST_NAME").orElseThrow().via()).isNull();
  }

  @Test
  void tableSettingsReachTheirTable() {
    List<TablePlan> plans =
        plan(
            select("HR", "%", "include")
                + ", {\"rule-type\": \"table-settings\", \"rule-id\": \"5\", \"object-locator\":"
                + " {\"schema-name\": \"HR\", \"table-name\": \"EMPLOYEES\"}, \"parallel-load\":"
                + " {\"type\": \"ranges\", \"columns\": [\"EMPLOYEE_ID\"], \"boundaries\":"
                + " [[\"100\"], [\"200\"]]}}");
    assertThat(find(plans, "EMPLOYEES").parallel().boundaries()).hasSize(2);
    assertThat(find(plans, "DEPARTMENTS").parallel()).isNull();
    assertThatThrownBy(
            () ->
                plan(
                    select("HR", "%", "include")
                        + ", {\"rule-type\": \"table-settings\", \"rule-id\": \"5\","
                        + " \"object-locator\": {\"schema-name\": \"HR\", \"table-name\":"
                        + " \"EMPLOYEES\"}, \"parallel-load\": {\"type\": \"ranges\", \"columns\":"
                        + " [\"NOPE\"], \"boundaries\": [[\"1\"]]}}"))
        .hasMessage("rule-id 5: table HR.EMPLOYEES has no column NOPE");
  }
}
