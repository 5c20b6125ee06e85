package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.expr.Expr;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Function calls the IR has no neutral form for: aggregates, window functions, user routines. */
final class MyFunctions {

  /** Standard functions MySQL knows by the same name (the IR writes them in lower case). */
  private static final Set<String> STANDARD =
      Set.of(
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "row_number",
          "rank",
          "dense_rank",
          "percent_rank",
          "cume_dist",
          "ntile",
          "lag",
          "lead",
          "first_value",
          "last_value",
          "nth_value",
          "stddev_pop",
          "stddev_samp",
          "var_pop",
          "var_samp",
          "bit_and",
          "bit_or",
          "bit_xor",
          "json_arrayagg",
          "json_objectagg");

  /** Ordered-set aggregates and others MySQL lacks. */
  private static final Set<String> MISSING =
      Set.of("median", "percentile_cont", "percentile_disc", "mode", "ratio_to_report");

  private final MyRender r;

  MyFunctions(MyRender render) {
    this.r = render;
  }

  void call(Expr.FunctionCall e) {
    String simple = e.name().size() == 1 ? e.name().last().text().toLowerCase(Locale.ROOT) : null;
    if (simple != null && (MISSING.contains(simple) || !e.withinGroup().isEmpty())) {
      r.unsupported(
          MyItems.ORDERED_AGGREGATE,
          simple.toUpperCase(Locale.ROOT) + " has no MySQL equivalent",
          e.span(),
          simple.toUpperCase(Locale.ROOT) + "(...)",
          "NULL");
      return;
    }
    String name;
    if (simple != null && (STANDARD.contains(simple) || isStandardAlias(simple))) {
      name =
          switch (simple) {
            case "stddev" -> "STDDEV_SAMP";
            case "variance" -> "VAR_SAMP";
            default -> simple.toUpperCase(Locale.ROOT);
          };
    } else {
      name = r.routineText(e.name());
    }
    r.write(name + "(");
    if (e.distinct()) {
      r.write("DISTINCT ");
    }
    if (e.filter() == null) {
      r.exprs(e.args());
    } else {
      filtered(e);
    }
    r.write(")");
  }

  private static boolean isStandardAlias(String name) {
    return name.equals("stddev") || name.equals("variance");
  }

  /** {@code agg(x) FILTER (WHERE c)}: {@code agg(CASE WHEN c THEN x END)}, exact for aggregates. */
  private void filtered(Expr.FunctionCall e) {
    List<Expr> args = e.args();
    if (args.isEmpty() || (args.size() == 1 && args.get(0) instanceof Expr.Star)) {
      r.write("CASE WHEN ");
      r.expr(e.filter());
      r.write(" THEN 1 END");
      return;
    }
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.write("CASE WHEN ");
      r.expr(e.filter());
      r.write(" THEN ");
      r.expr(args.get(i));
      r.write(" END");
    }
  }

  /** LISTAGG/STRING_AGG: GROUP_CONCAT with a constant separator. */
  void stringAgg(Expr.StringAgg e, boolean window) {
    SqlWriter.Mark start = r.out.mark();
    r.write("GROUP_CONCAT(");
    if (e.distinct()) {
      r.write("DISTINCT ");
    }
    r.expr(e.value());
    if (!e.order().isEmpty()) {
      r.write(" ORDER BY ");
      r.orderItems(e.order());
    }
    r.write(" SEPARATOR ");
    String sep = e.separator() == null ? "" : MyTypeOf.stringValue(e.separator());
    r.write(MySqlNames.literal(sep == null ? "," : sep));
    r.write(")");
    if (sep == null) {
      r.itemSince(
          start,
          MyItems.STRING_AGG,
          "GROUP_CONCAT needs a constant separator: ',' is used",
          null,
          null);
    }
    if (window) {
      r.itemSince(
          start,
          MyItems.STRING_AGG,
          "string aggregation as a window function: GROUP_CONCAT is an aggregate only",
          null,
          null);
    }
    if (r.target.shortGroupConcat()) {
      r.itemSince(
          start,
          MyItems.GROUP_CONCAT_LIMIT,
          "GROUP_CONCAT stops at group_concat_max_len bytes (1,024 by default)",
          null,
          null);
    }
  }
}
