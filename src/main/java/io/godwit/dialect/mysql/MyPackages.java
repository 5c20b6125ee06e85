package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Oracle packages on MySQL (docs/conversion/mysql.md): each routine is a routine of the package's
 * database named by the package template ({@code <package>$<routine>}); each package variable is
 * the user variable {@code @`<package>$<variable>`}; the procedure {@code <package>$godwit_init()}
 * gives the variables their initial values and runs the initialisation section once per session,
 * and every routine and trigger that uses package state calls it first. User variables are untyped:
 * reads cast them back to the declared type.
 */
final class MyPackages {

  static final String INIT = "godwit_init";

  private MyPackages() {}

  /** The user variable holding {@code variable} of package {@code pkg}. */
  static String variable(MyRender r, QName pkg, Ident variable) {
    return MyNames.userVariable(r.member(pkg.last(), variable));
  }

  /** Whether a package variable of this type can be kept in a user variable. */
  static boolean scalar(SqlType t) {
    return t != null
        && switch (t.kind()) {
          case ARRAY, RECORD, REF_CURSOR, ROW_TYPE_OF, NAMED, UNSUPPORTED, TYPE_OF -> false;
          default -> true;
        };
  }

  /** Reads a package variable, cast back to its type. */
  static void read(MyRender r, Expr.PackageVar pv) {
    if (!r.procedural() || !scalar(pv.type())) {
      r.unsupported(
          MyItems.PACKAGE_STATE_LOST,
          !r.procedural()
              ? "package variable "
                  + pv.variable().text()
                  + " read outside a routine: MySQL views"
                  + " and defaults cannot read session variables"
              : "package variable "
                  + pv.variable().text()
                  + " is not a scalar: it cannot be"
                  + " kept as session state",
          null,
          pv.packageName() + "." + pv.variable().text(),
          "NULL");
      return;
    }
    String var = variable(r, pv.packageName(), pv.variable());
    String cast = castType(r, pv.type());
    if (cast == null) {
      r.write(var);
    } else {
      r.write("CAST(" + var + " AS " + cast + ")");
    }
  }

  /** The CAST a read needs: numbers and date-times, not strings and booleans. */
  private static String castType(MyRender r, SqlType t) {
    return switch (t.kind()) {
      case TINYINT,
              SMALLINT,
              INTEGER,
              BIGINT,
              DECIMAL,
              REAL,
              DOUBLE,
              MONEY,
              DATE,
              TIME,
              TIMESTAMP,
              TIMESTAMP_TZ,
              TIMESTAMP_LTZ ->
          r.types.cast(t);
      default -> null;
    };
  }

  /** The packages whose state {@code object} uses, by target name. */
  static Map<String, QName> packagesUsed(MyRender r, IrObject object) {
    Map<String, QName> used = new LinkedHashMap<>();
    new IrWalker() {
      @Override
      protected void onExpr(Expr e) {
        if (e instanceof Expr.PackageVar pv) {
          used.put(r.names.qualified(pv.packageName()), pv.packageName());
        }
      }
    }.walk(object);
    return used;
  }

  /** {@code CALL db.pkg$godwit_init()} for every package whose state {@code object} uses. */
  static List<Stmt> initCalls(MyRender r, IrObject object) {
    List<Stmt> calls = new ArrayList<>();
    for (QName pkg : packagesUsed(r, object).values()) {
      QName init =
          pkg.size() > 1
              ? QName.of(pkg.qualifier().last(), pkg.last(), Ident.of(INIT))
              : QName.of(pkg.last(), Ident.of(INIT));
      calls.add(new Stmt.Call(init, List.of(), null, null));
    }
    return calls;
  }

