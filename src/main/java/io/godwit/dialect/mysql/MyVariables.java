package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stored-program variables: the names they are written with, records as field variables (MySQL) or
 * ROW variables (MariaDB), and the targets of INTO lists and assignments.
 */
final class MyVariables {

  private MyVariables() {}

  /** The key of a variable name in a scope: its target spelling. */
  static String key(MyRender r, Ident id) {
    return r.names.text(id);
  }

  /**
   * The written name for a new variable: its own name, or with {@code prefix} (and a number) when a
   * column, table or alias of the program's SQL has the same name, or another variable has it.
   */
  static String fresh(MyRender r, Ident id, String prefix, Set<String> sqlNames) {
    String base = r.names.text(id);
    String name = base;
    int n = 1;
    while (sqlNames.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith("godwit_")) {
      name = r.names.naming().fit(prefix + base + (n == 1 ? "" : String.valueOf(n)));
      n++;
    }
    return MyNames.quote(name);
  }

  /** Writes a read of a variable or a record field. */
  static void read(MyRender r, Expr.VariableRef e) {
    if (r.routine == null) {
      r.write(r.names.qualified(e.name()));
      return;
    }
    List<Ident> parts = unqualified(r, e.name().parts());
    MyScope.Binding b = r.routine.scope.variable(key(r, parts.get(0)));
    if (b == null) {
      r.write(r.names.qualified(e.name()));
      return;
    }
    switch (b.kind()) {
      case FIELDS -> {
        if (parts.size() >= 2) {
          MyScope.Field f = b.field(key(r, parts.get(1)));
          if (f != null) {
            r.write(f.variable());
            return;
          }
        }
        r.unsupported(
            MyItems.ANCHORED_TYPE,
            "record "
                + parts.get(0).text()
                + " is used as a whole value, or its field is not"
                + " known",
            null,
            e.name().toString(),
            "NULL");
      }
      case ROW -> {
        StringBuilder s = new StringBuilder(b.rendered());
        for (int i = 1; i < parts.size(); i++) {
          s.append('.').append(r.names.ident(parts.get(i)));
        }
        r.write(s.toString());
      }
      default -> {
        StringBuilder s = new StringBuilder(b.rendered());
        for (int i = 1; i < parts.size(); i++) {
          s.append('.').append(r.names.ident(parts.get(i)));
        }
        r.write(s.toString());
      }
    }
  }

  /**
   * The parts of a variable name without the label or routine name qualifying it ({@code
   * locals.total}, {@code proc.param}): MySQL has no qualified variable names, and a qualified name
   * in SQL would read a column. The name is kept as it is when its first part is a variable (a
   * record and its field) or the rest is not a variable in scope.
   */
  static List<Ident> unqualified(MyRender r, List<Ident> parts) {
    if (parts.size() < 2
        || r.routine == null
        || r.routine.scope.variable(key(r, parts.get(0))) != null
        || r.routine.scope.variable(key(r, parts.get(1))) == null) {
      return parts;
    }
    return parts.subList(1, parts.size());
  }

  /** The variables an INTO list writes: records split into their fields. */
  static List<String> intoTargets(MyRender r, List<Expr> targets) {
    List<String> out = new ArrayList<>();
    for (Expr t : targets) {
      if (t instanceof Expr.VariableRef v && v.name().size() == 1 && r.routine != null) {
        MyScope.Binding b = r.routine.scope.variable(key(r, v.name().last()));
        if (b != null && b.kind() == MyScope.Kind.FIELDS) {
          for (MyScope.Field f : b.fields()) {
            out.add(f.variable());
          }
          continue;
        }
      }
      if (t instanceof Expr.PackageVar pv) {
        out.add(MyPackages.variable(r, pv.packageName(), pv.variable()));
        continue;
      }
      MyRender inner = r.child();
      inner.expr(t);
      out.add(inner.out.toString());
    }
    return out;
  }

  /** The field variables of a record variable, or null when {@code e} is not one. */
  static List<MyScope.Field> fields(MyRender r, Expr e) {
    if (r.routine != null && e instanceof Expr.VariableRef v && v.name().size() == 1) {
      MyScope.Binding b = r.routine.scope.variable(key(r, v.name().last()));
      if (b != null && b.kind() == MyScope.Kind.FIELDS) {
        return b.fields();
      }
    }
    return null;
  }

  /**
   * The fields of a query's rows: names from aliases or column names, types where evident; null
   * when the query has SELECT *.
   */
  static List<SqlType.Field> rowFields(Query q) {
    Query first = q;
    while (first instanceof Query.SetOperation so) {
      first = so.left();
    }
    if (!(first instanceof Query.Select s)) {
      return null;
    }
    List<SqlType.Field> out = new ArrayList<>();
    int n = 0;
    for (Query.SelectItem item : s.items()) {
      n++;
      if (item.expr() instanceof Expr.Star) {
        return null;
      }
      Ident name =
          item.alias() != null
              ? item.alias()
              : item.expr() instanceof Expr.ColumnRef c
                  ? c.name().last()
                  : item.expr() instanceof Expr.VariableRef v
                      ? v.name().last()
                      : Ident.of("col" + n);
      out.add(new SqlType.Field(name, MyTypeOf.of(item.expr())));
    }
    return out;
  }

  /** The fields of a record type, when it lists them. */
  static List<SqlType.Field> recordFields(MyRender r, SqlType t) {
    if (t == null) {
      return null;
    }
    if (t.kind() == TypeKind.RECORD) {
      return t.fields();
    }
    if (t.kind() == TypeKind.NAMED && t.name() != null && r.routine != null) {
      SqlType local = r.routine.scope.type(r.names.text(t.name().last()));
      if (local != null && local.kind() == TypeKind.RECORD) {
        return local.fields();
      }
    }
    if (t.kind() == TypeKind.ROW_TYPE_OF && t.name() != null && r.routine != null) {
      MyScope.Cursor c = r.routine.scope.cursor(r.names.text(t.name().last()));
      if (c != null) {
        return rowFields(c.query());
      }
    }
    return null;
  }
}
