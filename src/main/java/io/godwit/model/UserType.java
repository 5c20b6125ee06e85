package io.godwit.model;

import java.util.List;

/**
 * A user-defined type.
 *
 * @param name the type name
 * @param typeKind object, collection, enum, domain, alias, ...
 * @param attributes attributes of an object or table type, in order; else empty
 * @param baseType element type of a collection, base type of a domain or alias; else {@code null}
 * @param limit the size limit of a VARRAY, or {@code null}
 * @param labels the labels of an enum, in order; else empty
 * @param definition the source text (Oracle type spec and body, domain constraint), or {@code null}
 * @param origin where the definition came from
 */
public record UserType(
    String name,
    TypeKind typeKind,
    List<Column> attributes,
    DataType baseType,
    Long limit,
    List<String> labels,
    String definition,
    Origin origin)
    implements SchemaObject {

  public UserType {
    Names.require(name, "type");
    if (typeKind == null) {
      throw new IllegalArgumentException("type " + name + " needs a kind");
    }
    attributes = Names.copy(attributes);
    labels = Names.copy(labels);
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.TYPE;
  }
}
