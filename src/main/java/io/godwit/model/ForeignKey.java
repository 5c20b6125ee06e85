package io.godwit.model;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name the constraint name, or {@code null} when unnamed
 * @param columns the referencing columns in order
 * @param referencedSchema the schema of the referenced table
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one by one
 * @param onDelete the delete rule
 * @param onUpdate the update rule
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedSchema,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  public ForeignKey {
    columns = Names.copy(columns);
    referencedColumns = Names.copy(referencedColumns);
    onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
  }
}
