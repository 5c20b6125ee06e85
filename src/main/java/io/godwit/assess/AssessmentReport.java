package io.godwit.assess;

import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import java.util.List;

/**
 * The assessment of one conversion: what converts automatically, what does not, and how long the
 * rest takes. Every exporter writes this model; its JSON form is documented by
 * docs/assessment.schema.json and only changes with {@link #FORMAT_VERSION}.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the version of this shape
 * @param godwitVersion the Godwit that wrote it
 * @param generatedAt when, as an ISO-8601 date-time with offset
 * @param source what was assessed
 * @param target what it was assessed for
 * @param summary the executive summary
 * @param objectTypes one row per object kind met, in the order the kinds run on the target
 * @param actionItems one row per distinct action-item code, gravest first
 * @param objects one row per source object, unreadable ones included, in run order
 * @param unreadable what could not be read or parsed; also counted among {@code objects}
 * @param verification the result of applying the output to a target, or null when not applied
 * @param effortModel the assumptions the efforts rest on
 */
public record AssessmentReport(
    String format,
    int formatVersion,
    String godwitVersion,
    String generatedAt,
    Source source,
    Target target,
    Summary summary,
    List<TypeRow> objectTypes,
    List<ActionItemRow> actionItems,
    List<ObjectRow> objects,
    List<Unreadable> unreadable,
    Verification verification,
    Assumptions effortModel) {

  public static final String FORMAT = "godwit-assessment";
  public static final int FORMAT_VERSION = 1;

  public AssessmentReport {
    objectTypes = List.copyOf(objectTypes);
    actionItems = List.copyOf(actionItems);
    objects = List.copyOf(objects);
    unreadable = List.copyOf(unreadable);
  }

  /** Storage objects, code objects, and the objects that are neither. */
  public enum Group {
    STORAGE,
    CODE,
    OTHER;

    public static Group of(UnitKind kind) {
      if (kind.isStorage()) {
        return STORAGE;
      }
      return kind.isCode() ? CODE : OTHER;
    }
  }

  /** Where an object stands. */
  public enum State {
    /** Converted automatically: no item needs action and, when applied, it ran. */
    CONVERTED,
    /** Converted with items that need action (or it failed on the target). */
    ACTIONS,
    /** No target SQL was produced. */
    FAILED,
    /** The source could not be read or parsed. */
    UNREADABLE
  }

  /**
   * The source.
   *
   * @param product the product id ({@code oracle})
   * @param productName the product for people ({@code Oracle Database})
   * @param version the server version when read live, else null
   * @param database the database name when known
   * @param schemas the schemas assessed
   * @param inputs the scripts or the URL (passwords masked) that were read
   */
  public record Source(
      String product,
      String productName,
      String version,
      String database,
      List<String> schemas,
      List<String> inputs) {

    public Source {
      schemas = List.copyOf(schemas);
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * The target.
   *
   * @param product the product id ({@code postgresql})
   * @param productName the product for people
   * @param version the target version the output was written for, when given
   */
  public record Target(String product, String productName, String version) {}

  /** A count and its share of a whole, in percent rounded to one decimal. */
  public record Share(int count, double percent) {}

  /**
   * The executive summary.
   *
   * @param storage tables, constraints, indexes and sequences
   * @param code views, materialized views, functions, procedures, packages, triggers and types
   * @param total every object, the other kinds (synonyms, scripts, ...) included
   * @param linesOfCode source lines of every object
   * @param actionItems occurrences of items that need action
   * @param distinctActionItems distinct codes that need action
   * @param unreadable objects that could not be read or parsed
   * @param complexity 1 (everything converts) to 10 (everything is complex); see the effort model
   * @param effort the total estimated effort
   */
  public record Summary(
      Figures storage,
      Figures code,
      Figures total,
      int linesOfCode,
      int actionItems,
      int distinctActionItems,
      int unreadable,
      int complexity,
      Effort effort) {}

  /**
   * The figures of a group of objects. An object counts once: as converted, or in the category of
   * the work it needs; unreadable and failed objects count in their category.
   */
  public record Figures(
      int objects,
      Share converted,
      Share simple,
      Share medium,
      Share complex,
      int lines,
      double effortHours) {}

  /**
   * Estimated effort in hours.
   *
   * @param hours everything
   * @param personDays {@code hours} divided by the hours of a person-day
   * @param reviewHours reviewing every object
   * @param actionHours resolving every action-item occurrence
   * @param learningHours learning each distinct code once
   */
  public record Effort(
      double hours,
      double personDays,
      double reviewHours,
      double actionHours,
      double learningHours) {}

  /**
   * One object kind.
   *
   * @param label the kind for people, plural ({@code Tables})
   */
  public record TypeRow(
      UnitKind kind,
      String label,
      Group group,
      int objects,
      Share converted,
      int simple,
      int medium,
      int complex,
      int lines,
      double effortHours) {}

  /**
   * One distinct action-item code.
   *
   * @param category the gravest category of its occurrences
   * @param occurrenceCount how many times it occurs
   * @param objectCount how many objects it occurs in
   * @param unitsPerOccurrence the catalog weight, in effort units
   * @param hoursPerOccurrence the same in hours
   * @param learningHours the one-time effort of learning to handle it
   * @param totalHours every occurrence plus the learning effort
   * @param occurrences every occurrence, in run order
   */
  public record ActionItemRow(
      String code,
      Category category,
      String title,
      String description,
      String recommendation,
      int occurrenceCount,
      int objectCount,
      double unitsPerOccurrence,
      double hoursPerOccurrence,
      double learningHours,
      double totalHours,
      List<Occurrence> occurrences) {

    public ActionItemRow {
      occurrences = List.copyOf(occurrences);
    }
  }

  /**
   * One occurrence of an action item.
   *
   * @param id unique in the report ({@code i17})
   * @param objectId the object's {@link ObjectRow#id}, or null for a problem of no object
   * @param object the object's path
   * @param objectKind the object's kind
   * @param category this occurrence's category
   * @param file the script, or null for catalog sources
   * @param line 1-based line in the source, or null
   * @param column 1-based column in the source, or null
   * @param message what happened here
   * @param excerpt the source text concerned, shortened
   * @param targetLine 1-based line in the object's target SQL, or null
   * @param context the source lines around it, when the object's text is known
   */
  public record Occurrence(
      String id,
      String objectId,
      String object,
      UnitKind objectKind,
      Category category,
      String file,
      Integer line,
      Integer column,
      String message,
      String excerpt,
      Integer targetLine,
      SourceLines context) {}

  /**
   * Consecutive lines of source text.
   *
   * @param firstLine the 1-based line number of the first
   * @param lines the lines, each shortened to 300 characters
   */
  public record SourceLines(int firstLine, List<String> lines) {

    public SourceLines {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One source object.
   *
   * @param id unique in the report ({@code o12})
   * @param path {@code schema.name}
   * @param lines its source lines (the statement's, once per statement)
   * @param category the category of the work it needs, or null when converted
   * @param actionItems occurrences that need action
   * @param infoItems informational occurrences
   * @param codes the distinct codes of its items, sorted
   * @param reviewHours the review effort of its kind and length
   * @param actionHours the effort of its items
   * @param effortHours the two together
   * @param file the script it comes from, or null
   * @param line its first line in the script, or null
   * @param target its path on the target, or null when it failed
   * @param verified how it fared on the target, or null when not applied
   * @param verifyError the target's error when it failed there
   */
  public record ObjectRow(
      String id,
      String schema,
      String name,
      String path,
      UnitKind kind,
      Group group,
      int lines,
      State state,
      Category category,
      int actionItems,
      int infoItems,
      List<String> codes,
      double reviewHours,
      double actionHours,
      double effortHours,
      String file,
      Integer line,
      String target,
      Execution.Status verified,
      String verifyError) {

    public ObjectRow {
      codes = List.copyOf(codes);
    }
  }

  /**
   * Something that could not be read or parsed.
   *
   * @param objectId its {@link ObjectRow#id}
   * @param reason why, for people
   */
  public record Unreadable(
      String objectId,
      String path,
      UnitKind kind,
      String code,
      String reason,
      String file,
      Integer line,
      Integer column,
      String excerpt) {}

  /**
   * The result of applying the output to a target.
   *
   * @param target where it was applied (passwords masked)
   * @param applied objects (and support files) that ran
   * @param failed those that failed
   * @param skipped those not tried
   * @param storage the storage objects' results
   * @param code the code objects' results
   * @param objects one row per object applied, in the order they ran
   */
  public record Verification(
      String target,
      int applied,
      int failed,
      int skipped,
      Verified storage,
      Verified code,
      List<VerifiedObject> objects) {

    public Verification {
      objects = List.copyOf(objects);
    }
  }

  /** Applied, failed and skipped objects of a group. */
  public record Verified(int applied, int failed, int skipped) {}

  /**
   * One object as it fared on the target.
   *
   * @param objectId its {@link ObjectRow#id}, or null for support files and objects this conversion
   *     does not hold
   * @param kind the target kind label, or {@code support}
   */
  public record VerifiedObject(
      String objectId,
      String path,
      String kind,
      String file,
      Execution.Status status,
      String error) {}

  /**
   * The effort model's assumptions, printed with every estimate.
   *
   * @param unitMinutes minutes per effort unit
   * @param hoursPerDay hours per person-day
   * @param simpleBelowHours the simple band's upper bound
   * @param complexFromHours the complex band's lower bound
   * @param review the review effort per kind, in units
   * @param notes the rules, as sentences
   */
  public record Assumptions(
      int unitMinutes,
      double hoursPerDay,
      double simpleBelowHours,
      double complexFromHours,
      List<KindReview> review,
      List<String> notes) {

    public Assumptions {
      review = List.copyOf(review);
      notes = List.copyOf(notes);
    }
  }

  /** The review effort of one kind, in units. */
  public record KindReview(UnitKind kind, double base, double per100Lines) {}
}
