package io.godwit.dialect.mysql;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.RenderContext;
import io.godwit.convert.Rendered;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.dialect.ScriptStatement;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders hand-built IR with the MySQL back end and runs the text on a real server, statement by
 * statement as {@code godwit apply} does (MySqlDialect.splitStatements).
 */
final class MyFixture {

  static final ItemCatalog CATALOG = ItemCatalog.builtIn();

  final MyServer server;
  final String url;
  final ConvertOptions options;
  final MySqlBackEnd backEnd = new MySqlBackEnd();

  /** The items of the last render. */
  Items items;

  MyFixture(MyServer server, String url, ConvertOptions options) {
    this.server = server;
    this.url = url;
    this.options = options;
  }

  /** The database of the URL: the source schema objects are rendered for. */
  String database() {
    String rest = url.substring(url.lastIndexOf('/') + 1);
    int q = rest.indexOf('?');
    return q < 0 ? rest : rest.substring(0, q);
  }

  static ConvertOptions options(String version, Map<String, String> settings) {
    ConvertOptions o = ConvertOptions.defaults().withTargetVersion(version);
    for (Map.Entry<String, String> e : settings.entrySet()) {
      o = o.withTargetSetting(e.getKey(), e.getValue());
    }
    return o;
  }

  /** The same server and database with other options. */
  MyFixture with(ConvertOptions other) {
    return new MyFixture(server, url, other);
  }

  Rendered render(IrObject object, UnitKind kind) {
    ObjectRef source = new ObjectRef(database(), "X", kind);
    items = new Items(CATALOG, source);
    Rendered r =
        backEnd.render(
            object, new RenderContext(source, kind, items, backEnd.naming(options), options));
    if (Boolean.getBoolean("godwit.test.print")) {
      System.out.println("-- " + options.targetVersion() + " " + codes() + "\n" + r.sql());
    }
    return r;
  }

  List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (ActionItem i : items.list()) {
      codes.add(i.code());
    }
    return codes;
  }

  /** Renders and runs {@code object}, with the support functions it needs first. */
  Rendered apply(IrObject object, UnitKind kind) throws SQLException {
    Rendered r = render(object, kind);
    for (Rendered support : backEnd.support(r.support())) {
      run(support.sql());
    }
    run(r.sql());
    return r;
  }

  void run(String sql) throws SQLException {
    try (Connection c = server.connect(url);
        Statement s = c.createStatement()) {
      for (ScriptStatement st : new MySqlDialect().splitStatements(sql)) {
        try {
          s.execute(st.text());
        } catch (SQLException e) {
          throw new SQLException(
              e.getMessage() + "\nin statement:\n" + st.text(),
              e.getSQLState(),
              e.getErrorCode(),
              e);
        }
      }
    }
  }

  Object query(String sql) throws SQLException {
    try (Connection c = server.connect(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getObject(1) : null;
    }
  }

  String queryString(String sql) throws SQLException {
    Object o = query(sql);
    return o == null ? null : o.toString();
  }

  /** Every row of a query, each row's columns joined with '|'. */
  List<String> rows(String sql) throws SQLException {
    try (Connection c = server.connect(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rowsOf(rs);
    }
  }

  static List<String> rowsOf(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        if (i > 1) {
          row.append('|');
        }
        row.append(rs.getString(i));
      }
      out.add(row.toString());
    }
    return out;
  }

  /** Calls a procedure and returns the rows of its first result set. */
  List<String> callRows(String call) throws SQLException {
    try (Connection c = server.connect(url);
        CallableStatement s = c.prepareCall(call)) {
      boolean hasRows = s.execute();
      while (!hasRows && s.getUpdateCount() != -1) {
        hasRows = s.getMoreResults();
      }
      if (!hasRows) {
        return List.of();
      }
      try (ResultSet rs = s.getResultSet()) {
        return rowsOf(rs);
      }
    }
  }

  static QName q(String... parts) {
    return QName.of(parts);
  }

  static Expr col(String... parts) {
    return Expr.ColumnRef.of(parts);
  }

  static Expr col(SqlType type, String... parts) {
    return new Expr.ColumnRef(QName.of(parts), type);
  }

  static Expr var(String name, SqlType type) {
    return new Expr.VariableRef(QName.of(name), type);
  }

  static Expr num(long n) {
    return Expr.Literal.number(n);
  }

  static Expr str(String s) {
    return Expr.Literal.string(s);
  }
}
