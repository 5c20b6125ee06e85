package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.IrWalker;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Multi-table INSERT ({@code INSERT ALL} and {@code INSERT FIRST}) as one {@code INSERT ... SELECT}
 * per INTO clause, in the order they are written, each over the same subquery: {@code INSERT INTO t
 * (cols) SELECT values FROM (subquery) godwit_src WHERE condition}. A WHEN branch keeps the rows
 * its condition is true for; under FIRST a branch also requires that no earlier condition is true,
 * and ELSE takes the rows no condition is true for (a NULL condition is not true, as in Oracle).
 * Oracle reads the subquery once; the rewrite reads it once per INTO, which gives the same rows
 * unless the subquery reads a table the statement inserts into or draws sequence values: those stay
 * item ORA-1025.
 */
final class OraMultiInsert {

  private static final Ident SOURCE = Ident.of("GODWIT_SRC");

  private final OraLower l;

  OraMultiInsert(OraLower l) {
    this.l = l;
  }

  /** The INSERTs in a block, or the item (on {@code statement}) when the rewrite would differ. */
  Stmt lower(
      org.antlr.v4.runtime.ParserRuleContext statement,
      PlSqlParser.Multi_table_insertContext m,
      OraDml dml) {
    PlSqlParser.SubqueryContext sub;
    if (m instanceof PlSqlParser.UnconditionalInsertContext u) {
      sub = u.subquery();
    } else {
      sub = ((PlSqlParser.ConditionalInsertContext) m).subquery();
    }
    Query source = l.query.subquery(sub);
    List<Stmt> out = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    boolean[] sequences = {false};
    if (m instanceof PlSqlParser.UnconditionalInsertContext u) {
      for (PlSqlParser.Multi_table_intoContext into : u.multi_table_into()) {
        String problem = into(into, source, null, out, targets, sequences, dml);
        if (problem != null) {
          return unsupported(statement, problem);
        }
      }
    } else {
      PlSqlParser.ConditionalInsertContext c = (PlSqlParser.ConditionalInsertContext) m;
      boolean first = c.FIRST() != null;
      List<Expr> earlier = new ArrayList<>();
      for (PlSqlParser.Conditional_insert_whenContext when : c.conditional_insert_when()) {
        Expr condition = l.expr.condition(when.condition());
        Expr where = condition;
        if (first) {
          for (Expr e : earlier) {
            where = new Expr.Binary(BinaryOp.AND, notTrue(e), where);
          }
        }
        earlier.add(condition);
        for (PlSqlParser.Multi_table_intoContext into : when.multi_table_into()) {
          String problem = into(into, source, where, out, targets, sequences, dml);
          if (problem != null) {
            return unsupported(statement, problem);
          }
        }
      }
      if (c.ELSE() != null) {
        Expr none = null;
        for (Expr e : earlier) {
          none = none == null ? notTrue(e) : new Expr.Binary(BinaryOp.AND, none, notTrue(e));
        }
        for (PlSqlParser.Multi_table_intoContext into : c.multi_table_into()) {
          String problem = into(into, source, none, out, targets, sequences, dml);
          if (problem != null) {
            return unsupported(statement, problem);
          }
        }
      }
    }
    if (sequences[0] || reads(source, targets)) {
      return unsupported(
          statement,
          "the subquery reads a table the statement inserts into, or the statement draws sequence"
              + " values: Oracle evaluates them once for all INTO clauses; write the INSERTs over a"
              + " temporary table holding the subquery's rows");
    }
    return out.size() == 1 ? out.get(0) : Block.of(out);
  }

  /** Adds the INSERT of one INTO clause; returns why it cannot, or null. */
  private String into(
      PlSqlParser.Multi_table_intoContext into,
      Query source,
      Expr where,
      List<Stmt> out,
      Set<String> targets,
      boolean[] sequences,
      OraDml dml) {
    PlSqlParser.Insert_into_clauseContext clause = into.insert_into_clause();
    FromItem.TableRef table = dml.target(clause.dml_table_expression(), clause.table_alias());
    if (table == null) {
      return "an INTO clause writes to a subquery, a collection or a remote table";
    }
    targets.add(table.name().last().text().toUpperCase(Locale.ROOT));
    List<Ident> columns =
        clause.column_list() == null ? List.of() : l.query.columnList(clause.column_list());
    if (into.error_logging_clause() != null) {
      l.cx.note(
          into.error_logging_clause(),
          OraItems.STATEMENT,
          "LOG ERRORS is not kept: a bad row fails the statement");
    }
    List<Query.SelectItem> items = new ArrayList<>();
    if (into.values_clause() instanceof PlSqlParser.ValueListValuesContext list) {
      for (PlSqlParser.Value_itemContext item : list.value_item()) {
        if (item.DEFAULT() != null) {
          return "DEFAULT in the VALUES of an INTO clause: leave the column out instead";
        }
        Expr value = l.expr.condition(item.condition());
        sequences[0] |= drawsSequence(value);
        items.add(new Query.SelectItem(value, null));
      }
    } else if (into.values_clause() == null) {
      items.add(new Query.SelectItem(new Expr.Star(null), null));
    } else {
      return "VALUES of a record in an INTO clause: list the values";
    }
    // SELECT * FROM DUAL (the usual source of INSERT ALL ... VALUES) is one row of no columns.
    List<FromItem> from =
        dual(source) ? List.of() : List.of(new FromItem.DerivedTable(source, SOURCE, null, false));
    Query.Select select = Query.Select.simple(items, from, where);
    out.add(
        new Stmt.DmlStmt(
            new Dml.Insert(null, table, columns, select, null), null, false, l.cx.span(into)));
    return null;
  }

  private Stmt unsupported(org.antlr.v4.runtime.ParserRuleContext m, String why) {
    return l.cx.unsupportedStmt(m, OraItems.MULTI_TABLE_INSERT, "multi-table INSERT: " + why);
  }

  /** Whether {@code q} is {@code SELECT * FROM DUAL} once DUAL is dropped. */
  private static boolean dual(Query q) {
    return q instanceof Query.Select s
        && s.from().isEmpty()
        && s.where() == null
        && s.groupBy().isEmpty()
        && s.items().size() == 1
        && s.items().get(0).expr() instanceof Expr.Star;
  }

  /** {@code CASE WHEN c THEN FALSE ELSE TRUE END}: true when {@code c} is false or NULL. */
  private static Expr notTrue(Expr c) {
    return new Expr.Case(
        null, List.of(new Expr.When(c, Expr.Literal.bool(false))), Expr.Literal.bool(true));
  }

  private static boolean drawsSequence(Expr e) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onExpr(Expr x) {
        found[0] |= x instanceof Expr.SequenceValue;
      }
    }.expr(e);
    return found[0];
  }

  /** Whether the query reads one of {@code tables} (by name) or draws a sequence value. */
  private static boolean reads(Query q, Set<String> tables) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onFrom(FromItem f) {
        if (f instanceof FromItem.TableRef t
            && tables.contains(t.name().last().text().toUpperCase(Locale.ROOT))) {
          found[0] = true;
        }
      }

      @Override
      protected void onExpr(Expr x) {
        found[0] |= x instanceof Expr.SequenceValue;
      }
    }.query(q);
    return found[0];
  }
}
