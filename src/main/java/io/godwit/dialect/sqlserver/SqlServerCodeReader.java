package io.godwit.dialect.sqlserver;

import io.godwit.dialect.CatalogBuilder;
import io.godwit.dialect.Row;
import io.godwit.model.Column;
import io.godwit.model.DataType;
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
import io.godwit.model.UserType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the SQL Server catalog that is stored code or names for things: user-defined types,
 * procedures and functions with their parameters, triggers and synonyms.
 */
final class SqlServerCodeReader {

  /** Database-level (DDL) triggers belong to no schema; they are listed under this one. */
  static final String DATABASE_TRIGGER_SCHEMA = "dbo";

  private static final String TYPES =
      """
      select s.name as schema_name, t.name as type_name, t.is_table_type, t.is_assembly_type,
             bt.name as base_type_name, t.max_length, t.precision, t.scale
        from sys.types t
        join sys.schemas s on s.schema_id = t.schema_id
        left join sys.types bt on bt.user_type_id = t.system_type_id and t.is_table_type = 0
       where t.is_user_defined = 1
         and s.name in %s
       order by s.name, t.name
      """;

  private static final String ROUTINES =
      """
      select s.name as schema_name, o.name as routine_name, o.type as routine_type,
             objectproperty(o.object_id, 'IsEncrypted') as encrypted, m.definition
        from sys.objects o
        join sys.schemas s on s.schema_id = o.schema_id
        left join sys.sql_modules m on m.object_id = o.object_id
       where s.name in %s
         and o.type in ('P', 'FN', 'IF', 'TF')
         and o.is_ms_shipped = 0
       order by s.name, o.name
      """;

  /** Parameters; parameter_id 0 is a scalar function's result. */
  private static final String PARAMETERS =
      """
      select s.name as schema_name, o.name as routine_name, p.parameter_id,
             p.name as parameter_name, p.is_output, ty.name as type_name,
             tys.name as type_schema, ty.is_user_defined, bt.name as base_type_name,
             p.max_length, p.precision, p.scale
        from sys.parameters p
        join sys.objects o on o.object_id = p.object_id
        join sys.schemas s on s.schema_id = o.schema_id
        join sys.types ty on ty.user_type_id = p.user_type_id
        join sys.schemas tys on tys.schema_id = ty.schema_id
        left join sys.types bt on bt.user_type_id = ty.system_type_id
       where s.name in %s
         and o.type in ('P', 'FN', 'IF', 'TF')
         and o.is_ms_shipped = 0
       order by s.name, o.name, p.parameter_id
      """;

  /** DML triggers on tables and views of the schemas, and the database's DDL triggers. */
  private static final String TRIGGERS =
      """
      select tr.object_id, tr.name as trigger_name, tr.parent_class, tr.is_instead_of_trigger,
             ps.name as table_schema, po.name as table_name,
             objectproperty(tr.object_id, 'IsEncrypted') as encrypted, m.definition
        from sys.triggers tr
        left join sys.objects po on po.object_id = tr.parent_id and tr.parent_class = 1
        left join sys.schemas ps on ps.schema_id = po.schema_id
        left join sys.sql_modules m on m.object_id = tr.object_id
       where tr.is_ms_shipped = 0
         and (ps.name in %s or tr.parent_class = 0)
       order by tr.name
      """;

  /** The events of the triggers above. */
  private static final String TRIGGER_EVENTS =
      """
      select te.object_id, te.type_desc
        from sys.trigger_events te
        join sys.triggers tr on tr.object_id = te.object_id
        left join sys.objects po on po.object_id = tr.parent_id and tr.parent_class = 1
        left join sys.schemas ps on ps.schema_id = po.schema_id
       where tr.is_ms_shipped = 0
         and (ps.name in %s or tr.parent_class = 0)
      """;

  private static final String SYNONYMS =
      """
      select s.name as schema_name, sn.name as synonym_name, sn.base_object_name
        from sys.synonyms sn
        join sys.schemas s on s.schema_id = sn.schema_id
       where s.name in %s
       order by s.name, sn.name
      """;

  private final SqlServerScope scope;
  private final CatalogBuilder b;

  SqlServerCodeReader(SqlServerScope scope) {
    this.scope = scope;
    this.b = scope.builder();
  }

