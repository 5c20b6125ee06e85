package io.godwit.convert;

/**
 * An object by schema, name and kind, as the source or the target spells it.
 *
 * @param schema the schema, or null where there is none
 * @param name the object's own name
 * @param kind what it is
 */
public record ObjectRef(String schema, String name, UnitKind kind) {

  public ObjectRef {
    if (name == null || name.isEmpty() || kind == null) {
      throw new IllegalArgumentException("an object reference needs a name and a kind");
    }
  }

  /** {@code schema.name}, for messages and reports. */
  public String path() {
    return schema == null ? name : schema + "." + name;
  }

  @Override
  public String toString() {
    return kind.label() + " " + path();
  }
}
