package io.godwit.convert;

import io.godwit.convert.types.TypeRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings of a conversion.
 *
 * @param targetVersion the target product version the output is written for ({@code 15}, {@code
 *     8.0}, {@code mariadb-10.11})
 * @param caseRule how case-insensitive source names are spelled on the target
 * @param schemaTemplate the target schema of a source schema: {@code {schema}} or, for SQL Server,
 *     {@code {db}_{schema}}
 * @param packageSchemaTemplate the target schema of an Oracle package: {@code {package}} or {@code
 *     {schema}_{package}}
 * @param keysAsBigint map unconstrained NUMBER columns used in primary and foreign keys to bigint
 * @param resultSets how a T-SQL procedure returning rows is rendered: SETOF (a set-returning
 *     function) or REFCURSOR (an INOUT refcursor parameter)
 * @param typeRules the user's type-mapping rules, tried before the source dialect's
 * @param objectTimeBudget the most time one object may take
 * @param targetSettings the target back end's own settings by name (for MySQL: {@code uuid}, {@code
 *     sequences}, {@code packageRoutineTemplate}, {@code collation}; see docs/conversion/mysql.md);
 *     a back end rejects names and values it does not know
 */
public record ConvertOptions(
    String targetVersion,
    TargetNaming.CaseRule caseRule,
    String schemaTemplate,
    String packageSchemaTemplate,
    boolean keysAsBigint,
    ResultSets resultSets,
    List<TypeRule> typeRules,
    Duration objectTimeBudget,
    Map<String, String> targetSettings) {

  /** How a procedure's result sets are returned. */
  public enum ResultSets {
    SETOF,
    REFCURSOR
  }

  public ConvertOptions {
    caseRule = caseRule == null ? TargetNaming.CaseRule.LOWER : caseRule;
    schemaTemplate = schemaTemplate == null ? "{schema}" : schemaTemplate;
    packageSchemaTemplate = packageSchemaTemplate == null ? "{package}" : packageSchemaTemplate;
    resultSets = resultSets == null ? ResultSets.SETOF : resultSets;
    typeRules = typeRules == null ? List.of() : List.copyOf(typeRules);
    objectTimeBudget = objectTimeBudget == null ? Duration.ofSeconds(10) : objectTimeBudget;
    targetSettings = targetSettings == null ? Map.of() : Map.copyOf(targetSettings);
  }

  /** The options without target settings. */
  public ConvertOptions(
      String targetVersion,
      TargetNaming.CaseRule caseRule,
      String schemaTemplate,
      String packageSchemaTemplate,
      boolean keysAsBigint,
      ResultSets resultSets,
      List<TypeRule> typeRules,
      Duration objectTimeBudget) {
    this(
        targetVersion,
        caseRule,
        schemaTemplate,
        packageSchemaTemplate,
        keysAsBigint,
        resultSets,
        typeRules,
        objectTimeBudget,
        null);
  }

  /** These options for another target version. */
  public ConvertOptions withTargetVersion(String version) {
    return new ConvertOptions(
        version,
        caseRule,
        schemaTemplate,
        packageSchemaTemplate,
        keysAsBigint,
        resultSets,
        typeRules,
        objectTimeBudget,
        targetSettings);
  }

  /** These options with the target setting {@code name} set to {@code value}. */
  public ConvertOptions withTargetSetting(String name, String value) {
    Map<String, String> settings = new TreeMap<>(targetSettings);
    settings.put(name, value);
    return new ConvertOptions(
        targetVersion,
        caseRule,
        schemaTemplate,
        packageSchemaTemplate,
        keysAsBigint,
        resultSets,
        typeRules,
        objectTimeBudget,
        settings);
  }

  /** The defaults. */
  public static ConvertOptions defaults() {
    return new ConvertOptions(null, null, null, null, false, null, null, null);
  }
}
