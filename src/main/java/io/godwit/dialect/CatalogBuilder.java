package io.godwit.dialect;

import io.godwit.model.CheckConstraint;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.Database;
import io.godwit.model.DbPackage;
import io.godwit.model.ForeignKey;
import io.godwit.model.Index;
import io.godwit.model.Origin;
import io.godwit.model.PrimaryKey;
import io.godwit.model.ReadProblem;
import io.godwit.model.Routine;
import io.godwit.model.Schema;
import io.godwit.model.Sequence;
import io.godwit.model.Synonym;
import io.godwit.model.Table;
import io.godwit.model.TableKind;
import io.godwit.model.Trigger;
import io.godwit.model.TypeKind;
import io.godwit.model.UniqueConstraint;
import io.godwit.model.UserType;
import io.godwit.model.View;
import io.godwit.model.ViewCheckOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects the rows of a reader's bulk queries and assembles the immutable model at the end. A
 * reader first declares relations (tables, views, composite types), then adds columns and
 * constraints to them by name; rows for relations it did not declare are ignored.
 */
public final class CatalogBuilder {

  private final Map<String, SchemaParts> schemas = new LinkedHashMap<>();

  /** Declares the schemas to build, in output order. */
  public CatalogBuilder(List<String> schemaNames) {
    for (String name : schemaNames) {
      schemas.put(name, new SchemaParts(name));
    }
  }

  /** Declares a table. */
  public void table(String schema, String name, TableKind kind, String comment, Origin origin) {
    parts(schema)
        .relations
        .put(name, new Relation(name, RelationKind.TABLE, kind, comment, origin));
  }

  /** Declares a view or materialized view. */
  public void view(
      String schema,
      String name,
      boolean materialized,
      String definition,
      ViewCheckOption checkOption,
      String comment) {
    Relation r =
        new Relation(
            name,
            materialized ? RelationKind.MATERIALIZED_VIEW : RelationKind.VIEW,
            null,
            comment,
            Origin.catalog());
    r.definition = definition;
    r.checkOption = checkOption;
    parts(schema).relations.put(name, r);
  }

  /** Declares a user type; object and table types get their attributes through {@link #column}. */
  public void type(
      String schema,
      String name,
      TypeKind kind,
      DataType baseType,
      Long limit,
      List<String> labels,
      String definition) {
    Relation r = new Relation(name, RelationKind.TYPE, null, null, Origin.catalog());
    r.typeKind = kind;
    r.baseType = baseType;
    r.limit = limit;
    r.labels = labels;
    r.definition = definition;
    parts(schema).relations.put(name, r);
  }

  /** Whether a relation of this name was declared. */
  public boolean hasRelation(String schema, String name) {
    SchemaParts p = schemas.get(schema);
    return p != null && p.relations.containsKey(name);
  }

  /** Adds the next column of a declared relation; ignored for undeclared relations. */
  public void column(String schema, String relation, Column column) {
    Relation r = relation(schema, relation);
    if (r != null) {
      r.columns.add(column);
    }
  }

  public void primaryKey(String schema, String table, PrimaryKey key) {
    Relation r = relation(schema, table);
    if (r != null) {
      r.primaryKey = key;
    }
  }

  public void unique(String schema, String table, UniqueConstraint constraint) {
    Relation r = relation(schema, table);
    if (r != null) {
      r.uniques.add(constraint);
    }
  }

  /**
   * Drops a unique constraint added earlier: the reader found it is better described as an index.
   */
  public void removeUnique(String schema, String table, String name) {
    Relation r = relation(schema, table);
    if (r != null) {
      r.uniques.removeIf(u -> name.equals(u.name()));
    }
  }

  public void foreignKey(String schema, String table, ForeignKey key) {
    Relation r = relation(schema, table);
    if (r != null) {
      r.foreignKeys.add(key);
    }
  }

  public void check(String schema, String table, CheckConstraint check) {
    Relation r = relation(schema, table);
    if (r != null) {
      r.checks.add(check);
    }
  }

  /** Sets a table or column comment read separately from the definition. */
  public void comment(String schema, String relation, String comment) {
    Relation r = relation(schema, relation);
    if (r != null) {
      r.comment = comment;
    }
  }

