package io.godwit.dialect.mysql;

import io.godwit.convert.ConvertOptions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The MySQL or MariaDB release the output is written for, and the MySQL back end's settings
 * (docs/conversion/mysql.md). The back end asks this record what the target can do instead of
 * comparing versions itself.
 *
 * @param mariadb whether the target is MariaDB
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch level
 * @param uuid how UUID values are stored
 * @param nativeSequences whether sequences are MariaDB sequences (else the table emulation)
 * @param packageRoutineTemplate the name of a package member: {@code {package}} and {@code
 *     {routine}} are replaced
 * @param collation the collation of created databases and tables, or null for the server's
 */
public record MySqlTarget(
    boolean mariadb,
    int major,
    int minor,
    int patch,
    Uuid uuid,
    boolean nativeSequences,
    String packageRoutineTemplate,
    String collation) {

  /** Storage of UUID values. */
  public enum Uuid {
    /** CHAR(36), the text form. */
    CHAR36,
    /** BINARY(16), the sixteen bytes. */
    BINARY16
  }

  /** The setting names this back end knows. */
  public static final Set<String> SETTINGS =
      Set.of("uuid", "sequences", "packageRoutineTemplate", "collation");

  /** The MySQL release a plain "8.0" stands for: the oldest 8.0 Godwit writes for. */
  static final int DEFAULT_PATCH = 23;

  /**
   * The target described by {@code options}.
   *
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public static MySqlTarget of(ConvertOptions options) {
    String version = options.targetVersion();
    String v =
        version == null || version.isBlank() ? "8.0" : version.strip().toLowerCase(Locale.ROOT);
    boolean mariadb = false;
    if (v.startsWith("mariadb-")) {
      mariadb = true;
      v = v.substring("mariadb-".length());
    } else if (v.startsWith("mysql-")) {
      v = v.substring("mysql-".length());
    }
    int[] parts = parseVersion(v, version);
    int major = parts[0];
    int minor = parts[1];
    int patch = parts[2] < 0 ? (mariadb ? 0 : DEFAULT_PATCH) : parts[2];
    if (!mariadb && major < 8) {
      throw new IllegalArgumentException(
          "target version " + version + ": the MySQL back end writes for MySQL 8.0 or later");
    }
    if (mariadb && (major < 10 || (major == 10 && minor < 6))) {
      throw new IllegalArgumentException(
          "target version " + version + ": the MySQL back end writes for MariaDB 10.6 or later");
    }
    Map<String, String> settings = options.targetSettings();
    for (String name : settings.keySet()) {
      if (!SETTINGS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown MySQL target setting '"
                + name
                + "' (known: uuid, sequences, packageRoutineTemplate, collation)");
      }
    }
    Uuid uuid =
        switch (settings.getOrDefault("uuid", "char36").toLowerCase(Locale.ROOT)) {
          case "char36" -> Uuid.CHAR36;
          case "binary16" -> Uuid.BINARY16;
          default ->
              throw new IllegalArgumentException(
                  "setting uuid: '" + settings.get("uuid") + "' is not char36 or binary16");
        };
    String sequences =
        settings.getOrDefault("sequences", mariadb ? "native" : "table").toLowerCase(Locale.ROOT);
    if (!sequences.equals("native") && !sequences.equals("table")) {
      throw new IllegalArgumentException(
          "setting sequences: '" + settings.get("sequences") + "' is not native or table");
    }
    if (sequences.equals("native") && !mariadb) {
      throw new IllegalArgumentException(
          "setting sequences: MySQL has no native sequences; use table, or a mariadb-"
              + " target version");
    }
    String template = settings.getOrDefault("packageRoutineTemplate", "{package}${routine}");
    if (!template.contains("{routine}")) {
      throw new IllegalArgumentException(
          "setting packageRoutineTemplate: '" + template + "' does not contain {routine}");
    }
    String collation = settings.get("collation");
    if (collation != null && !isWord(collation)) {
      throw new IllegalArgumentException(
          "setting collation: '" + collation + "' is not a collation name");
    }
    return new MySqlTarget(
        mariadb,
        major,
        minor,
        patch,
        uuid,
        sequences.equals("native"),
        template,
        collation == null ? null : collation.toLowerCase(Locale.ROOT));
  }

  /** major, minor, patch (-1 when not given). */
  private static int[] parseVersion(String v, String original) {
    int[] out = {0, 0, -1};
    int part = 0;
    int value = -1;
    for (int i = 0; i <= v.length(); i++) {
      char c = i < v.length() ? v.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 1000) {
          throw bad(original);
        }
      } else if (c == '.' && value >= 0 && part < 3) {
        out[part++] = value;
        value = -1;
      } else {
        throw bad(original);
      }
    }
    if (part < 2) {
      throw bad(original);
    }
    return out;
  }

  private static IllegalArgumentException bad(String original) {
    return new IllegalArgumentException(
        "target version '"
            + original
            + "' is not a MySQL or MariaDB version (8.0, 8.0.31, 8.4, mariadb-10.11, ...)");
  }

  private static boolean isWord(String s) {
    if (s.isEmpty() || s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private boolean atLeast(int maj, int min, int pat) {
    if (major != maj) {
      return major > maj;
    }
    if (minor != min) {
      return minor > min;
    }
    return patch >= pat;
  }

  /** INTERSECT and EXCEPT, with and without ALL (MySQL 8.0.31, MariaDB 10.5). */
  public boolean intersectExcept() {
    return mariadb || atLeast(8, 0, 31);
  }

  /** LATERAL derived tables (MySQL 8.0.14; not in MariaDB). */
  public boolean lateral() {
    return !mariadb && atLeast(8, 0, 14);
  }

  /** Functional key parts {@code ((expr))} in indexes (MySQL 8.0.13; not in MariaDB). */
  public boolean functionalIndexes() {
    return !mariadb;
  }

  /**
   * MariaDB's stored-program extensions: ROW and anchored (TYPE OF, ROW TYPE OF) variables, cursor
   * parameters and FOR loops over ranges and cursors.
   */
  public boolean nativeRows() {
    return mariadb;
  }

  /** INSERT ... RETURNING and DELETE ... RETURNING (MariaDB 10.5). */
  public boolean returning() {
    return mariadb;
  }

  /** FETCH FIRST n ROWS WITH TIES (MariaDB 10.6). */
  public boolean withTies() {
    return mariadb;
  }

  /** FOR UPDATE OF table (MySQL 8.0; MariaDB locks every table of the query). */
  public boolean forUpdateOf() {
    return !mariadb;
  }

  /** WITH before UPDATE and DELETE (MySQL 8.0; MariaDB only inside subqueries). */
  public boolean withOnChange() {
    return !mariadb;
  }

  /** NOT NULL on generated columns (MySQL; MariaDB rejects it). */
  public boolean generatedNotNull() {
    return !mariadb;
  }

  /** MySQL's regular-expression functions with position, occurrence and match-type arguments. */
  public boolean icuRegexp() {
    return !mariadb;
  }

  /** UUID_TO_BIN and BIN_TO_UUID (MySQL 8.0). */
  public boolean uuidToBin() {
    return !mariadb;
  }

  /** Whether GROUP_CONCAT's default limit (1024 bytes on MySQL) is worth an item. */
  public boolean shortGroupConcat() {
    return !mariadb;
  }

  /** The error number of a failed CHECK constraint. */
  public int checkViolationErrno() {
    return mariadb ? 4025 : 3819;
  }

  /** "MySQL 8.0.23", "MariaDB 10.11", for messages. */
  public String describe() {
    if (mariadb) {
      return "MariaDB " + major + "." + minor;
    }
    return "MySQL " + major + "." + minor + "." + patch;
  }
}
