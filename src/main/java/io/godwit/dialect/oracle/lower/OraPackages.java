package io.godwit.dialect.oracle.lower;

import io.godwit.ir.SqlType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the package specifications (and bodies) of a conversion declare, so that references to
 * package members from anywhere can be told apart: variables and constants (package state),
 * routines, cursors, exceptions and types.
 */
final class OraPackages {

  /** One package's members, by upper-case name. */
  static final class Members {
    final String schema;
    final String name;
    final Map<String, SqlType> variables = new HashMap<>();
    final Set<String> routines = new TreeSet<>();
    final Set<String> types = new TreeSet<>();
    final Map<String, Integer> exceptions = new HashMap<>();

    Members(String schema, String name) {
      this.schema = schema;
      this.name = name;
    }
  }

  private final Map<String, Members> byName = new HashMap<>();

  /** The members of package {@code name} (in {@code schema}, or in any schema when null). */
  Members get(String schema, String name) {
    Members m = byName.get(key(schema, name));
    if (m == null && schema == null) {
      for (Members candidate : byName.values()) {
        if (candidate.name.equalsIgnoreCase(name)) {
          return candidate;
        }
      }
    }
    return m;
  }

  Members declare(String schema, String name) {
    return byName.computeIfAbsent(key(schema, name), k -> new Members(schema, name));
  }

  private static String key(String schema, String name) {
    return (schema == null ? "" : schema.toUpperCase(Locale.ROOT))
        + "."
        + name.toUpperCase(Locale.ROOT);
  }
}
