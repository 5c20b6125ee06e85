package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.OracleNames;
import io.godwit.dialect.oracle.script.ParsedScript;
import io.godwit.dialect.oracle.script.ParsedStatement;
import io.godwit.dialect.oracle.script.PlSqlScriptParser;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * EXECUTE IMMEDIATE and OPEN ... FOR with dynamic SQL. A statement given as one string literal is
 * parsed and converted like any other, its bind variables becoming positional placeholders; SQL
 * built at run time is passed unchanged with an item.
 */
final class OraDynamic {

  /** Shared item code for dynamic SQL that cannot be converted. */
  static final String DYNAMIC = "GW-0007";

  private OraDynamic() {}

  static Stmt executeImmediate(OraLower l, PlSqlParser.Execute_immediate_statementContext e) {
    Expr sql = sql(l, e.dynamic_sql);
    List<Expr> into = new ArrayList<>();
    List<Expr> using = new ArrayList<>();
    boolean bulk = false;
    for (PlSqlParser.Into_clauseContext i : e.into_clause()) {
      into.addAll(l.dml.intoTargets(i));
      bulk |= i.BULK() != null;
    }
    for (PlSqlParser.Using_clauseContext u : e.using_clause()) {
      using.addAll(using(l, u));
    }
    for (PlSqlParser.Dynamic_returning_clauseContext r : e.dynamic_returning_clause()) {
      into.addAll(l.dml.intoTargets(r.into_clause()));
    }
    return new Stmt.ExecuteDynamic(sql, into, using, bulk, l.cx.span(e));
  }

  static List<Expr> using(OraLower l, PlSqlParser.Using_clauseContext u) {
    List<Expr> out = new ArrayList<>();
    for (PlSqlParser.Using_argumentContext a : u.using_argument()) {
      if (a.parameter_mode() != null && a.parameter_mode().OUT() != null) {
        l.cx.note(
            a,
            OraItems.STATEMENT,
            "OUT binds of dynamic SQL: use RETURNING ... INTO or EXECUTE ... INTO");
      }
      out.add(l.expr.condition(a.condition()));
    }
    return out;
  }

  /** The SQL of a dynamic statement: converted when it is one literal, else as written. */
  static Expr sql(OraLower l, PlSqlParser.ExpressionContext e) {
    if (e instanceof PlSqlParser.LiteralExprContext lit
        && lit.literal() instanceof PlSqlParser.StringLiteralContext s) {
      String text = OracleNames.stringValue(s.string_literal().getText());
      Stmt converted = convert(l, text);
      if (converted != null) {
        return new Expr.EmbeddedSql(converted);
      }
      l.cx.note(e, DYNAMIC, "this dynamic SQL could not be converted and is passed unchanged");
      return Expr.Literal.string(text);
    }
    l.cx.note(
        e, DYNAMIC, "SQL built at run time is passed unchanged: check the statements it builds");
    return l.expr.expression(e);
  }

  private static Stmt convert(OraLower l, String text) {
    ParsedScript script = new PlSqlScriptParser().parse("<dynamic SQL>", text);
    if (script.statements().size() != 1 || !script.statements().get(0).parsed()) {
      return null;
    }
    ParsedStatement st = script.statements().get(0);
    PlSqlParser.StatementContext tree = st.tree();
    // Bind variables become $1, $2 ... in order of appearance (Oracle binds by position).
    OraContext dynamic =
        new OraContext(
            l.cx.items,
            l.cx.catalog,
            l.cx.options,
            l.cx.packagesAsSchemas,
            l.cx.types,
            null,
            l.cx.defaultSchema);
    dynamic.packages = l.cx.packages;
    dynamic.placeholders = new int[] {0};
    OraLower inner = new OraLower(dynamic);
    if (tree.select_statement() != null) {
      return new Stmt.QueryStmt(inner.query.select(tree.select_statement()), null);
    }
    if (tree.insert_statement() != null
        || tree.update_statement() != null
        || tree.delete_statement() != null
        || tree.merge_statement() != null) {
      Stmt dml = inner.dml.statement((org.antlr.v4.runtime.ParserRuleContext) tree.getChild(0));
      return dml instanceof Stmt.DmlStmt ? dml : null;
    }
    if (tree.truncate_statement() instanceof PlSqlParser.TruncateTableContext t) {
      QName table = inner.query.tableName(t.table_name);
      return new Stmt.DdlStmt(new io.godwit.ir.ddl.Ddl.Truncate(table, null), null);
    }
    return null;
  }
}
