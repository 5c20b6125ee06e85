package io.godwit.dialect.postgres;

import io.godwit.ir.SqlType;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import java.util.List;

/**
 * Associative arrays indexed by strings ({@link SqlType#mapOf}) as {@code jsonb} objects keyed by
 * the index. An element is read with {@code godwit_compat.map_get}, which raises NO_DATA_FOUND for
 * a missing key as Oracle does, and cast to the element type; assigning one is {@code m :=
 * coalesce(m, '{}') || jsonb_build_object(k, v)}; FIRST, LAST, NEXT and PRIOR walk the keys in
 * binary order ({@code COLLATE "C"}), Oracle's order for VARCHAR2 keys under NLS_SORT BINARY.
 */
final class PgMaps {

  private final PgRender r;

  PgMaps(PgRender r) {
    this.r = r;
  }

  /** Whether {@code e} is a variable holding a map. */
  static boolean isMap(Expr e) {
    SqlType t = PgExpressions.typeOf(e);
    return t != null && t.isMap();
  }

  /** {@code m(k)} read. */
  void element(Expr.Element e) {
    SqlType element = PgExpressions.typeOf(e.collection()).element();
    r.compat.add("map_get");
    r.write("(" + PgCompat.SCHEMA + ".map_get(");
    r.expr(e.collection());
    r.write(", ");
    key(e.index());
    r.write(")::");
    r.type(element, null);
    r.write(")");
  }

  /** {@code m(k) := v}. */
  void assign(Expr.Element target, Expr value) {
    r.expr(target.collection());
    r.write(" := coalesce(");
    r.expr(target.collection());
    r.write(", '{}'::jsonb) || jsonb_build_object(");
    key(target.index());
    r.write(", ");
    r.expr(value);
    r.write(");\n");
  }

  /** The collection built-ins over a map; false when {@code e} is not one. */
  boolean builtin(Expr.Builtin e) {
    List<Expr> a = e.args();
    if (a.isEmpty() || !isMap(a.get(0))) {
      return false;
    }
    Expr m = a.get(0);
    switch (e.fn()) {
      case COLLECTION_COUNT -> {
        r.write("(SELECT count(*) FROM jsonb_object_keys(");
        r.expr(m);
        r.write("))::integer");
      }
      case COLLECTION_FIRST -> keys("min", m, null, null);
      case COLLECTION_LAST -> keys("max", m, null, null);
      case COLLECTION_NEXT -> keys("min", m, " > ", a.get(1));
      case COLLECTION_PRIOR -> keys("max", m, " < ", a.get(1));
      case COLLECTION_EXISTS -> {
        r.write("((");
        r.expr(m);
        r.write(" -> ");
        key(a.get(1));
        r.write(") IS NOT NULL)");
      }
      case COLLECTION_DELETE -> {
        r.write("(");
        r.expr(m);
        r.write(" - ");
        key(a.get(1));
        r.write(")");
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** {@code (SELECT fn(k COLLATE "C") FROM jsonb_object_keys(m) k [WHERE k op bound])}. */
  private void keys(String fn, Expr m, String op, Expr bound) {
    r.write("(SELECT " + fn + "(godwit_k COLLATE \"C\") FROM jsonb_object_keys(");
    r.expr(m);
    r.write(") godwit_k");
    if (op != null) {
      r.write(" WHERE godwit_k COLLATE \"C\"" + op);
      key(bound);
    }
    r.write(")");
  }

  private void key(Expr k) {
    r.write("(");
    r.expr(k);
    r.write(")::text");
  }

  /** Whether {@code fn} is one of the collection built-ins a map answers. */
  static boolean collection(BuiltinFn fn) {
    return switch (fn) {
      case COLLECTION_COUNT,
              COLLECTION_FIRST,
              COLLECTION_LAST,
              COLLECTION_NEXT,
              COLLECTION_PRIOR,
              COLLECTION_EXISTS,
              COLLECTION_DELETE ->
          true;
      default -> false;
    };
  }
}
