package io.godwit.ui.model;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.model.Database;
import io.godwit.model.ObjectKind;
import io.godwit.model.Schema;
import io.godwit.model.SchemaObject;
import io.godwit.ui.tree.ObjectIndex;
import io.godwit.ui.tree.TreeEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source as loaded: the front end's units (when the product has a front end) or the live
 * catalog's objects, indexed for the tree. Immutable; built on a background thread.
 */
public final class SourceModel {

  private final String product;
  private final String description;
  private final SourceSet sources;
  private final Database catalog;
  private final List<SourceObject> objects;
  private final Map<ObjectRef, SourceObject> byRef;
  private final ObjectIndex<SourceObject> index;

  private SourceModel(
      String product,
      String description,
      SourceSet sources,
      Database catalog,
      List<SourceObject> objects) {
    this.product = product;
    this.description = description;
    this.sources = sources;
    this.catalog = catalog;
    this.objects = List.copyOf(objects);
    Map<ObjectRef, SourceObject> map = new HashMap<>();
    List<TreeEntry<SourceObject>> entries = new ArrayList<>(objects.size());
    for (SourceObject o : objects) {
      if (map.putIfAbsent(o.ref(), o) == null) {
        entries.add(new TreeEntry<>(o.ref().schema(), o.ref().kind(), o.ref().name(), o));
      }
    }
    this.byRef = map;
    this.index = new ObjectIndex<>(description, entries);
  }

  /** The model of what a front end read. */
  public static SourceModel of(String product, String description, SourceSet sources) {
    Map<ObjectRef, SchemaObject> models = models(sources.catalog());
    List<SourceObject> objects = new ArrayList<>();
    Set<ObjectRef> seen = new LinkedHashSet<>();
    for (SourceUnit u : sources.units()) {
      if (seen.add(u.ref())) {
        objects.add(new SourceObject(u.ref(), u, models.get(u.ref())));
      }
    }
    return new SourceModel(product, description, sources, sources.catalog(), objects);
  }

  /** The model of a live catalog whose product has no front end (it can be browsed only). */
  public static SourceModel ofCatalog(String product, String description, Database catalog) {
    List<SourceObject> objects = new ArrayList<>();
    models(catalog).forEach((ref, model) -> objects.add(new SourceObject(ref, null, model)));
    return new SourceModel(product, description, null, catalog, objects);
  }

  private static Map<ObjectRef, SchemaObject> models(Database db) {
    Map<ObjectRef, SchemaObject> out = new LinkedHashMap<>();
    if (db == null) {
      return out;
    }
    for (Schema s : db.schemas()) {
      for (SchemaObject o : s.objects()) {
        out.putIfAbsent(new ObjectRef(s.name(), o.name(), unitKind(o.kind())), o);
      }
    }
    return out;
  }

  /** The conversion kind of a catalog kind. */
  public static UnitKind unitKind(ObjectKind kind) {
    return switch (kind) {
      case TABLE -> UnitKind.TABLE;
      case VIEW -> UnitKind.VIEW;
      case MATERIALIZED_VIEW -> UnitKind.MATERIALIZED_VIEW;
      case INDEX -> UnitKind.INDEX;
      case SEQUENCE -> UnitKind.SEQUENCE;
      case PROCEDURE -> UnitKind.PROCEDURE;
      case FUNCTION -> UnitKind.FUNCTION;
      case PACKAGE -> UnitKind.PACKAGE;
      case TRIGGER -> UnitKind.TRIGGER;
      case SYNONYM -> UnitKind.SYNONYM;
      case TYPE -> UnitKind.TYPE;
    };
  }

  public String product() {
    return product;
  }

  public String description() {
    return description;
  }

  /** What the front end read, or null when the product has none. */
  public SourceSet sources() {
    return sources;
  }

  public boolean convertible() {
    return sources != null;
  }

  public Database catalog() {
    return catalog;
  }

  public List<SourceObject> objects() {
    return objects;
  }

  public SourceObject object(ObjectRef ref) {
    return byRef.get(ref);
  }

  public ObjectIndex<SourceObject> index() {
    return index;
  }

  /** The units of {@code selected}, as a set the converter takes. */
  public SourceSet subset(Collection<SourceObject> selected) {
    Set<ObjectRef> refs = new LinkedHashSet<>();
    selected.forEach(o -> refs.add(o.ref()));
    List<SourceUnit> units = new ArrayList<>();
    for (SourceUnit u : sources.units()) {
      if (refs.contains(u.ref())) {
        units.add(u);
      }
    }
    return new SourceSet(units, sources.problems(), sources.catalog());
  }
}
