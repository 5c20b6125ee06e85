package io.godwit.load;

/**
 * A table by schema and name, exactly as the database spells them.
 *
 * @param schema the schema (a MySQL database)
 * @param name the table name
 */
public record TableRef(String schema, String name) implements Comparable<TableRef> {

  public TableRef {
    if (schema == null || schema.isEmpty() || name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a table needs a schema and a name");
    }
  }

  @Override
  public int compareTo(TableRef o) {
    int c = schema.compareTo(o.schema);
    return c != 0 ? c : name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
