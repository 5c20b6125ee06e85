package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.ir.ddl.Ddl;
import io.godwit.model.CheckConstraint;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.ForeignKey;
import io.godwit.model.Identity;
import io.godwit.model.IdentityGeneration;
import io.godwit.model.Origin;
import io.godwit.model.PrimaryKey;
import io.godwit.model.Table;
import io.godwit.model.TableKind;
import io.godwit.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A table as its statements describe it so far: CREATE TABLE, then the ALTER TABLE and COMMENT
 * statements that change it, in script order. Keeps the parse-tree nodes of defaults, checks and
 * generated columns (so items point into the file) and what the statements said that the model has
 * no field for (ON COMMIT, DEFERRABLE, DISABLE). A table read from a catalog becomes a draft with
 * text instead of nodes.
 */
final class OraTableDraft {

  /** Where an expression comes from: its node in a script, or its text in the catalog. */
  record Fragment(String text, ParserRuleContext node, SourceText source) {}

  /** A constraint's state clauses. */
  record State(
      boolean deferrable, boolean initiallyDeferred, boolean disabled, boolean noValidate) {
    static final State DEFAULT = new State(false, false, false, false);
  }

  /** Something the statements said that lowering reports as an item. */
  record Note(ParserRuleContext node, SourceText source, String code, String message) {}

  static final class ColumnDraft {
    String name;
    DataType type;
    PlSqlParser.DatatypeContext typeNode;
    boolean nullable = true;
    Fragment defaultValue;
    boolean defaultOnNull;
    Identity identity;
    Ddl.IdentitySpec identitySpec;
    Fragment generated;
    String comment;

    ColumnDraft(String name) {
      this.name = name;
    }

    Column toModel() {
      return new Column(
          name,
          type == null ? new DataType("unknown", null, null, null, null, null) : type,
          nullable,
          defaultValue == null ? null : defaultValue.text(),
          identity,
          generated == null ? null : generated.text(),
          false,
          comment);
    }
  }

  record Check(CheckConstraint model, Fragment condition, State state) {}

  record Key<T>(T model, State state, ParserRuleContext node, SourceText source) {}

  final String schema;
  String name;
  TableKind kind = TableKind.REGULAR;
  Ddl.TableKind irKind = Ddl.TableKind.REGULAR;
  final Map<String, ColumnDraft> columns = new LinkedHashMap<>();
  Key<PrimaryKey> primaryKey;
  final List<Key<UniqueConstraint>> uniques = new ArrayList<>();
  final List<Key<ForeignKey>> foreignKeys = new ArrayList<>();
  final List<Check> checks = new ArrayList<>();
  String comment;
  Origin origin;

  /** The statements that define it, for the source side of the review. */
  final List<String> texts = new ArrayList<>();

  final List<Note> notes = new ArrayList<>();

  /**
   * False for a table the scripts only alter: its CREATE TABLE is elsewhere, so only the
   * constraints the statements add are converted.
   */
  boolean defined = true;

  /** CREATE TABLE ... AS: the query, and the text it is in; null otherwise. */
  PlSqlParser.SubqueryContext asQuery;

  SourceText asSource;

  /** Why the table cannot be converted at all (an object table, CREATE TABLE AS), or null. */
  Note blocker;

  OraTableDraft(String schema, String name) {
    this.schema = schema;
    this.name = name;
  }

  ColumnDraft column(String columnName) {
    return columns.computeIfAbsent(columnName, ColumnDraft::new);
  }

  ColumnDraft findColumn(String columnName) {
    ColumnDraft c = columns.get(columnName);
    if (c != null) {
      return c;
    }
    for (ColumnDraft d : columns.values()) {
      if (d.name.equalsIgnoreCase(columnName)) {
        return d;
      }
    }
    return null;
  }

  Table toModel() {
    List<Column> cols = new ArrayList<>();
    columns.values().forEach(c -> cols.add(c.toModel()));
    return new Table(
        name,
        kind,
        cols,
        primaryKey == null ? null : primaryKey.model(),
        uniques.stream().map(Key::model).toList(),
        foreignKeys.stream().map(Key::model).toList(),
        checks.stream().map(Check::model).toList(),
        comment,
        origin);
  }

  /** A draft of a table read from a catalog: text, no nodes. */
  static OraTableDraft of(String schema, Table t) {
    OraTableDraft d = new OraTableDraft(schema, t.name());
    d.kind = t.tableKind();
    d.irKind =
        t.tableKind() == TableKind.TEMPORARY
            ? Ddl.TableKind.TEMPORARY_DELETE_ROWS
            : Ddl.TableKind.REGULAR;
    for (Column c : t.columns()) {
      ColumnDraft cd = d.column(c.name());
      cd.type = c.type();
      cd.nullable = c.nullable();
      cd.defaultValue =
          c.defaultValue() == null ? null : new Fragment(c.defaultValue(), null, null);
      cd.identity = c.identity();
      if (c.identity() != null) {
        cd.identitySpec =
            new Ddl.IdentitySpec(
                c.identity().generation() == IdentityGeneration.ALWAYS,
                c.identity().start() == null
                    ? null
                    : java.math.BigInteger.valueOf(c.identity().start()),
                c.identity().increment() == null
                    ? null
                    : java.math.BigInteger.valueOf(c.identity().increment()),
                null,
                null,
                false,
                null);
      }
      cd.generated =
          c.generatedExpression() == null
              ? null
              : new Fragment(c.generatedExpression(), null, null);
      cd.comment = c.comment();
    }
    if (t.primaryKey() != null) {
      d.primaryKey = new Key<>(t.primaryKey(), State.DEFAULT, null, null);
    }
    t.uniqueConstraints().forEach(u -> d.uniques.add(new Key<>(u, State.DEFAULT, null, null)));
    t.foreignKeys().forEach(f -> d.foreignKeys.add(new Key<>(f, State.DEFAULT, null, null)));
    t.checkConstraints()
        .forEach(
            c ->
                d.checks.add(
                    new Check(c, new Fragment(c.expression(), null, null), State.DEFAULT)));
    d.comment = t.comment();
    d.origin = t.origin();
    return d;
  }
}
