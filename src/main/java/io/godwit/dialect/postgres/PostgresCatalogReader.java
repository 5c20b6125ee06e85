package io.godwit.dialect.postgres;

import io.godwit.dialect.CatalogBuilder;
import io.godwit.dialect.CatalogQueries;
import io.godwit.dialect.CatalogQueries.ArrayParam;
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
import io.godwit.model.Origin;
import io.godwit.model.Parameter;
import io.godwit.model.ParameterMode;
import io.godwit.model.PrimaryKey;
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
import io.godwit.model.TypeKind;
import io.godwit.model.UniqueConstraint;
import io.godwit.model.ViewCheckOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads pg_catalog with one query per object kind for all requested schemas together, so the number
 * of round trips is the same for 10 tables or 10,000.
 */
final class PostgresCatalogReader implements CatalogReader {

  /** Objects that belong to an extension are the extension's business, not the user's. */
  private static final String NOT_EXTENSION_MEMBER =
      "not exists (select 1 from pg_depend e where e.classid = %s::regclass"
          + " and e.objid = %s and e.deptype = 'e')";

  private static final String SCHEMAS =
      """
      select n.nspname
        from pg_namespace n
       where n.nspname not in ('pg_catalog', 'information_schema')
         and n.nspname not like 'pg\\_toast%'
         and n.nspname not like 'pg\\_temp\\_%'
       order by n.nspname
      """;

  private static final String RELATIONS =
      """
      select n.nspname, c.relname, c.relkind, c.relpersistence,
             dsc.description as comment,
             case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid, true) end as definition,
             array_to_string(c.reloptions, ',') as options
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        left join pg_description dsc
          on dsc.objoid = c.oid and dsc.classoid = 'pg_class'::regclass and dsc.objsubid = 0
       where n.nspname = any(?)
         and c.relkind in ('r', 'p', 'v', 'm', 'f')
         and not c.relispartition
         and %s
       order by n.nspname, c.relname
      """
          .formatted(NOT_EXTENSION_MEMBER.formatted("'pg_class'", "c.oid"));

  /**
   * Columns of every relation. Built for 100,000 rows: comments come from a join rather than
   * col_description() per row; a default is deparsed without its relation (defaults cannot refer to
   * columns, and opening each table would cost a relcache load in a fresh session), only a
   * generated column's expression needs it; identity sequences are looked up only for identity
   * columns. Rows come unsorted (a sort of this width spills to disk); the reader puts each
   * relation's columns in attnum order.
   */
  private static final String COLUMNS =
      """
      select n.nspname, c.relname, a.attnum, a.attname, t.typname,
             format_type(a.atttypid, null) as type_name,
             format_type(a.atttypid, a.atttypmod) as declared,
             a.atttypmod, a.attnotnull, a.attidentity, a.attgenerated,
             pg_get_expr(ad.adbin, case when a.attgenerated <> '' then ad.adrelid else 0 end)
               as default_expr,
             dsc.description as comment,
             idn.seqstart, idn.seqincrement
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_type t on t.oid = a.atttypid
        left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
        left join pg_description dsc
          on dsc.objoid = a.attrelid and dsc.classoid = 'pg_class'::regclass
         and dsc.objsubid = a.attnum
        left join lateral (
               select s.seqstart, s.seqincrement
                 from pg_depend d
                 join pg_sequence s on s.seqrelid = d.objid
                where a.attidentity <> '' and d.refobjid = a.attrelid
                  and d.refobjsubid = a.attnum and d.classid = 'pg_class'::regclass
                  and d.refclassid = 'pg_class'::regclass and d.deptype = 'i') idn on true
       where n.nspname = any(?)
         and c.relkind in ('r', 'p', 'v', 'm', 'f', 'c')
         and a.attnum > 0 and not a.attisdropped
      """;

