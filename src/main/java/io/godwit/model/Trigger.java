package io.godwit.model;

import java.util.List;

/**
 * A trigger.
 *
 * @param name the trigger name
 * @param tableSchema the schema of the table or view it is on, or {@code null} for a system trigger
 * @param table the table or view it is on, or {@code null} for a system trigger
 * @param timing BEFORE, AFTER, INSTEAD OF, or COMPOUND
 * @param events the events it fires on
 * @param updateColumns for UPDATE OF c1, c2: the columns; else empty
 * @param level row or statement
 * @param when the WHEN condition as source text, or {@code null}
 * @param body the trigger's source text; for PostgreSQL, the trigger definition followed by its
 *     function's source
 * @param origin where the definition came from
 */
public record Trigger(
    String name,
    String tableSchema,
    String table,
    TriggerTiming timing,
    List<TriggerEvent> events,
    List<String> updateColumns,
    TriggerLevel level,
    String when,
    String body,
    Origin origin)
    implements SchemaObject {

  public Trigger {
    Names.require(name, "trigger");
    events = Names.copy(events);
    updateColumns = Names.copy(updateColumns);
    level = level == null ? TriggerLevel.STATEMENT : level;
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.TRIGGER;
  }
}