  /** A package: its init procedure, then its routines. */
  static void render(MyRender r, PackageDef p, MyProcedural procedural) {
    for (Decl d : p.state()) {
      if (d instanceof Decl.Exception e) {
        r.exceptions.put(r.names.text(e.name()), e);
      }
    }
    boolean state = p.state().stream().anyMatch(d -> d instanceof Decl.Variable);
    if (state || p.initializer() != null) {
      initProcedure(r, p, procedural);
    }
    for (Routine routine : p.routines()) {
      r.write("\n");
      Routine typed = withPackageTypes(p, routine);
      procedural.routine(typed, initCalls(r, routine), memberName(r, p, routine));
    }
  }

  /** The routine's body with the package's record types declared in front. */
  private static Routine withPackageTypes(PackageDef p, Routine routine) {
    List<Decl> types = new ArrayList<>();
    for (Decl d : p.state()) {
      if (d instanceof Decl.Type) {
        types.add(d);
      }
    }
    if (types.isEmpty() || routine.body() == null) {
      return routine;
    }
    Block b = routine.body();
    types.addAll(b.declarations());
    return new Routine(
        routine.name(),
        routine.kind(),
        routine.params(),
        routine.returns(),
        new Block(b.label(), types, b.body(), b.handlers(), b.span()),
        routine.flags(),
        routine.span());
  }

  /**
   * A member's target name: {@code schema.package.member} by the package template; a name of one or
   * two parts is already the member's own ({@code schema.package$member}), in the package's
   * database when it has no schema.
   */
  static String memberName(MyRender r, PackageDef p, Routine routine) {
    QName n = routine.name();
    if (n.size() != 1) {
      return r.routineText(n);
    }
    Ident db = p.name().size() > 1 ? p.name().qualifier().last() : null;
    String member = r.names.ident(n.last());
    return db == null ? member : r.names.ident(db) + "." + member;
  }

  private static void initProcedure(MyRender r, PackageDef p, MyProcedural procedural) {
    Ident db = p.name().size() > 1 ? p.name().qualifier().last() : null;
    String name = MyNames.quote(r.member(p.name().last(), Ident.of(INIT)));
    String qualified = db == null ? name : r.names.ident(db) + "." + name;
    Expr flag =
        new Expr.PackageVar(
            p.name(),
            Ident.of(INIT + "$done"),
            io.godwit.ir.SqlType.of(io.godwit.ir.TypeKind.BOOLEAN));
    List<Stmt> body = new ArrayList<>();
    List<Stmt> setup = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (Decl d : p.state()) {
      if (d instanceof Decl.Variable v) {
        if (!scalar(v.type())) {
          lost.add(v.name().text());
          continue;
        }
        setup.add(
            new Stmt.Assign(
                new Expr.PackageVar(p.name(), v.name(), v.type()),
                v.init() == null ? Expr.Literal.NULL : v.init(),
                v.span()));
      }
    }
    body.addAll(setup);
    if (p.initializer() != null) {
      body.add(p.initializer());
    }
    Routine init =
        new Routine(
            QName.of(Ident.of(INIT)),
            Routine.Kind.PROCEDURE,
            List.of(),
            null,
            new Block(
                null,
                null,
                List.of(
                    new Stmt.If(
                        List.of(
                            new Stmt.Branch(
                                new Expr.IsNull(flag, false),
                                prepend(
                                    new Stmt.Assign(flag, Expr.Literal.bool(true), null), body))),
                        null,
                        null)),
                null,
                null),
            java.util.Set.of(),
            p.span());
    SqlWriter.Mark start = r.out.mark();
    procedural.routine(init, List.of(), qualified);
    boolean hasState = !setup.isEmpty() || !lost.isEmpty();
    if (hasState) {
      r.itemSince(
          start,
          MyItems.PACKAGE_STATE,
          "the state of package "
              + p.name()
              + " is kept in session variables @`"
              + r.names.text(p.name().last())
              + "$...`",
          p.span(),
          null);
    }
    if (!lost.isEmpty()) {
      r.itemSince(
          start,
          MyItems.PACKAGE_STATE_LOST,
          "package variables " + lost + " are not scalars and are not kept",
          p.span(),
          null);
    }
  }

  private static List<Stmt> prepend(Stmt first, List<Stmt> rest) {
    List<Stmt> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
