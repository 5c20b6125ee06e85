package io.godwit.dialect;

import io.godwit.model.Database;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a product's catalog into the model with one bulk query per object kind, whatever the number
 * of tables: never one query per table.
 */
public interface CatalogReader {

  /**
   * Reads the schemas named in {@code request} (or every user schema when it names none).
   *
   * @throws UnknownSchemaException when a requested schema does not exist
   * @throws SQLException when a catalog query fails
   */
  Database read(Connection connection, CatalogRequest request) throws SQLException;
}
