package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * T-SQL cursors in a routine body. The usual pattern (DECLARE, OPEN, FETCH, {@code
 * WHILE @@FETCH_STATUS = 0} whose last statement is the same FETCH, CLOSE, DEALLOCATE) becomes a
 * query FOR loop that assigns the row to the FETCH's variables first. Any other use becomes a
 * refcursor opened at the OPEN, FETCH into a record, and {@code @@FETCH_STATUS} a variable set
 * after every FETCH, so that variables keep their values when no row is left, as in T-SQL.
 */
final class MssCursors {

  /** The variable {@code @@FETCH_STATUS} reads. */
  static final Ident FETCH_STATUS = Ident.of("godwit_fetch_status");

  private static final String FETCH_STATUS_NAME = "@@FETCH_STATUS";

  private final MssContext cx;
  private final MssQuery q;
  private final MssProcedural proc;

  /** Cursors (upper-case names) converted as FOR loops, with the OPEN that starts the loop. */
  private final Map<String, TSqlParser.OpenCursorContext> loops = new HashMap<>();

  /** The number of variables each loop's FETCH reads into. */
  private final Map<String, Integer> loopWidths = new HashMap<>();

  private final Map<String, Cursor> declared = new HashMap<>();
  private final Set<String> declaredNames = new HashSet<>();
  private final Set<String> variableNames = new HashSet<>();
  private boolean statusDeclared;
  private boolean statusNeeded;

  /** A declared cursor: its name in the target, the query, and the names of its row's fields. */
  private record Cursor(Ident name, Ident row, Query query, List<Ident> fields) {}

  MssCursors(MssContext cx, MssQuery q, MssProcedural proc) {
    this.cx = cx;
    this.q = q;
    this.proc = proc;
  }

  /**
   * Looks at every cursor of the body before anything is lowered: which become FOR loops, and
   * whether {@code @@FETCH_STATUS} needs a variable.
   */
  void prepare(ParserRuleContext body) {
    Scan scan = new Scan();
    scan.walk(body);
    variableNames.addAll(scan.variables);
    Set<TSqlParser.SearchConditionContext> loopConditions = new HashSet<>();
    for (Map.Entry<String, List<TSqlParser.OpenCursorContext>> e : scan.opens.entrySet()) {
      String name = e.getKey();
      if (e.getValue().size() != 1
          || count(scan.declares, name) != 1
          || count(scan.fetches, name) != 2
          || scan.currentOf.contains(name)
          || scan.starQueries.contains(name)) {
        continue;
      }
      TSqlParser.WhileStatementContext w = loopAfter(e.getValue().get(0), name);
      if (w != null) {
        loops.put(name, e.getValue().get(0));
        loopWidths.put(name, scan.fetches.get(name).get(0).VARIABLE().size());
        loopConditions.add(w.searchCondition());
      }
    }
    for (TSqlParser.SystemVariableExprContext s : scan.statusReads) {
      if (!inside(s, loopConditions)) {
        statusNeeded = true;
      }
    }
    if (statusNeeded) {
      // A read of @@FETCH_STATUS that is not a loop's condition: every cursor keeps the variable.
      loops.clear();
    }
    if (statusNeeded || !scan.fetches.isEmpty()) {
      cx.variable(
          FETCH_STATUS_NAME,
          SqlType.of(TypeKind.INTEGER),
          QName.of(MssProcedural.LOCALS, FETCH_STATUS));
    }
  }

  private static int count(Map<String, ? extends List<?>> m, String name) {
    List<?> l = m.get(name);
    return l == null ? 0 : l.size();
  }

