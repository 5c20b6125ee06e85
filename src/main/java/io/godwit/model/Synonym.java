package io.godwit.model;

/**
 * A synonym (Oracle, SQL Server).
 *
 * @param name the synonym name
 * @param publicSynonym whether it is an Oracle PUBLIC synonym
 * @param targetSchema the schema of the object it names, or {@code null}
 * @param targetName the object it names
 * @param targetLink the database link or linked server, or {@code null}
 * @param origin where the definition came from
 */
public record Synonym(
    String name,
    boolean publicSynonym,
    String targetSchema,
    String targetName,
    String targetLink,
    Origin origin)
    implements SchemaObject {

  public Synonym {
    Names.require(name, "synonym");
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.SYNONYM;
  }
}
