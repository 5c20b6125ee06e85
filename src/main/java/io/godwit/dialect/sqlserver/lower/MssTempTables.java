package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Temporary tables ({@code #t}, {@code ##t}) and table variables ({@code DECLARE @t TABLE}) in a
 * routine body, as PostgreSQL temporary tables. SQL Server gives every call a new, empty table and
 * drops it when the routine ends; so the converted code drops a leftover table of the session
 * ({@code DROP TABLE IF EXISTS pg_temp.t}, which never reaches a permanent table) before it creates
 * it, and drops it again at the end of the body. {@code #t} is named {@code t}; a table variable
 * {@code @t} is named {@code tv_t}, so that it never hides a permanent table {@code t}.
 */
final class MssTempTables {

  /** The schema of the session's temporary tables. */
  private static final Ident TEMP_SCHEMA = Ident.of("pg_temp");

  private final MssContext cx;
  private final MssExpr ex;
  private final MssQuery q;
  private final MssTypes types;

  /** Tables the body creates, by target name (lower case), to drop at the end. */
  private final Map<String, Ident> created = new LinkedHashMap<>();

  MssTempTables(MssContext cx, MssExpr ex, MssQuery q) {
    this.cx = cx;
    this.ex = ex;
    this.q = q;
    this.types = new MssTypes(cx);
  }

  /** Registers the body's table variables, so every reference to them reads the table. */
  void prepare(ParserRuleContext body) {
    walk(body);
  }

  private void walk(ParseTree t) {
    if (t instanceof TSqlParser.DeclareTableVariableContext d) {
      String written = d.VARIABLE().getText();
      cx.tableVariable(written, QName.of(tableVariableName(written)));
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      walk(t.getChild(i));
    }
  }

  static Ident tableVariableName(String written) {
    return Ident.of("tv_" + MssNames.variable(written).text());
  }

  /** {@code DECLARE @t TABLE (...)}. */
  void declare(TSqlParser.DeclareTableVariableContext d, List<Stmt> out) {
    Ident name = tableVariableName(d.VARIABLE().getText());
    create(name, d.tableElement(), d, out);
  }

  /** {@code CREATE TABLE #t (...)}; false when the table is not a temporary one. */
  boolean create(TSqlParser.CreateTableStatementContext c, List<Stmt> out) {
    ObjectName o = TsqlNames.objectName(c.qualifiedName());
    if (!MssNames.isTemp(o.name())) {
      return false;
    }
    global(o.name(), c);
    for (TSqlParser.TableOptionContext option : c.tableOption()) {
      cx.item(MssItems.STORAGE, "the storage option is dropped", option);
    }
    create(Ident.of(MssNames.tempName(o.name())), c.tableElement(), c, out);
    return true;
  }

  private void global(String written, ParserRuleContext node) {
    if (written.startsWith("##")) {
      cx.item(
          MssItems.GLOBAL_TEMP_TABLE,
          "a global temporary table ##"
              + MssNames.tempName(written)
              + " becomes a temporary table of the session: other sessions do not see it",
          node);
    }
  }

  private void create(
      Ident name,
      List<TSqlParser.TableElementContext> elements,
      ParserRuleContext node,
      List<Stmt> out) {
    List<Ddl.ColumnDef> columns = new ArrayList<>();
    List<Ddl.Constraint> constraints = new ArrayList<>();
    for (TSqlParser.TableElementContext e : elements) {
      if (e instanceof TSqlParser.ColumnElementContext ce) {
        Ddl.ColumnDef col = column(ce.columnDefinition(), constraints);
        if (col != null) {
          columns.add(col);
        }
      } else if (e instanceof TSqlParser.ConstraintElementContext ce) {
        constraint(ce.tableConstraint(), constraints, columns);
      } else {
        cx.item(
            MssItems.STATEMENT,
            "an index or period of a temporary table is not converted: create it after the table",
            e);
      }
    }
    out.add(dropLeftover(name, node));
    out.add(
        new Stmt.DdlStmt(
            new Ddl.CreateTable(
                QName.of(name),
                Ddl.TableKind.TEMPORARY_PRESERVE_ROWS,
                columns,
                constraints,
                null,
                cx.span(node)),
            cx.span(node)));
    created.put(name.text().toLowerCase(Locale.ROOT), name);
  }

  private Stmt dropLeftover(Ident name, ParserRuleContext node) {
    return new Stmt.DdlStmt(
        new Ddl.Drop("table", QName.of(TEMP_SCHEMA, name), true, cx.span(node)), cx.span(node));
  }

  private Ddl.ColumnDef column(
      TSqlParser.ColumnDefinitionContext c, List<Ddl.Constraint> constraints) {
    Ident name = MssNames.ident(c.name);
    if (c.dataType() == null) {
      cx.item(
          MssItems.STATEMENT,
          "a computed column of a temporary table is not converted: compute it in the queries",
          c);
      return null;
    }
    SqlType type = types.map(c.dataType(), false);
    cx.column(name.text(), type);
    boolean notNull = false;
    Expr defaultValue = null;
    Ddl.IdentitySpec identity = null;
    for (TSqlParser.ColumnOptionContext o : c.columnOption()) {
      if (o instanceof TSqlParser.NullOptionContext n) {
        notNull = n.NOT() != null;
      } else if (o instanceof TSqlParser.IdentityOptionContext i) {
        BigInteger seed = i.seed == null ? BigInteger.ONE : new BigInteger(i.seed.getText());
        BigInteger step = i.step == null ? BigInteger.ONE : new BigInteger(i.step.getText());
        identity = new Ddl.IdentitySpec(false, seed, step, null, null, false, null);
        notNull = true;
      } else if (o instanceof TSqlParser.ConstraintOptionContext co) {
        TSqlParser.ColumnConstraintContext k = co.columnConstraint();
        if (k instanceof TSqlParser.ColumnKeyConstraintContext key) {
          if (key.kind.getType() == TSqlParser.PRIMARY) {
            constraints.add(new Ddl.PrimaryKeyDef(null, List.of(name)));
            notNull = true;
          } else {
            constraints.add(new Ddl.UniqueDef(null, List.of(name)));
          }
        } else if (k instanceof TSqlParser.ColumnCheckContext ch) {
          constraints.add(new Ddl.CheckDef(null, ex.condition(ch.searchCondition())));
        } else if (k instanceof TSqlParser.ColumnDefaultContext df) {
          defaultValue = MssExpr.coerce(ex.expr(df.expression()), type);
        } else {
          cx.item(
              MssItems.STATEMENT,
              "a foreign key on a temporary table is dropped: PostgreSQL does not allow a"
                  + " temporary table to reference a permanent one",
              o);
        }
      } else if (o instanceof TSqlParser.CollateOptionContext) {
        cx.item(MssItems.STORAGE, "the collation is dropped: the database's applies", o);
      } else {
        cx.item(MssItems.STORAGE, cx.text(o) + " is dropped", o);
      }
    }
    return new Ddl.ColumnDef(name, type, defaultValue, notNull, identity, null, false, null);
  }

  private void constraint(
      TSqlParser.TableConstraintContext t,
      List<Ddl.Constraint> constraints,
      List<Ddl.ColumnDef> columns) {
    TSqlParser.TableConstraintBodyContext b = t.tableConstraintBody();
    if (b instanceof TSqlParser.TableKeyConstraintContext k) {
      List<Ident> keys = new ArrayList<>();
      for (TSqlParser.IndexColumnContext c : k.indexColumn()) {
        keys.add(MssNames.ident(c.identifier()));
      }
      constraints.add(
          k.kind.getType() == TSqlParser.PRIMARY
              ? new Ddl.PrimaryKeyDef(null, keys)
              : new Ddl.UniqueDef(null, keys));
    } else if (b instanceof TSqlParser.TableCheckContext c) {
      constraints.add(new Ddl.CheckDef(null, ex.condition(c.searchCondition())));
    } else if (b instanceof TSqlParser.TableDefaultContext d) {
      String column = TsqlNames.name(d.column);
      for (int i = 0; i < columns.size(); i++) {
        Ddl.ColumnDef c = columns.get(i);
        if (c.name().text().equalsIgnoreCase(column)) {
          columns.set(
              i,
              new Ddl.ColumnDef(
                  c.name(),
                  c.type(),
                  MssExpr.coerce(ex.expr(d.expression()), c.type()),
                  c.notNull(),
                  c.identity(),
                  null,
                  false,
                  null));
        }
      }
    } else {
      cx.item(
          MssItems.STATEMENT,
          "a foreign key on a temporary table is dropped: PostgreSQL does not allow a temporary"
              + " table to reference a permanent one",
          t);
    }
  }

  /**
   * {@code SELECT ... INTO #t FROM ...}: {@code CREATE TABLE pg_temp.t AS SELECT ...}, after
   * dropping a leftover table of the same name; false when the statement is something else.
   */
  boolean selectInto(TSqlParser.DmlStatementContext d, List<Stmt> out) {
    TSqlParser.SelectContext sel = d.select();
    if (sel == null
        || !(sel.queryExpression() instanceof TSqlParser.QuerySpecificationQueryContext qs)
        || qs.querySpecification().intoClause() == null) {
      return false;
    }
    TSqlParser.IntoClauseContext into = qs.querySpecification().intoClause();
    ObjectName o = TsqlNames.objectName(into.qualifiedName());
    if (!MssNames.isTemp(o.name())) {
      return false;
    }
    global(o.name(), into);
    Ident name = Ident.of(MssNames.tempName(o.name()));
    Query.With with = d.withClause() == null ? null : q.with(d.withClause());
    q.allowInto(into);
    Query query =
        q.finish(
            q.query(sel.queryExpression()), with, sel.orderByClause(), sel.offsetFetchClause());
    out.add(dropLeftover(name, d));
    out.add(
        new Stmt.DdlStmt(
            new Ddl.CreateTableAs(QName.of(TEMP_SCHEMA, name), null, query, cx.span(d)),
            cx.span(d)));
    created.put(name.text().toLowerCase(Locale.ROOT), name);
    return true;
  }

  /** {@code DROP TABLE [IF EXISTS] #t, ...}; false when a name is not a temporary table. */
  boolean drop(TSqlParser.DropObjectsContext d, List<Stmt> out) {
    if (d.dropObjectType().TABLE() == null) {
      return false;
    }
    for (TSqlParser.QualifiedNameContext n : d.qualifiedName()) {
      if (!MssNames.isTemp(TsqlNames.objectName(n).name())) {
        return false;
      }
    }
    for (TSqlParser.QualifiedNameContext n : d.qualifiedName()) {
      Ident name = Ident.of(MssNames.tempName(TsqlNames.objectName(n).name()));
      // IF EXISTS either way: the table may be left from an earlier call that failed.
      out.add(dropLeftover(name, d));
    }
    return true;
  }

  /** {@code TRUNCATE TABLE #t}; false when it is not a temporary table. */
  boolean truncate(TSqlParser.TruncateTableStatementContext t, List<Stmt> out) {
    ObjectName o = TsqlNames.objectName(t.qualifiedName());
    if (!MssNames.isTemp(o.name())) {
      return false;
    }
    out.add(
        new Stmt.DdlStmt(
            new Ddl.Truncate(QName.of(Ident.of(MssNames.tempName(o.name()))), cx.span(t)),
            cx.span(t)));
    return true;
  }

  /**
   * Drops the tables the body created, as SQL Server does when the routine ends; not those the body
   * drops itself as one of its last statements.
   */
  List<Stmt> cleanup(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>();
    for (Ident name : created.values()) {
      if (!droppedAtEnd(body, name)) {
        out.add(
            new Stmt.DdlStmt(new Ddl.Drop("table", QName.of(TEMP_SCHEMA, name), true, null), null));
      }
    }
    return out;
  }

  /** Whether a top-level statement drops the table and no top-level statement after creates it. */
  private static boolean droppedAtEnd(List<Stmt> body, Ident name) {
    boolean dropped = false;
    for (Stmt s : body) {
      if (!(s instanceof Stmt.DdlStmt d)) {
        continue;
      }
      if (d.ddl() instanceof Ddl.Drop drop
          && drop.name().last().text().equalsIgnoreCase(name.text())) {
        dropped = true;
      } else if (d.ddl() instanceof Ddl.CreateTable t
              && t.name().last().text().equalsIgnoreCase(name.text())
          || d.ddl() instanceof Ddl.CreateTableAs a
              && a.name().last().text().equalsIgnoreCase(name.text())) {
        dropped = false;
      }
    }
    return dropped;
  }
}
