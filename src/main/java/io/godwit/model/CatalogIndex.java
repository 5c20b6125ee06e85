package io.godwit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Case-insensitive look-ups into a {@link Database}, built once per catalog: a front end resolves
 * every name it lowers against the catalog, and a linear scan per name makes a conversion quadratic
 * in the number of tables.
 */
public final class CatalogIndex {

  /** An object found in a schema. */
  public record InSchema<T>(Schema schema, T object) {}

  private static final CatalogIndex EMPTY = new CatalogIndex(null);

  private final Map<String, Map<String, Table>> tablesBySchema = new HashMap<>();
  private final Map<String, Table> firstTableByName = new HashMap<>();
  private final Map<String, List<InSchema<UserType>>> typesByName = new HashMap<>();
  private final Set<String> packageNames = new HashSet<>();
  private final Map<String, List<InSchema<Routine>>> routinesByName = new HashMap<>();
  private final Map<String, List<InSchema<Synonym>>> synonymsByName = new HashMap<>();

  private CatalogIndex(Database catalog) {
    if (catalog == null) {
      return;
    }
    for (Schema s : catalog.schemas()) {
      Map<String, Table> tables =
          tablesBySchema.computeIfAbsent(key(s.name()), k -> new HashMap<>());
      for (Table t : s.tables()) {
        tables.putIfAbsent(key(t.name()), t);
        firstTableByName.putIfAbsent(key(t.name()), t);
      }
      for (UserType t : s.types()) {
        typesByName
            .computeIfAbsent(key(t.name()), k -> new ArrayList<>())
            .add(new InSchema<>(s, t));
      }
      for (Routine r : s.routines()) {
        routinesByName
            .computeIfAbsent(key(r.name()), k -> new ArrayList<>())
            .add(new InSchema<>(s, r));
      }
      for (DbPackage p : s.packages()) {
        packageNames.add(key(p.name()));
      }
      for (Synonym syn : s.synonyms()) {
        synonymsByName
            .computeIfAbsent(key(syn.name()), k -> new ArrayList<>())
            .add(new InSchema<>(s, syn));
      }
    }
  }

  /** The index of {@code catalog}; an empty index for a null catalog. */
  public static CatalogIndex of(Database catalog) {
    return catalog == null ? EMPTY : new CatalogIndex(catalog);
  }

  private static String key(String name) {
    return name == null ? "" : name.toUpperCase(Locale.ROOT);
  }

  /**
   * The table {@code name} of schema {@code schema}, compared without case; with a null schema the
   * first table of that name in catalog order. Null when there is none.
   */
  public Table table(String schema, String name) {
    if (name == null) {
      return null;
    }
    if (schema == null) {
      return firstTableByName.get(key(name));
    }
    Map<String, Table> tables = tablesBySchema.get(key(schema));
    return tables == null ? null : tables.get(key(name));
  }

  /** The user types of this name in any schema, in catalog order. */
  public List<InSchema<UserType>> types(String name) {
    return typesByName.getOrDefault(key(name), List.of());
  }

  /** The schema-level routines of this name in any schema, in catalog order. */
  public List<InSchema<Routine>> routines(String name) {
    return routinesByName.getOrDefault(key(name), List.of());
  }

  /** Whether some schema holds a package of this name. */
  public boolean hasPackage(String name) {
    return name != null && packageNames.contains(key(name));
  }

  /** The synonyms of this name in any schema, in catalog order. */
  public List<InSchema<Synonym>> synonyms(String name) {
    return synonymsByName.getOrDefault(key(name), List.of());
  }
}
