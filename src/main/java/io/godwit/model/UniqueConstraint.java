package io.godwit.model;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name the constraint name, or {@code null} when unnamed
 * @param columns the constrained columns in order
 */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint {
    columns = Names.copy(columns);
  }
}