  private static final String CONSTRAINTS =
      """
      select n.nspname, c.relname, con.conname, con.contype,
             array(select a.attname from unnest(con.conkey) with ordinality k(num, ord)
                     join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num
                    order by k.ord) as cols,
             fn.nspname as ref_schema, fc.relname as ref_table,
             array(select a.attname from unnest(con.confkey) with ordinality k(num, ord)
                     join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num
                    order by k.ord) as ref_cols,
             con.confupdtype, con.confdeltype,
             case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid) end
               as check_expr
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        left join pg_class fc on fc.oid = con.confrelid
        left join pg_namespace fn on fn.oid = fc.relnamespace
       where n.nspname = any(?)
         and con.contype in ('p', 'u', 'f', 'c')
         and c.relkind in ('r', 'p', 'f')
         and con.conparentid = 0
       order by n.nspname, c.relname, con.conname
      """;

  private static final String INDEXES =
      """
      select n.nspname, t.relname as table_name, i.relname as index_name, x.indisunique,
             am.amname, x.indnkeyatts,
             array(select coalesce(a.attname, '')
                     from unnest(x.indkey::int2[]) with ordinality k(num, ord)
                     left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.num
                    order by k.ord) as cols,
             array(select case when x.indkey[k - 1] = 0
                                 then pg_get_indexdef(x.indexrelid, k, true) else '' end
                     from generate_series(1, x.indnatts) k order by k) as defs,
             x.indoption::int2[] as options,
             pg_get_expr(x.indpred, x.indrelid, true) as predicate
        from pg_index x
        join pg_class i on i.oid = x.indexrelid
        join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace
        join pg_am am on am.oid = i.relam
       where n.nspname = any(?)
         and t.relkind in ('r', 'p', 'm')
         and not t.relispartition
         and not x.indisprimary
         and not exists (select 1 from pg_constraint con
                          where con.conindid = x.indexrelid and con.contype in ('p', 'u', 'x'))
       order by n.nspname, t.relname, i.relname
      """;

  private static final String SEQUENCES =
      """
      select n.nspname, c.relname, format_type(s.seqtypid, null) as type_name,
             s.seqstart, s.seqmin, s.seqmax, s.seqincrement, s.seqcycle, s.seqcache,
             case when has_sequence_privilege(c.oid, 'SELECT,USAGE')
                  then pg_sequence_last_value(c.oid) end as last_value
        from pg_sequence s
        join pg_class c on c.oid = s.seqrelid
        join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = any(?)
         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                            and d.objid = c.oid and d.deptype = 'i')
         and %s
       order by n.nspname, c.relname
      """
          .formatted(NOT_EXTENSION_MEMBER.formatted("'pg_class'", "c.oid"));

  private static final String ROUTINES =
      """
      select n.nspname, p.proname, p.prokind, l.lanname,
             pg_get_function_result(p.oid) as result,
             p.proargnames, p.proargmodes::text[] as modes,
             array(select format_type(t.oid, null)
                     from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]))
                          with ordinality a(typ, ord)
                     join pg_type t on t.oid = a.typ order by a.ord) as arg_types,
             pg_get_expr(p.proargdefaults, 0) as defaults,
             pg_get_functiondef(p.oid) as source
        from pg_proc p
        join pg_namespace n on n.oid = p.pronamespace
        join pg_language l on l.oid = p.prolang
       where n.nspname = any(?)
         and p.prokind in ('f', 'p')
         and %s
       order by n.nspname, p.proname, p.oid
      """
          .formatted(NOT_EXTENSION_MEMBER.formatted("'pg_proc'", "p.oid"));

  private static final String TRIGGERS =
      """
      select n.nspname, c.relname, t.tgname, t.tgtype,
             pg_get_triggerdef(t.oid, true) as definition,
             pg_get_functiondef(t.tgfoid) as function_source,
             array(select a.attname from unnest(t.tgattr::int2[]) with ordinality k(num, ord)
                     join pg_attribute a on a.attrelid = t.tgrelid and a.attnum = k.num
                    order by k.ord) as update_cols
        from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = any(?)
         and not t.tgisinternal
       order by n.nspname, t.tgname
      """;

