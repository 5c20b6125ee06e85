package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MERGE as MySQL statements, where that is exact:
 *
 * <ul>
 *   <li>update and insert on key equality, the update not changing the key: INSERT ... SELECT ...
 *       ON DUPLICATE KEY UPDATE (with an informational item: MySQL finds the row by the target's
 *       unique keys);
 *   <li>otherwise, branches as statements in an order that keeps MERGE's meaning: DELETE of rows
 *       not in the source, UPDATE ... JOIN, DELETE of updated rows, INSERT ... SELECT ... WHERE NOT
 *       EXISTS.
 * </ul>
 *
 * A MERGE whose branches would see each other's changes gets an item instead.
 */
final class MyMerge {

  private final MyRender r;

  MyMerge(MyRender render) {
    this.r = render;
  }

  void write(Dml.Merge m) {
    Ident target = m.target().alias() != null ? m.target().alias() : m.target().name().last();
    Map<String, Expr> keys = keys(m.on(), target);
    Dml.MergeWhen update = null;
    Dml.MergeWhen matchedDelete = null;
    Dml.MergeWhen insert = null;
    Dml.MergeWhen bySource = null;
    int matched = 0;
    boolean bad = m.with() != null;
    for (Dml.MergeWhen w : m.whens()) {
      if (w.bySource()) {
        bad |= bySource != null || w.action() != Dml.MergeAction.DELETE;
        bySource = w;
      } else if (w.matched()) {
        matched++;
        if (w.action() == Dml.MergeAction.UPDATE) {
          update = w;
        } else if (w.action() == Dml.MergeAction.DELETE) {
          matchedDelete = w;
        } else if (w.action() != Dml.MergeAction.DO_NOTHING) {
          bad = true;
        }
      } else {
        bad |= insert != null || w.action() != Dml.MergeAction.INSERT;
        insert = w;
      }
    }
    boolean deletes = matchedDelete != null || (update != null && update.deleteWhere() != null);
    bad |= matched > 1;
    bad |= keys == null;
    bad |= update != null && touchesKeys(update.set(), keys);
    bad |= deletes && insert != null;
    if (bad) {
      r.unsupported(
          MyItems.MERGE,
          "this MERGE has no exact MySQL form: split it into UPDATE ... JOIN, DELETE and"
              + " INSERT ... SELECT statements",
          r.statementSpan,
          "MERGE INTO " + m.target().name(),
          "DO 0");
      return;
    }
    if (update != null
        && insert != null
        && update.condition() == null
        && insert.condition() == null
        && bySource == null
        && coversKeys(insert, keys)) {
      onDuplicateKey(m, update, insert, target, keys);
      return;
    }
    List<Runnable> statements = new ArrayList<>();
    if (bySource != null) {
      Dml.MergeWhen w = bySource;
      statements.add(() -> deleteUnmatchedTarget(m, w));
    }
    if (update != null) {
      Dml.MergeWhen w = update;
      statements.add(() -> updateJoin(m, w));
      if (w.deleteWhere() != null) {
        statements.add(() -> deleteJoin(m, w.condition(), w.deleteWhere()));
      }
    }
    if (matchedDelete != null) {
      Dml.MergeWhen w = matchedDelete;
      statements.add(() -> deleteJoin(m, w.condition(), null));
    }
    if (insert != null) {
      Dml.MergeWhen w = insert;
      statements.add(() -> insertMissing(m, w));
    }
    if (statements.isEmpty()) {
      r.write("DO 0");
      return;
    }
    for (int i = 0; i < statements.size(); i++) {
      if (i > 0) {
        r.write(";\n");
      }
      statements.get(i).run();
    }
  }

  /** target column (lower case) to source expression, from ON's equalities; null otherwise. */
  private static Map<String, Expr> keys(Expr on, Ident target) {
    Map<String, Expr> keys = new LinkedHashMap<>();
    if (!collect(on, key(target), keys) || keys.isEmpty()) {
      return null;
    }
    return keys;
  }

  private static boolean collect(Expr e, String target, Map<String, Expr> keys) {
    if (e instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
      return collect(b.left(), target, keys) && collect(b.right(), target, keys);
    }
    if (e instanceof Expr.Binary b && b.op() == BinaryOp.EQ) {
      String l = targetColumn(b.left(), target);
      String rt = targetColumn(b.right(), target);
      if (l != null && rt == null) {
        keys.put(l, b.right());
        return true;
      }
      if (rt != null && l == null) {
        keys.put(rt, b.left());
        return true;
      }
    }
    return false;
  }

  private static String targetColumn(Expr e, String target) {
    if (e instanceof Expr.ColumnRef c
        && c.name().size() >= 2
        && key(c.name().parts().get(c.name().size() - 2)).equals(target)) {
      return key(c.name().last());
    }
    return null;
  }

