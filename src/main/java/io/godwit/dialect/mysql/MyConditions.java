package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Conditions;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Stmt;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Error conditions in MySQL stored programs. Predefined conditions map to MySQL error numbers and
 * SQLSTATEs; NO_DATA_FOUND is SQLSTATE P0002, which Godwit's strict SELECT INTO raises (MySQL's own
 * "no data" is a warning). A user exception is an SQLSTATE of its own, in the scheme the PostgreSQL
 * back end uses: {@code U} and four base-36 digits of its error number when it has one, else {@code
 * G} and four base-36 digits of a checksum of its name, so raising and catching agree everywhere;
 * its error number, when it has one that fits, is the MYSQL_ERRNO.
 */
final class MyConditions {

  /** The SQLSTATE of NO_DATA_FOUND. */
  static final String NO_DATA = "P0002";

  /** One predefined condition: what a handler catches, and what SIGNAL raises for it. */
  private record Predefined(List<String> handler, String state, Integer errno) {}

  private static final Map<String, Predefined> PREDEFINED =
      Map.ofEntries(
          Map.entry(
              Conditions.NO_DATA_FOUND, p(List.of("SQLSTATE '" + NO_DATA + "'"), NO_DATA, null)),
          Map.entry(Conditions.TOO_MANY_ROWS, p(List.of("1172"), "42000", 1172)),
          Map.entry(Conditions.DUP_VAL_ON_INDEX, p(List.of("1062", "1586"), "23000", 1062)),
          Map.entry(Conditions.ZERO_DIVIDE, p(List.of("1365"), "22012", 1365)),
          Map.entry(
              Conditions.VALUE_ERROR,
              p(List.of("1406", "1264", "SQLSTATE '22001'", "SQLSTATE '22003'"), "22001", 1406)),
          Map.entry(
              Conditions.INVALID_NUMBER,
              p(List.of("1366", "1292", "SQLSTATE '22018'"), "22018", 1366)),
          Map.entry(Conditions.INVALID_CURSOR, p(List.of("1326"), "24000", 1326)),
          Map.entry(Conditions.CURSOR_ALREADY_OPEN, p(List.of("1325"), "24000", 1325)),
          Map.entry(Conditions.CASE_NOT_FOUND, p(List.of("1339"), "20000", 1339)),
          Map.entry(Conditions.LOCK_TIMEOUT, p(List.of("1205"), "HY000", 1205)),
          Map.entry(Conditions.DEADLOCK, p(List.of("1213"), "40001", 1213)),
          Map.entry(
              Conditions.FOREIGN_KEY_VIOLATION,
              p(List.of("1451", "1452", "1216", "1217"), "23000", 1452)),
          Map.entry(Conditions.NOT_NULL_VIOLATION, p(List.of("1048"), "23000", 1048)));

  private static Predefined p(List<String> handler, String state, Integer errno) {
    return new Predefined(handler, state, errno);
  }

  private MyConditions() {}

