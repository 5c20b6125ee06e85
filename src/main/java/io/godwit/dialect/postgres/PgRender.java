package io.godwit.dialect.postgres;

import io.godwit.convert.RenderContext;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Items;
import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Query;
import java.util.List;

/**
 * The state of rendering one object for PostgreSQL: the text, the names, the items. The writer
 * classes (expressions, queries, DDL, PL/pgSQL) share one instance and call each other through it.
 */
final class PgRender {

  final SqlWriter out;
  final PgNames names;
  final PgTypes types;
  final Items items;
  final RenderContext context;
  private final PgExpressions expressions;
  private final PgQueries queries;

  /** Whether we are inside PL/pgSQL (variables may be referenced). */
  boolean procedural;

  /** The Godwit compatibility functions the text calls ({@link PgCompat}). */
  final java.util.Set<String> compat;

  /** The routine being written, or null. */
  io.godwit.ir.proc.Routine currentRoutine;

  /** Whether the current routine reads row counts (see PgProcedural.ROW_COUNT_VARIABLE). */
  boolean rowCountUsed;

  /** In a trigger function: what a bare RETURN returns (NEW, OLD or NULL). */
  String triggerReturn;

  /** User exceptions in scope by target name, for their SQLSTATEs. */
  final java.util.Map<String, io.godwit.ir.proc.Decl.Exception> exceptions;

  private PgProcedural procedural0;

  PgRender(RenderContext context, String file) {
    this.context = context;
    this.out = new SqlWriter(file);
    this.names = new PgNames(context.naming());
    this.types = new PgTypes(names);
    this.items = context.items();
    this.compat = new java.util.TreeSet<>();
    this.exceptions = new java.util.HashMap<>();
    this.expressions = new PgExpressions(this);
    this.queries = new PgQueries(this);
  }

  /** A renderer writing into its own buffer, sharing names, items and state with this one. */
  private PgRender(PgRender parent) {
    this.context = parent.context;
    this.out = new SqlWriter(null);
    this.names = parent.names;
    this.types = parent.types;
    this.items = parent.items;
    this.compat = parent.compat;
    this.exceptions = parent.exceptions;
    this.procedural = parent.procedural;
    this.currentRoutine = parent.currentRoutine;
    this.rowCountUsed = parent.rowCountUsed;
    this.triggerReturn = parent.triggerReturn;
    this.expressions = new PgExpressions(this);
    this.queries = new PgQueries(this);
  }

  PgRender child() {
    return new PgRender(this);
  }

  PgProcedural procedural() {
    if (procedural0 == null) {
      procedural0 = new PgProcedural(this);
    }
    return procedural0;
  }

  /**
   * Appends text a child renderer produced and moves the target spans of the items it recorded
   * (those from index {@code firstItem} on) to where the text lands.
   */
  void appendChild(String text, int firstItem) {
    SqlWriter.Mark base = out.mark();
    out.write(text);
    items.shiftTargets(firstItem, base.offset(), base.line(), base.column());
  }

  PgRender write(String s) {
    out.write(s);
    return this;
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

  /**
   * The SQL text of a statement parsed out of dynamic SQL, without a terminating semicolon, for
   * EXECUTE. Items it raises keep no target span (the text ends up inside a string).
   */
  String embedded(io.godwit.ir.proc.Stmt statement) {
    PgRender inner = child();
    inner.procedural = false;
    inner.rowCountUsed = false;
    if (statement instanceof io.godwit.ir.proc.Stmt.QueryStmt q) {
      inner.query(q.query());
    } else if (statement instanceof io.godwit.ir.proc.Stmt.DmlStmt d) {
      inner.queries().dml(d.dml());
    } else if (statement instanceof io.godwit.ir.proc.Stmt.DdlStmt d) {
      new PgDdl(inner).write(d.ddl());
    } else {
      inner.procedural = true;
      new PgStatements(inner, inner.procedural()).list(java.util.List.of(statement));
    }
    String text = inner.out.toString().strip();
    return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
  }

  void orderItems(List<io.godwit.ir.OrderItem> list) {
    expressions.orderItems(list);
  }

  void query(Query q) {
    queries.query(q);
  }

  PgQueries queries() {
    return queries;
  }

  void ident(Ident id) {
    out.write(names.ident(id));
  }

  void name(QName name) {
    out.write(names.qualified(name));
  }

  /** Writes the type; an unsupported one becomes text with an item. */
  void type(SqlType t, SourceSpan span) {
    String rendered = types.render(t);
    if (rendered != null) {
      out.write(rendered);
      return;
    }
    SqlWriter.Mark start = out.mark();
    out.write("text /* " + commentSafe(t.source() == null ? t.kind().name() : t.source()) + " */");
    ActionItem item =
        items.add(
            PgItems.UNSUPPORTED_TYPE,
            "type "
                + (t.source() == null ? t.kind() : t.source())
                + " has no PostgreSQL equivalent",
            span,
            t.source());
    items.setTarget(item, out.spanFrom(start));
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
}
