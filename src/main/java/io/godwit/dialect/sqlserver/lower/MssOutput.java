package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.IrRewriter;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * T-SQL's OUTPUT clause as PostgreSQL's RETURNING: {@code inserted.col} is the row as the statement
 * leaves it, {@code deleted.col} the row a DELETE removes; both read the target's columns. What
 * RETURNING cannot say on PostgreSQL 15 (the old values of an UPDATE) is an item.
 */
final class MssOutput {

  /** Where the rows OUTPUT produces go. */
  record Output(List<Query.SelectItem> returning, QName into, List<Ident> columns) {}

  private final MssContext cx;
  private final MssExpr ex;

  MssOutput(MssContext cx, MssExpr ex) {
    this.cx = cx;
    this.ex = ex;
  }

  /**
   * The RETURNING items of an OUTPUT clause, or null (with an item) when they cannot be written.
   *
   * @param changesRows true for INSERT and UPDATE (inserted.* is the new row), false for DELETE
   */
  Output output(TSqlParser.OutputClauseContext o, FromItem.TableRef target, boolean changesRows) {
    Ident ref = target.alias() != null ? target.alias() : target.name().last();
    String allowed = changesRows ? "inserted" : "deleted";
    List<Query.SelectItem> items = new ArrayList<>();
    int count = o.INTO() == null ? o.selectItem().size() : firstListSize(o);
    for (int k = 0; k < count; k++) {
      TSqlParser.SelectItemContext i = o.selectItem(k);
      Query.SelectItem item = item(i, ref, allowed);
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    if (o.INTO() == null) {
      return new Output(items, null, List.of());
    }
    if (o.OUTPUT() != null && o.OUTPUT().size() > 1) {
      cx.item(
          MssItems.OUTPUT,
          "a second OUTPUT list after OUTPUT ... INTO returns rows to the caller; it is not"
              + " converted",
          o);
      return null;
    }
    QName into =
        o.VARIABLE() != null
            ? QName.of(MssNames.variable(o.VARIABLE().getText()))
            : MssNames.qname(o.qualifiedName(), cx.defaultSchema);
    List<Ident> columns =
        o.columnList() == null ? List.of() : MssNames.idents(o.columnList().identifier());
    if (o.qualifiedName() != null) {
      items = typedNulls(items, o, columns);
    }
    return new Output(items, into, columns);
  }

  /**
   * A NULL in the OUTPUT list would reach the INSERT as text through the CTE: it is cast to the
   * type of the column it fills when the scripts create that table.
   */
  private List<Query.SelectItem> typedNulls(
      List<Query.SelectItem> items, TSqlParser.OutputClauseContext o, List<Ident> columns) {
    io.godwit.dialect.sqlserver.script.ObjectName table =
        io.godwit.dialect.sqlserver.script.TsqlNames.objectName(o.qualifiedName());
    List<io.godwit.model.Column> known = cx.catalog.columns(table.schema(), table.name());
    List<Query.SelectItem> out = new ArrayList<>();
    MssTypes types = new MssTypes(cx);
    for (int k = 0; k < items.size(); k++) {
      Query.SelectItem item = items.get(k);
      io.godwit.model.Column column = null;
      if (columns.isEmpty()) {
        column = k < known.size() ? known.get(k) : null;
      } else if (k < columns.size()) {
        for (io.godwit.model.Column c : known) {
          if (c.name().equalsIgnoreCase(columns.get(k).text())) {
            column = c;
          }
        }
      }
      if (column != null
          && item.expr() instanceof Expr.Literal l
          && l.kind() == io.godwit.ir.expr.LiteralKind.NULL) {
        item =
            new Query.SelectItem(
                new Expr.Cast(l, types.map(column.type(), false), false), item.alias());
      }
      out.add(item);
    }
    return out;
  }

  /** How many select items belong to the OUTPUT ... INTO list (before a second OUTPUT). */
  private static int firstListSize(TSqlParser.OutputClauseContext o) {
    int n = 0;
    for (TSqlParser.SelectItemContext i : o.selectItem()) {
      if (i.getStart().getTokenIndex() > o.INTO().getSymbol().getTokenIndex()) {
        break;
      }
      n++;
    }
    return n;
  }

  private Query.SelectItem item(TSqlParser.SelectItemContext i, Ident ref, String allowed) {
    if (i instanceof TSqlParser.SelectQualifiedStarContext s) {
      String q = s.qualifiedName().getText().toLowerCase(Locale.ROOT);
      if (!q.equals(allowed)) {
        return unconvertible(i, q);
      }
      return new Query.SelectItem(new Expr.Star(QName.of(ref)), null);
    }
    Expr value;
    Ident alias = null;
    if (i instanceof TSqlParser.SelectExpressionContext e) {
      value = ex.expr(e.expression());
      alias = e.columnAlias() == null ? null : aliasOf(e.columnAlias());
    } else if (i instanceof TSqlParser.SelectAliasFirstContext a) {
      value = ex.expr(a.expression());
      alias = aliasOf(a.columnAlias());
    } else {
      cx.item(MssItems.OUTPUT, "this OUTPUT item is not converted", i);
      return null;
    }
    String[] bad = new String[1];
    Expr rewritten =
        new IrRewriter() {
          @Override
          protected Expr rewriteExpr(Expr e) {
            if (e instanceof Expr.ColumnRef c && c.name().parts().size() == 2) {
              String q = c.name().parts().get(0).text().toLowerCase(Locale.ROOT);
              if (q.equals("inserted") || q.equals("deleted")) {
                if (!q.equals(allowed)) {
                  bad[0] = q;
                }
                return new Expr.ColumnRef(QName.of(ref, c.name().last()), c.type());
              }
            }
            return e;
          }
        }.expr(value);
    if (bad[0] != null) {
      return unconvertible(i, bad[0]);
    }
    return new Query.SelectItem(rewritten, alias);
  }

  private Query.SelectItem unconvertible(TSqlParser.SelectItemContext i, String qualifier) {
    cx.item(
        MssItems.OUTPUT,
        qualifier.equals("deleted")
            ? "OUTPUT deleted.* in an UPDATE reads the old values, which RETURNING on PostgreSQL 15"
                + " cannot see; select them before the UPDATE"
            : "OUTPUT inserted.* in a DELETE has no rows to read",
        i);
    return null;
  }

  private static Ident aliasOf(TSqlParser.ColumnAliasContext a) {
    if (a.STRING() != null) {
      String t = a.STRING().getText();
      int start = t.charAt(0) == '\'' ? 1 : 2;
      return Ident.of(t.substring(start, t.length() - 1));
    }
    return MssNames.ident(a.identifier());
  }
}
