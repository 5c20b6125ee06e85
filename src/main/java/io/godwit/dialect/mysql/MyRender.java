package io.godwit.dialect.mysql;

import io.godwit.convert.RenderContext;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Items;
import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Dml;
import io.godwit.ir.query.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of rendering one object for MySQL: the text, the names, the items, the target. The
 * writer classes (expressions, queries, DDL, stored programs) share one instance and call each
 * other through it.
 */
final class MyRender {

  final SqlWriter out;
  final MyNames names;
  final MyTypes types;
  final Items items;
  final RenderContext context;
  final MySqlTarget target;

  /** Godwit's compatibility functions the text calls ({@link MyCompat}). */
  final Set<String> compat;

  /** User exceptions in scope by target name, for their SQLSTATEs. */
  final Map<String, io.godwit.ir.proc.Decl.Exception> exceptions;

  /** The stored program being written, or null outside stored programs. */
  MyRoutineState routine;

  /** Column qualifiers written as another name (lower-case key), or empty. */
  Map<String, Ident> qualifierRewrite = Map.of();

  /** The source span of the statement being written, for items about the whole statement. */
  SourceSpan statementSpan;

  private final MyExpressions expressions;
  private final MyQueries queries;
  private final MyDml dml;

  MyRender(RenderContext context, MySqlTarget target, String file) {
    this.context = context;
    this.target = target;
    this.out = new SqlWriter(file);
    this.names = new MyNames(context.naming());
    this.types = new MyTypes(target, names);
    this.items = context.items();
    this.compat = new TreeSet<>();
    this.exceptions = new HashMap<>();
    this.expressions = new MyExpressions(this);
    this.queries = new MyQueries(this);
    this.dml = new MyDml(this);
  }

  /** A renderer writing into its own buffer, sharing names, items and state with this one. */
  private MyRender(MyRender parent) {
    this.context = parent.context;
    this.target = parent.target;
    this.out = new SqlWriter(null);
    this.names = parent.names;
    this.types = parent.types;
    this.items = parent.items;
    this.compat = parent.compat;
    this.exceptions = parent.exceptions;
    this.routine = parent.routine;
    this.qualifierRewrite = parent.qualifierRewrite;
    this.expressions = new MyExpressions(this);
    this.queries = new MyQueries(this);
    this.dml = new MyDml(this);
  }

  MyRender child() {
    return new MyRender(this);
  }

  /**
   * Appends what {@code child} wrote and moves the target spans of the items recorded since {@code
   * firstItem} to where the text lands.
   */
  void appendChild(MyRender child, int firstItem) {
    SqlWriter.Mark base = out.mark();
    out.write(child.out.toString());
    items.shiftTargets(firstItem, base.offset(), base.line(), base.column());
  }

  MyRender write(String s) {
    out.write(s);
    return this;
  }

  /**
   * The text of a statement of dynamic SQL, written by a child renderer outside any stored program
   * (PREPARE runs it at the top level), without its final semicolon.
   */
  String embedded(io.godwit.ir.proc.Stmt statement) {
    MyRender inner = child();
    inner.routine = null;
    if (statement instanceof io.godwit.ir.proc.Stmt.QueryStmt q) {
      inner.query(q.query());
    } else if (statement instanceof io.godwit.ir.proc.Stmt.DmlStmt d) {
      inner.dml(d.dml());
    } else if (statement instanceof io.godwit.ir.proc.Stmt.DdlStmt d) {
      new MyDdl(inner).write(d.ddl());
    } else {
      itemHere(
          MyItems.DYNAMIC_SQL,
          "this dynamic statement is a stored-program statement, which PREPARE cannot run",
          null,
          null);
      return "";
    }
    String text = inner.out.toString().strip();
    return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
  }

  void expr(Expr e) {
    e.accept(expressions);
  }

