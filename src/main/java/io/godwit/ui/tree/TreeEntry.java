package io.godwit.ui.tree;

import io.godwit.convert.UnitKind;
import java.util.Locale;

/**
 * An object to show in a tree.
 *
 * @param schema its schema, or null
 * @param kind its kind
 * @param name its name
 * @param value what the tree hands back when it is selected
 */
public record TreeEntry<T>(String schema, UnitKind kind, String name, T value) {

  String lowerSchema() {
    return schema == null ? null : schema.toLowerCase(Locale.ROOT);
  }
}
