package io.godwit.dialect.oracle;

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
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
import io.godwit.model.Origin;
import io.godwit.model.PrimaryKey;
import io.godwit.model.ReferentialAction;
import io.godwit.model.Sequence;
import io.godwit.model.TableKind;
import io.godwit.model.UniqueConstraint;
import io.godwit.model.ViewCheckOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Oracle's documented ALL_* views with one query per object kind for all requested schemas
 * together, so the number of round trips does not depend on the number of objects. Tables, views,
 * columns, constraints, indexes and sequences are read here; stored code, types, triggers and
 * synonyms by {@link OracleCodeReader}.
 *
 * <p>LONG columns ({@code DATA_DEFAULT}, {@code SEARCH_CONDITION}, {@code TEXT}, {@code
 * COLUMN_EXPRESSION}, {@code QUERY}, {@code TRIGGER_BODY}) cannot be filtered or sorted on in SQL;
 * each query selects at most one, last, and the dialect sets {@code useFetchSizeWithLongColumn} so
 * they do not force row-by-row fetching.
 */
final class OracleCatalogReader implements CatalogReader {

  private static final String SESSION =
      """
      select sys_context('USERENV', 'CURRENT_SCHEMA') as current_schema,
             sys_context('USERENV', 'DB_NAME') as db_name
        from dual
      """;

  private static final String USERS =
      "select username, oracle_maintained from all_users order by username";

  /**
   * Tables, without the recycle bin, IOT overflow and mapping segments, nested-table storage,
   * secondary tables of domain indexes, materialized view containers and materialized view logs.
   */
  private static final String TABLES =
      """
      select t.owner, t.table_name, t.temporary, t.partitioned, t.iot_type,
             case when x.table_name is null then 'N' else 'Y' end as external,
             c.comments
        from all_tables t
        left join all_external_tables x on x.owner = t.owner and x.table_name = t.table_name
        left join all_tab_comments c on c.owner = t.owner and c.table_name = t.table_name
       where t.owner in %s
         and nvl(t.dropped, 'NO') = 'NO'
         and t.table_name not like 'BIN$%%'
         and nvl(t.nested, 'NO') = 'NO'
         and nvl(t.secondary, 'N') = 'N'
         and (t.iot_type is null or t.iot_type = 'IOT')
         and not exists (select 1 from all_mviews m
                          where m.owner = t.owner and m.container_name = t.table_name)
         and not exists (select 1 from all_mview_logs l
                          where l.log_owner = t.owner and l.log_table = t.table_name)
       order by t.owner, t.table_name
      """;

  private static final String VIEWS =
      """
      select v.owner, v.view_name,
             (select max(k.constraint_type) from all_constraints k
               where k.owner = v.owner and k.table_name = v.view_name
                 and k.constraint_type in ('V', 'O')) as view_constraint,
             c.comments, v.text
        from all_views v
        left join all_tab_comments c on c.owner = v.owner and c.table_name = v.view_name
       where v.owner in %s
       order by v.owner, v.view_name
      """;

  private static final String MATERIALIZED_VIEWS =
      """
      select m.owner, m.mview_name, c.comments, m.query
        from all_mviews m
        left join all_mview_comments c on c.owner = m.owner and c.mview_name = m.mview_name
       where m.owner in %s
       order by m.owner, m.mview_name
      """;

  /** User columns of every relation; hidden system columns (SYS_NC...$) are not user generated. */
  private static final String COLUMNS =
      """
      select c.owner, c.table_name, c.column_name, c.data_type, c.data_type_mod,
             c.data_type_owner, c.data_length, c.data_precision, c.data_scale, c.char_length,
             c.char_used, c.nullable, c.virtual_column, c.identity_column,
             i.generation_type, i.identity_options, cc.comments, c.data_default
        from all_tab_cols c
        left join all_tab_identity_cols i
          on i.owner = c.owner and i.table_name = c.table_name and i.column_name = c.column_name
        left join all_col_comments cc
          on cc.owner = c.owner and cc.table_name = c.table_name
         and cc.column_name = c.column_name
       where c.owner in %s
         and c.user_generated = 'YES'
         and c.table_name not like 'BIN$%%'
       order by c.owner, c.table_name, c.column_id nulls last, c.internal_column_id
      """;

