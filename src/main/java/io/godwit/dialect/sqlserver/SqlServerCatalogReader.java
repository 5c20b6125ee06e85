package io.godwit.dialect.sqlserver;

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
import io.godwit.model.PrimaryKey;
import io.godwit.model.ReadProblem;
import io.godwit.model.ReferentialAction;
import io.godwit.model.Sequence;
import io.godwit.model.SortOrder;
import io.godwit.model.TableKind;
import io.godwit.model.UniqueConstraint;
import io.godwit.model.ViewCheckOption;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads SQL Server's sys.* catalog views and sys.sql_modules with one query per object kind for all
 * requested schemas of the current database together. Tables, views, columns, constraints, indexes
 * and sequences are read here; user types, routines, triggers and synonyms by {@link
 * SqlServerCodeReader}.
 */
final class SqlServerCatalogReader implements CatalogReader {

  /** Schemas that belong to the product, never read unless asked for by name. */
  static final Set<String> SYSTEM_SCHEMAS =
      Set.of(
          "sys",
          "INFORMATION_SCHEMA",
          "guest",
          "db_owner",
          "db_accessadmin",
          "db_securityadmin",
          "db_ddladmin",
          "db_backupoperator",
          "db_datareader",
          "db_datawriter",
          "db_denydatareader",
          "db_denydatawriter");

  private static final String SCHEMAS = "select name from sys.schemas order by name";

  /** The MS_Description extended property of an object (minor id 0) or column. */
  static final String COMMENT_JOIN =
      """
      left join sys.extended_properties ep
        on ep.class = 1 and ep.major_id = %s and ep.minor_id = %s
       and ep.name = 'MS_Description'
      """;

  private static final String TABLES =
      """
      select s.name as schema_name, t.name as table_name, t.is_external,
             case when exists (select 1 from sys.indexes i
                                 join sys.partition_schemes ps
                                   on ps.data_space_id = i.data_space_id
                                where i.object_id = t.object_id and i.index_id in (0, 1))
                  then 1 else 0 end as partitioned,
             convert(nvarchar(4000), ep.value) as comment
        from sys.tables t
        join sys.schemas s on s.schema_id = t.schema_id
      %s
       where s.name in %%s
         and t.is_ms_shipped = 0
       order by s.name, t.name
      """
          .formatted(COMMENT_JOIN.formatted("t.object_id", "0"));

  /** Views; an indexed view (one with a clustered index) is stored, so it reads as materialized. */
  private static final String VIEWS =
      """
      select s.name as schema_name, v.name as view_name, v.with_check_option,
             case when exists (select 1 from sys.indexes i
                                where i.object_id = v.object_id and i.index_id = 1)
                  then 1 else 0 end as indexed,
             objectproperty(v.object_id, 'IsEncrypted') as encrypted,
             convert(nvarchar(4000), ep.value) as comment, m.definition
        from sys.views v
        join sys.schemas s on s.schema_id = v.schema_id
        left join sys.sql_modules m on m.object_id = v.object_id
      %s
       where s.name in %%s
         and v.is_ms_shipped = 0
       order by s.name, v.name
      """
          .formatted(COMMENT_JOIN.formatted("v.object_id", "0"));

  /** The select list and joins shared by table and view columns and table type columns. */
  private static final String COLUMN_SELECT =
      """
      select s.name as schema_name, %s as object_name, c.name as column_name,
             ty.name as type_name, tys.name as type_schema, ty.is_user_defined,
             bt.name as base_type_name, c.max_length, c.precision, c.scale, c.is_nullable,
             c.is_identity, convert(decimal(38, 0), ic.seed_value) as seed_value,
             convert(decimal(38, 0), ic.increment_value) as increment_value,
             cc.definition as computed_definition, cc.is_persisted,
             dc.definition as default_definition, %s as comment
        from sys.columns c
      %s
        join sys.types ty on ty.user_type_id = c.user_type_id
        join sys.schemas tys on tys.schema_id = ty.schema_id
        left join sys.types bt on bt.user_type_id = ty.system_type_id
        left join sys.identity_columns ic
          on ic.object_id = c.object_id and ic.column_id = c.column_id
        left join sys.computed_columns cc
          on cc.object_id = c.object_id and cc.column_id = c.column_id
        left join sys.default_constraints dc on dc.object_id = c.default_object_id
      """;

