package io.godwit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A schema (a MySQL database) and the objects it holds.
 *
 * @param name the schema name exactly as stored
 * @param tables tables, sorted by name
 * @param views views and materialized views, sorted by name
 * @param indexes indexes that are not just the implementation of a constraint
 * @param sequences sequences, identity sequences excluded
 * @param routines stand-alone procedures and functions
 * @param packages packages
 * @param triggers triggers
 * @param synonyms synonyms
 * @param types user-defined types
 * @param problems objects that exist but could not be read
 */
public record Schema(
    String name,
    List<Table> tables,
    List<View> views,
    List<Index> indexes,
    List<Sequence> sequences,
    List<Routine> routines,
    List<DbPackage> packages,
    List<Trigger> triggers,
    List<Synonym> synonyms,
    List<UserType> types,
    List<ReadProblem> problems) {

  public Schema {
    Names.require(name, "schema");
    tables = Names.copy(tables);
    views = Names.copy(views);
    indexes = Names.copy(indexes);
    sequences = Names.copy(sequences);
    routines = Names.copy(routines);
    packages = Names.copy(packages);
    triggers = Names.copy(triggers);
    synonyms = Names.copy(synonyms);
    types = Names.copy(types);
    problems = Names.copy(problems);
  }

  /** An empty schema. */
  public static Schema empty(String name) {
    return new Schema(name, null, null, null, null, null, null, null, null, null, null);
  }

  /** Every object of this schema, in tree order (by kind, then as listed). */
  public List<SchemaObject> objects() {
    List<SchemaObject> all = new ArrayList<>();
    all.addAll(tables);
    all.addAll(views);
    all.addAll(indexes);
    all.addAll(sequences);
    all.addAll(routines);
    all.addAll(packages);
    all.addAll(triggers);
    all.addAll(synonyms);
    all.addAll(types);
    all.sort(Comparator.comparing(SchemaObject::kind));
    return Collections.unmodifiableList(all);
  }

  /** The objects of one kind. */
  public List<SchemaObject> objects(ObjectKind kind) {
    return objects().stream().filter(o -> o.kind() == kind).toList();
  }
}
