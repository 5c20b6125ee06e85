package io.godwit.convert;

import io.godwit.convert.types.TypeRule;
import java.time.Duration;
import java.util.List;

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
 */
public record ConvertOptions(
    String targetVersion,
    TargetNaming.CaseRule caseRule,
    String schemaTemplate,
    String packageSchemaTemplate,
    boolean keysAsBigint,
    ResultSets resultSets,
    List<TypeRule> typeRules,
    Duration objectTimeBudget) {

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
  }

  /** The defaults. */
  public static ConvertOptions defaults() {
    return new ConvertOptions(null, null, null, null, false, null, null, null);
  }
}
