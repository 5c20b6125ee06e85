package io.godwit.load.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.load.mapping.TableMapping.ParallelType;
import io.godwit.load.mapping.TableMapping.Selection;
import io.godwit.load.mapping.TableMapping.TableSettings;
import io.godwit.load.mapping.TableMapping.TransformAction;
import io.godwit.load.mapping.TableMapping.Transformation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing DMS table-mapping JSON. */
class TableMappingJsonTest {

  /** A document with every rule type, action and filter operator Godwit supports. */
  static final String FULL =
      """
      {
        "rules": [
          {"rule-type": "selection", "rule-id": "1", "rule-name": "hr",
           "object-locator": {"schema-name": "HR", "table-name": "%"},
           "rule-action": "include", "load-order": "5",
           "filters": [
             {"filter-type": "source", "column-name": "SALARY",
              "filter-conditions": [{"filter-operator": "gte", "value": "1000"},
                                    {"filter-operator": "null"}]},
             {"filter-type": "source", "column-name": "HIRED",
              "filter-conditions": [{"filter-operator": "between",
                                     "start-value": "2001-01-01", "end-value": "2010-12-31"}]}
           ]},
          {"rule-type": "selection", "rule-id": "2", "rule-name": "no-tmp",
           "object-locator": {"schema-name": "HR", "table-name": "TMP%"},
           "rule-action": "exclude"},
          {"rule-type": "selection", "rule-id": "3", "rule-name": "jobs",
           "object-locator": {"schema-name": "HR", "table-name": "JOBS"},
           "rule-action": "explicit",
           "filters": [{"column-name": "JOB_ID", "filter-conditions": [
             {"filter-operator": "ste", "value": "Z"}, {"filter-operator": "eq", "value": "A"},
             {"filter-operator": "noteq", "value": "B"}, {"filter-operator": "notnull"},
             {"filter-operator": "notbetween", "start-value": "C", "end-value": "D"}]}]},
          {"rule-type": "transformation", "rule-id": "10", "rule-name": "schema",
           "rule-target": "schema", "object-locator": {"schema-name": "HR"},
           "rule-action": "rename", "value": "people"},
          {"rule-type": "transformation", "rule-id": "11", "rule-target": "table",
           "object-locator": {"schema-name": "HR", "table-name": "%"},
           "rule-action": "convert-lowercase"},
          {"rule-type": "transformation", "rule-id": "12", "rule-target": "table",
           "object-locator": {"schema-name": "HR", "table-name": "X%"},
           "rule-action": "convert-uppercase"},
          {"rule-type": "transformation", "rule-id": "13", "rule-target": "table",
           "object-locator": {"schema-name": "HR", "table-name": "%"},
           "rule-action": "add-prefix", "value": "t_"},
          {"rule-type": "transformation", "rule-id": "14", "rule-target": "table",
           "object-locator": {"schema-name": "HR", "table-name": "%"},
           "rule-action": "remove-prefix", "value": "OLD_"},
          {"rule-type": "transformation", "rule-id": "15", "rule-target": "table",
           "object-locator": {"schema-name": "HR", "table-name": "%"},
           "rule-action": "replace-prefix", "old-value": "A_", "value": "B_"},
          {"rule-type": "transformation", "rule-id": "16", "rule-target": "column",
           "object-locator": {"schema-name": "HR", "table-name": "%", "column-name": "%"},
           "rule-action": "add-suffix", "value": "_c"},
          {"rule-type": "transformation", "rule-id": "17", "rule-target": "column",
           "object-locator": {"schema-name": "HR", "table-name": "%", "column-name": "%"},
           "rule-action": "remove-suffix", "value": "_OLD"},
          {"rule-type": "transformation", "rule-id": "18", "rule-target": "column",
           "object-locator": {"schema-name": "HR", "table-name": "%", "column-name": "%"},
           "rule-action": "replace-suffix", "old-value": "_ID", "value": "_key"},
          {"rule-type": "transformation", "rule-id": "19", "rule-target": "column",
           "object-locator": {"schema-name": "HR", "table-name": "EMP", "column-name": "SSN"},
           "rule-action": "remove-column"},
          {"rule-type": "transformation", "rule-id": "20", "rule-target": "column",
           "object-locator": {"schema-name": "HR", "table-name": "EMP", "column-name": "CODE"},
           "rule-action": "change-data-type",
           "data-type": {"type": "string", "length": "20"}},
          {"rule-type": "table-settings", "rule-id": "30", "rule-name": "split",
           "object-locator": {"schema-name": "HR", "table-name": "EMP"},
           "parallel-load": {"type": "ranges", "columns": ["ID", "DEPT"],
                             "boundaries": [["100", "A"], ["200", "M"]]}},
          {"rule-type": "table-settings", "rule-id": "31",
           "object-locator": {"schema-name": "HR", "table-name": "BIG"},
           "parallel-load": {"type": "godwit-key-ranges-auto", "rows-per-segment": "1000"}},
          {"rule-type": "table-settings", "rule-id": "32",
           "object-locator": {"schema-name": "HR", "table-name": "SMALL"},
           "parallel-load": {"type": "none"}}
        ]
      }
      """;

  private final TableMappingJson json = new TableMappingJson();

