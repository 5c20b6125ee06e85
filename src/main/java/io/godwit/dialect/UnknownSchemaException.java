package io.godwit.dialect;

import io.godwit.dialect.DatabaseAccessException.Reason;
import java.util.List;

/** A schema the user asked for does not exist. */
public final class UnknownSchemaException {

  private UnknownSchemaException() {}

  /** The failure for {@code missing}, listing what does exist. */
  public static DatabaseAccessException of(List<String> missing, List<String> available) {
    String what = missing.size() == 1 ? "schema '" + missing.get(0) + "'" : "schemas " + missing;
    String known = available.isEmpty() ? "none" : String.join(", ", available);
    return new DatabaseAccessException(
        Reason.UNKNOWN_SCHEMA, what + " not found (available: " + known + ")", null);
  }
}
