package io.godwit.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs catalog queries for a reader: logs each statement at debug level (so a user can see what
 * failed), counts round trips, and names the step in any failure.
 */
public final class CatalogQueries {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogQueries.class);

  /** Maps the current row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(Row row) throws SQLException;
  }

  /** Consumes the current row. */
  @FunctionalInterface
  public interface RowHandler {
    void accept(Row row) throws SQLException;
  }

  /** A SQL array parameter ({@code = any(?)} on PostgreSQL). */
  public record ArrayParam(String elementType, List<String> values) {}

  private final Connection connection;
  private final CatalogRequest request;

  public CatalogQueries(Connection connection, CatalogRequest request) {
    this.connection = connection;
    this.request = request;
  }

  /** Runs {@code sql} and maps every row. */
  public <T> List<T> list(String step, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    List<T> out = new ArrayList<>();
    each(step, sql, row -> out.add(mapper.map(row)), params);
    return out;
  }

  /** Runs {@code sql} and hands every row to {@code handler}. */
  public void each(String step, String sql, RowHandler handler, Object... params)
      throws SQLException {
    request.progress().accept(step);
    long started = System.nanoTime();
    int rows = 0;
    LOG.debug("catalog query [{}]:\n{}", step, sql);
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setFetchSize(2_000);
      bind(ps, params);
      request.roundTrips().add();
      try (ResultSet rs = ps.executeQuery()) {
        Row row = new Row(rs);
        while (rs.next()) {
          handler.accept(row);
          rows++;
        }
      }
    } catch (SQLException e) {
      LOG.debug("catalog query [{}] failed: {}\n{}", step, e.getMessage(), sql);
      throw new SQLException(
          "reading " + step + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
    }
    LOG.debug(
        "catalog query [{}]: {} rows in {} ms", step, rows, (System.nanoTime() - started) / 1e6);
  }

  private void bind(PreparedStatement ps, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof ArrayParam a) {
        ps.setArray(i + 1, connection.createArrayOf(a.elementType(), a.values().toArray()));
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }
}
