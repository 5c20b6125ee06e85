package io.godwit.dialect;

import io.godwit.load.Condition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The row count and the integer key range of a table, with an optional load filter: the same {@code
 * count(*)} and {@code min/max} query on every product, with the product's quoting.
 */
public final class TableStatistics {

  private final UnaryOperator<String> quote;

  /**
   * @param quote the product's identifier quoting
   */
  public TableStatistics(UnaryOperator<String> quote) {
    this.quote = quote;
  }

  /** The rows of {@code tableSql} (already quoted) that pass {@code filter}. */
  public long countRows(Connection connection, String tableSql, Condition filter)
      throws SQLException {
    ConditionSql where = new ConditionSql(quote);
    String sql = "select count(*) from " + tableSql + where.whereClause(filter);
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      JdbcValues.bindAll(ps, where.binds());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The smallest and largest value of an integer column, or empty when no row passes. */
  public Optional<long[]> integerBounds(
      Connection connection, String tableSql, String column, Condition filter) throws SQLException {
    ConditionSql where = new ConditionSql(quote);
    String c = quote.apply(column);
    String sql =
        "select min(" + c + "), max(" + c + ") from " + tableSql + where.whereClause(filter);
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      JdbcValues.bindAll(ps, where.binds());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long min = rs.getLong(1);
        if (rs.wasNull()) {
          return Optional.empty();
        }
        return Optional.of(new long[] {min, rs.getLong(2)});
      }
    }
  }
}