  /** Comma-separated expressions. */
  void exprs(List<? extends Expr> list) {
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.write(", ");
      }
      expr(list.get(i));
    }
  }

  /** An expression as an operand of an operator of precedence {@code parent}. */
  void operand(Expr e, int parent, boolean rightSide) {
    expressions.operand(e, parent, rightSide);
  }

  void orderItems(List<OrderItem> list) {
    expressions.orderItems(list);
  }

  void query(Query q) {
    queries.query(q);
  }

  MyQueries queries() {
    return queries;
  }

  void dml(Dml d) {
    dml.write(d);
  }

  /** A SET list; {@code qualifier} qualifies the targets in multi-table statements. */
  void dmlAssignments(List<io.godwit.ir.query.Dml.Assignment> set, Ident qualifier) {
    dml.assignments(set, qualifier);
  }

  /** Records that the text calls compatibility function {@code name}; returns its name. */
  String compatFunction(String name) {
    String use = MyCompat.use(target, name);
    compat.add(use);
    return use;
  }

  /** Whether stored-program variables may be referenced here. */
  boolean procedural() {
    return routine != null;
  }

  void ident(Ident id) {
    out.write(names.ident(id));
  }

  /** A table, view or sequence: {@code database.name} from the last two parts. */
  void table(QName name) {
    out.write(tableText(name));
  }

  String tableText(QName name) {
    if (name.size() <= 2) {
      return names.qualified(name);
    }
    List<Ident> parts = name.parts();
    return names.qualified(new QName(parts.subList(parts.size() - 2, parts.size())));
  }

  /** The database part of a table-like name, or null. */
  Ident database(QName name) {
    return name.size() >= 2 ? name.parts().get(name.size() - 2) : null;
  }

  /**
   * A routine. Three parts are {@code schema.package.member} and become {@code
   * database.<package>$<member>} by the package template; one or two parts are the routine's name,
   * as front ends that name package members themselves give it (docs/conversion/mysql.md).
   */
  void routineName(QName name) {
    out.write(routineText(name));
  }

  String routineText(QName name) {
    List<Ident> parts = name.parts();
    if (parts.size() >= 3) {
      Ident db = parts.get(parts.size() - 3);
      return names.ident(db)
          + "."
          + MyNames.quote(member(parts.get(parts.size() - 2), parts.get(parts.size() - 1)));
    }
    return names.qualified(name);
  }

  /** The target name of member {@code routine} of package {@code pkg}, within the limit. */
  String member(Ident pkg, Ident routine) {
    String text =
        target
            .packageRoutineTemplate()
            .replace("{package}", names.text(pkg))
            .replace("{routine}", names.text(routine));
    return names.naming().fit(text);
  }

  /** Writes the type of a column; an unsupported one becomes LONGTEXT with an item. */
  void columnType(SqlType t, SourceSpan span) {
    typeResult(types.column(t), t, span);
  }

  /** Writes the type of a variable or parameter. */
  void variableType(SqlType t, SourceSpan span) {
    typeResult(types.variable(t), t, span);
  }

  private void typeResult(MyTypes.Result res, SqlType t, SourceSpan span) {
    SqlWriter.Mark start = out.mark();
    if (res.text() != null) {
      out.write(res.text());
      if (res.code() != null) {
        itemSince(start, res.code(), res.message(), span, t.source());
      }
      return;
    }
    String what = t.source() == null ? t.kind().name() : t.source();
    out.write("LONGTEXT /* " + commentSafe(what) + " */");
    String code = res.code() == null ? MyItems.UNSUPPORTED_TYPE : res.code();
    String message =
        res.message() != null
            ? res.message() + ": declared as LONGTEXT"
            : "type " + what + " has no MySQL equivalent: declared as LONGTEXT";
    itemSince(start, code, message, span, t.source());
  }

  /**
   * Raises {@code code} here: writes {@code placeholder}, keeps the original text in a comment
   * after it, and records the target span.
   */
  void unsupported(
      String code, String message, SourceSpan source, String original, String placeholder) {
    SqlWriter.Mark start = out.mark();
    out.write(placeholder);
    if (original != null && !original.isBlank()) {
      out.write(" /* GODWIT " + code + ": " + commentSafe(original) + " */");
    } else {
      out.write(" /* GODWIT " + code + " */");
    }
    ActionItem item = items.add(code, message, source, original);
    items.setTarget(item, out.spanFrom(start));
  }

  /** Records an item whose target span is the text written since {@code start}. */
  void itemSince(
      SqlWriter.Mark start, String code, String message, SourceSpan source, String excerpt) {
    ActionItem item = items.add(code, message, source, excerpt);
    items.setTarget(item, out.spanFrom(start));
  }

  /** Records an item at the current position (an empty target span). */
  void itemHere(String code, String message, SourceSpan source, String excerpt) {
    itemSince(out.mark(), code, message, source, excerpt);
  }

  /** Text safe inside a block comment: no comment terminators, on one line. */
  static String commentSafe(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        s.append("* /");
        i++;
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        s.append("/ *");
        i++;
      } else if (c == '\n' || c == '\r' || c == '\t') {
        s.append(' ');
      } else {
        s.append(c);
      }
    }
    return s.toString().strip();
  }

  /** Writes {@code text} as {@code -- } comment lines (the source of what was not created). */
  void commentLines(String text) {
    if (text == null) {
      return;
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        String line = text.substring(start, i);
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        out.write("-- " + line + "\n");
        start = i + 1;
      }
    }
  }
}