  private static final String COLUMNS =
      COLUMN_SELECT.formatted(
              "o.name",
              "convert(nvarchar(4000), ep.value)",
              """
                join sys.objects o on o.object_id = c.object_id
                join sys.schemas s on s.schema_id = o.schema_id
              """
                  + COMMENT_JOIN.formatted("c.object_id", "c.column_id"))
          + """
           where s.name in %s
             and o.type in ('U', 'V')
             and o.is_ms_shipped = 0
           order by s.name, o.name, c.column_id
          """;

  static final String TABLE_TYPE_COLUMNS =
      COLUMN_SELECT.formatted(
              "tt.name",
              "null",
              """
                join sys.table_types tt on tt.type_table_object_id = c.object_id
                join sys.schemas s on s.schema_id = tt.schema_id
              """)
          + """
           where s.name in %s
           order by s.name, tt.name, c.column_id
          """;

  private static final String KEYS =
      """
      select s.name as schema_name, t.name as table_name, kc.name as constraint_name,
             kc.type as constraint_type, kc.is_system_named, c.name as column_name
        from sys.key_constraints kc
        join sys.tables t on t.object_id = kc.parent_object_id
        join sys.schemas s on s.schema_id = t.schema_id
        join sys.index_columns ic
          on ic.object_id = kc.parent_object_id and ic.index_id = kc.unique_index_id
         and ic.key_ordinal > 0
        join sys.columns c on c.object_id = ic.object_id and c.column_id = ic.column_id
       where s.name in %s
       order by s.name, t.name, kc.name, ic.key_ordinal
      """;

  private static final String FOREIGN_KEYS =
      """
      select s.name as schema_name, t.name as table_name, fk.name as constraint_name,
             fk.is_system_named, fk.delete_referential_action, fk.update_referential_action,
             pc.name as column_name, rs.name as ref_schema, rt.name as ref_table,
             rc.name as ref_column
        from sys.foreign_keys fk
        join sys.tables t on t.object_id = fk.parent_object_id
        join sys.schemas s on s.schema_id = t.schema_id
        join sys.foreign_key_columns fkc on fkc.constraint_object_id = fk.object_id
        join sys.columns pc
          on pc.object_id = fkc.parent_object_id and pc.column_id = fkc.parent_column_id
        join sys.objects rt on rt.object_id = fk.referenced_object_id
        join sys.schemas rs on rs.schema_id = rt.schema_id
        join sys.columns rc
          on rc.object_id = fkc.referenced_object_id and rc.column_id = fkc.referenced_column_id
       where s.name in %s
       order by s.name, t.name, fk.name, fkc.constraint_column_id
      """;

  private static final String CHECKS =
      """
      select s.name as schema_name, t.name as table_name, cc.name as constraint_name,
             cc.is_system_named, cc.definition
        from sys.check_constraints cc
        join sys.tables t on t.object_id = cc.parent_object_id
        join sys.schemas s on s.schema_id = t.schema_id
       where s.name in %s
       order by s.name, t.name, cc.name
      """;

  /** Indexes of tables and indexed views, without heaps and constraint indexes. */
  private static final String INDEXES =
      """
      select s.name as schema_name, o.name as table_name, i.name as index_name, i.type_desc,
             i.is_unique, i.filter_definition, c.name as column_name, ic.key_ordinal,
             ic.is_descending_key, ic.is_included_column
        from sys.indexes i
        join sys.objects o on o.object_id = i.object_id
        join sys.schemas s on s.schema_id = o.schema_id
        left join sys.index_columns ic
          on ic.object_id = i.object_id and ic.index_id = i.index_id
        left join sys.columns c on c.object_id = ic.object_id and c.column_id = ic.column_id
       where s.name in %s
         and o.type in ('U', 'V')
         and o.is_ms_shipped = 0
         and i.type > 0
         and i.is_primary_key = 0
         and i.is_unique_constraint = 0
         and i.is_hypothetical = 0
       order by s.name, o.name, i.name, ic.key_ordinal, ic.index_column_id
      """;

