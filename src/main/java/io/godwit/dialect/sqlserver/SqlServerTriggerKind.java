package io.godwit.dialect.sqlserver;

import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import java.util.EnumSet;
import java.util.List;

/**
 * Decodes a SQL Server trigger from {@code sys.triggers} and its {@code sys.trigger_events}. DML
 * triggers fire once per statement, AFTER (also written FOR) or INSTEAD OF; DDL triggers on the
 * database (parent class 0) fire on DDL events such as {@code CREATE_TABLE}, which the model calls
 * SYSTEM events.
 *
 * @param timing AFTER or INSTEAD OF
 * @param events INSERT, UPDATE, DELETE in model order, or SYSTEM
 * @param level always STATEMENT: T-SQL has no row-level triggers
 * @param system whether this is a database-level (DDL) trigger with no table
 */
record SqlServerTriggerKind(
    TriggerTiming timing, List<TriggerEvent> events, TriggerLevel level, boolean system) {

  /**
   * @param insteadOf {@code is_instead_of_trigger}
   * @param parentClass {@code parent_class}: 0 for the database, 1 for a table or view
   * @param eventTypes the {@code type_desc} of each of its {@code sys.trigger_events} rows
   */
  static SqlServerTriggerKind decode(boolean insteadOf, int parentClass, List<String> eventTypes) {
    boolean system = parentClass == 0;
    EnumSet<TriggerEvent> events = EnumSet.noneOf(TriggerEvent.class);
    for (String type : eventTypes) {
      if (system) {
        events.add(TriggerEvent.SYSTEM);
        continue;
      }
      switch (type == null ? "" : type.strip()) {
        case "INSERT" -> events.add(TriggerEvent.INSERT);
        case "UPDATE" -> events.add(TriggerEvent.UPDATE);
        case "DELETE" -> events.add(TriggerEvent.DELETE);
        default -> events.add(TriggerEvent.SYSTEM);
      }
    }
    if (system && events.isEmpty()) {
      events.add(TriggerEvent.SYSTEM);
    }
    return new SqlServerTriggerKind(
        insteadOf ? TriggerTiming.INSTEAD_OF : TriggerTiming.AFTER,
        List.copyOf(events),
        TriggerLevel.STATEMENT,
        system);
  }
}