  public void index(String schema, Index index) {
    parts(schema).indexes.add(index);
  }

  public void sequence(String schema, Sequence sequence) {
    parts(schema).sequences.add(sequence);
  }

  public void routine(String schema, Routine routine) {
    parts(schema).routines.add(routine);
  }

  public void dbPackage(String schema, DbPackage pkg) {
    parts(schema).packages.add(pkg);
  }

  public void trigger(String schema, Trigger trigger) {
    parts(schema).triggers.add(trigger);
  }

  public void synonym(String schema, Synonym synonym) {
    parts(schema).synonyms.add(synonym);
  }

  /**
   * Adds a type assembled by the reader, for products where types and tables have separate
   * namespaces (a SQL Server table type may share its name with a table).
   */
  public void userType(String schema, UserType type) {
    parts(schema).userTypes.add(type);
  }

  public void problem(String schema, ReadProblem problem) {
    parts(schema).problems.add(problem);
  }

  /** The assembled database. */
  public Database build(String product, String version, String databaseName) {
    List<Schema> out = new ArrayList<>();
    for (SchemaParts p : schemas.values()) {
      out.add(p.build());
    }
    return new Database(product, version, databaseName, out);
  }

  private SchemaParts parts(String schema) {
    SchemaParts p = schemas.get(schema);
    if (p == null) {
      throw new IllegalStateException("schema " + schema + " was not declared");
    }
    return p;
  }

  private Relation relation(String schema, String name) {
    SchemaParts p = schemas.get(schema);
    return p == null ? null : p.relations.get(name);
  }

  private enum RelationKind {
    TABLE,
    VIEW,
    MATERIALIZED_VIEW,
    TYPE
  }

  private static final class Relation {
    final String name;
    final RelationKind relationKind;
    final TableKind tableKind;
    final Origin origin;
    String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    String definition;
    ViewCheckOption checkOption;
    TypeKind typeKind;
    DataType baseType;
    Long limit;
    List<String> labels;

    Relation(
        String name,
        RelationKind relationKind,
        TableKind tableKind,
        String comment,
        Origin origin) {
      this.name = name;
      this.relationKind = relationKind;
      this.tableKind = tableKind;
      this.comment = comment;
      this.origin = origin;
    }
  }

  private static final class SchemaParts {
    final String name;
    final Map<String, Relation> relations = new LinkedHashMap<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    final List<Routine> routines = new ArrayList<>();
    final List<DbPackage> packages = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Synonym> synonyms = new ArrayList<>();
    final List<UserType> userTypes = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();

    SchemaParts(String name) {
      this.name = name;
    }

    Schema build() {
      List<Table> tables = new ArrayList<>();
      List<View> views = new ArrayList<>();
      List<UserType> types = new ArrayList<>(userTypes);
      for (Relation r : relations.values()) {
        switch (r.relationKind) {
          case TABLE ->
              tables.add(
                  new Table(
                      r.name,
                      r.tableKind,
                      r.columns,
                      r.primaryKey,
                      r.uniques,
                      r.foreignKeys,
                      r.checks,
                      r.comment,
                      r.origin));
          case VIEW, MATERIALIZED_VIEW ->
              views.add(
                  new View(
                      r.name,
                      r.relationKind == RelationKind.MATERIALIZED_VIEW,
                      r.columns,
                      r.definition,
                      r.checkOption,
                      r.comment,
                      r.origin));
          case TYPE ->
              types.add(
                  new UserType(
                      r.name,
                      r.typeKind,
                      r.columns,
                      r.baseType,
                      r.limit,
                      r.labels,
                      r.definition,
                      r.origin));
        }
      }
      return new Schema(
          name,
          sorted(tables, Table::name),
          sorted(views, View::name),
          sorted(indexes, i -> i.table() + "\u0000" + i.name()),
          sorted(sequences, Sequence::name),
          sorted(routines, Routine::name),
          sorted(packages, DbPackage::name),
          sorted(triggers, Trigger::name),
          sorted(synonyms, Synonym::name),
          sorted(types, UserType::name),
          problems);
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
      List<T> copy = new ArrayList<>(list);
      copy.sort(Comparator.comparing(key));
      return copy;
    }
  }
}
