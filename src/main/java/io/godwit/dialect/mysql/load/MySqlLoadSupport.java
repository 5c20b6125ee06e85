package io.godwit.dialect.mysql.load;

import io.godwit.dialect.CatalogRequest;
import io.godwit.dialect.ConditionSql;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.JdbcValues;
import io.godwit.dialect.MultiRowInsertWriter;
import io.godwit.dialect.ScriptStatement;
import io.godwit.dialect.TableStatistics;
import io.godwit.load.Condition;
import io.godwit.load.ConnectionRole;
import io.godwit.load.DeferredObject;
import io.godwit.load.FailureKind;
import io.godwit.load.LoadSupport;
import io.godwit.load.ReadColumn;
import io.godwit.load.ReadRequest;
import io.godwit.load.RowSource;
import io.godwit.load.TableRef;
import io.godwit.load.TableSize;
import io.godwit.load.TableWriter;
import io.godwit.load.ValueKind;
import io.godwit.load.WriteColumn;
import io.godwit.load.WriteMethod;
import io.godwit.load.WriteRequest;
import io.godwit.model.DataType;
import io.godwit.model.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MySQL and MariaDB as a load source (streaming reads) and target (LOAD DATA LOCAL INFILE). */
public final class MySqlLoadSupport implements LoadSupport {

  private static final String TARGET_SQL_MODE =
      "STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION";

  private final Dialect dialect;

