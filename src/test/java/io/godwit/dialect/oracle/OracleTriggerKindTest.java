package io.godwit.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import java.util.List;
import org.junit.jupiter.api.Test;

class OracleTriggerKindTest {

  @Test
  void rowAndStatementTriggers() {
    assertThat(OracleTriggerKind.decode("BEFORE EACH ROW", "INSERT OR UPDATE", "TABLE", true))
        .isEqualTo(
            new OracleTriggerKind(
                TriggerTiming.BEFORE,
                List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE),
                TriggerLevel.ROW,
                false));
    assertThat(OracleTriggerKind.decode("AFTER STATEMENT", "DELETE", "TABLE", false))
        .isEqualTo(
            new OracleTriggerKind(
                TriggerTiming.AFTER, List.of(TriggerEvent.DELETE), TriggerLevel.STATEMENT, false));
    assertThat(
            OracleTriggerKind.decode("AFTER EACH ROW", "DELETE OR INSERT", "TABLE", true).events())
        .containsExactly(TriggerEvent.INSERT, TriggerEvent.DELETE);
  }

  @Test
  void insteadOfTriggersOnViewsAreRowLevel() {
    assertThat(OracleTriggerKind.decode("INSTEAD OF", "INSERT OR UPDATE OR DELETE", "VIEW", true))
        .isEqualTo(
            new OracleTriggerKind(
                TriggerTiming.INSTEAD_OF,
                List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE, TriggerEvent.DELETE),
                TriggerLevel.ROW,
                false));
  }

  @Test
  void compoundTriggersAreRowLevelWhenTheyHaveARowTimingPoint() {
    assertThat(OracleTriggerKind.decode("COMPOUND", "UPDATE", "TABLE", true))
        .isEqualTo(
            new OracleTriggerKind(
                TriggerTiming.COMPOUND, List.of(TriggerEvent.UPDATE), TriggerLevel.ROW, false));
    assertThat(OracleTriggerKind.decode("COMPOUND", "UPDATE", "TABLE", false).level())
        .isEqualTo(TriggerLevel.STATEMENT);
  }

  @Test
  void schemaAndDatabaseTriggersAreSystemTriggers() {
    assertThat(OracleTriggerKind.decode("AFTER EVENT", "LOGON ", "DATABASE", false))
        .isEqualTo(
            new OracleTriggerKind(
                TriggerTiming.AFTER, List.of(TriggerEvent.SYSTEM), TriggerLevel.STATEMENT, true));
    assertThat(OracleTriggerKind.decode("BEFORE EVENT", "DDL ", "SCHEMA  ", false))
        .isEqualTo(
            new OracleTriggerKind(
                TriggerTiming.BEFORE, List.of(TriggerEvent.SYSTEM), TriggerLevel.STATEMENT, true));
  }

  @Test
  void eventWordsOtherThanDmlAreSystemEvents() {
    assertThat(OracleTriggerKind.events("INSERT OR UPDATE OR DELETE", false))
        .containsExactly(TriggerEvent.INSERT, TriggerEvent.UPDATE, TriggerEvent.DELETE);
    assertThat(OracleTriggerKind.events("CREATE OR ALTER", false))
        .containsExactly(TriggerEvent.SYSTEM);
    assertThat(OracleTriggerKind.events(null, false)).isEmpty();
  }
}
