package io.godwit.dialect.postgres;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.IrWalker;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Routines and blocks as PL/pgSQL. Statements are written by {@link PgStatements}. */
final class PgProcedural {

  /** The variable that holds ROW_COUNT when the code reads the row count of a statement. */
  static final String ROW_COUNT_VARIABLE = "godwit_row_count";

  private final PgRender r;
  private final PgStatements statements;

  PgProcedural(PgRender render) {
    this.r = render;
    this.statements = new PgStatements(render, this);
  }

  /** CREATE OR REPLACE FUNCTION/PROCEDURE ... LANGUAGE plpgsql. */
  void routine(Routine routine, List<Stmt> prologue) {
    Query single = singleQuery(routine, prologue);
    if (single != null) {
      sqlFunction(routine, single);
      return;
    }
    boolean function = routine.kind() == Routine.Kind.FUNCTION;
    r.write(function ? "CREATE OR REPLACE FUNCTION " : "CREATE OR REPLACE PROCEDURE ");
    r.name(routine.name());
    params(routine);
    if (function) {
      r.write("\nRETURNS ");
      returns(routine);
    }
    r.write("\nLANGUAGE plpgsql");
    if (routine.flags().contains(Routine.Flag.SECURITY_DEFINER)) {
      r.write(" SECURITY DEFINER");
    }
    if (routine.flags().contains(Routine.Flag.AUTONOMOUS)) {
      SqlWriter.Mark start = r.out.mark();
      r.write("\n-- PRAGMA AUTONOMOUS_TRANSACTION");
      r.itemSince(
          start,
          PgItems.AUTONOMOUS,
          "autonomous transaction: PostgreSQL runs this in the caller's transaction",
          routine.span(),
          "PRAGMA AUTONOMOUS_TRANSACTION");
    }
    int firstItem = r.items.size();
    String body = bodyText(routine.body(), prologue, routine);
    String tag = dollarTag(body);
    r.write("\nAS " + tag + "\n");
    r.appendChild(body, firstItem);
    r.write(tag + ";\n");
  }

  /**
   * The query of a function flagged {@link Routine.Flag#SINGLE_QUERY} whose body is only {@code
   * RETURN QUERY}: it is written as a SQL function, which the planner can inline.
   */
  private static Query singleQuery(Routine routine, List<Stmt> prologue) {
    Block b = routine.body();
    if (!routine.flags().contains(Routine.Flag.SINGLE_QUERY)
        || routine.kind() != Routine.Kind.FUNCTION
        || (prologue != null && !prologue.isEmpty())
        || !b.declarations().isEmpty()
        || !b.handlers().isEmpty()
        || b.body().size() != 1
        || !(b.body().get(0) instanceof Stmt.ReturnQuery rq)) {
      return null;
    }
    return rq.query();
  }

  /** CREATE OR REPLACE FUNCTION ... LANGUAGE sql STABLE AS the query. */
  private void sqlFunction(Routine routine, Query query) {
    r.write("CREATE OR REPLACE FUNCTION ");
    r.name(routine.name());
    params(routine);
    r.write("\nRETURNS ");
    returns(routine);
    r.write("\nLANGUAGE sql STABLE");
    int firstItem = r.items.size();
    PgRender inner = r.child();
    inner.procedural = false;
    inner.currentRoutine = routine;
    inner.query(query);
    inner.write(";\n");
    String body = inner.out.toString();
    String tag = dollarTag(body);
    r.write("\nAS " + tag + "\n");
    r.appendChild(body, firstItem);
    r.write(tag + ";\n");
  }

  /** The body of a routine, rendered separately so a dollar-quote tag can be chosen. */
  private String bodyText(Block body, List<Stmt> prologue, Routine routine) {
    PgRender inner = r.child();
    inner.procedural = true;
    inner.currentRoutine = routine;
    inner.rowCountUsed = usesRowCount(routine.body());
    PgConditions.collectExceptions(inner, routine.body());
    inner.write("#variable_conflict use_column\n");
    inner.procedural().block(withPrologue(body, prologue), true, inner.rowCountUsed);
    return inner.out.toString();
  }

  private static Block withPrologue(Block body, List<Stmt> prologue) {
    if (prologue == null || prologue.isEmpty()) {
      return body;
    }
    List<Stmt> all = new ArrayList<>(prologue);
    all.addAll(body.body());
    return new Block(body.label(), body.declarations(), all, body.handlers(), body.span());
  }

