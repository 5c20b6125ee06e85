package io.godwit.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The current row of a catalog query, with null-aware getters. */
public final class Row {

  private final ResultSet rs;

  Row(ResultSet rs) {
    this.rs = rs;
  }

  public String string(String column) throws SQLException {
    return rs.getString(column);
  }

  /** The value as a string with trailing blanks removed (CHAR columns of some catalogs). */
  public String trimmed(String column) throws SQLException {
    String v = rs.getString(column);
    return v == null ? null : v.stripTrailing();
  }

  public Integer integer(String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  public Long longValue(String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  public BigInteger bigInteger(String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column);
    return v == null ? null : v.toBigInteger();
  }

  /** A boolean column; also accepts 'Y'/'YES'/'1' text as true. */
  public boolean bool(String column) throws SQLException {
    Object v = rs.getObject(column);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.intValue() != 0;
    }
    String s = v.toString().strip();
    return s.equalsIgnoreCase("y")
        || s.equalsIgnoreCase("yes")
        || s.equals("1")
        || s.equalsIgnoreCase("t")
        || s.equalsIgnoreCase("true");
  }

  /** A SQL array column as a list of strings (an empty list for NULL). */
  public List<String> strings(String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<String> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(v == null ? null : v.toString());
    }
    return out;
  }

  /** A SQL array of small integers. */
  public List<Integer> integers(String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<Integer> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(v == null ? null : ((Number) v).intValue());
    }
    return out;
  }
}
