package io.godwit.dialect.postgres;

import io.godwit.convert.BackEnd;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.RenderContext;
import io.godwit.convert.Rendered;
import io.godwit.convert.TargetNaming;
import io.godwit.convert.UnitKind;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.AnonymousBlock;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders IR objects as PostgreSQL 15. */
public final class PostgresBackEnd implements BackEnd {

  /** PostgreSQL's identifier limit (NAMEDATALEN - 1). */
  public static final int MAX_NAME_BYTES = 63;

  @Override
  public TargetNaming naming(ConvertOptions options) {
    return new TargetNaming(MAX_NAME_BYTES, options.caseRule());
  }

  @Override
  public Rendered render(IrObject object, RenderContext context) {
    PgRender r = new PgRender(context, null);
    ObjectRef target;
    String table = null;
    if (object instanceof Ddl ddl) {
      new PgDdl(r).write(ddl);
      target = targetOf(r, ddl, context.kind());
      table = tableOf(r, ddl);
    } else if (object instanceof Routine routine) {
      r.procedural().routine(routine, initCalls(r, routine));
      target = ref(r, routine.name(), context.kind());
    } else if (object instanceof Trigger trigger) {
      trigger(r, trigger);
      target =
          ref(
              r,
              trigger.table().qualifier() == null
                  ? QName.of(trigger.name().last())
                  : trigger.table().qualifier().plus(trigger.name().last()),
              UnitKind.TRIGGER);
      table = r.names.naming().name(trigger.table().last());
    } else if (object instanceof PackageDef p) {
      pkg(r, p);
      target = ref(r, p.name(), UnitKind.PACKAGE);
    } else if (object instanceof AnonymousBlock b) {
      anonymous(r, b);
      target = new ObjectRef(null, "block", UnitKind.SCRIPT);
    } else {
      throw new IllegalArgumentException("cannot render " + object.getClass().getSimpleName());
    }
    return new Rendered(target, table, r.out.toString(), r.compat);
  }