  /** A dollar-quote tag that does not occur in {@code body}. */
  static String dollarTag(String body) {
    String tag = "$body$";
    int n = 0;
    while (body.contains(tag)) {
      n++;
      tag = "$body" + n + "$";
    }
    return tag;
  }

  private void params(Routine routine) {
    r.write("(");
    List<Param> params = routine.params();
    boolean defaultsAllowed = true;
    // PostgreSQL needs every parameter after one with a default to have one too.
    for (int i = params.size() - 1; i >= 0; i--) {
      if (params.get(i).defaultValue() == null && params.get(i).mode() != ParamMode.OUT) {
        for (int k = 0; k < i; k++) {
          if (params.get(k).defaultValue() != null) {
            defaultsAllowed = false;
          }
        }
        break;
      }
    }
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      if (i > 0) {
        r.write(", ");
      }
      switch (p.mode()) {
        case OUT -> r.write("OUT ");
        case IN_OUT -> r.write("INOUT ");
        default -> {}
      }
      r.ident(p.name());
      r.write(" ");
      r.type(p.type(), routine.span());
      if (p.defaultValue() != null) {
        if (defaultsAllowed) {
          r.write(" DEFAULT ");
          r.expr(p.defaultValue());
        } else {
          SqlWriter.Mark start = r.out.mark();
          r.write(" /* DEFAULT removed */");
          r.itemSince(
              start,
              PgItems.DEFAULT_ORDER,
              "PostgreSQL allows defaults only on trailing parameters: callers must pass "
                  + p.name().text(),
              routine.span(),
              null);
        }
      }
    }
    r.write(")");
  }

  private void returns(Routine routine) {
    Routine.Returns ret = routine.returns();
    if (ret == null) {
      r.write("void");
      return;
    }
    if (!ret.table().isEmpty()) {
      r.write("TABLE (");
      for (int i = 0; i < ret.table().size(); i++) {
        if (i > 0) {
          r.write(", ");
        }
        r.ident(ret.table().get(i).name());
        r.write(" ");
        r.type(ret.table().get(i).type(), routine.span());
      }
      r.write(")");
      return;
    }
    boolean hasOut = routine.params().stream().anyMatch(p -> p.mode() != ParamMode.IN);
    if (hasOut && ret.type() != null) {
      SqlWriter.Mark start = r.out.mark();
      r.write("record");
      r.itemSince(
          start,
          PgItems.OUT_AND_RETURN,
          "a function with OUT parameters and a return value: PostgreSQL returns the OUT"
              + " parameters as a record; add the result as another OUT parameter",
          routine.span(),
          null);
      return;
    }
    if (ret.setOf()) {
      r.write("SETOF ");
    }
    r.type(ret.type(), routine.span());
  }

  /** Whether the code reads the row count of its statements. */
  static boolean usesRowCount(Stmt body) {
    boolean[] found = {false};
    new IrWalker() {
      @Override
      protected void onExpr(Expr e) {
        if (e instanceof Expr.Builtin b && b.fn() == BuiltinFn.ROW_COUNT) {
          found[0] = true;
        }
      }
    }.stmt(body);
    return found[0];
  }

  /**
   * [DECLARE ...] BEGIN ... [EXCEPTION ...] END. A routine's outermost block also declares the
   * row-count variable when needed, and record variables for query FOR loops, which PL/SQL declares
   * implicitly.
   */
  void block(Block b, boolean outermost, boolean rowCount) {
    List<Decl> decls = b.declarations();
    Set<String> loopRecords = loopRecords(b);
    for (Decl d : decls) {
      loopRecords.remove(r.names.naming().name(d.name()));
    }
    boolean declare = !decls.isEmpty() || !loopRecords.isEmpty() || (outermost && rowCount);
    if (b.label() != null) {
      r.write("<<");
      r.ident(b.label());
      r.write(">>\n");
    }
    if (declare) {
      r.write("DECLARE\n");
      r.out.indent();
      if (outermost && rowCount) {
        r.write(ROW_COUNT_VARIABLE + " bigint;\n");
      }
      for (String rec : loopRecords) {
        r.write(PgNames.quote(rec) + " record;\n");
      }
      for (Decl d : decls) {
        declaration(d);
      }
      r.out.dedent();
    }
    r.write("BEGIN\n");
    r.out.indent();
    statements.list(b.body());
    if (b.body().isEmpty()) {
      r.write("NULL;\n");
    }
    r.out.dedent();
    if (!b.handlers().isEmpty()) {
      r.write("EXCEPTION\n");
      r.out.indent();
      for (Handler h : b.handlers()) {
        handler(h);
      }
      r.out.dedent();
    }
    r.write("END;\n");
  }

  /** Names of records of query FOR loops directly in this block (not in nested blocks). */
  private Set<String> loopRecords(Block b) {
    Set<String> names = new LinkedHashSet<>();
    collectLoopRecords(b.body(), names);
    return names;
  }

  private void collectLoopRecords(List<Stmt> list, Set<String> names) {
    for (Stmt s : list) {
      if (s instanceof Stmt.ForQuery f) {
        if (f.cursor() == null) {
          names.add(r.names.naming().name(f.record()));
        }
        collectLoopRecords(f.body(), names);
      } else if (s instanceof Stmt.If i) {
        i.branches().forEach(br -> collectLoopRecords(br.body(), names));
        collectLoopRecords(i.otherwise(), names);
      } else if (s instanceof Stmt.CaseStmt c) {
        c.whens().forEach(br -> collectLoopRecords(br.body(), names));
        if (c.otherwise() != null) {
          collectLoopRecords(c.otherwise(), names);
        }
      } else if (s instanceof Stmt.Loop l) {
        collectLoopRecords(l.body(), names);
      } else if (s instanceof Stmt.While w) {
        collectLoopRecords(w.body(), names);
      } else if (s instanceof Stmt.ForRange fr) {
        collectLoopRecords(fr.body(), names);
      }
    }
  }

  private void declaration(Decl d) {
    if (d instanceof Decl.Variable v) {
      r.ident(v.name());
      r.write(v.constant() ? " CONSTANT " : " ");
      r.type(v.type(), v.span());
      if (v.notNull()) {
        r.write(" NOT NULL");
      }
      if (v.init() != null) {
        r.write(" := ");
        r.expr(v.init());
      }
      r.write(";\n");
    } else if (d instanceof Decl.Cursor c) {
      r.ident(c.name());
      r.write(" CURSOR");
      if (!c.params().isEmpty()) {
        r.write(" (");
        for (int i = 0; i < c.params().size(); i++) {
          if (i > 0) {
            r.write(", ");
          }
          r.ident(c.params().get(i).name());
          r.write(" ");
          r.type(c.params().get(i).type(), c.span());
        }
        r.write(")");
      }
      r.write(" FOR\n");
      r.out.indent();
      r.query(c.query());
      r.out.dedent();
      r.write(";\n");
    } else if (d instanceof Decl.Exception e) {
      // No declaration in PL/pgSQL: the exception is an SQLSTATE of its own.
      r.write("-- exception ");
      r.write(r.names.naming().name(e.name()));
      r.write(" is SQLSTATE '" + PgConditions.userState(r, e) + "'\n");
    } else if (d instanceof Decl.Type t) {
      r.write("-- type ");
      r.write(r.names.naming().name(t.name()));
      r.write(" is ");
      r.type(t.definition(), t.span());
      r.write("\n");
    } else if (d instanceof Decl.Subprogram sp) {
      SqlWriter.Mark start = r.out.mark();
      r.write("-- local subprogram " + r.names.naming().name(sp.name()) + "\n");
      r.itemSince(
          start,
          PgItems.NESTED_ROUTINE,
          "PL/pgSQL has no local subprograms: create "
              + sp.name().text()
              + " as a separate function in the same schema",
          sp.routine().span(),
          null);
    }
  }

  private void handler(Handler h) {
    r.write("WHEN ");
    for (int i = 0; i < h.conditions().size(); i++) {
      if (i > 0) {
        r.write(" OR ");
      }
      r.write(PgConditions.condition(r, h.conditions().get(i)));
    }
    r.write(" THEN\n");
    r.out.indent();
    statements.list(h.body());
    if (h.body().isEmpty()) {
      r.write("NULL;\n");
    }
    r.out.dedent();
  }

  /** Writes a query as the body of a FOR loop or cursor. */
  void query(Query q) {
    r.query(q);
  }

  /** A nested block inside statements. */
  void nested(Block b) {
    block(b, false, false);
  }

  static Ident ident(String s) {
    return Ident.of(s);
  }
}
