package io.godwit.cli;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.TargetNaming;
import io.godwit.convert.types.TypeRule;
import io.godwit.convert.types.TypeRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** The conversion settings shared by convert and assess. */
final class ConvertOptionsMixin {

  /** How names are spelled on the target. */
  enum Case {
    lower,
    keep
  }

  /** How a procedure's result sets are returned. */
  enum ResultSets {
    setof,
    refcursor
  }

  @Option(
      names = "--type-map",
      paramLabel = "FILE",
      description =
          "Type-mapping rules (JSON) tried before the built-in ones; see docs/type-mapping.md.")
  Path typeMap;

  @Option(
      names = "--keys-as-bigint",
      description = "Map unconstrained NUMBER columns of primary and foreign keys to bigint.")
  boolean keysAsBigint;

  @Option(
      names = "--case",
      paramLabel = "RULE",
      defaultValue = "lower",
      description = "lower (fold names to lower case) or keep (keep the source's spelling).")
  Case caseRule;

  @Option(
      names = "--schema-template",
      paramLabel = "TEMPLATE",
      description = "Target schema of a source schema: {schema} (default) or {db}_{schema}.")
  String schemaTemplate;

  @Option(
      names = "--package-schema-template",
      paramLabel = "TEMPLATE",
      description =
          "Target schema of an Oracle package: {package} (default) or {schema}_{package}.")
  String packageSchemaTemplate;

  @Option(
      names = "--result-sets",
      paramLabel = "FORM",
      defaultValue = "setof",
      description = "setof or refcursor: how T-SQL procedures return rows on PostgreSQL.")
  ResultSets resultSets;

  @Option(
      names = "--target-version",
      paramLabel = "VERSION",
      description =
          "Target version the output is written for: 15 (PostgreSQL), 8.0 or mariadb-10.11 (MySQL).")
  String targetVersion;

  @Option(
      names = "--object-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "The most time one object may take to convert (default ${DEFAULT-VALUE}).")
  int objectTimeout;

  ConvertOptions toOptions() {
    List<TypeRule> rules = List.of();
    if (typeMap != null) {
      try (InputStream in = Files.newInputStream(typeMap)) {
        rules = TypeRules.read(in, typeMap.toString());
      } catch (IOException e) {
        throw new UserError("cannot use type map " + typeMap + ": " + e.getMessage());
      }
    }
    return new ConvertOptions(
        targetVersion,
        caseRule == Case.keep ? TargetNaming.CaseRule.KEEP : TargetNaming.CaseRule.LOWER,
        schemaTemplate,
        packageSchemaTemplate,
        keysAsBigint,
        resultSets == ResultSets.refcursor
            ? ConvertOptions.ResultSets.REFCURSOR
            : ConvertOptions.ResultSets.SETOF,
        rules,
        Duration.ofSeconds(Math.max(1, objectTimeout)));
  }
}
