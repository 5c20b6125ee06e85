package io.godwit.dialect.oracle;

import io.godwit.dialect.CatalogBuilder;
import io.godwit.dialect.Row;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.DbPackage;
import io.godwit.model.ObjectKind;
import io.godwit.model.Origin;
import io.godwit.model.Parameter;
import io.godwit.model.ParameterMode;
import io.godwit.model.ReadProblem;
import io.godwit.model.Routine;
import io.godwit.model.RoutineKind;
import io.godwit.model.Synonym;
import io.godwit.model.Trigger;
import io.godwit.model.TypeKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the Oracle catalog that is stored code or names for things: PL/SQL source (one
 * ALL_SOURCE query for routines, packages, types and triggers), routine parameters, object and
 * collection types, triggers and synonyms.
 */
final class OracleCodeReader {

  static final String WRAPPED = "wrapped PL/SQL: the source is obfuscated and cannot be read";
  static final String NOT_VISIBLE =
      "the source is not visible to this user (needs to own the object, EXECUTE on it or"
          + " CREATE ANY TRIGGER for triggers)";

  private static final String SOURCE =
      """
      select owner, name, type, text
        from all_source
       where owner in %s
         and type in ('PROCEDURE', 'FUNCTION', 'PACKAGE', 'PACKAGE BODY', 'TYPE', 'TYPE BODY',
                      'TRIGGER')
         and name not like 'BIN$%%'
       order by owner, type, name, line
      """;

  /** Object and collection types, without the ones Oracle generates for PL/SQL. */
  private static final String TYPES =
      """
      select t.owner, t.type_name, t.typecode, c.coll_type, c.upper_bound, c.elem_type_mod,
             c.elem_type_owner, c.elem_type_name, c.length as elem_length,
             c.precision as elem_precision, c.scale as elem_scale, c.char_used as elem_char_used
        from all_types t
        join all_objects o
          on o.owner = t.owner and o.object_name = t.type_name and o.object_type = 'TYPE'
        left join all_coll_types c on c.owner = t.owner and c.type_name = t.type_name
       where t.owner in %s
         and o.generated = 'N'
         and t.typecode in ('OBJECT', 'COLLECTION')
       order by t.owner, t.type_name
      """;

  private static final String TYPE_ATTRIBUTES =
      """
      select owner, type_name, attr_name, attr_type_mod, attr_type_owner, attr_type_name,
             length as attr_length, precision as attr_precision, scale as attr_scale,
             char_used
        from all_type_attrs
       where owner in %s
       order by owner, type_name, attr_no
      """;

  private static final String OBJECTS =
      """
      select owner, object_name, object_type
        from all_objects
       where owner in %s
         and object_type in ('PROCEDURE', 'FUNCTION', 'PACKAGE')
         and object_name not like 'BIN$%%'
       order by owner, object_name
      """;

  /** Parameters of stand-alone routines; position 0 is a function's result. */
  private static final String ARGUMENTS =
      """
      select owner, object_name, argument_name, position, in_out, data_type, type_owner,
             type_name, type_subname, pls_type, defaulted
        from all_arguments
       where owner in %s
         and package_name is null
         and data_level = 0
       order by owner, object_name, sequence
      """;

  private static final String TRIGGERS =
      """
      select owner, trigger_name, trigger_type, triggering_event, table_owner, base_object_type,
             table_name, when_clause, description, before_row, after_row, instead_of_row,
             trigger_body
        from all_triggers
       where owner in %s
         and trigger_name not like 'BIN$%%'
       order by owner, trigger_name
      """;

  /** UPDATE OF columns, in table column order (the view keeps no list order). */
  private static final String TRIGGER_COLUMNS =
      """
      select tc.trigger_owner, tc.trigger_name, tc.column_name
        from all_trigger_cols tc
        left join all_tab_cols c
          on c.owner = tc.table_owner and c.table_name = tc.table_name
         and c.column_name = tc.column_name
       where tc.trigger_owner in %s
         and tc.column_list = 'YES'
       order by tc.trigger_owner, tc.trigger_name, c.column_id
      """;

  /** The schemas' own synonyms and the PUBLIC synonyms that point into them. */
  private static final String SYNONYMS =
      """
      select owner, synonym_name, table_owner, table_name, db_link
        from all_synonyms
       where owner in %s
      union all
      select owner, synonym_name, table_owner, table_name, db_link
        from all_synonyms
       where owner = 'PUBLIC'
         and table_owner in %s
      """;

  private final OracleScope scope;
  private final CatalogBuilder b;
  private final OracleSources sources = new OracleSources();