  /** Primary, unique and foreign keys with their columns and the referenced key's columns. */
  private static final String KEYS =
      """
      select c.owner, c.table_name, c.constraint_name, c.constraint_type, c.generated,
             c.delete_rule, cc.column_name, r.owner as r_owner, r.table_name as r_table_name,
             rc.column_name as r_column_name
        from all_constraints c
        join all_cons_columns cc
          on cc.owner = c.owner and cc.constraint_name = c.constraint_name
         and cc.table_name = c.table_name
        left join all_constraints r
          on r.owner = c.r_owner and r.constraint_name = c.r_constraint_name
        left join all_cons_columns rc
          on rc.owner = r.owner and rc.constraint_name = r.constraint_name
         and rc.table_name = r.table_name and rc.position = cc.position
       where c.owner in %s
         and c.constraint_type in ('P', 'U', 'R')
         and c.table_name not like 'BIN$%%'
       order by c.owner, c.table_name, c.constraint_name, cc.position
      """;

  private static final String CHECKS =
      """
      select owner, table_name, constraint_name, generated, search_condition
        from all_constraints
       where owner in %s
         and constraint_type = 'C'
         and table_name not like 'BIN$%%'
       order by owner, table_name, constraint_name
      """;

  /**
   * Indexes that are not the implementation of a primary key or unique constraint, nor LOB, IOT or
   * cluster indexes.
   */
  private static final String INDEXES =
      """
      select i.owner, i.index_name, i.table_name, i.index_type, i.uniqueness
        from all_indexes i
       where i.owner in %s
         and i.table_owner = i.owner
         and i.index_type not in ('LOB', 'IOT - TOP', 'IOT - NESTED', 'CLUSTER')
         and nvl(i.dropped, 'NO') = 'NO'
         and i.index_name not like 'BIN$%%'
         and not exists (select 1 from all_constraints k
                          where k.owner = i.table_owner and k.table_name = i.table_name
                            and k.index_owner = i.owner and k.index_name = i.index_name
                            and k.constraint_type in ('P', 'U'))
       order by i.owner, i.table_name, i.index_name
      """;

  private static final String INDEX_COLUMNS =
      """
      select ic.index_owner, ic.index_name, ic.column_name, ic.descend, ie.column_expression
        from all_ind_columns ic
        left join all_ind_expressions ie
          on ie.index_owner = ic.index_owner and ie.index_name = ic.index_name
         and ie.column_position = ic.column_position
       where ic.index_owner in %s
       order by ic.index_owner, ic.index_name, ic.column_position
      """;

  /** Sequences, without the ones that serve identity columns. */
  private static final String SEQUENCES =
      """
      select s.sequence_owner, s.sequence_name, s.min_value, s.max_value, s.increment_by,
             s.cycle_flag, s.cache_size, s.last_number
        from all_sequences s
       where s.sequence_owner in %s
         and not exists (select 1 from all_tab_identity_cols i
                          where i.owner = s.sequence_owner and i.sequence_name = s.sequence_name)
       order by s.sequence_owner, s.sequence_name
      """;

  @Override
  public Database read(Connection connection, CatalogRequest request) throws SQLException {
    CatalogQueries q = new CatalogQueries(connection, request);
    String[] session = new String[2];
    q.each(
        "session",
        SESSION,
        r -> {
          session[0] = r.string("current_schema");
          session[1] = r.string("db_name");
        });
    List<String> available = new ArrayList<>();
    List<String> userSchemas = new ArrayList<>();
    q.each(
        "schemas",
        USERS,
        r -> {
          available.add(r.string("username"));
          if (!r.bool("oracle_maintained")) {
            userSchemas.add(r.string("username"));
          }
        });
    List<String> wanted = resolve(request.schemas(), available, userSchemas, session[0]);
    OracleScope scope = new OracleScope(q, new CatalogBuilder(wanted), wanted);
    CatalogBuilder b = scope.builder();

    OracleCodeReader code = new OracleCodeReader(scope);
    code.readSource();
    q.each("tables", TABLES.formatted(scope.in()), r -> table(b, r), scope.params());
    q.each("views", VIEWS.formatted(scope.in()), r -> view(b, r), scope.params());
    q.each(
        "materialized views",
        MATERIALIZED_VIEWS.formatted(scope.in()),
        r ->
            b.view(
                r.string("owner"),
                r.string("mview_name"),
                true,
                strip(r.string("query")),
                ViewCheckOption.NONE,
                r.string("comments")),
        scope.params());
    code.readTypes();
    Set<List<String>> notNull = new HashSet<>();
    q.each("columns", COLUMNS.formatted(scope.in()), r -> column(b, r, notNull), scope.params());
    code.readTypeAttributes();
    readKeys(scope);
    q.each(
        "check constraints",
        CHECKS.formatted(scope.in()),
        r -> check(b, r, notNull),
        scope.params());
    readIndexes(scope);
    q.each(
        "sequences",
        SEQUENCES.formatted(scope.in()),
        r -> b.sequence(r.string("sequence_owner"), sequence(r)),
        scope.params());
    code.readRoutinesAndPackages();
    code.readTriggers();
    code.readSynonyms();

    String version = connection.getMetaData().getDatabaseProductVersion();
    return b.build("oracle", version, session[1]);
  }

