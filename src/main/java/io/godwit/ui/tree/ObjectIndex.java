package io.godwit.ui.tree;

import io.godwit.convert.UnitKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The objects of a tree, sorted once by schema, kind and name, with their lower-case names kept for
 * filtering. Building the tree for a filter is then one pass over an array, cheap enough for
 * hundreds of thousands of objects on a background thread.
 */
public final class ObjectIndex<T> {

  private static final String NO_SCHEMA = "(no schema)";

  private final String rootLabel;
  private final TreeEntry<T>[] entries;
  private final String[] lowerSchemas;
  private final String[] lowerNames;

  @SuppressWarnings("unchecked")
  public ObjectIndex(String rootLabel, List<TreeEntry<T>> objects) {
    this.rootLabel = rootLabel;
    TreeEntry<T>[] sorted = objects.toArray(new TreeEntry[0]);
    Arrays.sort(
        sorted,
        Comparator.<TreeEntry<T>, String>comparing(
                e -> e.schema() == null ? "" : e.schema(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TreeEntry::kind)
            .thenComparing(TreeEntry::name, String.CASE_INSENSITIVE_ORDER));
    this.entries = sorted;
    this.lowerSchemas = new String[sorted.length];
    this.lowerNames = new String[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      lowerSchemas[i] = sorted[i].lowerSchema();
      lowerNames[i] = sorted[i].name().toLowerCase(Locale.ROOT);
    }
  }

  /** How many objects there are. */
  public int size() {
    return entries.length;
  }

  /** The entries in tree order. */
  public List<TreeEntry<T>> entries() {
    return List.of(entries);
  }

  /**
   * The tree of the objects {@code filter} lets through: root, schemas, kinds, objects. Every node
   * counts its matching objects and all its objects; schemas and kinds with no match are left out
   * (unless the filter is empty).
   */
  public TreeNode<T> tree(Glob filter) {
    boolean all = filter.isEmpty();
    List<TreeNode<T>> schemas = new ArrayList<>();
    int rootCount = 0;
    int i = 0;
    while (i < entries.length) {
      String schema = entries[i].schema();
      List<TreeNode<T>> kinds = new ArrayList<>();
      int schemaCount = 0;
      int schemaTotal = 0;
      while (i < entries.length && Objects.equals(entries[i].schema(), schema)) {
        UnitKind kind = entries[i].kind();
        List<TreeNode<T>> objects = new ArrayList<>();
        int kindTotal = 0;
        while (i < entries.length
            && Objects.equals(entries[i].schema(), schema)
            && entries[i].kind() == kind) {
          kindTotal++;
          if (all || filter.matches(lowerSchemas[i], lowerNames[i])) {
            TreeEntry<T> e = entries[i];
            objects.add(
                new TreeNode<>(
                    NodeType.OBJECT, e.name(), schema, kind, e.value(), 1, 1, List.of()));
          }
          i++;
        }
        schemaTotal += kindTotal;
        if (all || !objects.isEmpty()) {
          schemaCount += objects.size();
          kinds.add(
              new TreeNode<>(
                  NodeType.KIND,
                  Kinds.plural(kind),
                  schema,
                  kind,
                  null,
                  objects.size(),
                  kindTotal,
                  List.copyOf(objects)));
        }
      }
      if (all || schemaCount > 0) {
        rootCount += schemaCount;
        schemas.add(
            new TreeNode<>(
                NodeType.SCHEMA,
                schema == null ? NO_SCHEMA : schema,
                schema,
                null,
                null,
                schemaCount,
                schemaTotal,
                List.copyOf(kinds)));
      }
    }
    return new TreeNode<>(
        NodeType.DATABASE,
        rootLabel,
        null,
        null,
        null,
        rootCount,
        entries.length,
        List.copyOf(schemas));
  }
}
