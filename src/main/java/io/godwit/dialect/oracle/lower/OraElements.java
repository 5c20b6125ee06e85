package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.OracleNames;
import io.godwit.ir.Ident;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Resolves Oracle's general elements ({@code a}, {@code t.c}, {@code pkg.f(x)}, {@code v(i).f},
 * {@code c%FOUND}, {@code seq.NEXTVAL}, {@code :NEW.c}) against the PL/SQL scope, the package
 * registry and the catalog, and applies analytic and aggregate modifiers.
 */
final class OraElements {

  /** One step of a general element. */
  sealed interface Part permits Name, Call, Attr, Link {}

  record Name(Ident ident, String upper, ParserRuleContext node) implements Part {}

  record Call(PlSqlParser.Call_argumentsContext args) implements Part {}

  record Attr(String name) implements Part {}

  record Link(ParserRuleContext node) implements Part {}

  private final OraLower l;

  OraElements(OraLower lower) {
    this.l = lower;
  }

  private OraContext cx() {
    return l.cx;
  }

  /** A name expression: the element, an outer-join marker, or an aggregate with modifiers. */
  Expr nameExpr(PlSqlParser.NameExprContext n) {
    Expr base = element(n.general_element());
    if (n.OUTER_JOIN_SIGN() != null) {
      return new Expr.OuterJoinMarker(base);
    }
    for (PlSqlParser.Function_modifierContext m : n.function_modifier()) {
      base = modify(base, m, n);
    }
    return base;
  }

  static List<Part> parts(PlSqlParser.General_elementContext ge) {
    List<Part> parts = new ArrayList<>();
    PlSqlParser.Element_headContext head = ge.element_head();
    if (head instanceof PlSqlParser.IdentifierHeadContext id) {
      parts.add(name(id.identifier()));
    } else {
      String bind = head.getText();
      parts.add(new Name(OraNames.ident(bind.substring(1)), bind.toUpperCase(Locale.ROOT), head));
    }
    for (PlSqlParser.Element_suffixContext s : ge.element_suffix()) {
      if (s instanceof PlSqlParser.MemberSuffixContext m) {
        parts.add(name(m.member_name()));
      } else if (s instanceof PlSqlParser.CallSuffixContext c) {
        parts.add(new Call(c.call_arguments()));
      } else if (s instanceof PlSqlParser.AttributeSuffixContext a) {
        parts.add(new Attr(OraNames.upper(a.attribute)));
      } else {
        parts.add(new Link(s));
      }
    }
    return parts;
  }

  private static Name name(ParserRuleContext node) {
    String stored = OracleNames.normalize(node.getText());
    return new Name(OraNames.ident(stored), stored.toUpperCase(Locale.ROOT), node);
  }

  /** The leading names of {@code parts}, up to the first call, attribute or link. */
  static int leadingNames(List<Part> parts) {
    int k = 0;
    while (k < parts.size() && parts.get(k) instanceof Name) {
      k++;
    }
    return k;
  }

