package io.godwit.dialect.postgres.load;

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
import io.godwit.load.SourceText;
import io.godwit.load.TableRef;
import io.godwit.load.TableSize;
import io.godwit.load.TableWriter;
import io.godwit.load.ValueKind;
import io.godwit.load.WriteColumn;
import io.godwit.load.WriteMethod;
import io.godwit.load.WriteRequest;
import io.godwit.model.DataType;
import io.godwit.model.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL as a load source (cursor reads) and target (COPY). */
public final class PgLoadSupport implements LoadSupport {

  /**
   * Which COPY format {@link WriteMethod#AUTO} uses; binary was measurably faster (see
   * docs/benchmarks.md), text is used for tables with a type the binary encoder does not know.
   */
  static final WriteMethod AUTO_FORMAT = WriteMethod.BULK_BINARY;

  private final Dialect dialect;

  public PgLoadSupport(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String productName() {
    return "PostgreSQL";
  }

  @Override
  public Map<String, String> connectionProperties(ConnectionRole role) {
    // Strings bind as untyped literals, so text values reach enum, json, inet... columns.
    return Map.of("stringtype", "unspecified");
  }

  @Override
  public void prepareSession(Connection connection, ConnectionRole role) throws SQLException {
    // A cursor (and so a flat memory) needs autocommit off; writes commit per segment.
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("set statement_timeout = 0");
    }
    connection.commit();
  }

  @Override
  public Database readCatalog(Connection connection, List<String> schemas) throws SQLException {
    return dialect.catalogReader().read(connection, CatalogRequest.of(schemas));
  }

  @Override
  public ValueKind kindOf(DataType type) {
    return PgKinds.of(type);
  }