  private static final String TYPES =
      """
      select n.nspname, t.typname, t.typtype,
             case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end
               as base_type,
             case when t.typtype = 'r' then (select format_type(r.rngsubtype, null)
                                               from pg_range r where r.rngtypid = t.oid) end
               as range_subtype,
             array(select e.enumlabel from pg_enum e where e.enumtypid = t.oid
                    order by e.enumsortorder) as labels,
             (select string_agg(pg_get_constraintdef(con.oid), ' ' order by con.conname)
                from pg_constraint con where con.contypid = t.oid) as domain_constraints
        from pg_type t
        join pg_namespace n on n.oid = t.typnamespace
        left join pg_class rc on rc.oid = t.typrelid
       where n.nspname = any(?)
         and (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rc.relkind = 'c'))
         and %s
       order by n.nspname, t.typname
      """
          .formatted(NOT_EXTENSION_MEMBER.formatted("'pg_type'", "t.oid"));

  @Override
  public Database read(Connection connection, CatalogRequest request) throws SQLException {
    CatalogQueries q = new CatalogQueries(connection, request);
    List<String> available = q.list("schemas", SCHEMAS, r -> r.string("nspname"));
    List<String> wanted = request.schemas().isEmpty() ? available : request.schemas();
    List<String> missing = wanted.stream().filter(s -> !available.contains(s)).toList();
    if (!missing.isEmpty()) {
      throw UnknownSchemaException.of(missing, available);
    }
    ArrayParam schemas = new ArrayParam("text", wanted);
    CatalogBuilder b = new CatalogBuilder(wanted);

    q.each("tables and views", RELATIONS, r -> relation(b, r), schemas);
    q.each("types", TYPES, r -> type(b, r), schemas);
    Map<List<String>, List<PendingColumn>> columns = new LinkedHashMap<>();
    q.each("columns", COLUMNS, r -> pendingColumn(columns, r), schemas);
    for (Map.Entry<List<String>, List<PendingColumn>> e : columns.entrySet()) {
      List<PendingColumn> list = e.getValue();
      list.sort(Comparator.comparingInt(PendingColumn::attnum));
      for (PendingColumn c : list) {
        b.column(e.getKey().get(0), e.getKey().get(1), c.column());
      }
    }
    q.each("constraints", CONSTRAINTS, r -> constraint(b, r), schemas);
    q.each("indexes", INDEXES, r -> b.index(r.string("nspname"), index(r)), schemas);
    q.each("sequences", SEQUENCES, r -> b.sequence(r.string("nspname"), sequence(r)), schemas);
    q.each("routines", ROUTINES, r -> b.routine(r.string("nspname"), routine(r)), schemas);
    q.each("triggers", TRIGGERS, r -> b.trigger(r.string("nspname"), trigger(r)), schemas);

    String version = connection.getMetaData().getDatabaseProductVersion();
    return b.build("postgresql", version, connection.getCatalog());
  }

  private static void relation(CatalogBuilder b, Row r) throws SQLException {
    String schema = r.string("nspname");
    String name = r.string("relname");
    String kind = r.string("relkind");
    String comment = r.string("comment");
    switch (kind) {
      case "v", "m" -> {
        String options = r.string("options");
        ViewCheckOption check = ViewCheckOption.NONE;
        if (options != null && options.contains("check_option=local")) {
          check = ViewCheckOption.LOCAL;
        } else if (options != null && options.contains("check_option=cascaded")) {
          check = ViewCheckOption.CASCADED;
        }
        b.view(schema, name, kind.equals("m"), r.string("definition"), check, comment);
      }
      default -> {
        TableKind tableKind =
            switch (kind) {
              case "p" -> TableKind.PARTITIONED;
              case "f" -> TableKind.EXTERNAL;
              default -> "t".equals(r.string("relpersistence")) ? TableKind.TEMPORARY : null;
            };
        b.table(schema, name, tableKind, comment, Origin.catalog());
      }
    }
  }

