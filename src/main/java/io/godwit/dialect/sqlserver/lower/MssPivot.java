package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PIVOT and UNPIVOT as plain SQL. {@code src PIVOT (agg(v) FOR c IN ([a], [b])) AS p} is a derived
 * table grouping src by its other columns with one {@code agg(v) FILTER (WHERE c = 'a')} column per
 * value; {@code src UNPIVOT (v FOR n IN (a, b)) AS u} is a derived table over src joined with
 * {@code LATERAL (VALUES ('a', a), ('b', b))}, without the rows whose value is NULL (as T-SQL).
 * Both need the source's columns, known from the scripts' tables or a derived table's select list;
 * otherwise the construct is an item.
 */
final class MssPivot {

  private static final Ident SOURCE = Ident.of("godwit_source");
  private static final Ident ROWS = Ident.of("godwit_unpivot");

  private final MssContext cx;
  private final MssExpr ex;

  MssPivot(MssContext cx, MssExpr ex) {
    this.cx = cx;
    this.ex = ex;
  }

  /** The join part {@code j} (a PIVOT or UNPIVOT) applied to {@code left}. */
  FromItem apply(FromItem left, TSqlParser.JoinPartContext j) {
    List<String> columns = columns(left);
    if (columns == null) {
      cx.item(
          MssItems.PIVOT,
          "the columns of the PIVOT / UNPIVOT source are not known (SELECT * or a table the"
              + " scripts do not create): list them in a derived table",
          j);
      return left;
    }
    if (j instanceof TSqlParser.PivotJoinContext p) {
      return pivot(left, columns, p);
    }
    return unpivot(left, columns, (TSqlParser.UnpivotJoinContext) j);
  }

  private FromItem pivot(FromItem left, List<String> columns, TSqlParser.PivotJoinContext p) {
    Expr call = ex.call(p.functionCall());
    if (!(call instanceof Expr.FunctionCall f) || f.filter() != null) {
      cx.item(MssItems.PIVOT, "the PIVOT aggregate is not a plain aggregate", p.functionCall());
      return left;
    }
    List<TSqlParser.IdentifierContext> pivotParts = p.pivotColumn.identifier();
    String pivotColumn =
        io.godwit.dialect.sqlserver.script.TsqlNames.name(pivotParts.get(pivotParts.size() - 1));
    Set<String> used = new LinkedHashSet<>();
    used.add(pivotColumn.toLowerCase(Locale.ROOT));
    collectColumns(p.functionCall(), used);
    List<Query.SelectItem> items = new ArrayList<>();
    List<Expr> groupBy = new ArrayList<>();
    for (String c : columns) {
      if (!used.contains(c.toLowerCase(Locale.ROOT))) {
        Expr ref = new Expr.ColumnRef(QName.of(Ident.of(c)), cx.columnType(c));
        items.add(new Query.SelectItem(ref, null));
        groupBy.add(ref);
      }
    }
    Expr pivotRef = new Expr.ColumnRef(QName.of(Ident.of(pivotColumn)), cx.columnType(pivotColumn));
    for (TSqlParser.IdentifierContext v : p.columnAliases().identifier()) {
      String value = io.godwit.dialect.sqlserver.script.TsqlNames.name(v);
      // A string literal takes the pivot column's type on PostgreSQL, as T-SQL converts the
      // bracketed value to it.
      Expr filter = new Expr.Binary(BinaryOp.EQ, pivotRef, Expr.Literal.string(value));
      items.add(
          new Query.SelectItem(
              new Expr.FunctionCall(
                  f.name(), f.args(), f.distinct(), f.withinGroup(), filter, f.type(), f.span()),
              Ident.of(value)));
    }
    Query.Select grouped =
        new Query.Select(
            null, false, items, List.of(left), null, groupBy, null, null, null, null, null);
    return new FromItem.DerivedTable(grouped, alias(p.tableAlias()), null, false);
  }

  private FromItem unpivot(FromItem left, List<String> columns, TSqlParser.UnpivotJoinContext u) {
    Ident value = MssNames.ident(u.valueColumn);
    Ident name = MssNames.ident(u.nameColumn);
    Set<String> unpivoted = new LinkedHashSet<>();
    List<List<Expr>> rows = new ArrayList<>();
    for (TSqlParser.IdentifierContext c : u.columnAliases().identifier()) {
      String column = io.godwit.dialect.sqlserver.script.TsqlNames.name(c);
      unpivoted.add(column.toLowerCase(Locale.ROOT));
      rows.add(
          List.of(
              Expr.Literal.string(column),
              new Expr.ColumnRef(QName.of(Ident.of(column)), cx.columnType(column))));
    }
    List<Query.SelectItem> items = new ArrayList<>();
    for (String c : columns) {
      if (!unpivoted.contains(c.toLowerCase(Locale.ROOT))) {
        items.add(new Query.SelectItem(new Expr.ColumnRef(QName.of(Ident.of(c)), null), null));
      }
    }
    items.add(new Query.SelectItem(new Expr.ColumnRef(QName.of(ROWS, name), null), null));
    items.add(new Query.SelectItem(new Expr.ColumnRef(QName.of(ROWS, value), null), null));
    FromItem values =
        new FromItem.DerivedTable(new Query.Values(rows), ROWS, List.of(name, value), true);
    FromItem joined = new FromItem.Join(FromItem.JoinType.CROSS, left, values, null, null, false);
    Expr notNull = new Expr.IsNull(new Expr.ColumnRef(QName.of(ROWS, value), null), true);
    Query.Select select =
        new Query.Select(
            null, false, items, List.of(joined), notNull, null, null, null, null, null, null);
    return new FromItem.DerivedTable(select, alias(u.tableAlias()), null, false);
  }

  /** The names of the columns a FROM item gives, or null when they are not known. */
  private List<String> columns(FromItem f) {
    if (f instanceof FromItem.TableRef t) {
      List<String> out = new ArrayList<>();
      List<Ident> parts = t.name().parts();
      String schema = parts.size() > 1 ? parts.get(parts.size() - 2).text() : null;
      for (io.godwit.model.Column c : cx.catalog.columns(schema, t.name().last().text())) {
        out.add(c.name());
      }
      return out.isEmpty() ? null : out;
    }
    if (f instanceof FromItem.DerivedTable d) {
      if (!d.columnAliases().isEmpty()) {
        return d.columnAliases().stream().map(Ident::text).toList();
      }
      if (d.query() instanceof Query.Select s) {
        List<String> out = new ArrayList<>();
        for (Query.SelectItem i : s.items()) {
          if (i.alias() != null) {
            out.add(i.alias().text());
          } else if (i.expr() instanceof Expr.ColumnRef c) {
            out.add(c.name().last().text());
          } else {
            return null;
          }
        }
        return out;
      }
    }
    return null;
  }

  /** The column names an aggregate's arguments read: they are not grouping columns. */
  private static void collectColumns(org.antlr.v4.runtime.tree.ParseTree t, Set<String> into) {
    if (t instanceof TSqlParser.ColumnExprContext c) {
      List<TSqlParser.IdentifierContext> parts = c.qualifiedName().identifier();
      into.add(
          io.godwit.dialect.sqlserver.script.TsqlNames.name(parts.get(parts.size() - 1))
              .toLowerCase(Locale.ROOT));
      return;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      collectColumns(t.getChild(i), into);
    }
  }

  private static Ident alias(TSqlParser.TableAliasContext a) {
    return a == null ? SOURCE : MssNames.ident(a.identifier());
  }
}
