package io.godwit.convert;

import io.godwit.convert.item.ItemCatalog;
import io.godwit.model.Database;

/**
 * What a front end may consult while lowering: the catalog of the whole source (to resolve names
 * and types), the action-item catalog and the options.
 */
public record LoweringContext(Database catalog, ItemCatalog items, ConvertOptions options) {}