  private static void type(CatalogBuilder b, Row r) throws SQLException {
    String kind = r.string("typtype");
    TypeKind typeKind =
        switch (kind) {
          case "e" -> TypeKind.ENUM;
          case "d" -> TypeKind.DOMAIN;
          case "r" -> TypeKind.RANGE;
          default -> TypeKind.OBJECT;
        };
    String base = kind.equals("r") ? r.string("range_subtype") : r.string("base_type");
    b.type(
        r.string("nspname"),
        r.string("typname"),
        typeKind,
        base == null ? null : DataType.of(base),
        null,
        r.strings("labels"),
        r.string("domain_constraints"));
  }

  /** A column read before its relation's columns are put in order. */
  private record PendingColumn(int attnum, Column column) {}

  private static void pendingColumn(Map<List<String>, List<PendingColumn>> columns, Row r)
      throws SQLException {
    columns
        .computeIfAbsent(List.of(r.string("nspname"), r.string("relname")), k -> new ArrayList<>())
        .add(new PendingColumn(r.integer("attnum"), column(r)));
  }

  private static Column column(Row r) throws SQLException {
    DataType type =
        PgTypeModifier.decode(
            r.string("typname"),
            r.string("type_name"),
            r.string("declared"),
            r.integer("atttypmod"));
    String identityKind = r.string("attidentity");
    Identity identity = null;
    if ("a".equals(identityKind) || "d".equals(identityKind)) {
      identity =
          new Identity(
              "a".equals(identityKind) ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT,
              r.longValue("seqstart"),
              r.longValue("seqincrement"));
    }
    String expression = r.string("default_expr");
    boolean generated = "s".equals(r.string("attgenerated"));
    return new Column(
        r.string("attname"),
        type,
        !r.bool("attnotnull"),
        generated ? null : expression,
        identity,
        generated ? expression : null,
        generated,
        r.string("comment"));
  }

  private static void constraint(CatalogBuilder b, Row r) throws SQLException {
    String schema = r.string("nspname");
    String table = r.string("relname");
    String name = r.string("conname");
    List<String> columns = r.strings("cols");
    switch (r.string("contype")) {
      case "p" -> b.primaryKey(schema, table, new PrimaryKey(name, columns));
      case "u" -> b.unique(schema, table, new UniqueConstraint(name, columns));
      case "c" -> b.check(schema, table, new CheckConstraint(name, r.string("check_expr")));
      case "f" ->
          b.foreignKey(
              schema,
              table,
              new ForeignKey(
                  name,
                  columns,
                  r.string("ref_schema"),
                  r.string("ref_table"),
                  r.strings("ref_cols"),
                  action(r.string("confdeltype")),
                  action(r.string("confupdtype"))));
      default -> throw new IllegalStateException("unexpected constraint type");
    }
  }

