package io.godwit.load.ddl;

/**
 * One converted object of a {@code summary.json}.
 *
 * @param sourceSchema the source schema
 * @param sourceName the source object's name
 * @param sourceKind what it was on the source
 * @param targetSchema the target schema
 * @param targetName the target object's name
 * @param targetKind table, index, constraint, sequence, view, materialized_view, function,
 *     procedure, trigger, type or package
 * @param table for an index, constraint or trigger: the target table it belongs to (same schema)
 * @param file the SQL file, relative to the directory
 * @param status the conversion status ({@code converted}, ...)
 */
public record DdlObject(
    String sourceSchema,
    String sourceName,
    String sourceKind,
    String targetSchema,
    String targetName,
    String targetKind,
    String table,
    String file,
    String status) {}
