package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Stmt;
import java.util.List;
import java.util.Locale;

/**
 * Assignments and procedure calls, with the supplied-package procedures that have a meaning of
 * their own: DBMS_OUTPUT, RAISE_APPLICATION_ERROR, DBMS_LOCK.SLEEP, DBMS_LOB writes, and the
 * collection methods EXTEND and DELETE.
 */
final class OraCalls {

  private OraCalls() {}

  static Stmt assignmentOrCall(OraLower l, PlSqlParser.Assignment_or_call_statementContext a) {
    io.godwit.ir.SourceSpan span = l.cx.span(a);
    if (a.ASSIGN() != null) {
      Expr target = l.elements.element(a.target);
      Expr value = l.expr.condition(a.value);
      return new Stmt.Assign(target, value, span);
    }
    List<OraElements.Part> parts = OraElements.parts(a.target);
    int k = OraElements.leadingNames(parts);
    QName name = OraElements.qname(parts, 0, k);
    List<Expr> args =
        k < parts.size() && parts.get(k) instanceof OraElements.Call c
            ? l.elements.arguments(c.args())
            : List.of();
    String upper = name.toString().toUpperCase(Locale.ROOT).replace("\"", "");
    Stmt special = special(l, upper, name, args, a);
    if (special != null) {
      return special;
    }
    if (name.size() == 2 && OraFunctions.isSupplied(name.parts().get(0).text())) {
      return l.cx.unsupportedStmt(
          a,
          OraItems.SUPPLIED_PACKAGE,
          upper
              + " has no "
              + (l.cx.mysql ? "MySQL" : "PostgreSQL")
              + " equivalent: replace the call");
    }
    Expr resolved = l.elements.element(a.target);
    if (resolved instanceof Expr.FunctionCall f) {
      return new Stmt.Call(f.name(), f.args(), null, span);
    }
    if (resolved instanceof Expr.ColumnRef c) {
      return new Stmt.Call(OraUnits.routineName(l.cx, c.name()), List.of(), null, span);
    }
    if (resolved instanceof Expr.Unsupported u) {
      return new Stmt.Unsupported(u.text(), u.code(), u.message(), u.span());
    }
    return l.cx.unsupportedStmt(a, OraItems.STATEMENT, "call not understood");
  }

  private static Stmt special(
      OraLower l,
      String upper,
      QName name,
      List<Expr> args,
      PlSqlParser.Assignment_or_call_statementContext a) {
    io.godwit.ir.SourceSpan span = l.cx.span(a);
    switch (upper) {
      case "DBMS_OUTPUT.PUT_LINE", "DBMS_OUTPUT.PUT" -> {
        return new Stmt.Raise(
            Stmt.Level.NOTICE, null, null, args.isEmpty() ? Expr.Literal.NULL : args.get(0), span);
      }
      case "DBMS_OUTPUT.ENABLE",
          "DBMS_OUTPUT.DISABLE",
          "DBMS_OUTPUT.NEW_LINE",
          "DBMS_LOB.FREETEMPORARY",
          "DBMS_LOB.OPEN",
          "DBMS_LOB.CLOSE" -> {
        return new Stmt.Null(span);
      }
      case "RAISE_APPLICATION_ERROR", "DBMS_STANDARD.RAISE_APPLICATION_ERROR" -> {
        if (args.size() < 2) {
          return null;
        }
        Expr code = args.get(0);
        Expr prefix;
        if (code instanceof Expr.Literal lit
            && lit.value() != null
            && lit.value().startsWith("-")) {
          code = Expr.Literal.number(lit.value().substring(1));
          prefix = Expr.Literal.string("ORA-" + lit.value().substring(1) + ": ");
        } else {
          // ORA followed by the code's own text: -20001 reads "ORA-20001".
          prefix = OraPlsql.concat(Expr.Literal.string("ORA"), code);
          prefix = OraPlsql.concat(prefix, Expr.Literal.string(": "));
        }
        // Oracle's message reads "ORA-20001: text" wherever it is seen (SQLERRM, the client), so
        // the converted error carries the same text; its SQLSTATE comes from the number alone.
        Expr message = OraPlsql.concat(prefix, args.get(1));
        return new Stmt.Raise(Stmt.Level.EXCEPTION, null, code, message, span);
      }
      case "DBMS_LOCK.SLEEP", "DBMS_SESSION.SLEEP" -> {
        return args.size() == 1 ? new Stmt.Sleep(args.get(0), span) : null;
      }
      case "DBMS_LOB.APPEND" -> {
        return args.size() == 2
            ? new Stmt.Assign(args.get(0), OraPlsql.concat(args.get(0), args.get(1)), span)
            : null;
      }
      case "DBMS_LOB.WRITEAPPEND" -> {
        return args.size() == 3
            ? new Stmt.Assign(args.get(0), OraPlsql.concat(args.get(0), args.get(2)), span)
            : null;
      }
      case "DBMS_LOB.CREATETEMPORARY" -> {
        return args.isEmpty() ? null : new Stmt.Assign(args.get(0), Expr.Literal.string(""), span);
      }
      default -> {
        return collectionMethod(l, name, args, a);
      }
    }
  }