  OracleCodeReader(OracleScope scope) {
    this.scope = scope;
    this.b = scope.builder();
  }

  /** Reads the stored source of every routine, package, type and trigger in one query. */
  void readSource() throws SQLException {
    scope
        .queries()
        .each(
            "source",
            SOURCE.formatted(scope.in()),
            r ->
                sources.add(
                    r.string("owner"), r.string("type"), r.string("name"), r.string("text")),
            scope.params());
  }

  /**
   * Declares object and collection types; their attributes follow in {@link #readTypeAttributes}.
   */
  void readTypes() throws SQLException {
    scope.queries().each("types", TYPES.formatted(scope.in()), this::type, scope.params());
  }

  private void type(Row r) throws SQLException {
    String owner = r.string("owner");
    String name = r.string("type_name");
    TypeKind kind = TypeKind.OBJECT;
    DataType element = null;
    Long limit = null;
    if ("COLLECTION".equals(r.string("typecode"))) {
      kind = "TABLE".equals(r.string("coll_type")) ? TypeKind.NESTED_TABLE : TypeKind.VARRAY;
      limit = kind == TypeKind.VARRAY ? r.longValue("upper_bound") : null;
      Long length = r.longValue("elem_length");
      element =
          OracleTypes.decode(
              r.string("elem_type_name"),
              r.string("elem_type_owner"),
              r.string("elem_type_mod"),
              length,
              r.integer("elem_precision"),
              r.integer("elem_scale"),
              length,
              r.string("elem_char_used"));
    }
    String spec = sources.statement(owner, "TYPE", name);
    String body = sources.statement(owner, "TYPE BODY", name);
    if (sources.isWrapped(owner, "TYPE", name) || sources.isWrapped(owner, "TYPE BODY", name)) {
      b.problem(owner, new ReadProblem(ObjectKind.TYPE, name, WRAPPED));
    }
    String definition = spec == null || body == null ? spec : spec + "\n/\n" + body;
    b.type(owner, name, kind, element, limit, List.of(), definition);
  }

  void readTypeAttributes() throws SQLException {
    scope
        .queries()
        .each(
            "type attributes",
            TYPE_ATTRIBUTES.formatted(scope.in()),
            r -> {
              Long length = r.longValue("attr_length");
              DataType type =
                  OracleTypes.decode(
                      r.string("attr_type_name"),
                      r.string("attr_type_owner"),
                      r.string("attr_type_mod"),
                      length,
                      r.integer("attr_precision"),
                      r.integer("attr_scale"),
                      length,
                      r.string("char_used"));
              b.column(
                  r.string("owner"), r.string("type_name"), Column.of(r.string("attr_name"), type));
            },
            scope.params());
  }

  /** Stand-alone procedures and functions with their parameters, and packages. */
  void readRoutinesAndPackages() throws SQLException {
    Map<List<String>, List<ArgumentRow>> arguments = new HashMap<>();
    scope
        .queries()
        .each(
            "routine parameters",
            ARGUMENTS.formatted(scope.in()),
            r ->
                arguments
                    .computeIfAbsent(
                        List.of(r.string("owner"), r.string("object_name")), k -> new ArrayList<>())
                    .add(ArgumentRow.of(r)),
            scope.params());
    scope
        .queries()
        .each(
            "routines and packages",
            OBJECTS.formatted(scope.in()),
            r -> {
              String owner = r.string("owner");
              String name = r.string("object_name");
              String type = r.string("object_type");
              if (type.equals("PACKAGE")) {
                dbPackage(owner, name);
              } else {
                routine(owner, name, type, arguments.getOrDefault(List.of(owner, name), List.of()));
              }
            },
            scope.params());
  }

  private void dbPackage(String owner, String name) {
    String spec = sources.statement(owner, "PACKAGE", name);
    String body = sources.statement(owner, "PACKAGE BODY", name);
    if (sources.isWrapped(owner, "PACKAGE", name)
        || sources.isWrapped(owner, "PACKAGE BODY", name)) {
      b.problem(owner, new ReadProblem(ObjectKind.PACKAGE, name, WRAPPED));
    } else if (spec == null) {
      b.problem(owner, new ReadProblem(ObjectKind.PACKAGE, name, NOT_VISIBLE));
    }
    b.dbPackage(owner, new DbPackage(name, spec, body, Origin.catalog()));
  }