  @Override
  public List<Rendered> support(Set<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Rendered(
            new ObjectRef(PgCompat.SCHEMA, PgCompat.SCHEMA, UnitKind.SCHEMA),
            null,
            PgCompat.script(names),
            Set.of()));
  }

  private static ObjectRef ref(PgRender r, QName name, UnitKind kind) {
    String schema =
        name.size() > 1 ? r.names.naming().name(name.parts().get(name.size() - 2)) : null;
    return new ObjectRef(schema, r.names.naming().name(name.last()), kind);
  }

  private static ObjectRef targetOf(PgRender r, Ddl ddl, UnitKind kind) {
    if (ddl instanceof Ddl.CreateTable t) {
      return ref(r, t.name(), UnitKind.TABLE);
    }
    if (ddl instanceof Ddl.CreateTableAs t) {
      return ref(r, t.name(), UnitKind.TABLE);
    }
    if (ddl instanceof Ddl.AddConstraint a) {
      Ident name = a.constraint().name();
      String constraint =
          name != null
              ? r.names.naming().name(name)
              : r.names.naming().fit(r.names.naming().name(a.table().last()) + "_constraint");
      String schema =
          a.table().size() > 1 ? r.names.naming().name(a.table().qualifier().last()) : null;
      return new ObjectRef(schema, constraint, UnitKind.CONSTRAINT);
    }
    if (ddl instanceof Ddl.CreateIndex i) {
      String schema =
          i.table().size() > 1 ? r.names.naming().name(i.table().qualifier().last()) : null;
      return new ObjectRef(schema, r.names.naming().name(i.name().last()), UnitKind.INDEX);
    }
    if (ddl instanceof Ddl.CreateSequence s) {
      return ref(r, s.name(), UnitKind.SEQUENCE);
    }
    if (ddl instanceof Ddl.CreateView v) {
      return ref(r, v.name(), v.materialized() ? UnitKind.MATERIALIZED_VIEW : UnitKind.VIEW);
    }
    if (ddl instanceof Ddl.CreateType t) {
      return ref(r, t.name(), UnitKind.TYPE);
    }
    if (ddl instanceof Ddl.CreateSchema s) {
      return new ObjectRef(null, r.names.naming().name(s.name()), UnitKind.SCHEMA);
    }
    if (ddl instanceof Ddl.CreateSynonym s) {
      return ref(r, s.name(), UnitKind.SYNONYM);
    }
    if (ddl instanceof Ddl.Comment c) {
      return ref(r, c.object(), UnitKind.COMMENT);
    }
    if (ddl instanceof Ddl.Drop d) {
      return ref(r, d.name(), kind);
    }
    if (ddl instanceof Ddl.Truncate t) {
      return ref(r, t.table(), UnitKind.SCRIPT);
    }
    throw new IllegalArgumentException("no target for " + ddl.getClass().getSimpleName());
  }

  private static String tableOf(PgRender r, Ddl ddl) {
    if (ddl instanceof Ddl.AddConstraint a) {
      return r.names.naming().name(a.table().last());
    }
    if (ddl instanceof Ddl.CreateIndex i) {
      return r.names.naming().name(i.table().last());
    }
    return null;
  }

  /** {@code PERFORM pkg.godwit_init()} for every package whose state the object uses. */
  private static List<Stmt> initCalls(PgRender r, IrObject object) {
    List<Stmt> calls = new ArrayList<>();
    for (QName pkg : PgPackages.packagesUsed(r, object).values()) {
      calls.add(
          new Stmt.Perform(
              new Expr.FunctionCall(
                  pkg.plus(Ident.of(PgPackages.INIT)), List.of(), false, null, null, null, null),
              null));
    }
    return calls;
  }

  /** A trigger function and the trigger that calls it. */
  private static void trigger(PgRender r, Trigger t) {
    QName function =
        t.table().qualifier() == null
            ? QName.of(t.name().last())
            : t.table().qualifier().plus(t.name().last());
    boolean rowLevel = t.forEachRow();
    boolean before = t.timing() != Trigger.Timing.AFTER;
    String returns;
    if (!rowLevel || !before) {
      returns = "NULL";
    } else if (t.events().equals(List.of(Trigger.Event.DELETE))) {
      returns = "OLD";
    } else if (t.events().contains(Trigger.Event.DELETE)) {
      returns = "CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END";
    } else {
      returns = "NEW";
    }
    List<Stmt> body = new ArrayList<>(t.body().body());
    body.add(new Stmt.Return(null, null));
    Block block =
        new Block(
            t.body().label(), t.body().declarations(), body, t.body().handlers(), t.body().span());
    Routine fn =
        new Routine(
            function,
            Routine.Kind.FUNCTION,
            List.of(),
            Routine.Returns.scalar(
                io.godwit.ir.SqlType.named(io.godwit.ir.TypeKind.NAMED, QName.of("trigger"))),
            block,
            Set.of(),
            t.span());
    r.triggerReturn = returns;
    r.procedural().routine(fn, initCalls(r, t));
    r.triggerReturn = null;
    r.write("CREATE OR REPLACE TRIGGER ");
    r.ident(t.name().last());
    r.write(
        switch (t.timing()) {
          case BEFORE -> " BEFORE ";
          case AFTER -> " AFTER ";
          case INSTEAD_OF -> " INSTEAD OF ";
        });
    r.write(
        t.events().stream()
            .map(
                e ->
                    e == Trigger.Event.UPDATE && !t.updateColumns().isEmpty()
                        ? "UPDATE OF "
                            + t.updateColumns().stream()
                                .map(r.names::ident)
                                .collect(Collectors.joining(", "))
                        : e.name())
            .collect(Collectors.joining(" OR ")));
    r.write(" ON ");
    r.name(t.table());
    if (t.transitionTables()) {
      boolean newTable =
          t.events().contains(Trigger.Event.INSERT) || t.events().contains(Trigger.Event.UPDATE);
      boolean oldTable =
          t.events().contains(Trigger.Event.DELETE) || t.events().contains(Trigger.Event.UPDATE);
      r.write("\nREFERENCING");
      if (newTable) {
        r.write(" NEW TABLE AS inserted");
      }
      if (oldTable) {
        r.write(" OLD TABLE AS deleted");
      }
    }
    r.write(rowLevel ? "\nFOR EACH ROW" : "\nFOR EACH STATEMENT");
    if (t.when() != null) {
      r.write("\nWHEN (");
      r.expr(t.when());
      r.write(")");
    }
    r.write("\nEXECUTE FUNCTION ");
    r.name(function);
    r.write("();\n");
  }

  /** A package: its schema, record types, state, initialisation, routines. */
  private static void pkg(PgRender r, PackageDef p) {
    QName schema = p.name();
    r.write("CREATE SCHEMA IF NOT EXISTS ");
    r.name(schema);
    r.write(";\n\n");
    for (Decl d : p.state()) {
      if (d instanceof Decl.Type t && PgPackages.needsCompositeType(t.definition())) {
        new PgDdl(r)
            .write(
                new Ddl.CreateType(
                    schema.plus(t.name()),
                    Ddl.TypeDefKind.COMPOSITE,
                    t.definition().fields(),
                    null,
                    null,
                    null,
                    false,
                    null,
                    t.span()));
        r.write("\n");
      }
    }
    PgPackages.initFunction(r, p, schema);
    for (Routine routine : p.routines()) {
      r.write("\n");
      for (Decl d : p.state()) {
        if (d instanceof Decl.Exception e) {
          r.exceptions.put(r.names.naming().name(e.name()), e);
        }
      }
      r.procedural().routine(routine, initCalls(r, routine));
    }
  }

  private static void anonymous(PgRender r, AnonymousBlock b) {
    if (plainStatements(b.body())) {
      // A script's INSERT, UPDATE, DELETE or MERGE runs as itself, not inside DO.
      for (io.godwit.ir.proc.Stmt s : b.body().body()) {
        r.queries().dml(((io.godwit.ir.proc.Stmt.DmlStmt) s).dml());
        r.write(";\n");
      }
      return;
    }
    int first = r.items.size();
    PgRender inner = r.child();
    inner.procedural = true;
    inner.rowCountUsed = PgProcedural.usesRowCount(b.body());
    PgConditions.collectExceptions(inner, b.body());
    inner.procedural().block(b.body(), true, inner.rowCountUsed);
    String body = inner.out.toString();
    String tag = PgProcedural.dollarTag(body);
    r.write("DO " + tag + "\n");
    r.appendChild(body, first);
    r.write(tag + ";\n");
  }

  /** Whether a block is only DML that needs no PL/pgSQL around it. */
  private static boolean plainStatements(io.godwit.ir.proc.Block b) {
    if (b.label() != null || !b.declarations().isEmpty() || !b.handlers().isEmpty()) {
      return false;
    }
    for (io.godwit.ir.proc.Stmt s : b.body()) {
      if (!(s instanceof io.godwit.ir.proc.Stmt.DmlStmt d)
          || d.bulk()
          || !d.returningInto().isEmpty()) {
        return false;
      }
    }
    return !b.body().isEmpty();
  }
}
