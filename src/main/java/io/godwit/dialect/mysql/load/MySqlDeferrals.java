package io.godwit.dialect.mysql.load;

import io.godwit.load.DeferredObject;
import io.godwit.load.TableRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the triggers and non-unique secondary indexes of the loaded tables, which are dropped while
 * they load and created again afterwards. Foreign keys stay: load sessions run with {@code
 * foreign_key_checks = 0}, and an index a foreign key needs is never dropped. Unique indexes stay
 * too, so a duplicate is refused as its row arrives.
 */
final class MySqlDeferrals {

  private MySqlDeferrals() {}

  static List<DeferredObject> find(Connection c, List<TableRef> tables) throws SQLException {
    List<DeferredObject> out = new ArrayList<>();
    for (TableRef t : tables) {
      triggers(c, t, out);
    }
    for (TableRef t : tables) {
      indexes(c, t, out);
    }
    return out;
  }

  private static void triggers(Connection c, TableRef t, List<DeferredObject> out)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select trigger_name from information_schema.triggers"
                + " where event_object_schema = ? and event_object_table = ?"
                + " order by action_order, trigger_name")) {
      ps.setString(1, t.schema());
      ps.setString(2, t.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    for (String name : names) {
      String qualified = MySqlSql.quote(t.schema()) + "." + MySqlSql.quote(name);
      String create;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("show create trigger " + qualified)) {
        if (!rs.next()) {
          continue;
        }
        create = rs.getString("SQL Original Statement");
      }
      out.add(
          new DeferredObject(
              DeferredObject.Kind.TRIGGER,
              t,
              name,
              List.of("drop trigger if exists " + qualified),
              List.of(create)));
    }
  }

  private static void indexes(Connection c, TableRef t, List<DeferredObject> out)
      throws SQLException {
    Set<String> foreignKeyLeads = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select column_name from information_schema.key_column_usage"
                + " where table_schema = ? and table_name = ? and referenced_table_name is not null"
                + " and ordinal_position = 1")) {
      ps.setString(1, t.schema());
      ps.setString(2, t.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          foreignKeyLeads.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, List<String>> parts = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    Set<String> skip = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select index_name, column_name, sub_part, index_type, collation, seq_in_index"
                + " from information_schema.statistics"
                + " where table_schema = ? and table_name = ? and non_unique = 1"
                + " order by index_name, seq_in_index")) {
      ps.setString(1, t.schema());
      ps.setString(2, t.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String index = rs.getString(1);
          String column = rs.getString(2);
          if (column == null) {
            skip.add(index); // a functional index: its expression is not listed here
            continue;
          }
          if (rs.getInt(6) == 1 && foreignKeyLeads.contains(column.toLowerCase(Locale.ROOT))) {
            skip.add(index);
          }
          String sub = rs.getString(3);
          String part =
              MySqlSql.quote(column)
                  + (sub == null ? "" : "(" + sub + ")")
                  + ("D".equals(rs.getString(5)) ? " desc" : "");
          parts.computeIfAbsent(index, k -> new ArrayList<>()).add(part);
          types.put(index, rs.getString(4));
        }
      }
    }
    for (Map.Entry<String, List<String>> e : parts.entrySet()) {
      String index = e.getKey();
      if (skip.contains(index)) {
        continue;
      }
      String type = types.get(index);
      String prefix =
          "FULLTEXT".equals(type) ? "fulltext " : "SPATIAL".equals(type) ? "spatial " : "";
      String alter = "alter table " + MySqlSql.table(t);
      out.add(
          new DeferredObject(
              DeferredObject.Kind.INDEX,
              t,
              index,
              List.of(alter + " drop index " + MySqlSql.quote(index)),
              List.of(
                  alter
                      + " add "
                      + prefix
                      + "index "
                      + MySqlSql.quote(index)
                      + " ("
                      + String.join(", ", e.getValue())
                      + ")")));
    }
  }
}