  /**
   * The schemas to read: those requested, or the session's current schema. A requested name that is
   * not found as given is looked up in upper case, as Oracle folds unquoted names.
   */
  static List<String> resolve(
      List<String> requested, List<String> available, List<String> userSchemas, String current) {
    if (requested.isEmpty()) {
      return List.of(current);
    }
    List<String> out = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : requested) {
      String upper = name.toUpperCase(Locale.ROOT);
      if (available.contains(name)) {
        out.add(name);
      } else if (available.contains(upper)) {
        out.add(upper);
      } else {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw UnknownSchemaException.of(missing, userSchemas);
    }
    return out.stream().distinct().toList();
  }

  private static void table(CatalogBuilder b, Row r) throws SQLException {
    TableKind kind;
    if (r.bool("external")) {
      kind = TableKind.EXTERNAL;
    } else if (r.bool("temporary")) {
      kind = TableKind.TEMPORARY;
    } else if (r.bool("partitioned")) {
      kind = TableKind.PARTITIONED;
    } else if ("IOT".equals(r.string("iot_type"))) {
      kind = TableKind.INDEX_ORGANIZED;
    } else {
      kind = TableKind.REGULAR;
    }
    b.table(
        r.string("owner"), r.string("table_name"), kind, r.string("comments"), Origin.catalog());
  }

  private static void view(CatalogBuilder b, Row r) throws SQLException {
    String constraint = r.string("view_constraint");
    ViewCheckOption check =
        "O".equals(constraint)
            ? ViewCheckOption.READ_ONLY
            // Oracle's WITH CHECK OPTION also checks the conditions of the views below.
            : "V".equals(constraint) ? ViewCheckOption.CASCADED : ViewCheckOption.NONE;
    String comment = r.string("comments");
    b.view(
        r.string("owner"), r.string("view_name"), false, strip(r.string("text")), check, comment);
  }

  private static void column(CatalogBuilder b, Row r, Set<List<String>> notNull)
      throws SQLException {
    String owner = r.string("owner");
    String table = r.string("table_name");
    String name = r.string("column_name");
    DataType type =
        OracleTypes.decode(
            r.string("data_type"),
            r.string("data_type_owner"),
            r.string("data_type_mod"),
            r.longValue("data_length"),
            r.integer("data_precision"),
            r.integer("data_scale"),
            r.longValue("char_length"),
            r.string("char_used"));
    boolean nullable = !"N".equals(r.string("nullable"));
    if (!nullable) {
      notNull.add(List.of(owner, table, name));
    }
    String comment = r.string("comments");
    boolean virtual = r.bool("virtual_column");
    Identity identity =
        r.bool("identity_column")
            ? IdentityOptions.identity(r.string("generation_type"), r.string("identity_options"))
            : null;
    String expression = strip(r.string("data_default"));
    b.column(
        owner,
        table,
        new Column(
            name,
            type,
            nullable,
            // An identity column's default is the call of its system sequence.
            virtual || identity != null ? null : expression,
            identity,
            virtual ? expression : null,
            false,
            comment));
  }

