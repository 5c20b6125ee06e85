package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import java.util.ArrayList;
import java.util.List;

/**
 * T-SQL's {@code UPDATE t ... FROM t JOIN u ...} and {@code DELETE t FROM t JOIN u ...} in
 * PostgreSQL's shape: the target names (or aliases) one table of the FROM clause, which PostgreSQL
 * must not repeat. When the target is joined only by inner joins it is taken out of the FROM list
 * and the join conditions move to WHERE; otherwise (outer joins, APPLY) the FROM clause stays whole
 * and the target is joined to its copy there by {@code ctid}, which keeps the outer join's meaning.
 */
final class MssJoinedDml {

  /** The target's name when the FROM clause keeps its own copy of the table. */
  static final Ident SELF = Ident.of("godwit_target");

  /** The statement's target, FROM (USING) list and WHERE condition in PostgreSQL's shape. */
  record Joined(FromItem.TableRef target, List<FromItem> from, Expr where) {}

  private MssJoinedDml() {}

  /**
   * @param written the target as written after UPDATE or DELETE (a table name or an alias)
   * @param named the target as a table of the default schema, used when FROM does not name it
   * @param from the FROM clause, lowered
   * @param where the WHERE condition, or null
   */
  static Joined join(
      TSqlParser.QualifiedNameContext written,
      FromItem.TableRef named,
      List<FromItem> from,
      Expr where) {
    ObjectName o = TsqlNames.objectName(written);
    List<FromItem> items = new ArrayList<>();
    List<Expr> conditions = new ArrayList<>();
    for (FromItem f : from) {
      flatten(f, items, conditions);
    }
    FromItem.TableRef found = null;
    for (FromItem f : items) {
      if (f instanceof FromItem.TableRef t && names(t, o)) {
        found = t;
        break;
      }
    }
    if (found != null && items.stream().noneMatch(MssJoinedDml::lateral)) {
      items.remove(found);
      conditions.add(where);
      return new Joined(found, items, and(conditions));
    }
    FromItem.TableRef copy = find(from, o);
    if (copy == null) {
      return new Joined(named, from, where);
    }
    // The target sits inside an outer join or next to a lateral item: keep FROM as written and
    // join the target to that copy of the table row by row.
    Ident ref = copy.alias() != null ? copy.alias() : copy.name().last();
    Expr same =
        new Expr.Binary(
            BinaryOp.EQ,
            new Expr.ColumnRef(QName.of(SELF, Ident.of("ctid")), null),
            new Expr.ColumnRef(QName.of(ref, Ident.of("ctid")), null));
    List<Expr> all = new ArrayList<>();
    all.add(same);
    all.add(where);
    return new Joined(new FromItem.TableRef(copy.name(), SELF, null, null), from, and(all));
  }

  /** Inner and cross joins as a list of items and their conditions. */
  private static void flatten(FromItem f, List<FromItem> items, List<Expr> conditions) {
    if (f instanceof FromItem.Join j
        && (j.type() == FromItem.JoinType.INNER || j.type() == FromItem.JoinType.CROSS)
        && j.using().isEmpty()
        && !j.natural()) {
      flatten(j.left(), items, conditions);
      flatten(j.right(), items, conditions);
      if (j.on() != null) {
        conditions.add(j.on());
      }
      return;
    }
    items.add(f);
  }

  private static boolean lateral(FromItem f) {
    return f instanceof FromItem.DerivedTable d && d.lateral()
        || f instanceof FromItem.FunctionTable t && t.lateral();
  }

  private static FromItem.TableRef find(List<FromItem> from, ObjectName o) {
    for (FromItem f : from) {
      FromItem.TableRef t = find(f, o);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static FromItem.TableRef find(FromItem f, ObjectName o) {
    if (f instanceof FromItem.TableRef t) {
      return names(t, o) ? t : null;
    }
    if (f instanceof FromItem.Join j) {
      FromItem.TableRef t = find(j.left(), o);
      return t != null ? t : find(j.right(), o);
    }
    return null;
  }

  /** Whether the target as written is this FROM item: its alias, or its table's name. */
  private static boolean names(FromItem.TableRef t, ObjectName o) {
    if (o.schema() == null && t.alias() != null) {
      return t.alias().text().equalsIgnoreCase(o.name());
    }
    if (!t.name().last().text().equalsIgnoreCase(MssNames.tempName(o.name()))) {
      return false;
    }
    if (o.schema() == null || t.name().parts().size() < 2) {
      return true;
    }
    return t.name().parts().get(t.name().parts().size() - 2).text().equalsIgnoreCase(o.schema());
  }

  /** The conditions joined by AND; nulls are skipped, none gives null. */
  static Expr and(List<Expr> conditions) {
    Expr out = null;
    for (Expr c : conditions) {
      if (c != null) {
        out = out == null ? c : new Expr.Binary(BinaryOp.AND, out, c);
      }
    }
    return out;
  }
}
