package io.godwit.dialect.postgres.load;

import io.godwit.load.DeferredObject;
import io.godwit.load.TableRef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what slows a load down or stands in its way and can be put back afterwards: secondary
 * indexes (not those behind a primary key or unique constraint), foreign keys on or referencing the
 * loaded tables, and enabled user triggers. The server writes the statements that recreate them.
 */
final class PgDeferrals {

  private static final String TABLES =
      """
      with wanted as (
        select c.oid
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
          join unnest(?::text[], ?::text[]) w(s, t) on w.s = n.nspname and w.t = c.relname
      )
      """;

  private static final String FOREIGN_KEYS =
      TABLES
          + """
          select n.nspname, t.relname, k.conname, pg_get_constraintdef(k.oid) as def
            from pg_constraint k
            join pg_class t on t.oid = k.conrelid
            join pg_namespace n on n.oid = t.relnamespace
           where k.contype = 'f'
             and (k.conrelid in (select oid from wanted) or k.confrelid in (select oid from wanted))
           order by n.nspname, t.relname, k.conname
          """;

  private static final String TRIGGERS =
      TABLES
          + """
          select n.nspname, t.relname, g.tgname
            from pg_trigger g
            join pg_class t on t.oid = g.tgrelid
            join pg_namespace n on n.oid = t.relnamespace
           where not g.tgisinternal and g.tgenabled <> 'D'
             and g.tgrelid in (select oid from wanted)
           order by n.nspname, t.relname, g.tgname
          """;

  private static final String INDEXES =
      TABLES
          + """
          select n.nspname, t.relname, i.relname as index_name,
                 pg_get_indexdef(x.indexrelid) as def
            from pg_index x
            join pg_class i on i.oid = x.indexrelid
            join pg_class t on t.oid = x.indrelid
            join pg_namespace n on n.oid = t.relnamespace
           where x.indrelid in (select oid from wanted)
             and not x.indisprimary
             and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid
                              and k.contype in ('p', 'u', 'x'))
             and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid
                              and k.contype = 'f')
           order by n.nspname, t.relname, i.relname
          """;

  private PgDeferrals() {}

  /** Foreign keys first, then triggers, then indexes: the order they can be set aside in. */
  static List<DeferredObject> find(Connection c, List<TableRef> tables) throws SQLException {
    List<DeferredObject> out = new ArrayList<>();
    each(
        c,
        FOREIGN_KEYS,
        tables,
        rs -> {
          TableRef t = new TableRef(rs.getString(1), rs.getString(2));
          String name = rs.getString(3);
          String alter = "alter table " + PgSql.table(t);
          out.add(
              new DeferredObject(
                  DeferredObject.Kind.FOREIGN_KEY,
                  t,
                  name,
                  List.of(alter + " drop constraint if exists " + PgSql.quote(name)),
                  List.of(alter + " add constraint " + PgSql.quote(name) + " " + rs.getString(4))));
        });
    each(
        c,
        TRIGGERS,
        tables,
        rs -> {
          TableRef t = new TableRef(rs.getString(1), rs.getString(2));
          String name = rs.getString(3);
          String alter = "alter table " + PgSql.table(t);
          out.add(
              new DeferredObject(
                  DeferredObject.Kind.TRIGGER,
                  t,
                  name,
                  List.of(alter + " disable trigger " + PgSql.quote(name)),
                  List.of(alter + " enable trigger " + PgSql.quote(name))));
        });
    each(
        c,
        INDEXES,
        tables,
        rs -> {
          TableRef t = new TableRef(rs.getString(1), rs.getString(2));
          String name = rs.getString(3);
          out.add(
              new DeferredObject(
                  DeferredObject.Kind.INDEX,
                  t,
                  name,
                  List.of(
                      "drop index if exists " + PgSql.quote(t.schema()) + "." + PgSql.quote(name)),
                  List.of(rs.getString(4))));
        });
    return out;
  }

  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void each(Connection c, String sql, List<TableRef> tables, RowHandler handler)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Array schemas = c.createArrayOf("text", tables.stream().map(TableRef::schema).toArray());
      Array names = c.createArrayOf("text", tables.stream().map(TableRef::name).toArray());
      ps.setArray(1, schemas);
      ps.setArray(2, names);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.accept(rs);
        }
      }
    }
  }
}