  /** sql_variant values cast to numbers so the driver returns them as such. */
  private static final String SEQUENCES =
      """
      select s.name as schema_name, sq.name as sequence_name,
             type_name(sq.user_type_id) as type_name,
             convert(decimal(38, 0), sq.start_value) as start_value,
             convert(decimal(38, 0), sq.increment) as increment_value,
             convert(decimal(38, 0), sq.minimum_value) as minimum_value,
             convert(decimal(38, 0), sq.maximum_value) as maximum_value,
             sq.is_cycling, sq.is_cached, sq.cache_size,
             convert(decimal(38, 0), sq.current_value) as current_value
        from sys.sequences sq
        join sys.schemas s on s.schema_id = sq.schema_id
       where s.name in %s
       order by s.name, sq.name
      """;

  @Override
  public Database read(Connection connection, CatalogRequest request) throws SQLException {
    CatalogQueries q = new CatalogQueries(connection, request);
    List<String> available = q.list("schemas", SCHEMAS, r -> r.string("name"));
    List<String> userSchemas = available.stream().filter(s -> !SYSTEM_SCHEMAS.contains(s)).toList();
    List<String> wanted = resolve(request.schemas(), available, userSchemas);
    SqlServerScope scope = new SqlServerScope(q, new CatalogBuilder(wanted), wanted);
    CatalogBuilder b = scope.builder();
    String in = scope.in();

    q.each("tables", TABLES.formatted(in), r -> table(b, r), scope.params());
    q.each("views", VIEWS.formatted(in), r -> view(b, r), scope.params());
    q.each(
        "columns",
        COLUMNS.formatted(in),
        r -> b.column(r.string("schema_name"), r.string("object_name"), column(r)),
        scope.params());
    readKeys(scope);
    readForeignKeys(scope);
    q.each(
        "check constraints",
        CHECKS.formatted(in),
        r ->
            b.check(
                r.string("schema_name"),
                r.string("table_name"),
                new CheckConstraint(
                    r.bool("is_system_named") ? null : r.string("constraint_name"),
                    SqlServerExpressions.unwrap(r.string("definition")))),
        scope.params());
    readIndexes(scope);
    q.each(
        "sequences",
        SEQUENCES.formatted(in),
        r -> b.sequence(r.string("schema_name"), sequence(r)),
        scope.params());
    SqlServerCodeReader code = new SqlServerCodeReader(scope);
    code.readTypes();
    code.readRoutines();
    code.readTriggers();
    code.readSynonyms();

    String version = connection.getMetaData().getDatabaseProductVersion();
    return b.build("sqlserver", version, connection.getCatalog());
  }

