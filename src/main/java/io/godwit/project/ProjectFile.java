package io.godwit.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.TargetNaming;
import java.time.Duration;
import java.util.List;

/**
 * The project file, {@code godwit-project.json}: where the source is, which target the project
 * converts to, the conversion settings, and the list of objects whose converted SQL the user edited
 * (their text lives beside it in {@code edits/}). Field names are documented in
 * docs/project-format.md and only change with {@link #FORMAT_VERSION}.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the version of this layout
 * @param godwitVersion the Godwit that last saved the project
 * @param name the project's name for people
 * @param source the source database or scripts
 * @param target the target product and, when one is configured, its server
 * @param settings conversion settings
 * @param edits objects whose converted SQL was edited by hand
 */
public record ProjectFile(
    String format,
    int formatVersion,
    String godwitVersion,
    String name,
    SourceSettings source,
    TargetSettings target,
    ConversionSettings settings,
    List<EditEntry> edits) {

  public static final String FORMAT = "godwit-project";
  public static final int FORMAT_VERSION = 1;

  public ProjectFile {
    if (name == null || name.isBlank()) {
      name = "Untitled";
    }
    source = source == null ? SourceSettings.none() : source;
    target = target == null ? TargetSettings.offline("postgresql") : target;
    settings = settings == null ? ConversionSettings.defaults() : settings;
    edits = edits == null ? List.of() : List.copyOf(edits);
  }

  /** A new, empty project. */
  public static ProjectFile create(String name, String godwitVersion) {
    return new ProjectFile(
        FORMAT, FORMAT_VERSION, godwitVersion, name, null, null, null, List.of());
  }

  public ProjectFile withName(String newName) {
    return new ProjectFile(
        format, formatVersion, godwitVersion, newName, source, target, settings, edits);
  }

  public ProjectFile withSource(SourceSettings newSource) {
    return new ProjectFile(
        format, formatVersion, godwitVersion, name, newSource, target, settings, edits);
  }

  public ProjectFile withTarget(TargetSettings newTarget) {
    return new ProjectFile(
        format, formatVersion, godwitVersion, name, source, newTarget, settings, edits);
  }

  public ProjectFile withSettings(ConversionSettings newSettings) {
    return new ProjectFile(
        format, formatVersion, godwitVersion, name, source, target, newSettings, edits);
  }

  /** The converter's options of this project. */
  public ConvertOptions convertOptions() {
    return settings.toOptions(target.version());
  }

  /** This file as saved by {@code version}, with these edits. */
  public ProjectFile savedBy(String version, List<EditEntry> newEdits) {
    return new ProjectFile(
        FORMAT, FORMAT_VERSION, version, name, source, target, settings, newEdits);
  }

  /**
   * Where the source is: script files and folders, or a live database.
   *
   * @param product the source product id ({@code oracle}, {@code sqlserver}, {@code mysql}, {@code
   *     postgresql}), or null when no source is set
   * @param scripts script files and folders; relative paths are relative to the project folder
   * @param connection the live database, when the source is not scripts
   * @param schemas the schemas to read from the live database (empty: every user schema)
   */
  public record SourceSettings(
      String product, List<String> scripts, ConnectionSettings connection, List<String> schemas) {

    public SourceSettings {
      scripts = scripts == null ? List.of() : List.copyOf(scripts);
      schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** No source yet. */
    public static SourceSettings none() {
      return new SourceSettings(null, List.of(), null, List.of());
    }

    /** Scripts of {@code product}. */
    public static SourceSettings scripts(String product, List<String> paths) {
      return new SourceSettings(product, paths, null, List.of());
    }

    /** A live database. */
    public static SourceSettings live(ConnectionSettings connection, List<String> schemas) {
      return new SourceSettings(connection.product(), List.of(), connection, schemas);
    }

    @JsonIgnore
    public boolean isEmpty() {
      return product == null;
    }

    @JsonIgnore
    public boolean isLive() {
      return connection != null;
    }
  }

  /**
   * The target.
   *
   * @param product the target product id the conversion writes for ({@code postgresql}, {@code
   *     mysql})
   * @param version the target version the output is written for, or null for the default
   * @param connection the target server, or null when working offline
   */
  public record TargetSettings(String product, String version, ConnectionSettings connection) {

    public TargetSettings {
      if (product == null || product.isBlank()) {
        product = "postgresql";
      }
    }

    /** Converting for {@code product} with no server. */
    public static TargetSettings offline(String product) {
      return new TargetSettings(product, null, null);
    }
  }

  /**
   * Conversion settings; the same as the options of {@code godwit convert}.
   *
   * @param keepCase keep the source's spelling of names instead of folding them to lower case
   * @param schemaTemplate target schema of a source schema ({@code {schema}}, {@code
   *     {db}_{schema}}), or null for the default
   * @param packageSchemaTemplate target schema of an Oracle package, or null for the default
   * @param keysAsBigint map unconstrained NUMBER key columns to bigint
   * @param resultSetsAsRefcursor return T-SQL result sets as refcursor parameters
   * @param objectTimeoutSeconds the most time one object may take
   */
  public record ConversionSettings(
      boolean keepCase,
      String schemaTemplate,
      String packageSchemaTemplate,
      boolean keysAsBigint,
      boolean resultSetsAsRefcursor,
      int objectTimeoutSeconds) {

    public ConversionSettings {
      objectTimeoutSeconds = objectTimeoutSeconds <= 0 ? 10 : objectTimeoutSeconds;
    }

    public static ConversionSettings defaults() {
      return new ConversionSettings(false, null, null, false, false, 10);
    }

    /** The converter's options for these settings and {@code targetVersion}. */
    public ConvertOptions toOptions(String targetVersion) {
      return new ConvertOptions(
          targetVersion,
          keepCase ? TargetNaming.CaseRule.KEEP : TargetNaming.CaseRule.LOWER,
          schemaTemplate,
          packageSchemaTemplate,
          keysAsBigint,
          resultSetsAsRefcursor
              ? ConvertOptions.ResultSets.REFCURSOR
              : ConvertOptions.ResultSets.SETOF,
          List.of(),
          Duration.ofSeconds(objectTimeoutSeconds));
    }
  }

  /**
   * One object whose converted SQL the user edited.
   *
   * @param key which object
   * @param file the file holding the edited SQL, relative to the project folder, '/'-separated
   * @param baseSha256 SHA-256 (hex) of the generated SQL the edit started from, so a later
   *     conversion that changes it can be noticed
   */
  public record EditEntry(ObjectKey key, String file, String baseSha256) {}
}
