package io.godwit.convert.passes;

import io.godwit.convert.IrPass;
import io.godwit.convert.item.Items;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.IrRewriter;
import io.godwit.ir.IrWalker;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Oracle's {@code (+)} outer joins to ANSI joins. In a query block whose FROM is a comma list,
 * every WHERE conjunct whose marked columns all belong to one table T becomes part of {@code LEFT
 * JOIN T ON ...}, attached to the part of the FROM list holding the other tables the conjunct names
 * (those parts are first cross-joined if there are several; their own conditions stay in WHERE).
 * Blocks it cannot read this way (markers inside OR, markers on two tables in one conjunct,
 * unqualified columns with several tables) are left for the back end to report.
 */
public final class OuterJoinPass implements IrPass {

  @Override
  public IrObject apply(IrObject object, Items items) {
    return new Rewriter().object(object);
  }

  private static final class Rewriter extends IrRewriter {

    @Override
    protected Query rewriteQuery(Query q) {
      if (q instanceof Query.Select s && s.where() != null && hasMarker(s.where())) {
        Query.Select rewritten = rewrite(s);
        return rewritten == null ? q : rewritten;
      }
      return q;
    }
  }

  private static Query.Select rewrite(Query.Select s) {
    Map<String, FromItem> tables = new LinkedHashMap<>();
    for (FromItem f : s.from()) {
      String key = keyOf(f);
      if (key == null || tables.containsKey(key)) {
        return null;
      }
      tables.put(key, f);
    }
    String only = tables.size() == 1 ? tables.keySet().iterator().next() : null;
    Map<String, List<Expr>> joinConditions = new LinkedHashMap<>();
    Map<String, Set<String>> joinedTo = new LinkedHashMap<>();
    List<Expr> where = new ArrayList<>();
    for (Expr c : Conjuncts.split(s.where())) {
      if (!hasMarker(c)) {
        where.add(c);
        continue;
      }
      if (markerUnderOr(c)) {
        return null;
      }
      Set<String> marked = new LinkedHashSet<>();
      Set<String> others = new LinkedHashSet<>();
      if (!columnsOf(c, only, tables.keySet(), marked, others)) {
        return null;
      }
      if (marked.size() != 1) {
        return null;
      }
      String t = marked.iterator().next();
      others.remove(t);
      joinConditions.computeIfAbsent(t, k -> new ArrayList<>()).add(unmark(c));
      joinedTo.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(others);
    }
    // Build the FROM list: preserved tables in order, then attach each outer table.
    List<FromItem> parts = new ArrayList<>();
    List<Set<String>> partTables = new ArrayList<>();
    for (Map.Entry<String, FromItem> e : tables.entrySet()) {
      if (!joinConditions.containsKey(e.getKey())) {
        parts.add(e.getValue());
        partTables.add(new LinkedHashSet<>(Set.of(e.getKey())));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    List<String> pending = new ArrayList<>(joinConditions.keySet());
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (String t : new ArrayList<>(pending)) {
        Set<String> needs = joinedTo.get(t);
        List<Integer> holding = new ArrayList<>();
        boolean allPresent = true;
        for (String n : needs) {
          int at = -1;
          for (int i = 0; i < partTables.size(); i++) {
            if (partTables.get(i).contains(n)) {
              at = i;
            }
          }
          if (at < 0) {
            allPresent = false;
          } else if (!holding.contains(at)) {
            holding.add(at);
          }
        }
        if (!allPresent) {
          continue; // depends on an outer table not attached yet
        }
        holding.sort(null);
        int first = holding.isEmpty() ? 0 : holding.get(0);
        FromItem left = parts.get(first);
        Set<String> leftTables = partTables.get(first);
        for (int k = 1; k < holding.size(); k++) {
          left =
              new FromItem.Join(
                  FromItem.JoinType.CROSS, left, parts.get(holding.get(k)), null, null, false);
          leftTables.addAll(partTables.get(holding.get(k)));
        }
        for (int k = holding.size() - 1; k >= 1; k--) {
          int i = holding.get(k);
          parts.remove(i);
          partTables.remove(i);
        }
        parts.set(
            first,
            new FromItem.Join(
                FromItem.JoinType.LEFT,
                left,
                tables.get(t),
                Conjuncts.and(joinConditions.get(t)),
                null,
                false));
        leftTables.add(t);
        pending.remove(t);
        progress = true;
      }
      if (!progress) {
        return null;
      }
    }
    return new Query.Select(
        s.with(),
        s.distinct(),
        s.items(),
        parts,
        Conjuncts.and(where),
        s.groupBy(),
        s.having(),
        s.orderBy(),
        s.limit(),
        s.hierarchy(),
        s.lock());
  }

  /** The name a FROM item's columns are qualified with: its alias, else its table name. */
  private static String keyOf(FromItem f) {
    if (f instanceof FromItem.TableRef t) {
      return (t.alias() != null ? t.alias() : t.name().last()).text().toUpperCase(Locale.ROOT);
    }
    if (f instanceof FromItem.DerivedTable d && d.alias() != null) {
      return d.alias().text().toUpperCase(Locale.ROOT);
    }
    return null;
  }

  private static String qualifier(Expr.ColumnRef c) {
    if (c.name().size() < 2) {
      return null;
    }
    Ident q = c.name().parts().get(c.name().size() - 2);
    return q.text().toUpperCase(Locale.ROOT);
  }

  /** Sorts the columns of {@code c} into marked and other tables; false when one is unknown. */
  private static boolean columnsOf(
      Expr c, String only, Set<String> known, Set<String> marked, Set<String> others) {
    boolean[] ok = {true};
    new IrWalker() {
      @Override
      protected void onExpr(Expr e) {
        if (e instanceof Expr.OuterJoinMarker m) {
          if (m.column() instanceof Expr.ColumnRef col) {
            String t = qualifier(col) == null ? only : qualifier(col);
            if (t == null || !known.contains(t)) {
              ok[0] = false;
            } else {
              marked.add(t);
            }
          } else {
            ok[0] = false;
          }
        } else if (e instanceof Expr.ColumnRef col) {
          String t = qualifier(col) == null ? only : qualifier(col);
          if (t != null && known.contains(t)) {
            others.add(t);
          }
        }
      }

      @Override
      protected void onQuery(Query q) {
        ok[0] = false; // subqueries in an outer-join condition: not attempted
      }
    }.expr(c);
    // A marked column is also seen as a plain column: it must not count as "other".
    return ok[0];
  }

  private static boolean hasMarker(Expr e) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onExpr(Expr x) {
        if (x instanceof Expr.OuterJoinMarker) {
          found[0] = true;
        }
      }
    }.expr(e);
    return found[0];
  }

  private static boolean markerUnderOr(Expr e) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onExpr(Expr x) {
        if (x instanceof Expr.Binary b && b.op() == io.godwit.ir.expr.BinaryOp.OR && hasMarker(b)) {
          found[0] = true;
        }
      }
    }.expr(e);
    return found[0];
  }

  private static Expr unmark(Expr e) {
    return new IrRewriter() {
      @Override
      protected Expr rewriteExpr(Expr x) {
        return x instanceof Expr.OuterJoinMarker m ? m.column() : x;
      }
    }.expr(e);
  }
}
