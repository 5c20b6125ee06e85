package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.proc.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code EXEC (@sql)} and {@code EXEC sp_executesql @sql, N'@p int', @p = 1} as PL/pgSQL {@code
 * EXECUTE sql USING ...}. The text is T-SQL written for SQL Server, so an item always asks for it
 * to be checked; sp_executesql's parameters are passed in the order of their declaration, which is
 * the {@code $n} the text must use.
 */
final class MssDynamicSql {

  private final MssContext cx;
  private final MssExpr ex;

  MssDynamicSql(MssContext cx, MssExpr ex) {
    this.cx = cx;
    this.ex = ex;
  }

  /** The statement, or null when {@code e} is not dynamic SQL. */
  Stmt execute(TSqlParser.ExecuteStatementContext e) {
    if (e instanceof TSqlParser.ExecuteDynamicContext d) {
      return exec(d);
    }
    if (e instanceof TSqlParser.ExecuteProcedureContext p
        && p.procedureReference().qualifiedName() != null
        && TsqlNames.objectName(p.procedureReference().qualifiedName())
            .name()
            .equalsIgnoreCase("sp_executesql")) {
      return executesql(p);
    }
    return null;
  }

  private Stmt exec(TSqlParser.ExecuteDynamicContext d) {
    if (d.AT() != null) {
      return cx.unsupportedStmt(
          d,
          MssItems.LINKED_SERVER,
          "EXEC (...) AT a linked server: PostgreSQL reaches another server with postgres_fdw or"
              + " dblink");
    }
    if (d.AS() != null) {
      return cx.unsupportedStmt(
          d,
          MssItems.STATEMENT,
          "EXEC (...) AS LOGIN/USER: use SET ROLE around the statement, or a SECURITY DEFINER"
              + " function");
    }
    Expr sql = null;
    for (TSqlParser.ExpressionContext part : d.expression()) {
      Expr x = ex.expr(part);
      sql = sql == null ? x : new Expr.Binary(BinaryOp.CONCAT, sql, x);
    }
    tsqlText(d, sql);
    return new Stmt.ExecuteDynamic(sql, List.of(), List.of(), false, cx.span(d));
  }

  private void tsqlText(TSqlParser.ExecuteStatementContext d, Expr sql) {
    cx.item(
        MssItems.DYNAMIC_SQL,
        sql instanceof Expr.Literal
            ? "the dynamic statement is T-SQL text run as it is: check it is valid PostgreSQL, or"
                + " write it as a static statement"
            : "the dynamic statement is T-SQL text built at run time: check that what it builds"
                + " is valid PostgreSQL (quote names with quote_ident/format)",
        d);
  }

