package io.godwit.dialect.sqlserver.lower;

import io.godwit.ir.Ident;
import io.godwit.ir.IrRewriter;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.Routine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parameters renamed where they clash with a result column. T-SQL keeps {@code @CustomerID} apart
 * from the column {@code CustomerID}; in PostgreSQL the columns of {@code RETURNS TABLE} are
 * parameters too, and two parameters cannot share a name. T-SQL calls functions positionally, so
 * the input parameter is the one renamed ({@code p_customerid}).
 */
final class MssOutputNames {

  private MssOutputNames() {}

  static Routine distinct(Routine r) {
    if (r.returns() == null || r.returns().table().isEmpty()) {
      return r;
    }
    Set<String> taken = new HashSet<>();
    for (SqlType.Field f : r.returns().table()) {
      taken.add(key(f.name()));
    }
    for (Param p : r.params()) {
      taken.add(key(p.name()));
    }
    Set<String> columns = new HashSet<>();
    for (SqlType.Field f : r.returns().table()) {
      columns.add(key(f.name()));
    }
    Map<String, Ident> renamed = new HashMap<>();
    List<Param> params = new ArrayList<>();
    for (Param p : r.params()) {
      if (!columns.contains(key(p.name()))) {
        params.add(p);
        continue;
      }
      String candidate = "p_" + p.name().text();
      int n = 1;
      while (taken.contains(candidate.toLowerCase(Locale.ROOT))) {
        candidate = "p_" + p.name().text() + "_" + n++;
      }
      taken.add(candidate.toLowerCase(Locale.ROOT));
      Ident to = Ident.of(candidate);
      renamed.put(key(p.name()), to);
      params.add(new Param(to, p.mode(), p.type(), p.defaultValue()));
    }
    if (renamed.isEmpty()) {
      return r;
    }
    Ident routine = r.name().last();
    Routine withParams =
        new Routine(r.name(), r.kind(), params, r.returns(), r.body(), r.flags(), r.span());
    return new IrRewriter() {
      @Override
      protected Expr rewriteExpr(Expr e) {
        if (e instanceof Expr.VariableRef v
            && v.name().size() == 2
            && key(v.name().qualifier().last()).equals(key(routine))
            && renamed.containsKey(key(v.name().last()))) {
          return new Expr.VariableRef(
              QName.of(routine, renamed.get(key(v.name().last()))), v.type());
        }
        return e;
      }
    }.routine(withParams);
  }

  private static String key(Ident i) {
    return i.text().toLowerCase(Locale.ROOT);
  }
}