  private void routine(String owner, String name, String type, List<ArgumentRow> arguments) {
    boolean procedure = type.equals("PROCEDURE");
    ObjectKind kind = procedure ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION;
    String text = sources.text(owner, type, name);
    String source = sources.statement(owner, type, name);
    if (text != null && source == null) {
      b.problem(owner, new ReadProblem(kind, name, WRAPPED));
    } else if (text == null) {
      b.problem(owner, new ReadProblem(kind, name, NOT_VISIBLE));
    }
    Map<String, String> defaults = OracleSourceText.parameterDefaults(source);
    List<Parameter> parameters = new ArrayList<>();
    DataType result = null;
    for (ArgumentRow a : arguments) {
      if (a.position() == 0) {
        result = a.type();
      } else if (a.name() != null || a.dataType() != null) {
        // A routine without parameters has one row with neither name nor type.
        parameters.add(
            new Parameter(
                a.name(), a.mode(), a.type(), a.defaulted() ? defaults.get(a.name()) : null));
      }
    }
    b.routine(
        owner,
        new Routine(
            name,
            procedure ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
            parameters,
            procedure ? null : result,
            "plsql",
            source,
            Origin.catalog()));
  }

  /** One row of ALL_ARGUMENTS. */
  private record ArgumentRow(
      String name,
      int position,
      ParameterMode mode,
      String dataType,
      DataType type,
      boolean defaulted) {

    static ArgumentRow of(Row r) throws SQLException {
      String inOut = r.string("in_out");
      ParameterMode mode =
          "OUT".equals(inOut)
              ? ParameterMode.OUT
              : "IN/OUT".equals(inOut) ? ParameterMode.IN_OUT : ParameterMode.IN;
      Integer position = r.integer("position");
      return new ArgumentRow(
          r.string("argument_name"),
          position == null ? -1 : position,
          mode,
          r.string("data_type"),
          OracleTypes.argument(
              r.string("data_type"),
              r.string("type_owner"),
              r.string("type_name"),
              r.string("type_subname"),
              r.string("pls_type")),
          r.bool("defaulted"));
    }
  }

  void readTriggers() throws SQLException {
    Map<List<String>, List<String>> updateColumns = new HashMap<>();
    scope
        .queries()
        .each(
            "trigger columns",
            TRIGGER_COLUMNS.formatted(scope.in()),
            r -> {
              List<String> cols =
                  updateColumns.computeIfAbsent(
                      List.of(r.string("trigger_owner"), r.string("trigger_name")),
                      k -> new ArrayList<>());
              if (!cols.contains(r.string("column_name"))) {
                cols.add(r.string("column_name"));
              }
            },
            scope.params());
    scope
        .queries()
        .each(
            "triggers",
            TRIGGERS.formatted(scope.in()),
            r -> trigger(r, updateColumns),
            scope.params());
  }

  private void trigger(Row r, Map<List<String>, List<String>> updateColumns) throws SQLException {
    String owner = r.string("owner");
    String name = r.string("trigger_name");
    String description = r.string("description");
    String when = OracleCatalogReader.strip(r.string("when_clause"));
    String storedBody = r.string("trigger_body");
    OracleTriggerKind kind =
        OracleTriggerKind.decode(
            r.string("trigger_type"),
            r.string("triggering_event"),
            r.string("base_object_type"),
            r.bool("before_row") || r.bool("after_row") || r.bool("instead_of_row"));
    String body = sources.statement(owner, "TRIGGER", name);
    if (body == null && description != null && storedBody != null) {
      // Not in ALL_SOURCE for this user: rebuild the statement as ALL_TRIGGERS documents it.
      body =
          OracleSources.CREATE
              + "TRIGGER "
              + description.stripTrailing()
              + "\n"
              + (when == null ? "" : "WHEN (" + when + ")\n")
              + storedBody;
    }
    if (body == null) {
      b.problem(owner, new ReadProblem(ObjectKind.TRIGGER, name, NOT_VISIBLE));
    }
    b.trigger(
        owner,
        new Trigger(
            name,
            kind.system() ? null : r.string("table_owner"),
            kind.system() ? null : r.string("table_name"),
            kind.timing(),
            kind.events(),
            updateColumns.getOrDefault(List.of(owner, name), List.of()),
            kind.level(),
            when,
            body,
            Origin.catalog()));
  }

  void readSynonyms() throws SQLException {
    String in = scope.in();
    scope
        .queries()
        .each(
            "synonyms",
            SYNONYMS.formatted(in, in),
            r -> {
              boolean isPublic = "PUBLIC".equals(r.string("owner"));
              String schema = isPublic ? r.string("table_owner") : r.string("owner");
              b.synonym(
                  schema,
                  new Synonym(
                      r.string("synonym_name"),
                      isPublic,
                      r.string("table_owner"),
                      r.string("table_name"),
                      r.string("db_link"),
                      Origin.catalog()));
            },
            scope.params(2));
  }
}
