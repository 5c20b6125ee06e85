package io.godwit.load;

import io.godwit.model.DataType;

/**
 * A target column and the kind its values arrive as.
 *
 * @param name the column name as the target spells it
 * @param type the column's type in the target catalog
 * @param kind the kind of the values (the target dialect's {@link LoadSupport#kindOf})
 */
public record WriteColumn(String name, DataType type, ValueKind kind) {}