  /**
   * The schemas to read: those requested, or every user schema. A requested name not found as given
   * matches a schema that differs only in case, as SQL Server's usual collations do.
   */
  static List<String> resolve(
      List<String> requested, List<String> available, List<String> userSchemas) {
    if (requested.isEmpty()) {
      return userSchemas;
    }
    List<String> out = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : requested) {
      if (available.contains(name)) {
        out.add(name);
        continue;
      }
      List<String> folded =
          available.stream()
              .filter(a -> a.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
              .toList();
      if (folded.size() == 1) {
        out.add(folded.get(0));
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
    TableKind kind =
        r.bool("is_external")
            ? TableKind.EXTERNAL
            : r.bool("partitioned") ? TableKind.PARTITIONED : TableKind.REGULAR;
    b.table(
        r.string("schema_name"),
        r.string("table_name"),
        kind,
        r.string("comment"),
        Origin.catalog());
  }

  private static void view(CatalogBuilder b, Row r) throws SQLException {
    String schema = r.string("schema_name");
    String name = r.string("view_name");
    String definition = r.string("definition");
    if (definition == null) {
      b.problem(schema, new ReadProblem(ObjectKind.VIEW, name, hiddenReason(r)));
    }
    b.view(
        schema,
        name,
        r.bool("indexed"),
        definition,
        r.bool("with_check_option") ? ViewCheckOption.CASCADED : ViewCheckOption.NONE,
        r.string("comment"));
  }

  /** Why sys.sql_modules.definition is NULL, from {@code objectproperty(..., 'IsEncrypted')}. */
  static String hiddenReason(Row r) throws SQLException {
    Integer encrypted = r.integer("encrypted");
    if (encrypted != null && encrypted == 1) {
      return "encrypted (WITH ENCRYPTION): the definition cannot be read";
    }
    if (encrypted != null) {
      return "the definition is not visible to this user (needs VIEW DEFINITION)";
    }
    return "the definition is not visible: encrypted, or this user lacks VIEW DEFINITION";
  }

  /** A column row of {@link #COLUMNS} or {@link #TABLE_TYPE_COLUMNS}. */
  static Column column(Row r) throws SQLException {
    DataType type = type(r);
    Identity identity = null;
    if (r.bool("is_identity")) {
      identity =
          new Identity(
              IdentityGeneration.ALWAYS,
              longOrNull(r.bigInteger("seed_value")),
              longOrNull(r.bigInteger("increment_value")));
    }
    String computed = SqlServerExpressions.unwrap(r.string("computed_definition"));
    return new Column(
        r.string("column_name"),
        type,
        r.bool("is_nullable"),
        SqlServerExpressions.unwrap(r.string("default_definition")),
        identity,
        computed,
        computed != null && r.bool("is_persisted"),
        r.string("comment"));
  }

  /** The type of a column or parameter row. */
  static DataType type(Row r) throws SQLException {
    return SqlServerTypes.decode(
        r.string("type_name"),
        r.string("type_schema"),
        r.bool("is_user_defined"),
        r.string("base_type_name"),
        intOrZero(r.integer("max_length")),
        intOrZero(r.integer("precision")),
        intOrZero(r.integer("scale")));
  }

  private static int intOrZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static Long longOrNull(BigInteger value) {
    return value == null || value.bitLength() > 63 ? null : value.longValue();
  }

  private static void readKeys(SqlServerScope scope) throws SQLException {
    Map<List<String>, List<String>> columns = new LinkedHashMap<>();
    Map<List<String>, String[]> kinds = new LinkedHashMap<>();
    scope
        .queries()
        .each(
            "keys",
            KEYS.formatted(scope.in()),
            r -> {
              List<String> id =
                  List.of(
                      r.string("schema_name"), r.string("table_name"), r.string("constraint_name"));
              if (!kinds.containsKey(id)) {
                kinds.put(
                    id,
                    new String[] {
                      r.trimmed("constraint_type"), r.bool("is_system_named") ? "Y" : "N"
                    });
              }
              columns.computeIfAbsent(id, k -> new ArrayList<>()).add(r.string("column_name"));
            },
            scope.params());
    CatalogBuilder b = scope.builder();
    for (Map.Entry<List<String>, String[]> e : kinds.entrySet()) {
      List<String> id = e.getKey();
      String name = "Y".equals(e.getValue()[1]) ? null : id.get(2);
      if ("PK".equals(e.getValue()[0])) {
        b.primaryKey(id.get(0), id.get(1), new PrimaryKey(name, columns.get(id)));
      } else {
        b.unique(id.get(0), id.get(1), new UniqueConstraint(name, columns.get(id)));
      }
    }
  }

  private static void readForeignKeys(SqlServerScope scope) throws SQLException {
    Map<List<String>, ForeignKeyParts> keys = new LinkedHashMap<>();
    scope
        .queries()
        .each(
            "foreign keys",
            FOREIGN_KEYS.formatted(scope.in()),
            r -> {
              List<String> id =
                  List.of(
                      r.string("schema_name"), r.string("table_name"), r.string("constraint_name"));
              ForeignKeyParts k = keys.get(id);
              if (k == null) {
                k =
                    new ForeignKeyParts(
                        r.bool("is_system_named"),
                        r.string("ref_schema"),
                        r.string("ref_table"),
                        action(r.integer("delete_referential_action")),
                        action(r.integer("update_referential_action")));
                keys.put(id, k);
              }
              k.columns.add(r.string("column_name"));
              k.referencedColumns.add(r.string("ref_column"));
            },
            scope.params());
    for (Map.Entry<List<String>, ForeignKeyParts> e : keys.entrySet()) {
      List<String> id = e.getKey();
      ForeignKeyParts k = e.getValue();
      scope
          .builder()
          .foreignKey(
              id.get(0),
              id.get(1),
              new ForeignKey(
                  k.systemNamed ? null : id.get(2),
                  k.columns,
                  k.referencedSchema,
                  k.referencedTable,
                  k.referencedColumns,
                  k.onDelete,
                  k.onUpdate));
    }
  }

  private static final class ForeignKeyParts {
    final boolean systemNamed;
    final String referencedSchema;
    final String referencedTable;
    final ReferentialAction onDelete;
    final ReferentialAction onUpdate;
    final List<String> columns = new ArrayList<>();
    final List<String> referencedColumns = new ArrayList<>();

    ForeignKeyParts(
        boolean systemNamed,
        String referencedSchema,
        String referencedTable,
        ReferentialAction onDelete,
        ReferentialAction onUpdate) {
      this.systemNamed = systemNamed;
      this.referencedSchema = referencedSchema;
      this.referencedTable = referencedTable;
      this.onDelete = onDelete;
      this.onUpdate = onUpdate;
    }
  }

  /** {@code delete_referential_action} / {@code update_referential_action}. */
  static ReferentialAction action(Integer code) {
    if (code == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (code) {
      case 1 -> ReferentialAction.CASCADE;
      case 2 -> ReferentialAction.SET_NULL;
      case 3 -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static void readIndexes(SqlServerScope scope) throws SQLException {
    Map<List<String>, IndexParts> indexes = new LinkedHashMap<>();
    scope
        .queries()
        .each(
            "indexes",
            INDEXES.formatted(scope.in()),
            r -> {
              List<String> id =
                  List.of(r.string("schema_name"), r.string("table_name"), r.string("index_name"));
              IndexParts parts = indexes.get(id);
              if (parts == null) {
                parts =
                    new IndexParts(
                        r.bool("is_unique"),
                        r.string("type_desc").toLowerCase(Locale.ROOT),
                        SqlServerExpressions.unwrap(r.string("filter_definition")));
                indexes.put(id, parts);
              }
              String column = r.string("column_name");
              if (column != null) {
                Integer ordinal = r.integer("key_ordinal");
                parts.add(
                    column,
                    ordinal == null ? 0 : ordinal,
                    r.bool("is_descending_key"),
                    r.bool("is_included_column"));
              }
            },
            scope.params());
    CatalogBuilder b = scope.builder();
    for (Map.Entry<List<String>, IndexParts> e : indexes.entrySet()) {
      List<String> id = e.getKey();
      if (b.hasRelation(id.get(0), id.get(1))) {
        b.index(id.get(0), e.getValue().build(id.get(2), id.get(1)));
      }
    }
  }

  /** The rows of one index. */
  static final class IndexParts {
    final boolean unique;
    final String method;
    final String predicate;
    final List<IndexKey> keys = new ArrayList<>();
    final List<String> include = new ArrayList<>();
    final List<String> unordered = new ArrayList<>();

    IndexParts(boolean unique, String method, String predicate) {
      this.unique = unique;
      this.method = method;
      this.predicate = predicate;
    }

    /** One sys.index_columns row, in key_ordinal order. */
    void add(String column, int keyOrdinal, boolean descending, boolean included) {
      if (keyOrdinal > 0) {
        keys.add(
            new IndexKey(
                column, null, descending ? SortOrder.DESC : SortOrder.ASC, NullsOrder.DEFAULT));
      } else if (included && !method.contains("columnstore")) {
        include.add(column);
      } else {
        // Columnstore, XML and spatial indexes list their columns without key ordinals.
        unordered.add(column);
      }
    }

    Index build(String name, String table) {
      List<IndexKey> all = new ArrayList<>(keys);
      if (all.isEmpty() && !method.equals("clustered columnstore")) {
        for (String column : unordered) {
          all.add(IndexKey.column(column));
        }
      }
      return new Index(name, table, unique, all, include, predicate, method, Origin.catalog());
    }
  }

  private static Sequence sequence(Row r) throws SQLException {
    Integer cacheSize = r.integer("cache_size");
    Long cache =
        !r.bool("is_cached") ? Long.valueOf(1) : cacheSize == null ? null : (long) cacheSize;
    return new Sequence(
        r.string("sequence_name"),
        DataType.of(r.string("type_name")),
        r.bigInteger("start_value"),
        r.bigInteger("increment_value"),
        r.bigInteger("minimum_value"),
        r.bigInteger("maximum_value"),
        r.bool("is_cycling"),
        cache,
        r.bigInteger("current_value"),
        Origin.catalog());
  }
}