  static QName qname(List<Part> parts, int from, int to) {
    List<Ident> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ids.add(((Name) parts.get(i)).ident());
    }
    return new QName(ids);
  }

  /** Resolves a general element used as a value. */
  Expr element(PlSqlParser.General_elementContext ge) {
    List<Part> parts = parts(ge);
    if (ge.element_head() instanceof PlSqlParser.BindVariableHeadContext) {
      return bind(parts, ge);
    }
    int k = leadingNames(parts);
    Name first = (Name) parts.get(0);
    // :NEW.x written without the colon (trigger WHEN clause, REFERENCING aliases)
    Expr row = rowRef(first, parts, k);
    if (row != null) {
      return row;
    }
    if (k >= 2 && k == parts.size()) {
      String last = ((Name) parts.get(k - 1)).upper();
      if (last.equals("NEXTVAL") || last.equals("CURRVAL")) {
        return new Expr.SequenceValue(qname(parts, 0, k - 1), last.equals("NEXTVAL"));
      }
    }
    if (k < parts.size() && parts.get(k) instanceof Attr attr) {
      return attribute(qname(parts, 0, k), attr.name(), ge);
    }
    if (k < parts.size() && parts.get(k) instanceof Link) {
      return cx().unsupported(
              ge,
              OraItems.DATABASE_LINK,
              "database links have no equivalent: use postgres_fdw or dblink");
    }
    Scope.Symbol symbol = cx().scope.lookup(first.ident().text());
    if (symbol != null
        && symbol.kind() != Scope.Kind.EXCEPTION
        && symbol.kind() != Scope.Kind.TYPE) {
      return fromSymbol(symbol, parts, k, ge);
    }
    Expr constructed = collectionConstructor(symbol, first, parts, k, ge);
    if (constructed != null) {
      return constructed;
    }
    Expr object = objectConstructor(symbol, first, parts, k, ge);
    if (object != null) {
      return object;
    }
    Resolved packaged = packageMember(parts, k);
    if (packaged != null) {
      return rest(packaged.expr(), parts, packaged.end(), ge);
    }
    if (k < parts.size() && parts.get(k) instanceof Call call) {
      QName fn = qname(parts, 0, k);
      Expr mapped = l.functions.call(fn, call.args(), ge);
      return rest(mapped, parts, k + 1, ge);
    }
    if (k == 1 && parts.size() == 1) {
      Expr zero = l.functions.zeroArgument(first.upper(), ge);
      if (zero != null) {
        return zero;
      }
    }
    // A column.
    QName column = qname(parts, 0, k);
    return rest(new Expr.ColumnRef(column, l.query.columnType(column)), parts, k, ge);
  }

  /**
   * {@code coll_type()} for a collection type declared in PL/SQL or in the schema: an empty array
   * of its element type. A constructor with elements is an item; null when the name is no
   * collection type.
   */
  private Expr collectionConstructor(
      Scope.Symbol symbol, Name first, List<Part> parts, int k, ParserRuleContext ge) {
    if (k != 1 || parts.size() != 2 || !(parts.get(1) instanceof Call c)) {
      return null;
    }
    SqlType type =
        symbol != null && symbol.kind() == Scope.Kind.TYPE && symbol.collection()
            ? symbol.type()
            : symbol == null ? l.types.catalogCollection(first.ident().text()) : null;
    if (type == null) {
      return null;
    }
    if (!arguments(c.args()).isEmpty()) {
      return cx().unsupported(
              ge,
              OraItems.OBJECT_TYPE,
              "a collection constructor with elements: write an ARRAY[...] of them");
    }
    return new Expr.Cast(Expr.Literal.string("{}"), type, false);
  }

  /**
   * {@code obj_type(a, b)} for a schema object type: a row value cast to its composite type; null
   * when the name is no object type.
   */
  private Expr objectConstructor(
      Scope.Symbol symbol, Name first, List<Part> parts, int k, ParserRuleContext ge) {
    if (symbol != null || k != 1 || parts.size() != 2 || !(parts.get(1) instanceof Call c)) {
      return null;
    }
    SqlType type = l.types.catalogObject(first.ident().text());
    if (type == null) {
      return null;
    }
    List<Expr> args = arguments(c.args());
    if (args.size() < 2) {
      return cx().unsupported(
              ge,
              OraItems.OBJECT_TYPE,
              "an object constructor with fewer than two attributes: write ROW(...)::type");
    }
    return new Expr.Cast(new Expr.RowValue(args), type, false);
  }

  /** A resolved base and the index of the first part after it. */
  private record Resolved(Expr expr, int end) {}

  /** A member of a known package ({@code pkg.x}, {@code schema.pkg.x}) or of the current one. */
  private Resolved packageMember(List<Part> parts, int k) {
    Name first = (Name) parts.get(0);
    OraContext.PackageScope current = cx().pkg;
    // Inside a package body: its own state and routines need no qualifier.
    if (current != null) {
      SqlType state = current.state().get(first.upper());
      if (state != null) {
        return new Resolved(new Expr.PackageVar(current.target(), first.ident(), state), 1);
      }
      if (current.routines().contains(first.upper())) {
        QName fn = OraUnits.packageMember(cx(), current.schema(), current.name(), first.ident());
        return call(fn, parts, 1);
      }
    }
    for (int pkgAt = 0; pkgAt <= 1 && pkgAt + 1 < k; pkgAt++) {
      Name pkgName = (Name) parts.get(pkgAt);
      String schema = pkgAt == 1 ? ((Name) parts.get(0)).ident().text() : null;
      OraPackages.Members m =
          cx().packages == null ? null : cx().packages.get(schema, pkgName.ident().text());
      if (m == null) {
        continue;
      }
      Name member = (Name) parts.get(pkgAt + 1);
      Ident schemaIdent = m.schema == null ? null : OraNames.ident(m.schema);
      Ident pkgIdent = OraNames.ident(m.name);
      SqlType state = m.variables.get(member.upper());
      if (state != null) {
        return new Resolved(
            new Expr.PackageVar(
                OraUnits.packageTarget(cx(), schemaIdent, pkgIdent), member.ident(), state),
            pkgAt + 2);
      }
      if (m.routines.contains(member.upper())) {
        QName fn = OraUnits.packageMember(cx(), schemaIdent, pkgIdent, member.ident());
        return call(fn, parts, pkgAt + 2);
      }
    }
    return null;
  }

  /** A call of a resolved routine name: arguments when the next part is a call. */
  private Resolved call(QName fn, List<Part> parts, int next) {
    if (next < parts.size() && parts.get(next) instanceof Call c) {
      return new Resolved(
          new Expr.FunctionCall(fn, arguments(c.args()), false, null, null, null, null), next + 1);
    }
    return new Resolved(new Expr.FunctionCall(fn, List.of(), false, null, null, null, null), next);
  }

  /** A name declared in PL/SQL: variable, record field, collection element or method. */
  private Expr fromSymbol(Scope.Symbol symbol, List<Part> parts, int k, ParserRuleContext ge) {
    Ident var = symbol.name();
    Expr base = new Expr.VariableRef(QName.of(var), symbol.type());
    if (symbol.collection()) {
      if (k == 2) {
        String method = ((Name) parts.get(1)).upper();
        Expr m = collectionMethod(base, method, parts, ge);
        if (m != null) {
          return m;
        }
      }
      if (k == 1 && parts.size() > 1 && parts.get(1) instanceof Call c) {
        List<Expr> index = arguments(c.args());
        Expr element =
            new Expr.Element(base, index.isEmpty() ? Expr.Literal.number(1) : index.get(0));
        return rest(element, parts, 2, ge);
      }
    }
    if (k >= 2) {
      // rec.field[.field]
      SqlType fieldType = fieldType(symbol.type(), ((Name) parts.get(1)).ident());
      Expr ref = new Expr.VariableRef(qname(parts, 0, k), k == 2 ? fieldType : null);
      return rest(ref, parts, k, ge);
    }
    return rest(base, parts, 1, ge);
  }

  private static SqlType fieldType(SqlType record, Ident field) {
    if (record == null) {
      return null;
    }
    for (SqlType.Field f : record.fields()) {
      if (f.name().text().equalsIgnoreCase(field.text())) {
        return f.type();
      }
    }
    return null;
  }

  private Expr collectionMethod(
      Expr collection, String method, List<Part> parts, ParserRuleContext ge) {
    List<Expr> args =
        parts.size() > 2 && parts.get(2) instanceof Call c ? arguments(c.args()) : List.of();
    return switch (method) {
      case "COUNT" -> Expr.Builtin.of(BuiltinFn.COLLECTION_COUNT, collection);
      case "FIRST" -> Expr.Builtin.of(BuiltinFn.COLLECTION_FIRST, collection);
      case "LAST" -> Expr.Builtin.of(BuiltinFn.COLLECTION_LAST, collection);
      case "EXISTS" ->
          args.isEmpty()
              ? null
              : Expr.Builtin.of(BuiltinFn.COLLECTION_EXISTS, collection, args.get(0));
      case "NEXT" ->
          args.isEmpty()
              ? null
              : Expr.Builtin.of(BuiltinFn.COLLECTION_NEXT, collection, args.get(0));
      case "PRIOR" ->
          args.isEmpty()
              ? null
              : Expr.Builtin.of(BuiltinFn.COLLECTION_PRIOR, collection, args.get(0));
      case "LIMIT" ->
          cx().unsupported(ge, OraItems.EXPRESSION, "collection LIMIT has no equivalent");
      default -> null;
    };
  }

  /** What follows a resolved base: fields, elements. */
  private Expr rest(Expr base, List<Part> parts, int from, ParserRuleContext ge) {
    Expr e = base;
    for (int i = from; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p instanceof Name n) {
        e = new Expr.Field(e, n.ident());
      } else if (p instanceof Call c) {
        List<Expr> index = arguments(c.args());
        e = new Expr.Element(e, index.isEmpty() ? Expr.Literal.number(1) : index.get(0));
      } else {
        return cx().unsupported(ge, OraItems.EXPRESSION, "this reference could not be resolved");
      }
    }
    return e;
  }

  /** {@code :NEW.col}, {@code :OLD.col}, other bind variables. */
  private Expr bind(List<Part> parts, ParserRuleContext ge) {
    Name head = (Name) parts.get(0);
    if (cx().placeholders != null && parts.size() == 1) {
      return new Expr.Placeholder(++cx().placeholders[0]);
    }
    String name = head.ident().text().toUpperCase(Locale.ROOT);
    OraContext.TriggerScope t = cx().trigger;
    if (t != null && (name.equals(t.newName()) || name.equals(t.oldName()))) {
      boolean isNew = name.equals(t.newName());
      if (parts.size() == 1) {
        return new Expr.RowRef(isNew, null);
      }
      if (parts.get(1) instanceof Name col) {
        return rest(new Expr.RowRef(isNew, col.ident()), parts, 2, ge);
      }
    }
    cx().note(
            (ParserRuleContext) ge,
            OraItems.BIND_VARIABLE,
            "bind variable :" + head.ident().text() + " is taken as a variable of that name");
    return rest(new Expr.VariableRef(QName.of(head.ident()), null), parts, 1, ge);
  }

  /** {@code new.col} and {@code old.col} without a colon, inside a trigger. */
  private Expr rowRef(Name first, List<Part> parts, int k) {
    OraContext.TriggerScope t = cx().trigger;
    if (t == null || k < 2 || cx().scope.lookup(first.ident().text()) != null) {
      return null;
    }
    if (first.upper().equals(t.newName()) || first.upper().equals(t.oldName())) {
      return new Expr.RowRef(first.upper().equals(t.newName()), ((Name) parts.get(1)).ident());
    }
    return null;
  }

  /** {@code SQL%ROWCOUNT}, {@code c%FOUND} and the other cursor attributes. */
  private Expr attribute(QName cursor, String attr, ParserRuleContext ge) {
    boolean implicit = cursor.size() == 1 && cursor.last().text().equalsIgnoreCase("SQL");
    Expr ref = new Expr.VariableRef(cursor, null);
    return switch (attr) {
      case "ROWCOUNT" ->
          implicit
              ? Expr.Builtin.of(BuiltinFn.ROW_COUNT)
              : Expr.Builtin.of(BuiltinFn.CURSOR_ROW_COUNT, ref);
      case "FOUND" -> Expr.Builtin.of(BuiltinFn.CURSOR_FOUND, ref);
      case "NOTFOUND" -> Expr.Builtin.of(BuiltinFn.CURSOR_NOT_FOUND, ref);
      case "ISOPEN" ->
          implicit ? Expr.Literal.bool(false) : Expr.Builtin.of(BuiltinFn.CURSOR_IS_OPEN, ref);
      default -> cx().unsupported(ge, OraItems.EXPRESSION, "%" + attr + " has no equivalent");
    };
  }

  /** The arguments of a call, named ones as {@link Expr.NamedArg}. */
  List<Expr> arguments(PlSqlParser.Call_argumentsContext args) {
    List<Expr> out = new ArrayList<>();
    if (args instanceof PlSqlParser.StarArgumentsContext) {
      out.add(new Expr.Star(null));
      return out;
    }
    PlSqlParser.ArgumentListContext list = (PlSqlParser.ArgumentListContext) args;
    for (PlSqlParser.ArgumentContext a : list.argument()) {
      Expr value = l.expr.condition(a.value);
      out.add(
          a.parameter_name == null
              ? value
              : new Expr.NamedArg(OraNames.ident(a.parameter_name), value));
    }
    return out;
  }

  /** OVER, WITHIN GROUP, KEEP and the null-treatment modifiers of aggregate calls. */
  private Expr modify(
      Expr base, PlSqlParser.Function_modifierContext m, PlSqlParser.NameExprContext n) {
    if (m instanceof PlSqlParser.OverModifierContext over) {
      if (over.analytic_clause() == null) {
        return cx().unsupported(
                n, OraItems.EXPRESSION, "named windows (OVER w) need the window spelled out");
      }
      PlSqlParser.Analytic_clauseContext a = over.analytic_clause();
      List<Expr> partition =
          a.query_partition_clause() == null
              ? List.of()
              : l.expr.expressions(a.query_partition_clause().expression());
      List<OrderItem> order =
          a.order_by_clause() == null ? List.of() : l.query.orderItems(a.order_by_clause());
      Expr.Frame frame = a.windowing_clause() == null ? null : frame(a.windowing_clause());
      if (base instanceof Expr.FunctionCall f
          && f.name().size() == 1
          && f.name().last().text().equalsIgnoreCase("ratio_to_report")) {
        Expr value = f.args().get(0);
        Expr total =
            new Expr.Window(Expr.FunctionCall.of("sum", value), partition, List.of(), null);
        return new Expr.Binary(io.godwit.ir.expr.BinaryOp.DIVIDE, value, total);
      }
      return new Expr.Window(base, partition, order, frame);
    }
    if (m instanceof PlSqlParser.WithinGroupModifierContext wg) {
      List<OrderItem> order = l.query.orderItems(wg.order_by_clause());
      if (base instanceof Expr.StringAgg s) {
        return new Expr.StringAgg(s.value(), s.separator(), s.distinct(), order);
      }
      if (base instanceof Expr.FunctionCall f) {
        return new Expr.FunctionCall(
            f.name(), f.args(), f.distinct(), order, f.filter(), f.type(), f.span());
      }
      return base;
    }
    if (m instanceof PlSqlParser.NullTreatmentModifierContext nt && nt.IGNORE() != null) {
      return cx().unsupported(
              n,
              OraItems.EXPRESSION,
              "IGNORE NULLS: "
                  + (cx().mysql ? "MySQL" : "PostgreSQL")
                  + " window functions do not skip NULLs; filter or use a subquery");
    }
    if (m instanceof PlSqlParser.KeepModifierContext) {
      return cx().unsupported(
              n,
              OraItems.EXPRESSION,
              "KEEP (DENSE_RANK FIRST/LAST ...): rewrite with a window function or array_agg ORDER BY");
    }
    if (m instanceof PlSqlParser.FromFirstLastModifierContext fl && fl.LAST() != null) {
      return cx().unsupported(
              n, OraItems.EXPRESSION, "NTH_VALUE ... FROM LAST: reverse the window order");
    }
    return base;
  }

  private Expr.Frame frame(PlSqlParser.Windowing_clauseContext w) {
    String unit = w.unit.getText().toUpperCase(Locale.ROOT);
    if (w.BETWEEN() != null) {
      return new Expr.Frame(unit, bound(w.lower), bound(w.upper));
    }
    return new Expr.Frame(
        unit, bound(w.window_bound(0)), new Expr.FrameBound(Expr.FrameBoundKind.CURRENT_ROW, null));
  }

  private Expr.FrameBound bound(PlSqlParser.Window_boundContext b) {
    if (b.UNBOUNDED() != null) {
      return new Expr.FrameBound(
          b.PRECEDING() != null
              ? Expr.FrameBoundKind.UNBOUNDED_PRECEDING
              : Expr.FrameBoundKind.UNBOUNDED_FOLLOWING,
          null);
    }
    if (b.CURRENT() != null) {
      return new Expr.FrameBound(Expr.FrameBoundKind.CURRENT_ROW, null);
    }
    return new Expr.FrameBound(
        b.PRECEDING() != null ? Expr.FrameBoundKind.PRECEDING : Expr.FrameBoundKind.FOLLOWING,
        l.expr.expression(b.expression()));
  }

  /** The catalog column a qualified name denotes, for types. */
  Column catalogColumn(QName name) {
    return l.types.column(name);
  }
}
