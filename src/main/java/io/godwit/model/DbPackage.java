package io.godwit.model;

/**
 * An Oracle package: specification and body as source text.
 *
 * @param name the package name
 * @param spec the CREATE PACKAGE text, or {@code null} when unreadable
 * @param body the CREATE PACKAGE BODY text, or {@code null} when there is none or it is unreadable
 * @param origin where the specification came from
 */
public record DbPackage(String name, String spec, String body, Origin origin)
    implements SchemaObject {

  public DbPackage {
    Names.require(name, "package");
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.PACKAGE;
  }
}
