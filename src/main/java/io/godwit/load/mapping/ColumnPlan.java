package io.godwit.load.mapping;

import io.godwit.load.ValueKind;
import io.godwit.model.DataType;

/**
 * How one source column loads.
 *
 * @param source the source column name
 * @param sourceType its type in the source catalog
 * @param sourceKind the kind its values are read as
 * @param target the target column name
 * @param via the kind a change-data-type rule sends the values through, or {@code null}
 */
public record ColumnPlan(
    String source, DataType sourceType, ValueKind sourceKind, String target, ValueKind via) {}
