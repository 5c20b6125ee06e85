package io.godwit.model;

/**
 * Where an object's text came from: a script file and line, or a database catalog.
 *
 * @param kind whether the object was read from a catalog or a file
 * @param file the script path as given by the user, or {@code null} for the catalog
 * @param line 1-based line of the object's first token in {@code file}, or 0
 * @param column 1-based column of the first token, or 0
 */
public record Origin(Kind kind, String file, int line, int column) {

  /** The two places an object can come from. */
  public enum Kind {
    CATALOG,
    FILE
  }

  private static final Origin CATALOG = new Origin(Kind.CATALOG, null, 0, 0);

  public Origin {
    if (kind == null) {
      throw new IllegalArgumentException("origin kind is required");
    }
    if (kind == Kind.FILE && file == null) {
      throw new IllegalArgumentException("a file origin needs a file");
    }
  }

  /** An object read from a live catalog. */
  public static Origin catalog() {
    return CATALOG;
  }

  /** An object read from {@code file} at {@code line}:{@code column}. */
  public static Origin file(String file, int line, int column) {
    return new Origin(Kind.FILE, file, line, column);
  }

  /** "file:line" or "catalog", for messages. */
  public String describe() {
    return kind == Kind.CATALOG ? "catalog" : file + ":" + line;
  }
}
