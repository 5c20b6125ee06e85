package io.godwit.model;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint name, or {@code null} when the source did not name it
 * @param columns the key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) {

  public PrimaryKey {
    columns = Names.copy(columns);
  }
}
