package io.godwit.load.mapping;

import java.util.List;

/**
 * A table-mapping document in the form of AWS DMS: selection rules choose tables (and filter their
 * rows), transformation rules rename and reshape, table-settings rules split tables for parallel
 * loading.
 */
public record TableMapping(List<Rule> rules) {

  public TableMapping {
    rules = List.copyOf(rules);
  }

  /** A rule of any type. */
  public sealed interface Rule permits Selection, Transformation, TableSettings {
    String id();

    String name();
  }

  /** Selection actions. */
  public enum SelectionAction {
    INCLUDE("include"),
    EXCLUDE("exclude"),
    EXPLICIT("explicit");

    private final String json;

    SelectionAction(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  /**
   * Chooses tables: {@code include}/{@code explicit} add the matching tables, {@code exclude}
   * removes them; {@code filters} keep only the rows that pass.
   */
  public record Selection(
      String id,
      String name,
      NamePattern schema,
      NamePattern table,
      SelectionAction action,
      List<Filter> filters,
      Integer loadOrder)
      implements Rule {
    public Selection {
      filters = filters == null ? List.of() : List.copyOf(filters);
    }
  }

  /** Conditions on one column; a row passes when any condition holds. */
  public record Filter(String column, List<FilterCondition> conditions) {
    public Filter {
      conditions = List.copyOf(conditions);
    }
  }

  /** DMS filter operators. */
  public enum FilterOperator {
    STE("ste"),
    GTE("gte"),
    EQ("eq"),
    NOTEQ("noteq"),
    BETWEEN("between"),
    NOTBETWEEN("notbetween"),
    NULL("null"),
    NOTNULL("notnull");

    private final String json;

    FilterOperator(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  /**
   * One filter condition; {@code value} for comparisons, {@code start}/{@code end} for (not)
   * between, none for (not) null.
   */
  public record FilterCondition(FilterOperator operator, String value, String start, String end) {}

  /** What a transformation rule applies to. */
  public enum RuleTarget {
    SCHEMA("schema"),
    TABLE("table"),
    COLUMN("column");

    private final String json;

    RuleTarget(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  /** The transformation actions Godwit applies. */
  public enum TransformAction {
    RENAME("rename"),
    CONVERT_LOWERCASE("convert-lowercase"),
    CONVERT_UPPERCASE("convert-uppercase"),
    ADD_PREFIX("add-prefix"),
    REMOVE_PREFIX("remove-prefix"),
    REPLACE_PREFIX("replace-prefix"),
    ADD_SUFFIX("add-suffix"),
    REMOVE_SUFFIX("remove-suffix"),
    REPLACE_SUFFIX("replace-suffix"),
    REMOVE_COLUMN("remove-column"),
    CHANGE_DATA_TYPE("change-data-type");

    private final String json;

    TransformAction(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  /** A DMS data type for change-data-type ({@code string}, {@code int8}, {@code numeric}...). */
  public record DataTypeSpec(String type, Integer length, Integer precision, Integer scale) {}

  /**
   * Renames or reshapes the matching schemas, tables or columns (matched by their source names).
   */
  public record Transformation(
      String id,
      String name,
      RuleTarget target,
      NamePattern schema,
      NamePattern table,
      NamePattern column,
      TransformAction action,
      String value,
      String oldValue,
      DataTypeSpec dataType)
      implements Rule {}

  /** How a table is split for parallel loading. */
  public enum ParallelType {
    /** One segment: the whole table. */
    NONE("none"),
    /** Segments between the given boundaries of the given columns. */
    RANGES("ranges"),
    /** Godwit's automatic split by integer primary key ranges (the default for big tables). */
    KEY_RANGES_AUTO("godwit-key-ranges-auto");

    private final String json;

    ParallelType(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  /**
   * A table's parallel-load setting. For ranges, each boundary is one value per column, as text;
   * segment i holds the rows after boundary i-1 up to and including boundary i.
   */
  public record ParallelLoad(
      ParallelType type, List<String> columns, List<List<String>> boundaries, Long rowsPerSegment) {
    public ParallelLoad {
      columns = columns == null ? List.of() : List.copyOf(columns);
      boundaries = boundaries == null ? List.of() : boundaries.stream().map(List::copyOf).toList();
    }
  }

  /** Settings for one table (no wildcards). */
  public record TableSettings(
      String id, String name, String schema, String table, ParallelLoad parallelLoad)
      implements Rule {}
}