  @Override
  public TableSize estimateSize(Connection connection, TableRef table) throws SQLException {
    String sql =
        """
        select c.reltuples::bigint, pg_table_size(c.oid)
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = ? and c.relname = ?
        """;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, table.schema());
      ps.setString(2, table.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return TableSize.unknown();
        }
        long rows = rs.getLong(1);
        long bytes = rs.getLong(2);
        if (rows <= 0) {
          return new TableSize(bytes <= 8192 && rows == 0 ? 0 : -1, -1);
        }
        return new TableSize(rows, Math.max(1, bytes / rows));
      }
    } finally {
      endRead(connection);
    }
  }

  @Override
  public long countRows(Connection connection, TableRef table, Condition filter)
      throws SQLException {
    try {
      return new TableStatistics(PgSql::quote).countRows(connection, PgSql.table(table), filter);
    } finally {
      endRead(connection);
    }
  }

  @Override
  public Optional<long[]> integerBounds(
      Connection connection, TableRef table, String column, Condition filter) throws SQLException {
    try {
      return new TableStatistics(PgSql::quote)
          .integerBounds(connection, PgSql.table(table), column, filter);
    } finally {
      endRead(connection);
    }
  }

  /** Ends the read transaction a metadata query opened (autocommit is off). */
  private static void endRead(Connection connection) throws SQLException {
    connection.commit();
  }

  @Override
  public RowSource openReader(Connection connection, ReadRequest request) throws SQLException {
    List<String> names = new ArrayList<>();
    for (ReadColumn c : request.columns()) {
      names.add(c.name());
    }
    ConditionSql where = new ConditionSql(PgSql::quote);
    String condition = where.render(request.filter());
    String sql =
        "select "
            + PgSql.columns(names)
            + " from "
            + PgSql.table(request.table())
            + (condition == null ? "" : " where " + condition);
    int fetch = fetchSize(connection, request, condition);
    PreparedStatement ps =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    try {
      ps.setFetchSize(fetch);
      JdbcValues.bindAll(ps, where.binds());
      return new PgRowSource(ps, request.columns(), request.lobs());
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** About how much of the heap one fetch of rows may take (the driver holds a fetch at once). */
  private static final long FETCH_BYTES = 16L << 20;

  /**
   * The rows per fetch for a read. Statistics do not see the real width of toasted (compressed,
   * out-of-line) values, so when a table has unbounded text, binary or JSON columns the widest of
   * its first rows is measured first, and the fetch is sized so that rows that wide fill about
   * {@link #FETCH_BYTES}.
   */
  private static int fetchSize(Connection connection, ReadRequest request, String where)
      throws SQLException {
    int fetch = Math.max(1, request.fetchSize());
    List<String> wide = new ArrayList<>();
    for (ReadColumn c : request.columns()) {
      if (isWide(c)) {
        wide.add(c.name());
      }
    }
    if (wide.isEmpty()) {
      return fetch;
    }
    StringBuilder width = new StringBuilder();
    for (String c : wide) {
      width
          .append(width.length() == 0 ? "" : " + ")
          .append("coalesce(octet_length(")
          .append(PgSql.quote(c))
          .append("::text), 0)");
    }
    String sample =
        "select max("
            + width
            + ") from (select "
            + PgSql.columns(wide)
            + " from "
            + PgSql.table(request.table())
            + (where == null ? "" : " where " + where)
            + " limit 200) s";
    ConditionSql binds = new ConditionSql(PgSql::quote);
    binds.render(request.filter());
    try (PreparedStatement ps = connection.prepareStatement(sample)) {
      JdbcValues.bindAll(ps, binds.binds());
      try (ResultSet rs = ps.executeQuery()) {
        long widest = rs.next() ? rs.getLong(1) : 0;
        // text arrives as UTF-8 and becomes UTF-16; bytea arrives as hex: count each byte twice
        long perRow = 2 * widest + 64L * request.columns().size();
        return (int) Math.max(1, Math.min(fetch, FETCH_BYTES / perRow));
      }
    }
  }

  private static boolean isWide(ReadColumn c) {
    if (c.kind() != ValueKind.TEXT && c.kind() != ValueKind.BINARY && c.kind() != ValueKind.JSON) {
      return false;
    }
    return c.type().length() == null || c.type().length() > 2000;
  }

  /**
   * COPY takes a value's text form in both formats: text passes it on (escaped), binary parses it
   * straight into the wire form (see {@link PgBinaryEncoder}).
   */
  @Override
  public boolean writesText(WriteColumn column, WriteMethod method) {
    return method != WriteMethod.INSERT
        && SourceText.carries(column.kind())
        && PgKinds.of(column.type()) == column.kind();
  }

  @Override
  public TableWriter openWriter(Connection connection, WriteRequest request) throws SQLException {
    List<String> names = new ArrayList<>();
    ValueKind[] kinds = new ValueKind[request.columns().size()];
    boolean[] bits = new boolean[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      WriteColumn c = request.columns().get(i);
      names.add(c.name());
      kinds[i] = c.kind();
      bits[i] = c.type().name().equalsIgnoreCase("bit");
    }
    String table = PgSql.table(request.table());
    WriteMethod method = request.method() == WriteMethod.AUTO ? AUTO_FORMAT : request.method();
    if (method == WriteMethod.INSERT) {
      StringBuilder row = new StringBuilder("(");
      for (int i = 0; i < names.size(); i++) {
        row.append(i == 0 ? "?" : ", ?");
      }
      row.append(')');
      return new MultiRowInsertWriter(
          connection,
          "insert into "
              + table
              + " ("
              + PgSql.columns(names)
              + ") overriding system value values ",
          row.toString(),
          request.columns(),
          PgLoadSupport::bind,
          e -> -1);
    }
    String copy = "copy " + table + " (" + PgSql.columns(names) + ") from stdin";
    if (method == WriteMethod.BULK_BINARY) {
      PgBinaryEncoder binary = PgBinaryEncoder.forColumns(request.columns());
      if (binary != null) {
        return new PgCopyWriter(connection, copy + " (format binary)", binary);
      }
    }
    return new PgCopyWriter(connection, copy, new PgTextEncoder(kinds, bits));
  }

  /**
   * Binds an INSERT parameter. NULL goes untyped, so it fits any column; a boolean for a bit column
   * goes as the text 1 or 0.
   */
  private static void bind(PreparedStatement ps, int index, Object value, WriteColumn column)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, java.sql.Types.OTHER);
    } else if (value instanceof Boolean b && column.type().name().equalsIgnoreCase("bit")) {
      ps.setString(index, b ? "1" : "0");
    } else {
      JdbcValues.bind(ps, index, value, column.kind());
    }
  }

  @Override
  public void truncate(Connection connection, TableRef table) throws SQLException {
    execute(connection, "truncate table " + PgSql.table(table));
  }

  @Override
  public long delete(Connection connection, TableRef table, Condition where) throws SQLException {
    ConditionSql condition = new ConditionSql(PgSql::quote);
    String sql = "delete from " + PgSql.table(table) + condition.whereClause(where);
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      JdbcValues.bindAll(ps, condition.binds());
      return ps.executeLargeUpdate();
    }
  }

  @Override
  public void dropTable(Connection connection, TableRef table) throws SQLException {
    execute(connection, "drop table if exists " + PgSql.table(table) + " cascade");
  }

  @Override
  public void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
    execute(connection, "create schema if not exists " + PgSql.quote(schema));
  }

  @Override
  public List<DeferredObject> deferrableObjects(Connection connection, List<TableRef> tables)
      throws SQLException {
    try {
      return PgDeferrals.find(connection, tables);
    } finally {
      endRead(connection);
    }
  }

  @Override
  public void resetIdentities(Connection connection, TableRef table) throws SQLException {
    String find =
        """
        select a.attname, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname)
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = ? and c.relname = ? and a.attnum > 0 and not a.attisdropped
           and pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) is not null
        """;
    List<String[]> owned = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(find)) {
      ps.setString(1, table.schema());
      ps.setString(2, table.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          owned.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    for (String[] o : owned) {
      String column = PgSql.quote(o[0]);
      String sql =
          "select setval(?::regclass, coalesce(max("
              + column
              + "), (select s.seqstart from pg_sequence s where s.seqrelid = ?::regclass)), max("
              + column
              + ") is not null) from "
              + PgSql.table(table);
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, o[1]);
        ps.setString(2, o[1]);
        ps.executeQuery().close();
      }
    }
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
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return FailureKind.CONNECTION;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    String state = failure.getSQLState() == null ? "" : failure.getSQLState();
    if (state.startsWith("08")
        || state.startsWith("57P")
        || state.equals("40001")
        || state.equals("40P01")) {
      return FailureKind.CONNECTION;
    }
    if (failure instanceof io.godwit.load.RowFailureException
        || state.startsWith("22")
        || state.startsWith("23")
        || state.equals("54000")) {
      return FailureKind.DATA;
    }
    return FailureKind.FATAL;
  }
}
