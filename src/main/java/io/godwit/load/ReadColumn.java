package io.godwit.load;

import io.godwit.model.DataType;

/**
 * A column to read, and the kind its values are delivered as.
 *
 * @param name the column name as the database spells it
 * @param type the column's type in the catalog
 * @param kind the kind the reader delivers (the dialect's {@link LoadSupport#kindOf})
 */
public record ReadColumn(String name, DataType type, ValueKind kind) {}
