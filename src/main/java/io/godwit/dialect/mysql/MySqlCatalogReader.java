package io.godwit.dialect.mysql;

import io.godwit.dialect.CatalogBuilder;
import io.godwit.dialect.CatalogQueries;
import io.godwit.dialect.CatalogReader;
import io.godwit.dialect.CatalogRequest;
import io.godwit.dialect.Row;
import io.godwit.dialect.UnknownSchemaException;
import io.godwit.model.CheckConstraint;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.Database;
import io.godwit.model.ForeignKey;
import io.godwit.model.Identity;
import io.godwit.model.IdentityGeneration;
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
import io.godwit.model.NullsOrder;
import io.godwit.model.ObjectKind;
import io.godwit.model.Origin;
import io.godwit.model.Parameter;
import io.godwit.model.ParameterMode;
import io.godwit.model.PrimaryKey;
import io.godwit.model.ReadProblem;
import io.godwit.model.ReferentialAction;
import io.godwit.model.Routine;
import io.godwit.model.RoutineKind;
import io.godwit.model.Sequence;
import io.godwit.model.SortOrder;
import io.godwit.model.TableKind;
import io.godwit.model.Trigger;
import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import io.godwit.model.UniqueConstraint;
import io.godwit.model.ViewCheckOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads information_schema with one query per object kind for all requested databases together.
 * MySQL 8.0 and MariaDB differ in a few columns (defaults are quoted on MariaDB, functional index
 * expressions exist only on MySQL, sequences only on MariaDB); the reader asks the server which one
 * it is.
 */
final class MySqlCatalogReader implements CatalogReader {

  private static final Set<String> SYSTEM_SCHEMAS =
      Set.of("information_schema", "mysql", "performance_schema", "sys");

  @Override
  public Database read(Connection connection, CatalogRequest request) throws SQLException {
    CatalogQueries q = new CatalogQueries(connection, request);
    String version = connection.getMetaData().getDatabaseProductVersion();
    boolean mariadb = version.toLowerCase(Locale.ROOT).contains("mariadb");
    List<String> available =
        q.list(
            "schemas",
            "select schema_name as name from information_schema.schemata order by schema_name",
            r -> r.string("name"));
    List<String> wanted = request.schemas();
    if (wanted.isEmpty()) {
      String current = connection.getCatalog();
      wanted =
          current != null && !current.isEmpty()
              ? List.of(current)
              : available.stream()
                  .filter(s -> !SYSTEM_SCHEMAS.contains(s.toLowerCase(Locale.ROOT)))
                  .toList();
    }
    List<String> missing = wanted.stream().filter(s -> !available.contains(s)).toList();
    if (!missing.isEmpty()) {
      throw UnknownSchemaException.of(
          missing,
          available.stream()
              .filter(s -> !SYSTEM_SCHEMAS.contains(s.toLowerCase(Locale.ROOT)))
              .toList());
    }
    Object[] params = wanted.toArray();
    String in = "(" + String.join(", ", Collections.nCopies(wanted.size(), "?")) + ")";
    CatalogBuilder b = new CatalogBuilder(wanted);
    Map<String, List<String>> sequences = new LinkedHashMap<>();

    q.each(
        "tables",
        """
        select t.table_schema as table_schema, t.table_name as table_name,
               t.table_type as table_type, t.table_comment as table_comment,
               t.create_options as create_options, v.view_definition as view_definition,
               v.check_option as check_option
          from information_schema.tables t
          left join information_schema.views v
            on v.table_schema = t.table_schema and v.table_name = t.table_name
         where t.table_schema in %s
         order by t.table_schema, t.table_name
        """
            .formatted(in),
        r -> relation(b, r, sequences),
        params);
    q.each(
        "columns",
        """
        select table_schema, table_name, column_name, data_type, column_type,
               character_maximum_length, numeric_precision, numeric_scale,
               datetime_precision, is_nullable, column_default, extra,
               generation_expression, column_comment
          from information_schema.columns
         where table_schema in %s
         order by table_schema, table_name, ordinal_position
        """
            .formatted(in),
        r -> column(b, r, mariadb),
        params);

    Map<String, Set<String>> uniqueNames = new HashMap<>();
    readKeys(q, b, in, params, uniqueNames);
    readChecks(q, b, in, params, mariadb);
    readIndexes(q, b, in, params, mariadb, uniqueNames);
    if (!sequences.isEmpty()) {
      readSequences(q, b, sequences);
    }
    readRoutines(q, b, in, params);
    q.each(
        "triggers",
        """
        select trigger_schema, trigger_name, event_manipulation, event_object_schema,
               event_object_table, action_statement, action_orientation, action_timing
          from information_schema.triggers
         where trigger_schema in %s
         order by trigger_schema, trigger_name
        """
            .formatted(in),
        r -> b.trigger(r.string("trigger_schema"), trigger(r)),
        params);
    return b.build(mariadb ? "mariadb" : "mysql", version, connection.getCatalog());
  }

