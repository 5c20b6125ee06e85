package io.godwit.model;

import java.util.List;
import java.util.Optional;

/**
 * A table with its columns and constraints.
 *
 * @param name the table name exactly as stored
 * @param tableKind regular, partitioned, temporary, ...
 * @param columns the columns in declaration order
 * @param primaryKey the primary key, or {@code null}
 * @param uniqueConstraints unique constraints
 * @param foreignKeys foreign keys
 * @param checkConstraints check constraints (NOT NULL is a column property, not listed here)
 * @param comment the table comment, or {@code null}
 * @param origin where the definition came from
 */
public record Table(
    String name,
    TableKind tableKind,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> checkConstraints,
    String comment,
    Origin origin)
    implements SchemaObject {

  public Table {
    Names.require(name, "table");
    tableKind = tableKind == null ? TableKind.REGULAR : tableKind;
    columns = Names.copy(columns);
    uniqueConstraints = Names.copy(uniqueConstraints);
    foreignKeys = Names.copy(foreignKeys);
    checkConstraints = Names.copy(checkConstraints);
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.TABLE;
  }

  /** The column with this exact name. */
  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** Number of constraints of every kind, the primary key included. */
  public int constraintCount() {
    return (primaryKey == null ? 0 : 1)
        + uniqueConstraints.size()
        + foreignKeys.size()
        + checkConstraints.size();
  }
}