  private static void readKeys(OracleScope scope) throws SQLException {
    Map<List<String>, KeyParts> keys = new LinkedHashMap<>();
    scope
        .queries()
        .each(
            "keys",
            KEYS.formatted(scope.in()),
            r -> {
              List<String> id =
                  List.of(r.string("owner"), r.string("table_name"), r.string("constraint_name"));
              KeyParts k = keys.get(id);
              if (k == null) {
                k =
                    new KeyParts(
                        r.string("constraint_type"),
                        "GENERATED NAME".equals(r.string("generated")),
                        r.string("delete_rule"),
                        r.string("r_owner"),
                        r.string("r_table_name"));
                keys.put(id, k);
              }
              k.columns.add(r.string("column_name"));
              if (r.string("r_column_name") != null) {
                k.referencedColumns.add(r.string("r_column_name"));
              }
            },
            scope.params());
    CatalogBuilder b = scope.builder();
    for (Map.Entry<List<String>, KeyParts> e : keys.entrySet()) {
      String owner = e.getKey().get(0);
      String table = e.getKey().get(1);
      KeyParts k = e.getValue();
      // System-generated names (SYS_C0012345) mean nothing on a target: the key is unnamed.
      String name = k.generatedName ? null : e.getKey().get(2);
      switch (k.type) {
        case "P" -> b.primaryKey(owner, table, new PrimaryKey(name, k.columns));
        case "U" -> b.unique(owner, table, new UniqueConstraint(name, k.columns));
        default ->
            b.foreignKey(
                owner,
                table,
                new ForeignKey(
                    name,
                    k.columns,
                    k.referencedOwner,
                    k.referencedTable,
                    k.referencedColumns,
                    deleteRule(k.deleteRule),
                    // Oracle has no ON UPDATE clause.
                    ReferentialAction.NO_ACTION));
      }
    }
  }

  private static final class KeyParts {
    final String type;
    final boolean generatedName;
    final String deleteRule;
    final String referencedOwner;
    final String referencedTable;
    final List<String> columns = new ArrayList<>();
    final List<String> referencedColumns = new ArrayList<>();

    KeyParts(
        String type,
        boolean generatedName,
        String deleteRule,
        String referencedOwner,
        String referencedTable) {
      this.type = type;
      this.generatedName = generatedName;
      this.deleteRule = deleteRule;
      this.referencedOwner = referencedOwner;
      this.referencedTable = referencedTable;
    }
  }

  static ReferentialAction deleteRule(String rule) {
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

  private static void check(CatalogBuilder b, Row r, Set<List<String>> notNull)
      throws SQLException {
    String owner = r.string("owner");
    String table = r.string("table_name");
    String condition = strip(r.string("search_condition"));
    String notNullColumn = NotNullCheck.column(condition);
    if (notNullColumn != null && notNull.contains(List.of(owner, table, notNullColumn))) {
      return; // the column's nullability says it
    }
    String name =
        "GENERATED NAME".equals(r.string("generated")) ? null : r.string("constraint_name");
    b.check(owner, table, new CheckConstraint(name, condition));
  }

  private static void readIndexes(OracleScope scope) throws SQLException {
    Map<List<String>, String[]> indexes = new LinkedHashMap<>();
    scope
        .queries()
        .each(
            "indexes",
            INDEXES.formatted(scope.in()),
            r ->
                indexes.put(
                    List.of(r.string("owner"), r.string("index_name")),
                    new String[] {
                      r.string("table_name"), r.string("index_type"), r.string("uniqueness")
                    }),
            scope.params());
    Map<List<String>, List<IndexKey>> keys = new LinkedHashMap<>();
    scope
        .queries()
        .each(
            "index columns",
            INDEX_COLUMNS.formatted(scope.in()),
            r -> {
              List<String> id = List.of(r.string("index_owner"), r.string("index_name"));
              if (indexes.containsKey(id)) {
                keys.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(
                        OracleIndexes.key(
                            r.string("column_name"),
                            r.string("descend"),
                            r.string("column_expression")));
              }
            },
            scope.params());
    CatalogBuilder b = scope.builder();
    for (Map.Entry<List<String>, String[]> e : indexes.entrySet()) {
      String owner = e.getKey().get(0);
      String[] parts = e.getValue();
      if (!b.hasRelation(owner, parts[0])) {
        continue; // on a table that is not listed (a materialized view log, the recycle bin)
      }
      b.index(
          owner,
          new Index(
              e.getKey().get(1),
              parts[0],
              "UNIQUE".equals(parts[2]),
              keys.getOrDefault(e.getKey(), List.of()),
              List.of(),
              null,
              OracleIndexes.method(parts[1]),
              Origin.catalog()));
    }
  }

  private static Sequence sequence(Row r) throws SQLException {
    Long cache = r.longValue("cache_size");
    return new Sequence(
        r.string("sequence_name"),
        null,
        // Oracle does not keep START WITH; LAST_NUMBER below is where it continues.
        null,
        r.bigInteger("increment_by"),
        r.bigInteger("min_value"),
        r.bigInteger("max_value"),
        r.bool("cycle_flag"),
        cache == null || cache == 0 ? Long.valueOf(1) : cache,
        r.bigInteger("last_number"),
        Origin.catalog());
  }

  /** Catalog text without the blanks and line breaks Oracle keeps around it. */
  static String strip(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    return s.isEmpty() ? null : s;
  }
}
