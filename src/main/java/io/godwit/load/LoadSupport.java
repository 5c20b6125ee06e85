package io.godwit.load;

import io.godwit.model.DataType;
import io.godwit.model.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a product contributes to a load task: streaming reads, bulk writes, and the few statements a
 * load needs around them. Implemented in {@code io.godwit.dialect.<product>}; the engine calls
 * these methods and never writes SQL itself.
 */
public interface LoadSupport {

  /** The product's name for messages. */
  String productName();

  /**
   * Driver properties for the connections of this role, added to the dialect's usual ones (fetch
   * behaviour for readers, bulk-load switches for writers).
   */
  Map<String, String> connectionProperties(ConnectionRole role);

  /** Sets up a new connection for its role (session time zone, SQL mode, ...). */
  void prepareSession(Connection connection, ConnectionRole role) throws SQLException;

  /** Reads the catalog of these schemas (tables and what hangs off them). */
  Database readCatalog(Connection connection, List<String> schemas) throws SQLException;

  /** The kind in which this product's values of {@code type} travel. */
  ValueKind kindOf(DataType type);

  /** What the statistics say about a table's size, without scanning it. */
  TableSize estimateSize(Connection connection, TableRef table) throws SQLException;

  /** Counts the rows matching {@code filter} ({@code null}: every row). */
  long countRows(Connection connection, TableRef table, Condition filter) throws SQLException;

  /**
   * The smallest and largest value of an integer column among the rows matching {@code filter}, or
   * empty when there is no such row.
   */
  Optional<long[]> integerBounds(
      Connection connection, TableRef table, String column, Condition filter) throws SQLException;

  /**
   * Starts streaming the rows of {@code request}. The connection is not used for anything else
   * until the source is closed.
   */
  RowSource openReader(Connection connection, ReadRequest request) throws SQLException;

  /**
   * Whether this product, as a source, can deliver the values of this column in their {@link
   * SourceText text form} cheaper than as Java objects.
   */
  default boolean readsText(ReadColumn column) {
    return false;
  }

  /**
   * Whether a writer opened with {@code method} takes values of this column in their {@link
   * SourceText text form} (a {@code byte[]}) as well as Java objects of its kind.
   */
  default boolean writesText(WriteColumn column, WriteMethod method) {
    return false;
  }

  /** Opens a writer; the connection's transaction belongs to the caller. */
  TableWriter openWriter(Connection connection, WriteRequest request) throws SQLException;

  /** Empties a table. */
  void truncate(Connection connection, TableRef table) throws SQLException;

  /** Deletes the rows matching {@code where}; returns how many. */
  long delete(Connection connection, TableRef table, Condition where) throws SQLException;

  /** Drops a table if it exists, with whatever depends on it. */
  void dropTable(Connection connection, TableRef table) throws SQLException;

  /** Creates a schema (a MySQL database) unless it exists. */
  void createSchemaIfMissing(Connection connection, String schema) throws SQLException;

  /**
   * The secondary indexes, foreign keys and enabled triggers of these tables (and foreign keys that
   * reference them) that should be set aside while they load, with the statements that set them
   * aside and put them back.
   */
  List<DeferredObject> deferrableObjects(Connection connection, List<TableRef> tables)
      throws SQLException;

  /** Moves identity columns and owned sequences of a table past the largest loaded value. */
  void resetIdentities(Connection connection, TableRef table) throws SQLException;

  /** Splits a script written for this product into statements. */
  List<String> splitScript(String script);

  /** Runs one statement (from a converted DDL file or a {@link DeferredObject}). */
  void execute(Connection connection, String sql) throws SQLException;

  /** What a failure means for the load. */
  FailureKind classify(SQLException failure);
}