  @Test
  void readsEveryRule() {
    TableMapping m = json.read(FULL);
    assertThat(m.rules()).hasSize(17);
    Selection hr = (Selection) m.rules().get(0);
    assertThat(hr.schema().text()).isEqualTo("HR");
    assertThat(hr.table().hasWildcard()).isTrue();
    assertThat(hr.loadOrder()).isEqualTo(5);
    assertThat(hr.filters()).hasSize(2);
    assertThat(hr.filters().get(1).conditions().get(0).start()).isEqualTo("2001-01-01");
    Transformation change = (Transformation) m.rules().get(13);
    assertThat(change.action()).isEqualTo(TransformAction.CHANGE_DATA_TYPE);
    assertThat(change.dataType().type()).isEqualTo("string");
    assertThat(change.dataType().length()).isEqualTo(20);
    TableSettings split = (TableSettings) m.rules().get(14);
    assertThat(split.parallelLoad().type()).isEqualTo(ParallelType.RANGES);
    assertThat(split.parallelLoad().boundaries())
        .containsExactly(List.of("100", "A"), List.of("200", "M"));
    assertThat(((TableSettings) m.rules().get(15)).parallelLoad().rowsPerSegment())
        .isEqualTo(1000L);
  }

  @Test
  void exportThenImportGivesTheSameRules() {
    TableMapping first = json.read(FULL);
    String exported = json.write(first);
    TableMapping second = json.read(exported);
    assertThat(second).isEqualTo(first);
    assertThat(json.write(second)).isEqualTo(exported);
  }

  @Test
  void theDefaultMappingRoundTrips() {
    TableMapping m = DefaultMapping.forSchemas(List.of("shop", "billing"));
    assertThat(json.read(json.write(m))).isEqualTo(m);
  }

  @Test
  void numericIdsAndMissingNamesAreAccepted() {
    TableMapping m =
        json.read(
            "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": 7, \"object-locator\":"
                + " {\"schema-name\": \"s\", \"table-name\": \"t\"}, \"rule-action\": \"include\","
                + " \"unknown-field\": true}]}");
    assertThat(m.rules().get(0).id()).isEqualTo("7");
    assertThat(m.rules().get(0).name()).isEqualTo("7");
  }

  @Test
  void refusesBrokenDocumentsWithTheirPlace() {
    assertThatThrownBy(() -> json.read("{\"rules\": [ {\"rule-type\": }"))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith("not valid JSON: line 1, column");
    assertThatThrownBy(() -> json.read("[]")).hasMessageContaining("\"rules\"");
    assertThatThrownBy(() -> json.read("{\"rule\": []}")).hasMessageContaining("\"rules\" array");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"post-processing\", \"rule-id\": \"4\"}]}"))
        .hasMessage(
            "rule 1 (rule-id 4): rule-type 'post-processing' is not supported (selection,"
                + " transformation, table-settings)");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"transformation\", \"rule-target\": \"table\","
                        + " \"object-locator\": {\"schema-name\": \"s\", \"table-name\": \"t\"},"
                        + " \"rule-action\": \"renam\"}]}"))
        .hasMessage("rule 1: transformation rule-action 'renam' is not supported");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"transformation\", \"rule-target\": \"table\","
                        + " \"object-locator\": {\"schema-name\": \"s\", \"table-name\": \"t\"},"
                        + " \"rule-action\": \"rename\"}]}"))
        .hasMessage("rule 1: rename needs a \"value\"");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"selection\", \"object-locator\":"
                        + " {\"schema-name\": \"s\", \"table-name\": \"t\"}, \"rule-action\":"
                        + " \"include\", \"filters\": [{\"column-name\": \"c\","
                        + " \"filter-conditions\": [{\"filter-operator\": \"lt\", \"value\": \"1\"}]}]}]}"))
        .hasMessageContaining("filter-operator 'lt' is not one of");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"table-settings\", \"object-locator\":"
                        + " {\"schema-name\": \"s\", \"table-name\": \"t%\"}}]}"))
        .hasMessage("rule 1: table-settings name one table (no % wildcards)");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"table-settings\", \"object-locator\":"
                        + " {\"schema-name\": \"s\", \"table-name\": \"t\"}, \"parallel-load\":"
                        + " {\"type\": \"ranges\", \"columns\": [\"a\"], \"boundaries\": [[\"1\","
                        + " \"2\"]]}}]}"))
        .hasMessageContaining("each boundary needs one value per column [a]");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"transformation\", \"rule-target\": \"column\","
                        + " \"object-locator\": {\"schema-name\": \"s\", \"table-name\": \"t\","
                        + " \"column-name\": \"c\"}, \"rule-action\": \"change-data-type\","
                        + " \"data-type\": {\"type\": \"varchar2\"}}]}"))
        .hasMessageContaining("data-type 'varchar2' is not a DMS type");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"rules\": [{\"rule-type\": \"selection\", \"rule-action\": \"include\"}]}"))
        .hasMessage("rule 1: missing \"object-locator\"");
  }

  @Test
  void percentMatchesAnyRun() {
    assertThat(new NamePattern("%").matches("")).isTrue();
    assertThat(new NamePattern("EMP%").matches("EMPLOYEES")).isTrue();
    assertThat(new NamePattern("EMP%").matches("emp")).isFalse();
    assertThat(new NamePattern("%_HIST%Y").matches("JOB_HISTORY")).isTrue();
    assertThat(new NamePattern("A%B%C").matches("AXXBYYC")).isTrue();
    assertThat(new NamePattern("A%B%C").matches("AXXBYY")).isFalse();
    assertThat(new NamePattern("A_B").matches("AXB")).isFalse();
  }
}
