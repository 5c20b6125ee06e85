package io.godwit.project;

import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import java.util.Locale;
import java.util.Objects;

/**
 * Identifies one converted object across conversions, so an edit made to it finds it again after
 * the project is reopened or other objects are converted again: the target product, the source
 * object it comes from, and its kind and name on the target (a table and its foreign keys share a
 * source).
 *
 * @param target the target product id ({@code postgresql}, {@code mysql}): an edit written for one
 *     target is not shown for another
 * @param sourceSchema the source schema, or null
 * @param sourceName the source object's name
 * @param sourceKind the source object's kind label ({@code table}, {@code package}, ...)
 * @param targetKind the target object's kind label
 * @param targetName the target {@code schema.name}, or the source name when it did not convert
 */
public record ObjectKey(
    String target,
    String sourceSchema,
    String sourceName,
    String sourceKind,
    String targetKind,
    String targetName) {

  public ObjectKey {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(targetKind, "targetKind");
    Objects.requireNonNull(targetName, "targetName");
  }

  /** The key of {@code o}, converted for {@code targetProduct}. */
  public static ObjectKey of(String targetProduct, ConvertedObject o) {
    ObjectRef s = o.source();
    String name = o.target() != null ? o.target().path() : s.path();
    return new ObjectKey(
        targetProduct, s.schema(), s.name(), s.kind().label(), o.kind().label(), name);
  }

  /** Whether this key's object comes from the source object {@code ref}. */
  public boolean comesFrom(ObjectRef ref) {
    return ref.name().equals(sourceName)
        && ref.kind().label().equals(sourceKind)
        && Objects.equals(ref.schema(), sourceSchema);
  }

  /** "kind schema.name", for messages. */
  public String describe() {
    return targetKind.replace('_', ' ').toLowerCase(Locale.ROOT) + " " + targetName;
  }
}