  /** Alias types, table types with their columns, and CLR types. */
  void readTypes() throws SQLException {
    Map<List<String>, List<Column>> tableTypeColumns = new HashMap<>();
    scope
        .queries()
        .each(
            "table type columns",
            SqlServerCatalogReader.TABLE_TYPE_COLUMNS.formatted(scope.in()),
            r ->
                tableTypeColumns
                    .computeIfAbsent(
                        List.of(r.string("schema_name"), r.string("object_name")),
                        k -> new ArrayList<>())
                    .add(SqlServerCatalogReader.column(r)),
            scope.params());
    scope
        .queries()
        .each(
            "types",
            TYPES.formatted(scope.in()),
            r -> {
              String schema = r.string("schema_name");
              String name = r.string("type_name");
              TypeKind kind;
              DataType base = null;
              if (r.bool("is_table_type")) {
                kind = TypeKind.TABLE_TYPE;
              } else if (r.bool("is_assembly_type")) {
                kind = TypeKind.OBJECT; // a CLR type: no attributes visible in the catalog
              } else {
                kind = TypeKind.ALIAS;
                base =
                    SqlServerTypes.system(
                        r.string("base_type_name"),
                        r.integer("max_length"),
                        r.integer("precision"),
                        r.integer("scale"));
              }
              b.userType(
                  schema,
                  new UserType(
                      name,
                      kind,
                      tableTypeColumns.getOrDefault(List.of(schema, name), List.of()),
                      base,
                      null,
                      List.of(),
                      null,
                      Origin.catalog()));
            },
            scope.params());
  }

  void readRoutines() throws SQLException {
    Map<List<String>, List<Parameter>> parameters = new HashMap<>();
    Map<List<String>, DataType> results = new HashMap<>();
    scope
        .queries()
        .each(
            "routine parameters",
            PARAMETERS.formatted(scope.in()),
            r -> {
              List<String> id = List.of(r.string("schema_name"), r.string("routine_name"));
              DataType type = SqlServerCatalogReader.type(r);
              if (r.integer("parameter_id") == 0) {
                results.put(id, type);
                return;
              }
              parameters
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new Parameter(
                          r.string("parameter_name"),
                          // An OUTPUT parameter also passes its value in.
                          r.bool("is_output") ? ParameterMode.IN_OUT : ParameterMode.IN,
                          type,
                          null));
            },
            scope.params());
    scope
        .queries()
        .each(
            "routines",
            ROUTINES.formatted(scope.in()),
            r -> {
              String schema = r.string("schema_name");
              String name = r.string("routine_name");
              List<String> id = List.of(schema, name);
              String type = r.trimmed("routine_type");
              boolean procedure = type.equals("P");
              String source = r.string("definition");
              if (source == null) {
                b.problem(
                    schema,
                    new ReadProblem(
                        procedure ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION,
                        name,
                        SqlServerCatalogReader.hiddenReason(r)));
              }
              DataType result = null;
              if (!procedure) {
                // Table-valued functions (inline IF, multi-statement TF) have no result row.
                result = results.getOrDefault(id, DataType.of("table"));
              }
              b.routine(
                  schema,
                  new Routine(
                      name,
                      procedure ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
                      parameters.getOrDefault(id, List.of()),
                      result,
                      "tsql",
                      source,
                      Origin.catalog()));
            },
            scope.params());
  }

  void readTriggers() throws SQLException {
    Map<Integer, List<String>> events = new HashMap<>();
    scope
        .queries()
        .each(
            "trigger events",
            TRIGGER_EVENTS.formatted(scope.in()),
            r ->
                events
                    .computeIfAbsent(r.integer("object_id"), k -> new ArrayList<>())
                    .add(r.string("type_desc")),
            scope.params());
    boolean databaseTriggers = scope.schemas().contains(DATABASE_TRIGGER_SCHEMA);
    scope
        .queries()
        .each(
            "triggers",
            TRIGGERS.formatted(scope.in()),
            r -> {
              SqlServerTriggerKind kind =
                  SqlServerTriggerKind.decode(
                      r.bool("is_instead_of_trigger"),
                      r.integer("parent_class"),
                      events.getOrDefault(r.integer("object_id"), List.of()));
              if (kind.system() && !databaseTriggers) {
                return;
              }
              String schema = kind.system() ? DATABASE_TRIGGER_SCHEMA : r.string("table_schema");
              trigger(schema, kind, r);
            },
            scope.params());
  }

  private void trigger(String schema, SqlServerTriggerKind kind, Row r) throws SQLException {
    String name = r.string("trigger_name");
    String body = r.string("definition");
    if (body == null) {
      b.problem(
          schema,
          new ReadProblem(ObjectKind.TRIGGER, name, SqlServerCatalogReader.hiddenReason(r)));
    }
    b.trigger(
        schema,
        new Trigger(
            name,
            kind.system() ? null : r.string("table_schema"),
            kind.system() ? null : r.string("table_name"),
            kind.timing(),
            kind.events(),
            List.of(),
            kind.level(),
            null,
            body,
            Origin.catalog()));
  }

  void readSynonyms() throws SQLException {
    scope
        .queries()
        .each(
            "synonyms",
            SYNONYMS.formatted(scope.in()),
            r -> {
              SqlServerNames.Target target = SqlServerNames.Target.of(r.string("base_object_name"));
              b.synonym(
                  r.string("schema_name"),
                  new Synonym(
                      r.string("synonym_name"),
                      false,
                      target.schema(),
                      target.object(),
                      target.server(),
                      target.database(),
                      Origin.catalog()));
            },
            scope.params());
  }
}