  private static ReferentialAction action(String code) {
    return switch (code == null ? "a" : code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static Index index(Row r) throws SQLException {
    List<String> columns = r.strings("cols");
    List<String> defs = r.strings("defs");
    List<Integer> options = r.integers("options");
    int keyCount = r.integer("indnkeyatts");
    List<IndexKey> keys = new ArrayList<>();
    List<String> include = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      boolean expression = column.isEmpty();
      if (i >= keyCount) {
        include.add(column);
        continue;
      }
      int option = i < options.size() ? options.get(i) : 0;
      boolean desc = (option & 1) != 0;
      boolean nullsFirst = (option & 2) != 0;
      NullsOrder nulls = NullsOrder.DEFAULT;
      if (desc && !nullsFirst) {
        nulls = NullsOrder.LAST;
      } else if (!desc && nullsFirst) {
        nulls = NullsOrder.FIRST;
      }
      keys.add(
          new IndexKey(
              expression ? null : column,
              expression ? defs.get(i) : null,
              desc ? SortOrder.DESC : SortOrder.ASC,
              nulls));
    }
    return new Index(
        r.string("index_name"),
        r.string("table_name"),
        r.bool("indisunique"),
        keys,
        include,
        r.string("predicate"),
        r.string("amname"),
        Origin.catalog());
  }

  private static Sequence sequence(Row r) throws SQLException {
    Long cache = r.longValue("seqcache");
    return new Sequence(
        r.string("relname"),
        DataType.of(r.string("type_name")),
        r.bigInteger("seqstart"),
        r.bigInteger("seqincrement"),
        r.bigInteger("seqmin"),
        r.bigInteger("seqmax"),
        r.bool("seqcycle"),
        cache,
        r.bigInteger("last_value"),
        Origin.catalog());
  }

  private static Routine routine(Row r) throws SQLException {
    boolean procedure = "p".equals(r.string("prokind"));
    List<String> names = r.strings("proargnames");
    List<String> modes = r.strings("modes");
    List<String> types = r.strings("arg_types");
    List<String> defaults = PgExpressionList.split(r.string("defaults"));
    List<Parameter> parameters = new ArrayList<>();
    // Defaults belong to the last N input parameters.
    int inputs = 0;
    for (int i = 0; i < types.size(); i++) {
      if (isInput(modes, i)) {
        inputs++;
      }
    }
    int firstDefaulted = inputs - defaults.size();
    int inputIndex = 0;
    for (int i = 0; i < types.size(); i++) {
      String mode = modes.isEmpty() ? "i" : modes.get(i);
      if ("t".equals(mode)) {
        continue; // a column of RETURNS TABLE, shown in the result type
      }
      String name = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : null;
      String defaultValue = null;
      if (isInput(modes, i)) {
        if (inputIndex >= firstDefaulted) {
          defaultValue = defaults.get(inputIndex - firstDefaulted);
        }
        inputIndex++;
      }
      parameters.add(new Parameter(name, mode(mode), DataType.of(types.get(i)), defaultValue));
    }
    String result = r.string("result");
    return new Routine(
        r.string("proname"),
        procedure ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
        parameters,
        procedure || result == null ? null : DataType.of(result),
        r.string("lanname"),
        r.string("source"),
        Origin.catalog());
  }

  private static boolean isInput(List<String> modes, int i) {
    if (modes.isEmpty()) {
      return true;
    }
    String m = modes.get(i);
    return m.equals("i") || m.equals("b") || m.equals("v");
  }

  private static ParameterMode mode(String code) {
    return switch (code) {
      case "o" -> ParameterMode.OUT;
      case "b" -> ParameterMode.IN_OUT;
      case "v" -> ParameterMode.VARIADIC;
      default -> ParameterMode.IN;
    };
  }

  private static Trigger trigger(Row r) throws SQLException {
    int type = r.integer("tgtype");
    TriggerTiming timing =
        (type & 64) != 0
            ? TriggerTiming.INSTEAD_OF
            : (type & 2) != 0 ? TriggerTiming.BEFORE : TriggerTiming.AFTER;
    List<TriggerEvent> events = new ArrayList<>();
    if ((type & 4) != 0) {
      events.add(TriggerEvent.INSERT);
    }
    if ((type & 16) != 0) {
      events.add(TriggerEvent.UPDATE);
    }
    if ((type & 8) != 0) {
      events.add(TriggerEvent.DELETE);
    }
    if ((type & 32) != 0) {
      events.add(TriggerEvent.TRUNCATE);
    }
    String definition = r.string("definition");
    return new Trigger(
        r.string("tgname"),
        r.string("nspname"),
        r.string("relname"),
        timing,
        events,
        r.strings("update_cols"),
        (type & 1) != 0 ? TriggerLevel.ROW : TriggerLevel.STATEMENT,
        PgTriggerDefinition.whenCondition(definition),
        definition + ";\n\n" + r.string("function_source"),
        Origin.catalog());
  }
}
