package io.godwit.dialect.sqlserver.lower;

import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns a lowered query returns, with the names and types a {@code RETURNS TABLE (...)}
 * declares: names from aliases and column references, types from the expressions (column types come
 * from the tables the scripts or the catalog define), {@code *} expanded from the catalog.
 */
final class MssResultColumns {

  /** One result column; {@code type} is null when it could not be inferred. */
  record ResultColumn(Ident name, SqlType type, Expr expr) {}

  private final MssContext cx;

  MssResultColumns(MssContext cx) {
    this.cx = cx;
  }

  /** The columns of {@code q}, or null when a {@code *} cannot be expanded. */
  List<ResultColumn> of(Query q) {
    if (q instanceof Query.SetOperation s) {
      return of(s.left());
    }
    if (q instanceof Query.Values v) {
      List<ResultColumn> out = new ArrayList<>();
      List<Expr> first = v.rows().isEmpty() ? List.of() : v.rows().get(0);
      for (int i = 0; i < first.size(); i++) {
        out.add(
            new ResultColumn(
                Ident.of("column" + (i + 1)), MssExpr.typeOf(first.get(i)), first.get(i)));
      }
      return out;
    }
    Query.Select s = (Query.Select) q;
    List<ResultColumn> out = new ArrayList<>();
    for (Query.SelectItem item : s.items()) {
      if (item.expr() instanceof Expr.Star star) {
        List<ResultColumn> expanded = star(star, s.from());
        if (expanded == null) {
          return null;
        }
        out.addAll(expanded);
        continue;
      }
      Ident name = item.alias();
      if (name == null && item.expr() instanceof Expr.ColumnRef c) {
        name = c.name().last();
      }
      if (name == null) {
        name = Ident.of("column" + (out.size() + 1));
      }
      out.add(new ResultColumn(name, type(item.expr()), item.expr()));
    }
    return out;
  }

  /**
   * The type of a result expression: as {@link MssExpr#typeOf}, and an aggregate over one value
   * (SUM, MIN, MAX, AVG) has the type of its argument, as in T-SQL.
   */
  static SqlType type(Expr e) {
    if (e instanceof Expr.Literal l
        && l.kind() == io.godwit.ir.expr.LiteralKind.NUMBER
        && wholeNumber(l.value())) {
      return SqlType.of(io.godwit.ir.TypeKind.INTEGER);
    }
    SqlType t = MssExpr.typeOf(e);
    if (t == null
        && e instanceof Expr.FunctionCall f
        && f.args().size() == 1
        && f.name().size() == 1) {
      String fn = f.name().last().text().toLowerCase(Locale.ROOT);
      if (fn.equals("sum") || fn.equals("min") || fn.equals("max") || fn.equals("avg")) {
        return MssExpr.typeOf(f.args().get(0));
      }
    }
    return t;
  }

  /** T-SQL types a literal without a point or exponent that fits in 9 digits as int. */
  private static boolean wholeNumber(String v) {
    if (v.isEmpty() || v.length() > 9) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code *} or {@code t.*} over named tables the catalog knows. */
  private List<ResultColumn> star(Expr.Star star, List<FromItem> from) {
    List<FromItem.TableRef> tables = new ArrayList<>();
    for (FromItem f : from) {
      if (!tables(f, tables)) {
        return null;
      }
    }
    List<ResultColumn> out = new ArrayList<>();
    for (FromItem.TableRef t : tables) {
      if (star.qualifier() != null && !matches(star.qualifier(), t)) {
        continue;
      }
      QName name = t.name();
      String schema = name.size() > 1 ? name.qualifier().last().text() : null;
      List<io.godwit.model.Column> columns = cx.catalog.columns(schema, name.last().text());
      if (columns.isEmpty()) {
        return null;
      }
      for (io.godwit.model.Column c : columns) {
        out.add(
            new ResultColumn(
                Ident.of(c.name()),
                new MssTypes(cx).map(c.type(), false),
                new Expr.ColumnRef(QName.of(c.name()), null)));
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static boolean tables(FromItem f, List<FromItem.TableRef> out) {
    if (f instanceof FromItem.TableRef t) {
      out.add(t);
      return true;
    }
    if (f instanceof FromItem.Join j) {
      return tables(j.left(), out) && tables(j.right(), out);
    }
    return false;
  }

  private static boolean matches(QName qualifier, FromItem.TableRef t) {
    String q = qualifier.last().text().toLowerCase(Locale.ROOT);
    Ident by = t.alias() != null ? t.alias() : t.name().last();
    return by.text().toLowerCase(Locale.ROOT).equals(q);
  }
}