  /**
   * coll.EXTEND (assigns NULL past the end, which grows the array) and coll.DELETE (empties it).
   */
  private static Stmt collectionMethod(
      OraLower l, QName name, List<Expr> args, PlSqlParser.Assignment_or_call_statementContext a) {
    if (name.size() != 2) {
      return null;
    }
    Scope.Symbol s = l.cx.scope.lookup(name.parts().get(0).text());
    if (s == null || !s.collection()) {
      return null;
    }
    String method = name.last().text().toUpperCase(Locale.ROOT);
    Expr coll = new Expr.VariableRef(QName.of(s.name()), s.type());
    io.godwit.ir.SourceSpan span = l.cx.span(a);
    return switch (method) {
      case "EXTEND" -> {
        // coll(count + n) := NULL: assigning past the end grows the array, filling with NULLs.
        if (args.size() > 1) {
          yield l.cx.unsupportedStmt(
              a, OraItems.STATEMENT, "EXTEND(n, i) copies an element: assign the copies by hand");
        }
        Expr count =
            io.godwit.ir.expr.Expr.Builtin.of(io.godwit.ir.expr.BuiltinFn.COLLECTION_COUNT, coll);
        Expr index =
            new Expr.Binary(
                io.godwit.ir.expr.BinaryOp.ADD,
                count,
                args.isEmpty() ? Expr.Literal.number(1) : args.get(0));
        yield new Stmt.Assign(new Expr.Element(coll, index), Expr.Literal.NULL, span);
      }
      case "DELETE" ->
          args.isEmpty()
              ? new Stmt.Assign(
                  coll,
                  new Expr.Cast(
                      Expr.Literal.string("{}"),
                      s.type() == null
                          ? SqlType.arrayOf(SqlType.of(io.godwit.ir.TypeKind.VARCHAR))
                          : s.type(),
                      false),
                  span)
              : s.type() != null && s.type().isMap() && args.size() == 1
                  ? new Stmt.Assign(
                      coll,
                      io.godwit.ir.expr.Expr.Builtin.of(
                          io.godwit.ir.expr.BuiltinFn.COLLECTION_DELETE, coll, args.get(0)),
                      span)
                  : l.cx.unsupportedStmt(
                      a,
                      OraItems.ASSOCIATIVE_ARRAY,
                      "deleting single elements of a collection leaves a gap arrays cannot have");
      case "TRIM" -> {
        Expr n = args.isEmpty() ? Expr.Literal.number(1) : args.get(0);
        Expr count =
            io.godwit.ir.expr.Expr.Builtin.of(io.godwit.ir.expr.BuiltinFn.COLLECTION_COUNT, coll);
        yield l.cx.unsupportedStmt(
            a,
            OraItems.STATEMENT,
            "collection TRIM: assign the slice 1 .. count - " + n + " (" + count + ")");
      }
      default -> null;
    };
  }

  static Expr concat(Expr a, Expr b) {
    return new Expr.Binary(BinaryOp.CONCAT_NULL_AS_EMPTY, a, b);
  }
}
