package io.godwit.model;

import java.util.List;

/**
 * An index. Indexes that only implement a primary key or unique constraint are not listed: the
 * constraint stands for them.
 *
 * @param name the index name
 * @param table the indexed table, in the same schema
 * @param unique whether the index enforces uniqueness
 * @param keys the keys in order
 * @param include non-key columns carried in the index (SQL Server and PostgreSQL INCLUDE)
 * @param predicate the WHERE condition of a partial or filtered index, or {@code null}
 * @param method the access method or index type as the source names it ({@code btree}, {@code
 *     bitmap}, {@code hash}, {@code clustered}), or {@code null}
 * @param origin where the definition came from
 */
public record Index(
    String name,
    String table,
    boolean unique,
    List<IndexKey> keys,
    List<String> include,
    String predicate,
    String method,
    Origin origin)
    implements SchemaObject {

  public Index {
    Names.require(name, "index");
    Names.require(table, "index table");
    keys = Names.copy(keys);
    include = Names.copy(include);
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.INDEX;
  }
}
