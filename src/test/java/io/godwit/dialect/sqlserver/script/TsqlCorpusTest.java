package io.godwit.dialect.sqlserver.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every batch of the corpus parses, and the statements are what the scripts hold. */
class TsqlCorpusTest {

  private final TsqlScriptParser parser = new TsqlScriptParser();

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(
            "harbor_ssms_schema.sql",
            106,
            112,
            Map.ofEntries(
                Map.entry(StatementKind.USE, 3),
                Map.entry(StatementKind.SET_OPTION, 29),
                Map.entry(StatementKind.MAINTENANCE, 23),
                Map.entry(StatementKind.SECURITY, 3),
                Map.entry(StatementKind.CREATE_SCHEMA, 2),
                Map.entry(StatementKind.CREATE_PARTITIONING, 2),
                Map.entry(StatementKind.CREATE_TYPE, 3),
                Map.entry(StatementKind.CREATE_SEQUENCE, 1),
                Map.entry(StatementKind.CREATE_FUNCTION, 1),
                Map.entry(StatementKind.CREATE_TABLE, 6),
                Map.entry(StatementKind.CREATE_VIEW, 2),
                Map.entry(StatementKind.CREATE_INDEX, 5),
                Map.entry(StatementKind.ALTER_TABLE, 21),
                Map.entry(StatementKind.CREATE_PROCEDURE, 1),
                Map.entry(StatementKind.CREATE_TRIGGER, 1),
                Map.entry(StatementKind.EXTENDED_PROPERTY, 4),
                Map.entry(StatementKind.GRANT, 3),
                Map.entry(StatementKind.EXECUTE, 1),
                Map.entry(StatementKind.CONTROL_FLOW, 1))),
        Arguments.of(
            "harbor_ssms_existence_checks.sql",
            39,
            43,
            Map.ofEntries(
                Map.entry(StatementKind.USE, 1),
                Map.entry(StatementKind.CREATE_SCHEMA, 1),
                Map.entry(StatementKind.SET_OPTION, 16),
                Map.entry(StatementKind.CREATE_TABLE, 2),
                Map.entry(StatementKind.CREATE_VIEW, 1),
                Map.entry(StatementKind.CREATE_FUNCTION, 2),
                Map.entry(StatementKind.CREATE_PROCEDURE, 3),
                Map.entry(StatementKind.CREATE_INDEX, 1),
                Map.entry(StatementKind.ALTER_TABLE, 3),
                Map.entry(StatementKind.EXTENDED_PROPERTY, 1),
                Map.entry(StatementKind.CREATE_TRIGGER, 1),
                Map.entry(StatementKind.DML, 11))),
        Arguments.of(
            "dba_scripts.sql",
            18,
            66,
            Map.ofEntries(
                Map.entry(StatementKind.EXECUTE, 11),
                Map.entry(StatementKind.DML, 5),
                Map.entry(StatementKind.DECLARE, 5),
                Map.entry(StatementKind.CURSOR, 4),
                Map.entry(StatementKind.ALTER_INDEX, 4),
                Map.entry(StatementKind.MAINTENANCE, 20),
                Map.entry(StatementKind.SECURITY, 5),
                Map.entry(StatementKind.GRANT, 5),
                Map.entry(StatementKind.DROP, 2),
                Map.entry(StatementKind.USE, 2),
                Map.entry(StatementKind.SET_OPTION, 1),
                Map.entry(StatementKind.CONTROL_FLOW, 2))),
        Arguments.of(
            "order_entry_schema.sql",
            15,
            18,
            Map.of(
                StatementKind.SET_OPTION, 3,
                StatementKind.CREATE_SCHEMA, 1,
                StatementKind.CREATE_TABLE, 7,
                StatementKind.CREATE_SEQUENCE, 1,
                StatementKind.CREATE_INDEX, 2,
                StatementKind.CREATE_TYPE, 1,
                StatementKind.CREATE_VIEW, 2,
                StatementKind.CREATE_SYNONYM, 1)),
        Arguments.of(
            "order_entry_procedures.sql",
            11,
            16,
            Map.of(
                StatementKind.SET_OPTION, 2,
                StatementKind.CREATE_PROCEDURE, 8,
                StatementKind.EXECUTE, 3,
                StatementKind.DECLARE, 1,
                StatementKind.DML, 2)),
        Arguments.of(
            "order_entry_functions_triggers.sql",
            15,
            17,
            Map.of(
                StatementKind.SET_OPTION, 2,
                StatementKind.CREATE_FUNCTION, 6,
                StatementKind.CREATE_TRIGGER, 5,
                StatementKind.OTHER, 2,
                StatementKind.DML, 2)),
        Arguments.of("feature_queries.sql", 13, 41, Map.of(StatementKind.DML, 41)),
        Arguments.of(
            "feature_expressions.sql",
            8,
            28,
            Map.of(
                StatementKind.DECLARE, 1,
                StatementKind.ASSIGNMENT, 11,
                StatementKind.DML, 16)),
        Arguments.of(
            "feature_dml.sql", 5, 30, Map.of(StatementKind.DML, 28, StatementKind.TRUNCATE, 2)),
        Arguments.of(
            "feature_procedural.sql",
            9,
            89,
            Map.ofEntries(
                Map.entry(StatementKind.EXECUTE, 15),
                Map.entry(StatementKind.CONTROL_FLOW, 13),
                Map.entry(StatementKind.SET_OPTION, 16),
                Map.entry(StatementKind.DECLARE, 9),
                Map.entry(StatementKind.DML, 5),
                Map.entry(StatementKind.ASSIGNMENT, 1),
                Map.entry(StatementKind.TRANSACTION, 9),
                Map.entry(StatementKind.CURSOR, 17),
                Map.entry(StatementKind.SECURITY, 4))),
        Arguments.of(
            "feature_ddl.sql",
            12,
            68,
            Map.ofEntries(
                Map.entry(StatementKind.CREATE_TABLE, 7),
                Map.entry(StatementKind.ALTER_TABLE, 19),
                Map.entry(StatementKind.CREATE_INDEX, 6),
                Map.entry(StatementKind.DROP, 21),
                Map.entry(StatementKind.CREATE_VIEW, 2),
                Map.entry(StatementKind.CREATE_SEQUENCE, 1),
                Map.entry(StatementKind.ALTER_SEQUENCE, 1),
                Map.entry(StatementKind.CREATE_SYNONYM, 1),
                Map.entry(StatementKind.CREATE_TYPE, 2),
                Map.entry(StatementKind.CREATE_SCHEMA, 1),
                Map.entry(StatementKind.ALTER_SCHEMA, 3),
                Map.entry(StatementKind.CREATE_PROCEDURE, 3),
                Map.entry(StatementKind.CREATE_FUNCTION, 1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyBatchParsesIntoTheExpectedStatements(
      String file, int batches, int statements, Map<StatementKind, Integer> kinds) {
    ParsedScript script = parser.parse(file, TsqlCorpus.read(file));

    assertThat(script.failures()).as("failures in %s", file).isEmpty();
    assertThat(script.batches()).hasSize(batches);
    assertThat(script.statements()).hasSize(statements);
    Map<StatementKind, Integer> counted = new EnumMap<>(StatementKind.class);
    for (ParsedStatement statement : script.statements()) {
      counted.merge(statement.kind(), 1, Integer::sum);
    }
    assertThat(counted).isEqualTo(new EnumMap<>(kinds));
    for (ParsedBatch batch : script.batches()) {
      assertThat(batch.tree()).isNotNull();
      assertThat(batch.statements()).as("statements of batch %s", batch.index()).isNotEmpty();
    }
  }

  @Test
  void fewerThanOneBatchInAHundredNeedsTheFullLlPass() {
    int batches = 0;
    int ll = 0;
    for (String file : TsqlCorpus.FILES) {
      ParsedScript script = parser.parse(file, TsqlCorpus.read(file));
      batches += script.batches().size();
      ll += script.llBatches();
    }
    assertThat(batches).isGreaterThan(250);
    assertThat(ll * 100).isLessThan(batches);
  }
}
