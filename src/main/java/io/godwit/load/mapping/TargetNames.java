package io.godwit.load.mapping;

import java.util.Locale;

/**
 * Godwit's default target naming: the name a schema, table or column gets on the target when no
 * rule names it. Names are folded to lower case, which is how Godwit's converter names what it
 * creates on PostgreSQL and MySQL. This is the one place that decides it; the converter's naming
 * rules will take its place.
 */
public final class TargetNames {

  private TargetNames() {}

  /** The default target spelling of a source name. */
  public static String fold(String sourceName) {
    return sourceName.toLowerCase(Locale.ROOT);
  }
}