  private static String key(Ident id) {
    return id.text().toLowerCase(Locale.ROOT);
  }

  private static boolean touchesKeys(List<Dml.Assignment> set, Map<String, Expr> keys) {
    if (keys == null) {
      return true;
    }
    for (Dml.Assignment a : set) {
      for (Expr t : a.targets()) {
        if (t instanceof Expr.ColumnRef c && keys.containsKey(key(c.name().last()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean coversKeys(Dml.MergeWhen insert, Map<String, Expr> keys) {
    for (Map.Entry<String, Expr> k : keys.entrySet()) {
      boolean found = false;
      for (int i = 0; i < insert.columns().size() && i < insert.values().size(); i++) {
        if (key(insert.columns().get(i)).equals(k.getKey())
            && insert.values().get(i).equals(k.getValue())) {
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private void source(Dml.Merge m) {
    r.queries().from(m.source());
  }

  private void onDuplicateKey(
      Dml.Merge m,
      Dml.MergeWhen update,
      Dml.MergeWhen insert,
      Ident target,
      Map<String, Expr> keys) {
    io.godwit.convert.render.SqlWriter.Mark start = r.out.mark();
    r.write("INSERT INTO ");
    r.table(m.target().name());
    r.queries().idents(insert.columns());
    r.write("\nSELECT ");
    r.exprs(insert.values());
    r.write("\nFROM ");
    source(m);
    r.write("\nON DUPLICATE KEY UPDATE ");
    // In the update list the target is referred to by its table name, not the MERGE alias.
    Map<String, Ident> previous = r.qualifierRewrite;
    r.qualifierRewrite = Map.of(key(target), m.target().name().last());
    r.dmlAssignments(update.set(), null);
    r.qualifierRewrite = previous;
    r.itemSince(
        start,
        MyItems.MERGE_KEY,
        "MERGE became INSERT ... ON DUPLICATE KEY UPDATE: it needs ("
            + String.join(", ", keys.keySet())
            + ") to be the target's only primary or unique key",
        r.statementSpan,
        null);
  }

  private void targetWithAlias(Dml.Merge m) {
    r.table(m.target().name());
    if (m.target().alias() != null) {
      r.write(" AS ");
      r.ident(m.target().alias());
    }
  }

  private void updateJoin(Dml.Merge m, Dml.MergeWhen w) {
    r.write("UPDATE ");
    targetWithAlias(m);
    r.write("\nJOIN ");
    source(m);
    r.write(" ON ");
    r.expr(m.on());
    r.write("\nSET ");
    Ident qualifier = m.target().alias() != null ? m.target().alias() : m.target().name().last();
    r.dmlAssignments(w.set(), qualifier);
    if (w.condition() != null) {
      r.write("\nWHERE ");
      r.expr(w.condition());
    }
  }

  private void deleteJoin(Dml.Merge m, Expr condition, Expr deleteWhere) {
    Ident qualifier = m.target().alias() != null ? m.target().alias() : m.target().name().last();
    r.write("DELETE ");
    r.ident(qualifier);
    r.write(" FROM ");
    targetWithAlias(m);
    r.write("\nJOIN ");
    source(m);
    r.write(" ON ");
    r.expr(m.on());
    Expr where = and(condition, deleteWhere);
    if (where != null) {
      r.write("\nWHERE ");
      r.expr(where);
    }
  }

  private void deleteUnmatchedTarget(Dml.Merge m, Dml.MergeWhen w) {
    Ident qualifier = m.target().alias() != null ? m.target().alias() : m.target().name().last();
    r.write("DELETE ");
    r.ident(qualifier);
    r.write(" FROM ");
    targetWithAlias(m);
    r.write("\nWHERE ");
    r.expr(
        and(
            new Expr.Exists(
                Query.Select.simple(
                    List.of(new Query.SelectItem(Expr.Literal.number(1), null)),
                    List.of(m.source()),
                    m.on()),
                true),
            w.condition()));
  }

  private void insertMissing(Dml.Merge m, Dml.MergeWhen w) {
    r.write("INSERT INTO ");
    r.table(m.target().name());
    r.queries().idents(w.columns());
    r.write("\nSELECT ");
    r.exprs(w.values());
    r.write("\nFROM ");
    source(m);
    r.write("\nWHERE ");
    Expr missing =
        new Expr.Exists(
            Query.Select.simple(
                List.of(new Query.SelectItem(Expr.Literal.number(1), null)),
                List.of(new FromItem.TableRef(m.target().name(), m.target().alias(), null, null)),
                m.on()),
            true);
    r.expr(and(w.condition(), missing));
  }

  private static Expr and(Expr a, Expr b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : new Expr.Binary(BinaryOp.AND, a, b);
  }
}
