package io.godwit.dialect.oracle.lower;

import io.godwit.model.Database;
import io.godwit.model.DbPackage;
import io.godwit.model.Index;
import io.godwit.model.ReadProblem;
import io.godwit.model.Routine;
import io.godwit.model.Schema;
import io.godwit.model.Sequence;
import io.godwit.model.Synonym;
import io.godwit.model.Table;
import io.godwit.model.Trigger;
import io.godwit.model.UserType;
import io.godwit.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog that a set of scripts describes, built as they are read. Objects the scripts do not
 * qualify, in a script that never sets a current schema, belong to the schema {@link #NO_SCHEMA}.
 */
final class OraCatalogDraft {

  /** The schema of objects whose scripts name none. */
  static final String NO_SCHEMA = "(no schema)";

  private static final class Parts {
    final List<Table> tables = new ArrayList<>();
    final List<View> views = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    final List<Routine> routines = new ArrayList<>();
    final List<DbPackage> packages = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Synonym> synonyms = new ArrayList<>();
    final List<UserType> types = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
  }

  private final Map<String, Parts> schemas = new LinkedHashMap<>();

  private Parts parts(String schema) {
    return schemas.computeIfAbsent(schema == null ? NO_SCHEMA : schema, k -> new Parts());
  }

  /** Makes the schema appear in the catalog in the order the scripts first name it. */
  void declare(String schema) {
    parts(schema);
  }

  void table(String schema, Table t) {
    parts(schema).tables.add(t);
  }

  void view(String schema, View v) {
    parts(schema).views.add(v);
  }

  /**
   * Sets the comment of a view of the scripts (null leaves it); false when there is no such view.
   */
  boolean viewComment(String schema, String name, String comment) {
    Parts p = schemas.get(schema == null ? NO_SCHEMA : schema);
    if (p == null) {
      return false;
    }
    for (int i = 0; i < p.views.size(); i++) {
      View v = p.views.get(i);
      if (v.name().equals(name)) {
        if (comment != null) {
          p.views.set(
              i,
              new View(
                  v.name(),
                  v.materialized(),
                  v.columns(),
                  v.definition(),
                  v.checkOption(),
                  comment,
                  v.origin()));
        }
        return true;
      }
    }
    return false;
  }

  void index(String schema, Index i) {
    parts(schema).indexes.add(i);
  }

  void sequence(String schema, Sequence s) {
    parts(schema).sequences.add(s);
  }

  void synonym(String schema, Synonym s) {
    parts(schema).synonyms.add(s);
  }

  void type(String schema, UserType t) {
    parts(schema).types.add(t);
  }

  void routine(String schema, Routine r) {
    parts(schema).routines.add(r);
  }

  void dbPackage(String schema, DbPackage p) {
    parts(schema).packages.add(p);
  }

  void trigger(String schema, Trigger t) {
    parts(schema).triggers.add(t);
  }

  Database build() {
    List<Schema> out = new ArrayList<>();
    for (Map.Entry<String, Parts> e : schemas.entrySet()) {
      Parts p = e.getValue();
      out.add(
          new Schema(
              e.getKey(),
              p.tables,
              p.views,
              p.indexes,
              p.sequences,
              p.routines,
              p.packages,
              p.triggers,
              p.synonyms,
              p.types,
              p.problems));
    }
    return new Database("oracle", null, null, out);
  }
}
