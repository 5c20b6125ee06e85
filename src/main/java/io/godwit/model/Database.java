package io.godwit.model;

import java.util.List;
import java.util.Optional;

/**
 * A database as read from a catalog or from scripts.
 *
 * @param product the product ({@code postgresql}, {@code mysql}, {@code mariadb}, {@code oracle},
 *     {@code sqlserver})
 * @param version the server version string when read live, else {@code null}
 * @param name the database name, or {@code null} when the product has none or it is unknown
 * @param schemas the schemas read, in the order requested or by name
 */
public record Database(String product, String version, String name, List<Schema> schemas) {

  public Database {
    if (product == null || product.isEmpty()) {
      throw new IllegalArgumentException("a database needs a product");
    }
    schemas = Names.copy(schemas);
  }

  /** The schema with this exact name. */
  public Optional<Schema> schema(String schemaName) {
    return schemas.stream().filter(s -> s.name().equals(schemaName)).findFirst();
  }
}
