package io.godwit.model;

/**
 * A synonym (Oracle, SQL Server).
 *
 * @param name the synonym name
 * @param publicSynonym whether it is an Oracle PUBLIC synonym
 * @param targetSchema the schema of the object it names, or {@code null}
 * @param targetName the object it names
 * @param targetLink the database link (Oracle) or linked server (SQL Server), or {@code null}
 * @param targetDatabase the database of the object when it is another one (SQL Server three- and
 *     four-part names), else {@code null}
 * @param origin where the definition came from
 */
public record Synonym(
    String name,
    boolean publicSynonym,
    String targetSchema,
    String targetName,
    String targetLink,
    String targetDatabase,
    Origin origin)
    implements SchemaObject {

  public Synonym {
    Names.require(name, "synonym");
    origin = origin == null ? Origin.catalog() : origin;
  }

  /** A synonym for an object in the same database or behind a database link. */
  public Synonym(
      String name,
      boolean publicSynonym,
      String targetSchema,
      String targetName,
      String targetLink,
      Origin origin) {
    this(name, publicSynonym, targetSchema, targetName, targetLink, null, origin);
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.SYNONYM;
  }
}