  private static boolean inside(ParseTree t, Set<? extends ParseTree> roots) {
    for (ParseTree p = t; p != null; p = p.getParent()) {
      if (roots.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The WHILE of the loop pattern after {@code open}: the next statement fetches into variables,
   * the one after loops on {@code @@FETCH_STATUS = 0} and ends with the same FETCH, and does not
   * CONTINUE (which in T-SQL would skip that FETCH).
   */
  private static TSqlParser.WhileStatementContext loopAfter(
      TSqlParser.OpenCursorContext open, String name) {
    if (!(open.getParent() instanceof TSqlParser.StatementContext st)
        || !(st.getParent() instanceof TSqlParser.StatementListContext list)) {
      return null;
    }
    int i = list.statement().indexOf(st);
    if (i < 0 || i + 2 >= list.statement().size()) {
      return null;
    }
    TSqlParser.FetchCursorContext first = fetchOf(list.statement(i + 1));
    TSqlParser.WhileStatementContext w = list.statement(i + 2).whileStatement();
    if (first == null
        || w == null
        || !nextInto(first, name)
        || !statusIsZero(w.searchCondition())) {
      return null;
    }
    List<TSqlParser.StatementContext> body = loopBody(w);
    if (body.isEmpty()) {
      return null;
    }
    TSqlParser.FetchCursorContext last = fetchOf(body.get(body.size() - 1));
    if (last == null || !nextInto(last, name) || !sameTargets(first, last)) {
      return null;
    }
    for (int k = 0; k < body.size() - 1; k++) {
      if (continues(body.get(k))) {
        return null;
      }
    }
    return w;
  }

  /** The statements of a WHILE's body. */
  static List<TSqlParser.StatementContext> loopBody(TSqlParser.WhileStatementContext w) {
    TSqlParser.StatementContext s = w.statement();
    if (s.blockStatement() != null && s.blockStatement().ATOMIC() == null) {
      return s.blockStatement().statementList().statement();
    }
    return List.of(s);
  }

  private static TSqlParser.FetchCursorContext fetchOf(TSqlParser.StatementContext s) {
    return s.cursorStatement() instanceof TSqlParser.FetchCursorContext f ? f : null;
  }

  private static boolean nextInto(TSqlParser.FetchCursorContext f, String name) {
    return (f.fetchDirection() == null || f.fetchDirection().NEXT() != null)
        && f.INTO() != null
        && f.GLOBAL() == null
        && key(f.cursorReference()).equals(name);
  }

  private static boolean sameTargets(
      TSqlParser.FetchCursorContext a, TSqlParser.FetchCursorContext b) {
    if (a.VARIABLE().size() != b.VARIABLE().size()) {
      return false;
    }
    for (int i = 0; i < a.VARIABLE().size(); i++) {
      if (!a.VARIABLE(i).getText().equalsIgnoreCase(b.VARIABLE(i).getText())) {
        return false;
      }
    }
    return true;
  }

  /** {@code @@FETCH_STATUS = 0}, possibly in parentheses. */
  private static boolean statusIsZero(TSqlParser.SearchConditionContext c) {
    while (c instanceof TSqlParser.ParenthesizedConditionContext p) {
      c = p.searchCondition();
    }
    if (!(c instanceof TSqlParser.ComparisonConditionContext cmp)
        || cmp.comparisonOperator().EQUAL() == null) {
      return false;
    }
    return isStatus(cmp.expression(0)) && isZero(cmp.expression(1))
        || isZero(cmp.expression(0)) && isStatus(cmp.expression(1));
  }

  private static boolean isStatus(TSqlParser.ExpressionContext e) {
    return e instanceof TSqlParser.SystemVariableExprContext s
        && s.getText().equalsIgnoreCase(FETCH_STATUS_NAME);
  }

  private static boolean isZero(TSqlParser.ExpressionContext e) {
    return e instanceof TSqlParser.LiteralExprContext l && l.getText().equals("0");
  }

  /** Whether a CONTINUE in {@code t} applies to the enclosing loop (not to a nested WHILE). */
  private static boolean continues(ParseTree t) {
    if (t instanceof TSqlParser.ContinueStatementContext) {
      return true;
    }
    if (t instanceof TSqlParser.WhileStatementContext) {
      return false;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      if (continues(t.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  static String key(TSqlParser.CursorReferenceContext r) {
    String text = r.identifier() != null ? TsqlNames.name(r.identifier()) : r.VARIABLE().getText();
    return text.toUpperCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------------------------------
  // Statements
  // ------------------------------------------------------------------------------------------

  /** DECLARE name CURSOR [options] FOR query [FOR UPDATE | READ ONLY]. */
  void declare(TSqlParser.DeclareCursorContext d, List<Stmt> out) {
    String written = TsqlNames.name(d.cursorName);
    String key = written.toUpperCase(Locale.ROOT);
    TSqlParser.CursorDefinitionContext def = d.cursorDefinition();
    options(def);
    Query query = q.select(def.selectStatement());
    Ident name = free(written);
    Ident row = free(written + "_row");
    Named named = named(query);
    Cursor c =
        new Cursor(
            name, row, named == null ? query : named.query, named == null ? null : named.fields);
    declared.put(key, c);
    if (loops.containsKey(key)) {
      if (c.fields != null && c.fields.size() == loopWidths.get(key)) {
        return; // the FOR loop at the OPEN declares what it needs
      }
      loops.remove(key); // the FETCH does not read every column: keep the cursor
    }
    if (declaredNames.add(name.text().toUpperCase(Locale.ROOT))) {
      proc.declare(
          new Decl.Variable(name, SqlType.of(TypeKind.REF_CURSOR), null, false, false, cx.span(d)));
      if (c.fields != null) {
        proc.declare(
            new Decl.Variable(row, SqlType.of(TypeKind.RECORD), null, false, false, cx.span(d)));
      }
    }
  }

  private void options(TSqlParser.CursorDefinitionContext def) {
    List<TSqlParser.IdentifierContext> all = new ArrayList<>(def.isoOptions);
    all.addAll(def.cursorOptions);
    for (TSqlParser.IdentifierContext o : all) {
      String option = TsqlNames.name(o).toUpperCase(Locale.ROOT);
      switch (option) {
        case "KEYSET", "DYNAMIC" ->
            cx.item(
                MssItems.CURSOR_SNAPSHOT,
                option
                    + " cursor: a PostgreSQL cursor reads the rows as they were when it was"
                    + " opened; changes made while it is open are not seen",
                o);
        case "GLOBAL" ->
            cx.item(
                MssItems.CURSOR_OPTION,
                "GLOBAL cursor: the converted cursor is local to the routine",
                o);
        case "SCROLL_LOCKS", "OPTIMISTIC" ->
            cx.item(
                MssItems.CURSOR_OPTION,
                option + ": PostgreSQL cursors do not lock the rows they read",
                o);
        default -> {
          // LOCAL, FORWARD_ONLY, STATIC, FAST_FORWARD, READ_ONLY, INSENSITIVE, SCROLL,
          // TYPE_WARNING: a PostgreSQL cursor behaves so already (SCROLL matters only for the
          // FETCH directions, which are reported where they are used).
        }
      }
    }
    if (def.UPDATE() != null) {
      cx.item(
          MssItems.CURSOR_OPTION,
          "FOR UPDATE cursor: the rows are not locked; a positioned UPDATE/DELETE (WHERE CURRENT"
              + " OF) is reported where it is written",
          def);
    }
  }

  /** A name for a cursor or its row that no variable of the routine has. */
  private Ident free(String base) {
    String name = base;
    while (variableNames.contains(name.toUpperCase(Locale.ROOT))) {
      name = name + "_cursor";
    }
    return Ident.of(name);
  }

  /**
   * The FOR loop that replaces OPEN, FETCH and the WHILE loop, when {@code list[i]} is such an
   * OPEN; returns the number of statements it replaces, 0 when the statement is something else.
   */
  int loop(List<TSqlParser.StatementContext> list, int i, List<Stmt> out) {
    if (!(list.get(i).cursorStatement() instanceof TSqlParser.OpenCursorContext open)) {
      return 0;
    }
    String key = key(open.cursorReference());
    Cursor c = declared.get(key);
    if (loops.get(key) != open || c == null) {
      return 0;
    }
    TSqlParser.FetchCursorContext fetch = fetchOf(list.get(i + 1));
    TSqlParser.WhileStatementContext w = list.get(i + 2).whileStatement();
    List<Stmt> body = new ArrayList<>(assignments(fetch, c, c.name));
    List<TSqlParser.StatementContext> inner = loopBody(w);
    proc.statements(inner.subList(0, inner.size() - 1), body);
    out.add(new Stmt.ForQuery(null, c.name, c.query, null, null, null, null, body, cx.span(w)));
    return 3;
  }

  /** {@code @v := row.field} for each FETCH target. */
  private List<Stmt> assignments(TSqlParser.FetchCursorContext f, Cursor c, Ident row) {
    List<Stmt> out = new ArrayList<>();
    for (int k = 0; k < f.VARIABLE().size(); k++) {
      String written = f.VARIABLE(k).getText();
      SqlType type = cx.variableType(written);
      out.add(
          new Stmt.Assign(
              new Expr.VariableRef(cx.variableName(written), type),
              new Expr.ColumnRef(QName.of(row, c.fields.get(k)), type),
              cx.span(f)));
    }
    return out;
  }

  /** OPEN, FETCH, CLOSE, DEALLOCATE outside the FOR loop pattern. */
  void statement(TSqlParser.CursorStatementContext s, List<Stmt> out) {
    TSqlParser.CursorReferenceContext ref = reference(s);
    String key = key(ref);
    Cursor c = declared.get(key);
    if (loops.containsKey(key)) {
      return; // CLOSE / DEALLOCATE of a cursor that became a FOR loop
    }
    if (ref.VARIABLE() != null || c == null) {
      out.add(
          cx.unsupportedStmt(
              s,
              MssItems.CURSOR_OPERATION,
              ref.VARIABLE() != null
                  ? "a cursor variable is not converted: declare the cursor by name"
                  : "a cursor that is not declared in this routine (a GLOBAL cursor of the"
                      + " caller) is not converted"));
      return;
    }
    Expr cursor = new Expr.VariableRef(QName.of(c.name), SqlType.of(TypeKind.REF_CURSOR));
    if (s instanceof TSqlParser.OpenCursorContext) {
      out.add(new Stmt.Open(cursor, null, c.query, null, null, cx.span(s)));
    } else if (s instanceof TSqlParser.CloseCursorContext) {
      out.add(new Stmt.Close(cursor, cx.span(s)));
    } else if (s instanceof TSqlParser.FetchCursorContext f) {
      fetch(f, c, cursor, out);
    }
    // DEALLOCATE: nothing to free; a later DECLARE and OPEN reuse the variable.
  }

  private static TSqlParser.CursorReferenceContext reference(TSqlParser.CursorStatementContext s) {
    if (s instanceof TSqlParser.OpenCursorContext o) {
      return o.cursorReference();
    }
    if (s instanceof TSqlParser.CloseCursorContext c) {
      return c.cursorReference();
    }
    if (s instanceof TSqlParser.DeallocateCursorContext d) {
      return d.cursorReference();
    }
    return ((TSqlParser.FetchCursorContext) s).cursorReference();
  }

  private void fetch(TSqlParser.FetchCursorContext f, Cursor c, Expr cursor, List<Stmt> out) {
    if (f.fetchDirection() != null && f.fetchDirection().NEXT() == null) {
      out.add(
          cx.unsupportedStmt(
              f,
              MssItems.CURSOR_OPERATION,
              "FETCH "
                  + cx.text(f.fetchDirection()).toUpperCase(Locale.ROOT)
                  + " needs a SCROLL cursor: declare it SCROLL and write FETCH with the same"
                  + " direction by hand"));
      return;
    }
    if (f.INTO() == null) {
      out.add(
          cx.unsupportedStmt(
              f,
              MssItems.RESULT_SET,
              "a FETCH without INTO returns the row to the client: fetch into variables"));
      return;
    }
    statusNeeded = true;
    Expr found = new Expr.Builtin(BuiltinFn.CURSOR_FOUND, List.of(cursor), null, null);
    Expr status =
        new Expr.VariableRef(cx.variableName(FETCH_STATUS_NAME), SqlType.of(TypeKind.INTEGER));
    if (c.fields == null || c.fields.size() != f.VARIABLE().size()) {
      // SELECT *: the columns are not known; the targets read NULL once no row is left.
      List<Expr> into = new ArrayList<>();
      for (var v : f.VARIABLE()) {
        into.add(new Expr.VariableRef(cx.variableName(v.getText()), cx.variableType(v.getText())));
      }
      out.add(new Stmt.Fetch(cursor, into, false, null, cx.span(f)));
      out.add(new Stmt.Assign(status, statusOf(found), cx.span(f)));
      return;
    }
    Expr row = new Expr.VariableRef(QName.of(c.row), SqlType.of(TypeKind.RECORD));
    out.add(new Stmt.Fetch(cursor, List.of(row), false, null, cx.span(f)));
    out.add(new Stmt.Assign(status, statusOf(found), cx.span(f)));
    out.add(
        new Stmt.If(
            List.of(new Stmt.Branch(found, assignments(f, c, c.row))), List.of(), cx.span(f)));
  }

  /** 0 when the FETCH found a row, -1 otherwise, as {@code @@FETCH_STATUS}. */
  private static Expr statusOf(Expr found) {
    return new Expr.Case(
        null, List.of(new Expr.When(found, Expr.Literal.number(0))), Expr.Literal.number(-1));
  }

  /** The status variable's declaration, when some code reads or sets it. */
  void finish() {
    if (statusNeeded && !statusDeclared) {
      statusDeclared = true;
      proc.declare(
          new Decl.Variable(
              FETCH_STATUS,
              SqlType.of(TypeKind.INTEGER),
              Expr.Literal.number(-1),
              false,
              false,
              null));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Row fields
  // ------------------------------------------------------------------------------------------

  private record Named(Query query, List<Ident> fields) {}

  /**
   * The query with a distinct name on every column, and those names, so a FETCH's targets (which go
   * by position) can be read from a record; null for {@code SELECT *}.
   */
  private static Named named(Query query) {
    if (query instanceof Query.SetOperation o) {
      Named left = named(o.left());
      return left == null
          ? null
          : new Named(
              new Query.SetOperation(
                  o.with(), o.op(), o.all(), left.query, o.right(), o.orderBy(), o.limit()),
              left.fields);
    }
    if (!(query instanceof Query.Select s)) {
      return null;
    }
    List<Query.SelectItem> items = new ArrayList<>();
    List<Ident> fields = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < s.items().size(); i++) {
      Query.SelectItem item = s.items().get(i);
      if (item.expr() instanceof Expr.Star) {
        return null;
      }
      Ident field = item.alias();
      if (field == null && item.expr() instanceof Expr.ColumnRef col) {
        field = col.name().last();
      }
      if (field == null || !seen.add(field.text().toLowerCase(Locale.ROOT))) {
        field = Ident.of("value_" + (i + 1));
        seen.add(field.text());
        item = new Query.SelectItem(item.expr(), field);
      }
      items.add(item);
      fields.add(field);
    }
    return new Named(s.withItems(items), fields);
  }

  // ------------------------------------------------------------------------------------------
  // The scan before lowering
  // ------------------------------------------------------------------------------------------

  /** What the body does with cursors, by upper-case cursor name. */
  private static final class Scan {
    final Map<String, List<TSqlParser.DeclareCursorContext>> declares = new HashMap<>();
    final Map<String, List<TSqlParser.OpenCursorContext>> opens = new HashMap<>();
    final Map<String, List<TSqlParser.FetchCursorContext>> fetches = new HashMap<>();
    final Set<String> currentOf = new HashSet<>();
    final Set<String> starQueries = new HashSet<>();
    final Set<String> variables = new HashSet<>();
    final List<TSqlParser.SystemVariableExprContext> statusReads = new ArrayList<>();

    void walk(ParseTree t) {
      if (t instanceof TSqlParser.DeclareCursorContext d) {
        String key = TsqlNames.name(d.cursorName).toUpperCase(Locale.ROOT);
        declares.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        if (star(d.cursorDefinition().selectStatement().select().queryExpression())) {
          starQueries.add(key);
        }
      } else if (t instanceof TSqlParser.OpenCursorContext o) {
        opens.computeIfAbsent(key(o.cursorReference()), k -> new ArrayList<>()).add(o);
      } else if (t instanceof TSqlParser.FetchCursorContext f) {
        fetches.computeIfAbsent(key(f.cursorReference()), k -> new ArrayList<>()).add(f);
      } else if (t instanceof TSqlParser.DmlWhereClauseContext w && w.CURRENT() != null) {
        String name =
            w.identifier() != null ? TsqlNames.name(w.identifier()) : w.VARIABLE().getText();
        currentOf.add(name.toUpperCase(Locale.ROOT));
      } else if (t instanceof TSqlParser.SystemVariableExprContext s
          && s.getText().equalsIgnoreCase(FETCH_STATUS_NAME)) {
        statusReads.add(s);
      } else if (t instanceof TSqlParser.DeclareVariableContext v) {
        variables.add(MssNames.variable(v.VARIABLE().getText()).text().toUpperCase(Locale.ROOT));
      }
      for (int i = 0; i < t.getChildCount(); i++) {
        walk(t.getChild(i));
      }
    }

    /** Whether the leftmost SELECT of a query selects {@code *}. */
    private static boolean star(TSqlParser.QueryExpressionContext q) {
      if (q instanceof TSqlParser.QuerySpecificationQueryContext s) {
        for (TSqlParser.SelectItemContext i : s.querySpecification().selectList().selectItem()) {
          if (i instanceof TSqlParser.SelectStarContext
              || i instanceof TSqlParser.SelectQualifiedStarContext) {
            return true;
          }
        }
        return false;
      }
      if (q instanceof TSqlParser.ParenthesizedQueryContext p) {
        return star(p.queryExpression());
      }
      if (q instanceof TSqlParser.UnionQueryContext u) {
        return star(u.queryExpression(0));
      }
      if (q instanceof TSqlParser.IntersectQueryContext i) {
        return star(i.queryExpression(0));
      }
      return true;
    }
  }
}
