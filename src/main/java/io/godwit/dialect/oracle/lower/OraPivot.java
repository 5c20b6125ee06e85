package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.model.Column;
import io.godwit.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PIVOT and UNPIVOT as plain SQL. PIVOT becomes a derived table grouped by the source's other
 * columns, with one aggregate per IN value and aggregate, filtered to the rows of that value
 * ({@code sum(x) FILTER (WHERE col = 'v')}), named as Oracle names it ({@code v_alias}). UNPIVOT
 * becomes the source joined to {@code LATERAL (VALUES ('name', col), ...)}, one row per IN column,
 * rows whose values are all NULL left out unless INCLUDE NULLS is given. Both need the source's
 * columns: a table of the catalog, or a subquery whose select list names every column. When they
 * are not known (or the clause is PIVOT XML, or IN takes a subquery or ANY) the caller raises the
 * item.
 */
final class OraPivot {

  /** The name of a subquery that PIVOT or UNPIVOT reads, inside the rewritten query. */
  static final Ident SOURCE = Ident.of("GODWIT_SRC");

  private static final Ident UNPIVOTED = Ident.of("GODWIT_UNPIVOT");

  private final OraLower l;

  /** Why the clause cannot be rewritten, or null when it can. */
  private String problem;

  OraPivot(OraLower l) {
    this.l = l;
  }

  String problem() {
    return problem;
  }

  /** The source's column names, or null when they are not known. */
  List<Ident> sourceColumns(FromItem f) {
    if (f instanceof FromItem.TableRef t) {
      QName name = t.name();
      String schema = name.size() > 1 ? name.qualifier().last().text() : null;
      Table table = l.types.table(schema, name.last().text());
      if (table == null) {
        return null;
      }
      List<Ident> out = new ArrayList<>();
      for (Column c : table.columns()) {
        out.add(OraNames.ident(c.name()));
      }
      return out;
    }
    if (f instanceof FromItem.DerivedTable d) {
      return queryColumns(d.query());
    }
    return null;
  }

  private static List<Ident> queryColumns(Query q) {
    if (q instanceof Query.SetOperation s) {
      return queryColumns(s.left());
    }
    if (!(q instanceof Query.Select s)) {
      return null;
    }
    List<Ident> out = new ArrayList<>();
    for (Query.SelectItem item : s.items()) {
      if (item.alias() != null) {
        out.add(item.alias());
      } else if (item.expr() instanceof Expr.ColumnRef c) {
        out.add(c.name().last());
      } else {
        return null; // * or an expression named by its text
      }
    }
    return out;
  }