  private static Predefined predefined(String name) {
    return PREDEFINED.get(name.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code name} is a predefined condition Godwit knows. */
  static boolean isPredefined(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    return PREDEFINED.containsKey(n)
        || n.equals(Conditions.OTHERS)
        || n.equals(Conditions.CHECK_VIOLATION);
  }

  /**
   * The condition values of a handler condition ({@code SQLEXCEPTION}, error numbers, {@code
   * SQLSTATE '...'} or a declared condition's name), or an empty list with an item.
   */
  static List<String> handlerValues(MyRender r, Handler.Condition c) {
    if (c.predefined() != null) {
      String name = c.predefined().toUpperCase(Locale.ROOT);
      if (name.equals(Conditions.OTHERS)) {
        return List.of("SQLEXCEPTION");
      }
      if (name.equals(Conditions.CHECK_VIOLATION)) {
        return List.of(String.valueOf(r.target.checkViolationErrno()));
      }
      Predefined p = predefined(name);
      if (p != null) {
        if (name.equals(Conditions.ZERO_DIVIDE)) {
          r.itemHere(
              MyItems.ZERO_DIVIDE,
              "MySQL gives NULL for a division by zero in expressions: this handler runs only"
                  + " for divisions in INSERT and UPDATE in strict mode",
              null,
              null);
        }
        return p.handler();
      }
      r.itemHere(
          MyItems.COLLECTION,
          "condition " + c.predefined() + " has no MySQL counterpart: the handler catches nothing",
          null,
          c.predefined());
      return List.of();
    }
    if (c.sqlState() != null) {
      return List.of("SQLSTATE '" + c.sqlState() + "'");
    }
    String declared = r.routine == null ? null : r.routine.scope.condition(key(r, c.exception()));
    if (declared != null) {
      return List.of(declared);
    }
    String pre = c.exception().size() == 1 ? c.exception().last().text() : null;
    if (pre != null && isPredefined(pre) && !r.exceptions.containsKey(key(r, c.exception()))) {
      return handlerValues(r, Handler.Condition.predefined(pre));
    }
    return List.of("SQLSTATE '" + stateOf(r, c.exception()) + "'");
  }

  private static String key(MyRender r, QName exception) {
    return r.names.text(exception.last());
  }

  /** The SQLSTATE of a user exception referenced by name. */
  static String stateOf(MyRender r, QName exception) {
    String key = key(r, exception);
    Decl.Exception decl = r.exceptions.get(key);
    return decl != null && decl.code() != null ? codeState(decl.code()) : nameState(key);
  }

  static String userState(MyRender r, Decl.Exception e) {
    return e.code() != null ? codeState(e.code()) : nameState(r.names.text(e.name()));
  }

  /** {@code U} and the error number in four base-36 digits. */
  static String codeState(long code) {
    return "U" + base36(Math.abs(code));
  }

  /** {@code G} and four base-36 digits of a checksum of the lower-case name. */
  static String nameState(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    return "G" + base36(crc.getValue() % 1_679_616L);
  }

  private static String base36(long value) {
    String digits = Long.toString(value % 1_679_616L, 36).toUpperCase(Locale.ROOT);
    StringBuilder s = new StringBuilder();
    for (int i = digits.length(); i < 4; i++) {
      s.append('0');
    }
    return s.append(digits).toString();
  }

  /** Records every user exception declared anywhere in {@code body} for {@link #stateOf}. */
  static void collectExceptions(MyRender r, Stmt body) {
    new IrWalker() {
      @Override
      protected void onStmt(Stmt s) {
        if (s instanceof Block b) {
          for (Decl d : b.declarations()) {
            if (d instanceof Decl.Exception e) {
              r.exceptions.put(r.names.text(e.name()), e);
            }
          }
        }
      }
    }.stmt(body);
  }

  /** RAISE as SIGNAL. */
  static void raise(MyRender r, Stmt.Raise s) {
    if (s.level() != Stmt.Level.EXCEPTION) {
      r.write("SIGNAL SQLSTATE '01000'");
      messageText(r, s.message(), "notice");
      r.write(";\n");
      return;
    }
    if (s.exception() != null) {
      QName e = s.exception();
      String key = key(r, e);
      String declared = r.routine == null ? null : r.routine.scope.condition(key);
      boolean user = r.exceptions.containsKey(key) || declared != null;
      Predefined p = e.size() == 1 && !user ? predefined(e.last().text()) : null;
      if (p != null) {
        r.write("SIGNAL SQLSTATE '" + p.state() + "'");
        if (p.errno() != null) {
          r.write(" SET MYSQL_ERRNO = " + p.errno() + ",");
        } else {
          r.write(" SET");
        }
        messageBody(r, s.message(), e.last().text().toLowerCase(Locale.ROOT).replace('_', ' '));
        r.write(";\n");
        return;
      }
      r.write(declared != null ? "SIGNAL " + declared : "SIGNAL SQLSTATE '" + stateOf(r, e) + "'");
      Decl.Exception decl = r.exceptions.get(key);
      if (decl != null && decl.code() != null && fitsErrno(decl.code())) {
        r.write(" SET MYSQL_ERRNO = " + Math.abs(decl.code()) + ",");
      } else {
        r.write(" SET");
      }
      messageBody(r, s.message(), e.last().text());
      r.write(";\n");
      return;
    }
    BigDecimal code = s.code() == null ? null : MyTypeOf.numberValue(s.code());
    SqlWriter.Mark start = r.out.mark();
    if (code == null) {
      r.write("SIGNAL SQLSTATE '45000' SET");
    } else {
      r.write("SIGNAL SQLSTATE '" + codeState(code.longValue()) + "' SET");
      if (fitsErrno(code.longValue())) {
        r.write(" MYSQL_ERRNO = " + Math.abs(code.longValue()) + ",");
      }
    }
    messageBody(r, s.message(), "error");
    r.write(";\n");
    if (s.code() != null && code == null) {
      r.itemSince(
          start,
          MyItems.DYNAMIC_RAISE_CODE,
          "an error number computed at run time: raised as SQLSTATE 45000",
          s.span(),
          null);
    }
  }

  private static boolean fitsErrno(long code) {
    long c = Math.abs(code);
    return c >= 1 && c <= 65_535;
  }

  private static void messageText(MyRender r, Expr message, String fallback) {
    r.write(" SET");
    messageBody(r, message, fallback);
  }

  /**
   * {@code MESSAGE_TEXT = ...}: a literal of up to 128 characters as it is, anything else through
   * the helper variable, set just before (MESSAGE_TEXT takes literals and variables only).
   */
  private static void messageBody(MyRender r, Expr message, String fallback) {
    String literal = message == null ? fallback : MyTypeOf.stringValue(message);
    if (literal != null && literal.length() <= 128) {
      r.write(" MESSAGE_TEXT = " + MySqlNames.literal(literal));
      return;
    }
    r.write(" MESSAGE_TEXT = " + MyRoutineState.MESSAGE);
  }

  /** Whether a RAISE needs the message variable (see {@link #messageBody}). */
  static boolean needsMessageVariable(Stmt.Raise s) {
    if (s.message() == null) {
      return false;
    }
    String literal = MyTypeOf.stringValue(s.message());
    return literal == null || literal.length() > 128;
  }

  /** Sets the message variable before a SIGNAL that uses it. */
  static void prepareMessage(MyRender r, Stmt.Raise s) {
    if (needsMessageVariable(s)) {
      r.write("SET " + MyRoutineState.MESSAGE + " = LEFT(");
      r.expr(s.message());
      r.write(", 128);\n");
    }
  }

  /** SQLCODE, SQLERRM and friends: the values GET DIAGNOSTICS read at the start of the handler. */
  static void errorInfo(MyRender r, Expr.Builtin e) {
    if (r.routine == null || r.routine.handlers.isEmpty()) {
      r.unsupported(
          MyItems.ERROR_INFO,
          e.fn() + " outside an exception handler has no MySQL value",
          e.span(),
          e.fn().name(),
          "NULL");
      return;
    }
    r.write(
        switch (e.fn()) {
          case ERROR_CODE -> MyRoutineState.ERRNO;
          case ERROR_STATE -> MyRoutineState.SQLSTATE;
          default -> MyRoutineState.ERRMSG;
        });
  }
}