  private static void relation(CatalogBuilder b, Row r, Map<String, List<String>> sequences)
      throws SQLException {
    String schema = r.string("table_schema");
    String name = r.string("table_name");
    String type = r.string("table_type");
    switch (type) {
      case "VIEW", "SYSTEM VIEW" -> {
        ViewCheckOption check =
            switch (String.valueOf(r.string("check_option"))) {
              case "LOCAL" -> ViewCheckOption.LOCAL;
              case "CASCADED" -> ViewCheckOption.CASCADED;
              default -> ViewCheckOption.NONE;
            };
        b.view(schema, name, false, r.string("view_definition"), check, null);
      }
      case "SEQUENCE" -> sequences.computeIfAbsent(schema, k -> new ArrayList<>()).add(name);
      default -> {
        String options = r.string("create_options");
        TableKind kind =
            type.equals("TEMPORARY")
                ? TableKind.TEMPORARY
                : options != null && options.toLowerCase(Locale.ROOT).contains("partitioned")
                    ? TableKind.PARTITIONED
                    : TableKind.REGULAR;
        String comment = r.string("table_comment");
        b.table(schema, name, kind, comment == null || comment.isEmpty() ? null : comment, null);
      }
    }
  }

  private static void column(CatalogBuilder b, Row r, boolean mariadb) throws SQLException {
    String dataType = r.string("data_type").toLowerCase(Locale.ROOT);
    String columnType = r.string("column_type");
    DataType type = MySqlTypes.fromCatalog(dataType, columnType, r);
    String extra = String.valueOf(r.string("extra")).toLowerCase(Locale.ROOT);
    boolean generated = extra.contains("virtual generated") || extra.contains("stored generated");
    Identity identity =
        extra.contains("auto_increment")
            ? new Identity(IdentityGeneration.AUTO_INCREMENT, null, null)
            : null;
    String defaultValue =
        generated
            ? null
            : MySqlDefaults.expression(
                r.string("column_default"), dataType, extra.contains("default_generated"), mariadb);
    String comment = r.string("column_comment");
    b.column(
        r.string("table_schema"),
        r.string("table_name"),
        new Column(
            r.string("column_name"),
            type,
            "YES".equals(r.string("is_nullable")),
            defaultValue,
            identity,
            generated ? r.string("generation_expression") : null,
            extra.contains("stored generated"),
            comment == null || comment.isEmpty() ? null : comment));
  }

  /** Primary, unique and foreign keys: one pass over key columns, one over the FK rules. */
  private static void readKeys(
      CatalogQueries q,
      CatalogBuilder b,
      String in,
      Object[] params,
      Map<String, Set<String>> uniqueNames)
      throws SQLException {
    Map<List<String>, String[]> rules = new HashMap<>();
    q.each(
        "foreign key rules",
        """
        select constraint_schema, table_name, constraint_name, update_rule, delete_rule
          from information_schema.referential_constraints
         where constraint_schema in %s
        """
            .formatted(in),
        r ->
            rules.put(
                List.of(
                    r.string("constraint_schema"),
                    r.string("table_name"),
                    r.string("constraint_name")),
                new String[] {r.string("update_rule"), r.string("delete_rule")}),
        params);

    Map<List<String>, KeyParts> keys = new LinkedHashMap<>();
    q.each(
        "keys",
        """
        select table_schema, table_name, constraint_name, column_name,
               referenced_table_schema, referenced_table_name, referenced_column_name
          from information_schema.key_column_usage
         where table_schema in %s
         order by table_schema, table_name, constraint_name, ordinal_position
        """
            .formatted(in),
        r -> {
          List<String> id =
              List.of(
                  r.string("table_schema"), r.string("table_name"), r.string("constraint_name"));
          KeyParts k = keys.get(id);
          if (k == null) {
            k =
                new KeyParts(
                    r.string("referenced_table_schema"), r.string("referenced_table_name"));
            keys.put(id, k);
          }
          k.columns.add(r.string("column_name"));
          if (r.string("referenced_column_name") != null) {
            k.referencedColumns.add(r.string("referenced_column_name"));
          }
        },
        params);
    for (Map.Entry<List<String>, KeyParts> e : keys.entrySet()) {
      String schema = e.getKey().get(0);
      String table = e.getKey().get(1);
      String name = e.getKey().get(2);
      KeyParts k = e.getValue();
      if (k.referencedTable != null) {
        String[] rule = rules.getOrDefault(e.getKey(), new String[] {null, null});
        b.foreignKey(
            schema,
            table,
            new ForeignKey(
                name,
                k.columns,
                k.referencedSchema,
                k.referencedTable,
                k.referencedColumns,
                action(rule[1]),
                action(rule[0])));
      } else if (name.equals("PRIMARY")) {
        b.primaryKey(schema, table, new PrimaryKey(null, k.columns));
      } else {
        b.unique(schema, table, new UniqueConstraint(name, k.columns));
        uniqueNames.computeIfAbsent(schema + "\u0000" + table, x -> new HashSet<>()).add(name);
      }
    }
  }

