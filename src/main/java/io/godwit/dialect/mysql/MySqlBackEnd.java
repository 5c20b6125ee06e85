package io.godwit.dialect.mysql;

import io.godwit.convert.BackEnd;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.RenderContext;
import io.godwit.convert.Rendered;
import io.godwit.convert.TargetNaming;
import io.godwit.convert.UnitKind;
import io.godwit.convert.WholePass;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.proc.AnonymousBlock;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders IR objects as MySQL 8.0, or MariaDB 10.6 and later where {@link
 * ConvertOptions#targetVersion()} says so (docs/conversion/mysql.md). Stored programs are written
 * between {@code DELIMITER $$} lines, so {@code all.sql} runs in the mysql client and {@code godwit
 * apply} sends each program as one statement.
 */
public final class MySqlBackEnd implements BackEnd {

  /** MySQL's identifier limit in characters; names are kept within as many bytes. */
  public static final int MAX_NAME_LENGTH = 64;

  /** Packages become {@code package$routine} objects in the package's database. */
  @Override
  public boolean packagesAsSchemas() {
    return false;
  }

  /** A sequence that only feeds one column becomes the column's AUTO_INCREMENT. */
  @Override
  public List<WholePass> wholePasses() {
    return List.of(new MySequenceColumns(), new MyCallArguments());
  }

  @Override
  public TargetNaming naming(ConvertOptions options) {
    return new TargetNaming(MAX_NAME_LENGTH, options.caseRule());
  }

  @Override
  public Rendered render(IrObject object, RenderContext context) {
    MySqlTarget target = MySqlTarget.of(context.options());
    MyRender r = new MyRender(context, target, null);
    ObjectRef ref;
    String table = null;
    if (object instanceof Ddl ddl) {
      new MyDdl(r).write(ddl);
      ref = targetOf(r, ddl, context.kind());
      table = tableOf(r, ddl);
    } else if (object instanceof Routine routine) {
      new MyProcedural(r)
          .routine(routine, MyPackages.initCalls(r, routine), r.routineText(routine.name()));
      ref = routineRef(r, routine.name(), context.kind());
    } else if (object instanceof Trigger trigger) {
      MyTriggers.render(r, trigger, MyPackages.initCalls(r, trigger));
      Ident db = r.database(trigger.table());
      ref =
          new ObjectRef(
              db == null ? null : r.names.text(db),
              r.names.text(trigger.name().last()),
              UnitKind.TRIGGER);
      table = r.names.text(trigger.table().last());
    } else if (object instanceof PackageDef p) {
      MyPackages.render(r, p, new MyProcedural(r));
      Ident db = p.name().size() > 1 ? p.name().qualifier().last() : null;
      ref =
          new ObjectRef(
              db == null ? null : r.names.text(db),
              r.names.text(p.name().last()),
              UnitKind.PACKAGE);
    } else if (object instanceof AnonymousBlock b) {
      new MyBlockScripts(r).write(b);
      ref = new ObjectRef(null, "block", UnitKind.SCRIPT);
    } else {
      throw new IllegalArgumentException("cannot render " + object.getClass().getSimpleName());
    }
    return new Rendered(ref, table, r.out.toString(), r.compat);
  }

  @Override
  public List<Rendered> support(Set<String> names) {
    List<Rendered> out = new ArrayList<>();
    for (String database : MyCompat.databases(names)) {
      out.add(
          new Rendered(
              new ObjectRef(database, database, UnitKind.SCHEMA),
              null,
              MyCompat.script(database, names),
              Set.of()));
    }
    return out;
  }

  private static ObjectRef ref(MyRender r, QName name, UnitKind kind) {
    Ident db = r.database(name);
    return new ObjectRef(db == null ? null : r.names.text(db), r.names.text(name.last()), kind);
  }

  private static ObjectRef routineRef(MyRender r, QName name, UnitKind kind) {
    if (name.size() >= 3) {
      List<Ident> parts = name.parts();
      Ident db = parts.get(parts.size() - 3);
      return new ObjectRef(
          r.names.text(db), r.member(parts.get(parts.size() - 2), name.last()), kind);
    }
    return ref(r, name, kind);
  }

  private static ObjectRef targetOf(MyRender r, Ddl ddl, UnitKind kind) {
    if (ddl instanceof Ddl.CreateTable t) {
      return ref(r, t.name(), UnitKind.TABLE);
    }
    if (ddl instanceof Ddl.AddConstraint a) {
      Ident name = a.constraint().name();
      String constraint =
          name != null
              ? r.names.text(name)
              : r.names.naming().fit(r.names.text(a.table().last()) + "_constraint");
      Ident db = r.database(a.table());
      return new ObjectRef(db == null ? null : r.names.text(db), constraint, UnitKind.CONSTRAINT);
    }
    if (ddl instanceof Ddl.CreateIndex i) {
      Ident db = r.database(i.table());
      return new ObjectRef(
          db == null ? null : r.names.text(db), r.names.text(i.name().last()), UnitKind.INDEX);
    }
    if (ddl instanceof Ddl.CreateSequence s) {
      return ref(r, s.name(), UnitKind.SEQUENCE);
    }
    if (ddl instanceof Ddl.CreateTableAs t) {
      return ref(r, t.name(), UnitKind.TABLE);
    }
    if (ddl instanceof Ddl.CreateView v) {
      return ref(r, v.name(), v.materialized() ? UnitKind.MATERIALIZED_VIEW : UnitKind.VIEW);
    }
    if (ddl instanceof Ddl.CreateType t) {
      return ref(r, t.name(), UnitKind.TYPE);
    }
    if (ddl instanceof Ddl.CreateSchema s) {
      return new ObjectRef(null, r.names.text(s.name()), UnitKind.SCHEMA);
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

  private static String tableOf(MyRender r, Ddl ddl) {
    if (ddl instanceof Ddl.AddConstraint a) {
      return r.names.text(a.table().last());
    }
    if (ddl instanceof Ddl.CreateIndex i) {
      return r.names.text(i.table().last());
    }
    return null;
  }
}
