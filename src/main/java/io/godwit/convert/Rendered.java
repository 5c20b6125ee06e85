package io.godwit.convert;

import java.util.Set;

/**
 * A back end's output for one object.
 *
 * @param target the object as the target names it
 * @param table for indexes, constraints and triggers: the target table they belong to
 * @param sql the statements, each terminated, ready for a script
 * @param support the back end's support objects this text calls (see {@link BackEnd#support})
 */
public record Rendered(ObjectRef target, String table, String sql, Set<String> support) {

  public Rendered {
    support = support == null ? Set.of() : Set.copyOf(support);
  }
}