  public MySqlLoadSupport(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String productName() {
    return "MySQL/MariaDB";
  }

  @Override
  public Map<String, String> connectionProperties(ConnectionRole role) {
    if (role == ConnectionRole.TARGET) {
      // The driver reads LOAD DATA's "file" from the stream the writer hands it.
      return Map.of(
          "allowLoadLocalInfile", "true",
          "characterEncoding", "UTF-8",
          "useServerPrepStmts", "false");
    }
    return Map.of(
        "characterEncoding", "UTF-8",
        "useServerPrepStmts", "false",
        "useCursorFetch", "false",
        "netTimeoutForStreamingResults", "3600");
  }

  @Override
  public void prepareSession(Connection connection, ConnectionRole role) throws SQLException {
    try (Statement s = connection.createStatement()) {
      if (role == ConnectionRole.TARGET) {
        connection.setAutoCommit(false);
        s.execute(
            "set session time_zone = '+00:00', sql_mode = '"
                + TARGET_SQL_MODE
                + "', foreign_key_checks = 0");
        connection.commit();
      } else {
        connection.setAutoCommit(true);
        s.execute("set session time_zone = '+00:00'");
      }
    }
  }

  @Override
  public Database readCatalog(Connection connection, List<String> schemas) throws SQLException {
    try {
      return dialect.catalogReader().read(connection, CatalogRequest.of(schemas));
    } finally {
      endRead(connection);
    }
  }

  @Override
  public ValueKind kindOf(DataType type) {
    return MySqlKinds.of(type);
  }

  @Override
  public TableSize estimateSize(Connection connection, TableRef table) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select table_rows, avg_row_length from information_schema.tables"
                + " where table_schema = ? and table_name = ?")) {
      ps.setString(1, table.schema());
      ps.setString(2, table.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return TableSize.unknown();
        }
        long rows = rs.getLong(1);
        boolean rowsKnown = !rs.wasNull();
        long width = rs.getLong(2);
        return new TableSize(rowsKnown ? rows : -1, width > 0 ? width : -1);
      }
    } finally {
      endRead(connection);
    }
  }

  @Override
  public long countRows(Connection connection, TableRef table, Condition filter)
      throws SQLException {
    try {
      return new TableStatistics(MySqlSql::quote)
          .countRows(connection, MySqlSql.table(table), filter);
    } finally {
      endRead(connection);
    }
  }

  @Override
  public Optional<long[]> integerBounds(
      Connection connection, TableRef table, String column, Condition filter) throws SQLException {
    try {
      return new TableStatistics(MySqlSql::quote)
          .integerBounds(connection, MySqlSql.table(table), column, filter);
    } finally {
      endRead(connection);
    }
  }

  private static void endRead(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  @Override
  public RowSource openReader(Connection connection, ReadRequest request) throws SQLException {
    List<String> names = new ArrayList<>();
    for (ReadColumn c : request.columns()) {
      names.add(c.name());
    }
    ConditionSql where = new ConditionSql(MySqlSql::quote);
    String sql =
        "select "
            + MySqlSql.columns(names)
            + " from "
            + MySqlSql.table(request.table())
            + where.whereClause(request.filter());
    PreparedStatement ps =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    try {
      // Integer.MIN_VALUE: Connector/J streams the result one row at a time.
      ps.setFetchSize(Integer.MIN_VALUE);
      JdbcValues.bindAll(ps, where.binds());
      boolean[] text = new boolean[request.columns().size()];
      for (int i = 0; i < text.length; i++) {
        text[i] = request.text(i) && readsText(request.columns().get(i));
      }
      return new MySqlRowSource(ps, request.columns(), text, request.lobs(), request.notes());
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  @Override
  public boolean readsText(ReadColumn column) {
    return MySqlKinds.readsAsText(column);
  }

  @Override
  public TableWriter openWriter(Connection connection, WriteRequest request) throws SQLException {
    String table = MySqlSql.table(request.table());
    if (request.method() == WriteMethod.INSERT) {
      List<String> names = new ArrayList<>();
      StringBuilder row = new StringBuilder("(");
      for (WriteColumn c : request.columns()) {
        row.append(names.isEmpty() ? "?" : ", ?");
        names.add(c.name());
      }
      row.append(')');
      return new MultiRowInsertWriter(
          connection,
          "insert into " + table + " (" + MySqlSql.columns(names) + ") values ",
          row.toString(),
          request.columns(),
          (ps, index, value, column) -> JdbcValues.bind(ps, index, value, column.kind()),
          MySqlErrors::rowOf);
    }
    return new MySqlLoadDataWriter(connection, table, request.columns());
  }

  @Override
  public void truncate(Connection connection, TableRef table) throws SQLException {
    execute(connection, "truncate table " + MySqlSql.table(table));
  }

  @Override
  public long delete(Connection connection, TableRef table, Condition where) throws SQLException {
    ConditionSql condition = new ConditionSql(MySqlSql::quote);
    String sql = "delete from " + MySqlSql.table(table) + condition.whereClause(where);
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      JdbcValues.bindAll(ps, condition.binds());
      return ps.executeLargeUpdate();
    }
  }

  @Override
  public void dropTable(Connection connection, TableRef table) throws SQLException {
    execute(connection, "drop table if exists " + MySqlSql.table(table));
  }

  @Override
  public void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
    execute(
        connection,
        "create database if not exists " + MySqlSql.quote(schema) + " character set utf8mb4");
  }

  @Override
  public List<DeferredObject> deferrableObjects(Connection connection, List<TableRef> tables)
      throws SQLException {
    try {
      return MySqlDeferrals.find(connection, tables);
    } finally {
      endRead(connection);
    }
  }

  @Override
  public void resetIdentities(Connection connection, TableRef table) throws SQLException {
    String column = null;
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select column_name from information_schema.columns where table_schema = ?"
                + " and table_name = ? and extra like '%auto_increment%'")) {
      ps.setString(1, table.schema());
      ps.setString(2, table.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          column = rs.getString(1);
        }
      }
    }
    if (column == null) {
      return;
    }
    long max;
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select max(" + MySqlSql.quote(column) + ") from " + MySqlSql.table(table))) {
      rs.next();
      max = rs.getLong(1);
      if (rs.wasNull()) {
        return;
      }
    }
    // InnoDB already moves the counter past explicit values; this makes it explicit.
    execute(connection, "alter table " + MySqlSql.table(table) + " auto_increment = " + (max + 1));
  }

  @Override
  public List<String> splitScript(String script) {
    return dialect.splitStatements(script).stream().map(ScriptStatement::text).toList();
  }

  @Override
  public void execute(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public FailureKind classify(SQLException failure) {
    return MySqlErrors.classify(failure);
  }
}