  private static final class KeyParts {
    final String referencedSchema;
    final String referencedTable;
    final List<String> columns = new ArrayList<>();
    final List<String> referencedColumns = new ArrayList<>();

    KeyParts(String referencedSchema, String referencedTable) {
      this.referencedSchema = referencedSchema;
      this.referencedTable = referencedTable;
    }
  }

  private static ReferentialAction action(String rule) {
    if (rule == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (rule) {
      case "CASCADE" -> ReferentialAction.CASCADE;
      case "SET NULL" -> ReferentialAction.SET_NULL;
      case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
      case "RESTRICT" -> ReferentialAction.RESTRICT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static void readChecks(
      CatalogQueries q, CatalogBuilder b, String in, Object[] params, boolean mariadb)
      throws SQLException {
    String sql =
        mariadb
            ? """
              select constraint_schema as table_schema, table_name, constraint_name,
                     check_clause
                from information_schema.check_constraints
               where constraint_schema in %s
               order by constraint_schema, table_name, constraint_name
              """
            : """
              select t.table_schema, t.table_name, t.constraint_name, c.check_clause
                from information_schema.table_constraints t
                join information_schema.check_constraints c
                  on c.constraint_schema = t.constraint_schema
                 and c.constraint_name = t.constraint_name
               where t.table_schema in %s and t.constraint_type = 'CHECK'
               order by t.table_schema, t.table_name, t.constraint_name
              """;
    q.each(
        "check constraints",
        sql.formatted(in),
        r ->
            b.check(
                r.string("table_schema"),
                r.string("table_name"),
                new CheckConstraint(r.string("constraint_name"), r.string("check_clause"))),
        params);
  }

  private static void readIndexes(
      CatalogQueries q,
      CatalogBuilder b,
      String in,
      Object[] params,
      boolean mariadb,
      Map<String, Set<String>> uniqueNames)
      throws SQLException {
    String expression = mariadb ? "null as expression" : "expression";
    Map<List<String>, IndexParts> indexes = new LinkedHashMap<>();
    q.each(
        "indexes",
        """
        select table_schema, table_name, index_name, non_unique, column_name, collation,
               sub_part, index_type, %s
          from information_schema.statistics
         where table_schema in %s and index_name <> 'PRIMARY'
         order by table_schema, table_name, index_name, seq_in_index
        """
            .formatted(expression, in),
        r -> {
          List<String> id =
              List.of(r.string("table_schema"), r.string("table_name"), r.string("index_name"));
          IndexParts parts = indexes.get(id);
          if (parts == null) {
            parts =
                new IndexParts(
                    !r.bool("non_unique"), r.string("index_type").toLowerCase(Locale.ROOT));
            indexes.put(id, parts);
          }
          String column = r.string("column_name");
          SortOrder order = "D".equals(r.string("collation")) ? SortOrder.DESC : SortOrder.ASC;
          Integer prefix = r.integer("sub_part");
          String expr = r.string("expression");
          if (column == null && expr != null) {
            parts.keys.add(new IndexKey(null, expr, order, NullsOrder.DEFAULT));
          } else if (prefix != null) {
            parts.keys.add(
                new IndexKey(
                    null,
                    MySqlNames.quote(column) + "(" + prefix + ")",
                    order,
                    NullsOrder.DEFAULT));
          } else {
            parts.keys.add(new IndexKey(column, null, order, NullsOrder.DEFAULT));
          }
        },
        params);
    for (Map.Entry<List<String>, IndexParts> e : indexes.entrySet()) {
      String schema = e.getKey().get(0);
      String table = e.getKey().get(1);
      String name = e.getKey().get(2);
      IndexParts parts = e.getValue();
      if (!b.hasRelation(schema, table)) {
        continue;
      }
      boolean constraintIndex =
          parts.unique
              && uniqueNames.getOrDefault(schema + "\u0000" + table, Set.of()).contains(name);
      if (constraintIndex) {
        // MySQL has no unique constraint apart from its index. A plain ascending one reads as
        // a constraint; one with descending, prefix or expression keys stays an index.
        boolean plain =
            parts.keys.stream().allMatch(k -> k.column() != null && k.order() == SortOrder.ASC);
        if (plain) {
          continue;
        }
        b.removeUnique(schema, table, name);
      }
      b.index(
          schema,
          new Index(
              name, table, parts.unique, parts.keys, null, null, parts.method, Origin.catalog()));
    }
  }

  private static final class IndexParts {
    final boolean unique;
    final String method;
    final List<IndexKey> keys = new ArrayList<>();

    IndexParts(boolean unique, String method) {
      this.unique = unique;
      this.method = method;
    }
  }

  /** MariaDB sequences: one UNION ALL over all of them, so still one round trip. */
  private static void readSequences(
      CatalogQueries q, CatalogBuilder b, Map<String, List<String>> sequences) throws SQLException {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : sequences.entrySet()) {
      for (String name : e.getValue()) {
        parts.add(
            "select "
                + MySqlNames.literal(e.getKey())
                + " as seq_schema, "
                + MySqlNames.literal(name)
                + " as seq_name, start_value, minimum_value, maximum_value, increment,"
                + " cycle_option, cache_size from "
                + MySqlNames.quote(e.getKey())
                + "."
                + MySqlNames.quote(name));
      }
    }
    q.each(
        "sequences",
        String.join("\nunion all\n", parts),
        r ->
            b.sequence(
                r.string("seq_schema"),
                new Sequence(
                    r.string("seq_name"),
                    DataType.of("bigint"),
                    r.bigInteger("start_value"),
                    r.bigInteger("increment"),
                    r.bigInteger("minimum_value"),
                    r.bigInteger("maximum_value"),
                    r.bool("cycle_option"),
                    r.longValue("cache_size"),
                    null,
                    Origin.catalog())));
  }

  private static void readRoutines(CatalogQueries q, CatalogBuilder b, String in, Object[] params)
      throws SQLException {
    Map<List<String>, List<Parameter>> parameters = new HashMap<>();
    Map<List<String>, DataType> returns = new HashMap<>();
    q.each(
        "routine parameters",
        """
        select specific_schema, specific_name, ordinal_position, parameter_mode,
               parameter_name, data_type, dtd_identifier, character_maximum_length,
               numeric_precision, numeric_scale, datetime_precision
          from information_schema.parameters
         where specific_schema in %s
         order by specific_schema, specific_name, ordinal_position
        """
            .formatted(in),
        r -> {
          List<String> id = List.of(r.string("specific_schema"), r.string("specific_name"));
          DataType type =
              MySqlTypes.fromCatalog(
                  r.string("data_type").toLowerCase(Locale.ROOT), r.string("dtd_identifier"), r);
          if (r.integer("ordinal_position") == 0) {
            returns.put(id, type);
            return;
          }
          ParameterMode mode =
              switch (String.valueOf(r.string("parameter_mode"))) {
                case "OUT" -> ParameterMode.OUT;
                case "INOUT" -> ParameterMode.IN_OUT;
                default -> ParameterMode.IN;
              };
          parameters
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(new Parameter(r.string("parameter_name"), mode, type, null));
        },
        params);
    q.each(
        "routines",
        """
        select routine_schema, routine_name, routine_type, routine_body, routine_definition
          from information_schema.routines
         where routine_schema in %s
         order by routine_schema, routine_name
        """
            .formatted(in),
        r -> {
          String schema = r.string("routine_schema");
          String name = r.string("routine_name");
          List<String> id = List.of(schema, name);
          boolean procedure = "PROCEDURE".equals(r.string("routine_type"));
          String source = r.string("routine_definition");
          if (source == null) {
            b.problem(
                schema,
                new ReadProblem(
                    procedure ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION,
                    name,
                    "the routine body is not visible to this user (needs SHOW_ROUTINE or to be"
                        + " its definer)"));
          }
          b.routine(
              schema,
              new Routine(
                  name,
                  procedure ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
                  parameters.getOrDefault(id, List.of()),
                  procedure ? null : returns.get(id),
                  String.valueOf(r.string("routine_body")).toLowerCase(Locale.ROOT),
                  source,
                  Origin.catalog()));
        },
        params);
  }

  private static Trigger trigger(Row r) throws SQLException {
    TriggerEvent event = TriggerEvent.valueOf(r.string("event_manipulation"));
    return new Trigger(
        r.string("trigger_name"),
        r.string("event_object_schema"),
        r.string("event_object_table"),
        "BEFORE".equals(r.string("action_timing")) ? TriggerTiming.BEFORE : TriggerTiming.AFTER,
        List.of(event),
        List.of(),
        "ROW".equals(r.string("action_orientation")) ? TriggerLevel.ROW : TriggerLevel.STATEMENT,
        null,
        r.string("action_statement"),
        Origin.catalog());
  }
}
