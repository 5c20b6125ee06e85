package io.godwit.dialect.postgres;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.PackageDef;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Oracle package state on PostgreSQL (docs/adr/0003): each package variable is a session setting
 * named {@code <package schema>.<variable>}, written with {@code set_config(..., false)} and read
 * with {@code current_setting(..., true)} cast to its type; a function {@code <package
 * schema>.godwit_init()} gives the variables their initial values and runs the initialisation
 * section once per session, and every routine that uses package state calls it first. Values are
 * kept as text, so only scalar types can be package state.
 */
final class PgPackages {

  static final String INIT = "godwit_init";

  private PgPackages() {}

  /** The setting that holds {@code variable} of {@code pkg}. */
  static String setting(PgRender r, QName pkg, Ident variable) {
    return sanitize(r.names.naming().name(pkg.last()))
        + "."
        + sanitize(r.names.naming().name(variable));
  }

  private static String sanitize(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
    }
    return out.toString();
  }

  /** Whether a package variable of this type can be kept as a session setting. */
  static boolean scalar(SqlType t) {
    return t != null
        && switch (t.kind()) {
          case ARRAY, RECORD, REF_CURSOR, ROW_TYPE_OF, NAMED, UNSUPPORTED -> false;
          default -> true;
        };
  }

  /** Reads a package variable. */
  static void read(PgRender r, Expr.PackageVar pv) {
    if (!scalar(pv.type())) {
      r.unsupported(
          PgItems.PACKAGE_STATE,
          "package variable "
              + pv.variable().text()
              + " is not a scalar: it cannot be kept as"
              + " session state",
          null,
          pv.packageName() + "." + pv.variable().text(),
          "NULL");
      return;
    }
    r.write(
        "nullif(current_setting(" + PgNames.literal(setting(r, pv.packageName(), pv.variable())));
    r.write(", true), '')::");
    r.type(pv.type(), null);
  }

  /** {@code set_config(setting, value::text, false)}, as an expression. */
  static void assign(PgRender r, Expr.PackageVar pv, Expr value) {
    if (!scalar(pv.type())) {
      r.unsupported(
          PgItems.PACKAGE_STATE,
          "package variable "
              + pv.variable().text()
              + " is not a scalar: it cannot be kept as"
              + " session state",
          null,
          pv.packageName() + "." + pv.variable().text(),
          "NULL");
      return;
    }
    r.write("set_config(" + PgNames.literal(setting(r, pv.packageName(), pv.variable())) + ", ");
    r.operand(value, PgExpressions.PRIMARY, false);
    r.write("::text, false)");
  }

  /** The packages whose state {@code object} uses, by target package schema. */
  static Map<String, QName> packagesUsed(PgRender r, IrObject object) {
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

  /** The initialisation function of a package with state or an initialisation section. */
  static void initFunction(PgRender r, PackageDef p, QName schema) {
    boolean hasState = p.state().stream().anyMatch(d -> d instanceof Decl.Variable);
    if (!hasState && p.initializer() == null) {
      return;
    }
    QName fn = schema.plus(Ident.of(INIT));
    String flag = sanitize(r.names.naming().name(schema.last())) + ".godwit_initialized";
    r.write("CREATE OR REPLACE FUNCTION ");
    r.name(fn);
    r.write("()\nRETURNS void\nLANGUAGE plpgsql\nAS $body$\nBEGIN\n");
    r.out.indent();
    r.write("IF current_setting(" + PgNames.literal(flag) + ", true) = 'yes' THEN\n");
    r.write("  RETURN;\nEND IF;\n");
    r.write("PERFORM set_config(" + PgNames.literal(flag) + ", 'yes', false);\n");
    for (Decl d : p.state()) {
      if (d instanceof Decl.Variable v) {
        if (!scalar(v.type())) {
          SqlWriter.Mark start = r.out.mark();
          r.write("-- package variable " + v.name().text() + " (not kept: not a scalar)\n");
          r.itemSince(
              start,
              PgItems.PACKAGE_STATE,
              "package variable "
                  + v.name().text()
                  + " of type "
                  + v.type().kind()
                  + " cannot be kept as session state: move it into the routines that use it or"
                  + " into a temporary table",
              v.span(),
              null);
          continue;
        }
        r.write("PERFORM set_config(" + PgNames.literal(setting(r, schema, v.name())) + ", ");
        if (v.init() == null) {
          r.write("''");
        } else {
          r.write("coalesce((");
          r.expr(v.init());
          r.write(")::text, '')");
        }
        r.write(", false);\n");
      }
    }
    r.out.dedent();
    if (p.initializer() != null) {
      r.procedural = true;
      r.procedural().nested(p.initializer());
      r.procedural = false;
    }
    r.write("END;\n$body$;\n");
  }

  /** Whether {@code t} names a type PL/pgSQL needs created outside the routine. */
  static boolean needsCompositeType(SqlType t) {
    return t.kind() == TypeKind.RECORD;
  }
}
