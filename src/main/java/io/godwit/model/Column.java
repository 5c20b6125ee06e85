package io.godwit.model;

/**
 * A column of a table, view or composite type, in declaration order.
 *
 * @param name the column name exactly as stored in the catalog
 * @param type the column's type
 * @param nullable whether NULL is allowed
 * @param defaultValue the default expression as source text, or {@code null}
 * @param identity the identity generator, or {@code null}
 * @param generatedExpression the expression of a computed (virtual or stored) column, or {@code
 *     null}
 * @param generatedStored for a computed column: whether the value is stored
 * @param comment the column comment, or {@code null}
 */
public record Column(
    String name,
    DataType type,
    boolean nullable,
    String defaultValue,
    Identity identity,
    String generatedExpression,
    boolean generatedStored,
    String comment) {

  public Column {
    Names.require(name, "column");
    if (type == null) {
      throw new IllegalArgumentException("column " + name + " needs a type");
    }
  }

  /** A plain nullable column with no default. */
  public static Column of(String name, DataType type) {
    return new Column(name, type, true, null, null, null, false, null);
  }
}
