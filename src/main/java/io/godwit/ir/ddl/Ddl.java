package io.godwit.ir.ddl;

import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.NullsOrder;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Query;
import java.math.BigInteger;
import java.util.List;

/** A DDL statement. */
public sealed interface Ddl extends IrObject {

  /** Table persistence. */
  enum TableKind {
    REGULAR,
    /** Temporary, rows kept until the session ends (ON COMMIT PRESERVE ROWS, #temp). */
    TEMPORARY_PRESERVE_ROWS,
    /** Temporary, rows removed at commit (Oracle GTT default). */
    TEMPORARY_DELETE_ROWS,
    UNLOGGED
  }

  /** An identity generator. */
  record IdentitySpec(
      boolean always,
      BigInteger start,
      BigInteger increment,
      BigInteger min,
      BigInteger max,
      boolean cycle,
      Long cache) {}

  /** A column definition. */
  record ColumnDef(
      Ident name,
      SqlType type,
      Expr defaultValue,
      boolean notNull,
      IdentitySpec identity,
      Expr generated,
      boolean generatedStored,
      String comment) {

    public static ColumnDef of(Ident name, SqlType type) {
      return new ColumnDef(name, type, null, false, null, null, false, null);
    }
  }

  /** Referential actions. */
  enum RefAction {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT
  }

  /** A table constraint; name may be null. */
  sealed interface Constraint {
    Ident name();
  }

  record PrimaryKeyDef(Ident name, List<Ident> columns) implements Constraint {
    public PrimaryKeyDef {
      columns = List.copyOf(columns);
    }
  }

  record UniqueDef(Ident name, List<Ident> columns) implements Constraint {
    public UniqueDef {
      columns = List.copyOf(columns);
    }
  }

  record ForeignKeyDef(
      Ident name,
      List<Ident> columns,
      QName references,
      List<Ident> referencedColumns,
      RefAction onDelete,
      RefAction onUpdate,
      boolean deferrable,
      boolean initiallyDeferred)
      implements Constraint {
    public ForeignKeyDef {
      columns = List.copyOf(columns);
      referencedColumns = referencedColumns == null ? List.of() : List.copyOf(referencedColumns);
      onDelete = onDelete == null ? RefAction.NO_ACTION : onDelete;
      onUpdate = onUpdate == null ? RefAction.NO_ACTION : onUpdate;
    }
  }

  record CheckDef(Ident name, Expr condition) implements Constraint {}

  /** CREATE TABLE with columns and inline constraints (foreign keys usually come separately). */
  record CreateTable(
      QName name,
      TableKind kind,
      List<ColumnDef> columns,
      List<Constraint> constraints,
      String comment,
      SourceSpan span)
      implements Ddl {
    public CreateTable {
      kind = kind == null ? TableKind.REGULAR : kind;
      columns = List.copyOf(columns);
      constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }
  }

  /** CREATE TABLE ... AS query: columns (named by the query, or by the list) and rows. */
  record CreateTableAs(QName name, List<Ident> columns, Query query, SourceSpan span)
      implements Ddl {
    public CreateTableAs {
      columns = columns == null ? List.of() : List.copyOf(columns);
    }
  }

  /** ALTER TABLE table ADD constraint. */
  record AddConstraint(QName table, Constraint constraint, SourceSpan span) implements Ddl {}

  /** One key of an index: a column reference or an expression. */
  record IndexKeyDef(Expr expr, SortOrder order, NullsOrder nulls) {}

  /** CREATE [UNIQUE] INDEX name ON table (...) [INCLUDE (...)] [WHERE ...]. */
  record CreateIndex(
      QName name,
      QName table,
      boolean unique,
      List<IndexKeyDef> keys,
      List<Ident> include,
      Expr where,
      String method,
      SourceSpan span)
      implements Ddl {
    public CreateIndex {
      keys = List.copyOf(keys);
      include = include == null ? List.of() : List.copyOf(include);
    }
  }

  /** CREATE SEQUENCE. */
  record CreateSequence(
      QName name,
      SqlType type,
      BigInteger start,
      BigInteger increment,
      BigInteger min,
      BigInteger max,
      boolean cycle,
      Long cache,
      SourceSpan span)
      implements Ddl {}

  /** View check options. */
  enum CheckOption {
    NONE,
    LOCAL,
    CASCADED,
    READ_ONLY
  }

  /** CREATE [MATERIALIZED] VIEW name [(columns)] AS query. */
  record CreateView(
      QName name,
      List<Ident> columns,
      Query query,
      boolean materialized,
      CheckOption checkOption,
      SourceSpan span)
      implements Ddl {
    public CreateView {
      columns = columns == null ? List.of() : List.copyOf(columns);
      checkOption = checkOption == null ? CheckOption.NONE : checkOption;
    }
  }

  /** What a comment is on. */
  enum CommentTarget {
    TABLE,
    VIEW,
    MATERIALIZED_VIEW,
    COLUMN
  }

  /** COMMENT ON target object[.column] IS text. */
  record Comment(CommentTarget target, QName object, Ident column, String text, SourceSpan span)
      implements Ddl {}

  /** User-defined type flavours. */
  enum TypeDefKind {
    COMPOSITE,
    ENUM,
    DOMAIN,
    /** A named array (nested table or VARRAY): targets use the element type's array. */
    ARRAY
  }

  /** CREATE TYPE / DOMAIN. */
  record CreateType(
      QName name,
      TypeDefKind kind,
      List<SqlType.Field> attributes,
      List<String> labels,
      SqlType base,
      Expr check,
      boolean notNull,
      Expr defaultValue,
      SourceSpan span)
      implements Ddl {
    public CreateType {
      attributes = attributes == null ? List.of() : List.copyOf(attributes);
      labels = labels == null ? List.of() : List.copyOf(labels);
    }
  }

  /** CREATE SCHEMA. */
  record CreateSchema(Ident name, SourceSpan span) implements Ddl {}

  /** CREATE [PUBLIC] SYNONYM name FOR target. */
  record CreateSynonym(QName name, QName target, boolean isPublic, SourceSpan span)
      implements Ddl {}

  /** DROP kind name (used inside procedural code: temp tables). */
  record Drop(String kind, QName name, boolean ifExists, SourceSpan span) implements Ddl {}

  /** TRUNCATE TABLE. */
  record Truncate(QName table, SourceSpan span) implements Ddl {}
}
