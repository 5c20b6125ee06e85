package io.godwit.dialect.oracle;

import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes the columns of {@code ALL_TRIGGERS} that say when a trigger fires: {@code TRIGGER_TYPE}
 * ({@code BEFORE EACH ROW}, {@code AFTER STATEMENT}, {@code INSTEAD OF}, {@code COMPOUND}, {@code
 * AFTER EVENT}, ...), {@code TRIGGERING_EVENT} ({@code INSERT OR UPDATE OR DELETE}, {@code LOGON},
 * {@code DDL}, ...) and {@code BASE_OBJECT_TYPE} ({@code TABLE}, {@code VIEW}, {@code SCHEMA},
 * {@code DATABASE}, ...).
 *
 * @param timing BEFORE, AFTER, INSTEAD OF or COMPOUND
 * @param events the DML events in model order, or SYSTEM alone for DDL and database events
 * @param level row or statement
 * @param system whether the trigger is on a schema or the database rather than a table or view
 */
record OracleTriggerKind(
    TriggerTiming timing, List<TriggerEvent> events, TriggerLevel level, boolean system) {

  private static final Set<String> SYSTEM_BASES = Set.of("SCHEMA", "DATABASE");

  /**
   * @param rowTimingPoint for a compound trigger: whether any of {@code BEFORE_ROW}, {@code
   *     AFTER_ROW}, {@code INSTEAD_OF_ROW} is {@code YES}
   */
  static OracleTriggerKind decode(
      String triggerType, String triggeringEvent, String baseObjectType, boolean rowTimingPoint) {
    String type = triggerType == null ? "" : triggerType.strip().toUpperCase(Locale.ROOT);
    TriggerTiming timing;
    if (type.startsWith("INSTEAD OF")) {
      timing = TriggerTiming.INSTEAD_OF;
    } else if (type.startsWith("COMPOUND")) {
      timing = TriggerTiming.COMPOUND;
    } else if (type.startsWith("BEFORE")) {
      timing = TriggerTiming.BEFORE;
    } else {
      timing = TriggerTiming.AFTER;
    }
    boolean system = baseObjectType != null && SYSTEM_BASES.contains(baseObjectType.strip());
    TriggerLevel level;
    if (system || type.endsWith("STATEMENT") || type.endsWith("EVENT")) {
      level = TriggerLevel.STATEMENT;
    } else if (timing == TriggerTiming.COMPOUND) {
      level = rowTimingPoint ? TriggerLevel.ROW : TriggerLevel.STATEMENT;
    } else {
      // EACH ROW, and INSTEAD OF, which Oracle only has at row level.
      level = TriggerLevel.ROW;
    }
    return new OracleTriggerKind(timing, events(triggeringEvent, system), level, system);
  }

  /** The words of {@code INSERT OR UPDATE OR DELETE}; anything but DML is a SYSTEM event. */
  static List<TriggerEvent> events(String triggeringEvent, boolean system) {
    if (system) {
      return List.of(TriggerEvent.SYSTEM);
    }
    EnumSet<TriggerEvent> events = EnumSet.noneOf(TriggerEvent.class);
    String text = triggeringEvent == null ? "" : triggeringEvent;
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = text.substring(start, i).toUpperCase(Locale.ROOT);
      switch (word) {
        case "OR" -> {
          // separator
        }
        case "INSERT" -> events.add(TriggerEvent.INSERT);
        case "UPDATE" -> events.add(TriggerEvent.UPDATE);
        case "DELETE" -> events.add(TriggerEvent.DELETE);
        default -> events.add(TriggerEvent.SYSTEM);
      }
    }
    return List.copyOf(events);
  }
}