  /** {@code sp_executesql stmt [, params [, values ...]]}, by position or by name. */
  private Stmt executesql(TSqlParser.ExecuteProcedureContext p) {
    if (p.returnStatus != null || p.executeArguments() == null) {
      return cx.unsupportedStmt(p, MssItems.STATEMENT, "this sp_executesql call is not converted");
    }
    TSqlParser.ExpressionContext statement = null;
    TSqlParser.ExpressionContext params = null;
    List<TSqlParser.ExecuteArgumentContext> values = new ArrayList<>();
    int position = 0;
    for (TSqlParser.ExecuteArgumentContext a : p.executeArguments().executeArgument()) {
      String name = a.parameter == null ? null : a.parameter.getText().toLowerCase(Locale.ROOT);
      if ("@stmt".equals(name) || name == null && position == 0) {
        statement = a.expression();
      } else if ("@params".equals(name) || name == null && position == 1) {
        params = a.expression();
      } else {
        values.add(a);
      }
      position++;
    }
    if (statement == null) {
      return cx.unsupportedStmt(p, MssItems.STATEMENT, "sp_executesql without a statement");
    }
    Expr sql = ex.expr(statement);
    List<String> declared = params == null ? List.of() : parameterNames(params);
    if (declared == null) {
      return cx.unsupportedStmt(
          p,
          MssItems.DYNAMIC_SQL,
          "the parameter list of sp_executesql is not a literal: pass the values with EXECUTE"
              + " ... USING by hand");
    }
    List<Expr> using = new ArrayList<>();
    for (int k = 0; k < declared.size(); k++) {
      using.add(null);
    }
    for (int k = 0; k < values.size(); k++) {
      TSqlParser.ExecuteArgumentContext a = values.get(k);
      if (a.OUTPUT() != null || a.OUT() != null) {
        return cx.unsupportedStmt(
            p,
            MssItems.DYNAMIC_OUTPUT,
            "an OUTPUT parameter of sp_executesql: PostgreSQL's EXECUTE returns values with INTO"
                + " (EXECUTE 'SELECT ...' INTO v USING ...); rewrite the statement so");
      }
      int slot =
          a.parameter == null
              ? k
              : declared.indexOf(a.parameter.getText().toLowerCase(Locale.ROOT));
      if (slot < 0 || slot >= declared.size()) {
        return cx.unsupportedStmt(
            p, MssItems.STATEMENT, "an argument of sp_executesql that no parameter declares");
      }
      using.set(slot, a.expression() == null ? Expr.Literal.NULL : ex.expr(a.expression()));
    }
    for (int k = 0; k < using.size(); k++) {
      if (using.get(k) == null) {
        using.set(k, Expr.Literal.NULL);
      }
    }
    String message;
    if (sql instanceof Expr.Literal l && l.kind() == LiteralKind.STRING && !declared.isEmpty()) {
      sql = Expr.Literal.string(numbered(l.value(), declared));
      message =
          "the dynamic statement is T-SQL text (its parameters were renamed $1, $2, ... in the"
              + " order of their declaration): check it is valid PostgreSQL";
    } else {
      StringBuilder mapping = new StringBuilder();
      for (int k = 0; k < declared.size(); k++) {
        mapping
            .append(k == 0 ? "; in it write " : ", ")
            .append(declared.get(k))
            .append(" as $")
            .append(k + 1);
      }
      message = "the dynamic statement is T-SQL text: check it is valid PostgreSQL" + mapping;
    }
    cx.item(MssItems.DYNAMIC_SQL, message, p);
    return new Stmt.ExecuteDynamic(sql, List.of(), using, false, cx.span(p));
  }

  /**
   * {@code text} with each declared {@code @name} written {@code $n} (its position in the
   * declaration), outside strings, quoted names and comments.
   */
  static String numbered(String text, List<String> declared) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '[') {
        char close = c == '[' ? ']' : c;
        int j = i + 1;
        while (j < text.length()) {
          if (text.charAt(j) == close) {
            if (j + 1 < text.length() && text.charAt(j + 1) == close) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        int end = Math.min(j + 1, text.length());
        out.append(text, i, end);
        i = end;
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        int j = text.indexOf('\n', i);
        int end = j < 0 ? text.length() : j;
        out.append(text, i, end);
        i = end;
      } else if (c == '@') {
        int j = i + 1;
        while (j < text.length() && nameChar(text.charAt(j))) {
          j++;
        }
        int slot = declared.indexOf(text.substring(i, j).toLowerCase(Locale.ROOT));
        out.append(slot < 0 ? text.substring(i, j) : "$" + (slot + 1));
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean nameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '$' || c == '@';
  }

  /**
   * The parameter names of {@code N'@a int, @b varchar(10) OUTPUT'} in order, lower case; null when
   * the list is not a literal.
   */
  private List<String> parameterNames(TSqlParser.ExpressionContext params) {
    Expr e = ex.expr(params);
    if (!(e instanceof Expr.Literal l) || l.kind() != LiteralKind.STRING) {
      return null;
    }
    String text = l.value();
    List<String> names = new ArrayList<>();
    int depth = 0;
    boolean start = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        start = true;
      } else if (c == '@' && start) {
        int j = i + 1;
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j))
                || text.charAt(j) == '_'
                || text.charAt(j) == '#'
                || text.charAt(j) == '$'
                || text.charAt(j) == '@')) {
          j++;
        }
        names.add(text.substring(i, j).toLowerCase(Locale.ROOT));
        start = false;
        i = j - 1;
      }
    }
    return names;
  }

  /** The name of a procedure as written, for messages. */
  static ObjectName called(TSqlParser.ExecuteProcedureContext p) {
    return TsqlNames.objectName(p.procedureReference().qualifiedName());
  }
}