  /** PIVOT over {@code source}, or null (see {@link #problem()}). */
  FromItem pivot(
      PlSqlParser.Pivot_clauseContext p, FromItem source, List<Ident> columns, Ident alias) {
    if (p.XML() != null) {
      return fail("PIVOT XML has no equivalent");
    }
    PlSqlParser.Pivot_in_clauseContext in = p.pivot_in_clause();
    if (in.subquery() != null || !in.ANY().isEmpty()) {
      return fail("PIVOT ... IN (subquery | ANY) makes columns at run time");
    }
    List<Ident> forColumns = forColumns(p.pivot_for_clause());
    List<Expr> aggregates = new ArrayList<>();
    List<Ident> aggregateNames = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Ident c : forColumns) {
      used.add(key(c));
    }
    for (PlSqlParser.Pivot_aggregateContext a : p.pivot_aggregate()) {
      Expr e = l.expr.expression(a.expression());
      if (!(e instanceof Expr.FunctionCall f) || f.filter() != null) {
        return fail("the PIVOT aggregate is not a plain aggregate call");
      }
      aggregates.add(e);
      aggregateNames.add(a.column_alias() == null ? null : OraQuery.alias(a.column_alias()));
      collectColumns(e, used);
    }
    List<Query.SelectItem> items = new ArrayList<>();
    List<Expr> groupBy = new ArrayList<>();
    for (Ident c : columns) {
      if (!used.contains(key(c))) {
        Expr ref = column(c);
        items.add(new Query.SelectItem(ref, null));
        groupBy.add(ref);
      }
    }
    for (PlSqlParser.Pivot_in_itemContext item : in.pivot_in_item()) {
      Expr value = l.expr.expression(item.expression());
      Expr match = match(forColumns, value);
      if (match == null) {
        return fail("the PIVOT IN value does not match the FOR columns");
      }
      Ident valueName =
          item.column_alias() != null
              ? OraQuery.alias(item.column_alias())
              : OraNames.ident(item.expression().getText());
      for (int i = 0; i < aggregates.size(); i++) {
        Expr.FunctionCall f = (Expr.FunctionCall) aggregates.get(i);
        Ident name =
            aggregateNames.get(i) == null ? valueName : join(valueName, aggregateNames.get(i));
        Expr filtered =
            new Expr.FunctionCall(
                f.name(), f.args(), f.distinct(), f.withinGroup(), match, f.type(), f.span());
        items.add(new Query.SelectItem(filtered, name));
      }
    }
    Query.Select select =
        new Query.Select(
            null, false, items, List.of(source), null, groupBy, null, null, null, null, null);
    return new FromItem.DerivedTable(
        select, alias == null ? Ident.of("PIVOTED") : alias, null, false);
  }

  /** UNPIVOT over {@code source}, or null (see {@link #problem()}). */
  FromItem unpivot(
      PlSqlParser.Unpivot_clauseContext u, FromItem source, List<Ident> columns, Ident alias) {
    List<Ident> valueColumns =
        u.column_name() != null
            ? List.of(name(u.column_name()))
            : l.query.columnList(u.column_list());
    List<Ident> nameColumns = forColumns(u.pivot_for_clause());
    List<List<Expr>> rows = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (PlSqlParser.Unpivot_in_itemContext item : u.unpivot_in_item()) {
      List<Ident> from =
          item.column_name() != null
              ? List.of(name(item.column_name()))
              : l.query.columnList(item.column_list());
      if (from.size() != valueColumns.size()) {
        return fail("an UNPIVOT IN item does not have one column per value column");
      }
      List<Expr> row = new ArrayList<>();
      if (item.expression() != null) {
        Expr label = l.expr.expression(item.expression());
        List<Expr> labels =
            nameColumns.size() == 1
                ? List.of(label)
                : label instanceof Expr.RowValue rv ? rv.items() : List.of();
        if (labels.size() != nameColumns.size()) {
          return fail("an UNPIVOT IN label does not have one value per FOR column");
        }
        row.addAll(labels);
      } else if (nameColumns.size() == 1) {
        // Oracle's label is the column names (as stored, upper case) joined by '_'.
        StringBuilder label = new StringBuilder();
        for (Ident c : from) {
          label.append(label.length() == 0 ? "" : "_").append(c.text());
        }
        row.add(Expr.Literal.string(label.toString()));
      } else {
        return fail("an UNPIVOT IN item without AS has no label for several FOR columns");
      }
      for (Ident c : from) {
        used.add(key(c));
        row.add(column(c));
      }
      rows.add(row);
    }
    List<Query.SelectItem> items = new ArrayList<>();
    for (Ident c : columns) {
      if (!used.contains(key(c))) {
        items.add(new Query.SelectItem(column(c), null));
      }
    }
    List<Ident> produced = new ArrayList<>(nameColumns);
    produced.addAll(valueColumns);
    for (Ident c : produced) {
      items.add(new Query.SelectItem(new Expr.ColumnRef(QName.of(UNPIVOTED, c), null), null));
    }
    Expr where = null;
    if (u.INCLUDE() == null) {
      // EXCLUDE NULLS, the default: a row whose values are all NULL is left out.
      for (Ident c : valueColumns) {
        Expr notNull = new Expr.IsNull(new Expr.ColumnRef(QName.of(UNPIVOTED, c), null), true);
        where = where == null ? notNull : new Expr.Binary(BinaryOp.OR, where, notNull);
      }
    }
    FromItem values = new FromItem.DerivedTable(new Query.Values(rows), UNPIVOTED, produced, true);
    Query.Select select =
        new Query.Select(
            null, false, items, List.of(source, values), where, null, null, null, null, null, null);
    return new FromItem.DerivedTable(
        select, alias == null ? Ident.of("UNPIVOTED") : alias, null, false);
  }

  private FromItem fail(String why) {
    problem = why;
    return null;
  }

  private List<Ident> forColumns(PlSqlParser.Pivot_for_clauseContext f) {
    return f.column_name() != null
        ? List.of(name(f.column_name()))
        : l.query.columnList(f.column_list());
  }

  private static Ident name(PlSqlParser.Column_nameContext c) {
    return OraNames.ident(c.identifier(c.identifier().size() - 1));
  }

  private static Expr column(Ident c) {
    return new Expr.ColumnRef(QName.of(c), null);
  }

  /** The condition that a row belongs to an IN value: {@code col = v}, or one per FOR column. */
  private static Expr match(List<Ident> forColumns, Expr value) {
    List<Expr> values =
        forColumns.size() == 1
            ? List.of(value)
            : value instanceof Expr.RowValue rv ? rv.items() : List.of();
    if (values.size() != forColumns.size()) {
      return null;
    }
    Expr out = null;
    for (int i = 0; i < values.size(); i++) {
      Expr eq = new Expr.Binary(BinaryOp.EQ, column(forColumns.get(i)), values.get(i));
      out = out == null ? eq : new Expr.Binary(BinaryOp.AND, out, eq);
    }
    return out;
  }

  private static Ident join(Ident value, Ident aggregate) {
    return new Ident(
        value.text() + "_" + aggregate.text(), value.caseSensitive() || aggregate.caseSensitive());
  }

  private static String key(Ident c) {
    return c.text().toUpperCase(Locale.ROOT);
  }

  private static void collectColumns(Expr e, Set<String> into) {
    new IrWalker() {
      @Override
      protected void onExpr(Expr x) {
        if (x instanceof Expr.ColumnRef c) {
          into.add(key(c.name().last()));
        }
      }
    }.expr(e);
  }
}
