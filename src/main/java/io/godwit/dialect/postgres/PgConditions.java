package io.godwit.dialect.postgres;

import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Conditions;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Stmt;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Error conditions in PL/pgSQL. Predefined conditions map to PostgreSQL's condition names. A user
 * exception becomes an SQLSTATE of its own: {@code U} and four base-36 digits of its error number
 * when it has one (RAISE_APPLICATION_ERROR's 20001, THROW's 50001), else {@code G} and four base-36
 * digits of a checksum of its name, so raising and catching agree everywhere.
 */
final class PgConditions {

  private static final Map<String, String> PREDEFINED =
      Map.ofEntries(
          Map.entry(Conditions.OTHERS, "OTHERS"),
          Map.entry(Conditions.NO_DATA_FOUND, "no_data_found"),
          Map.entry(Conditions.TOO_MANY_ROWS, "too_many_rows"),
          Map.entry(Conditions.DUP_VAL_ON_INDEX, "unique_violation"),
          Map.entry(Conditions.ZERO_DIVIDE, "division_by_zero"),
          Map.entry(Conditions.VALUE_ERROR, "data_exception"),
          Map.entry(Conditions.INVALID_NUMBER, "invalid_text_representation"),
          Map.entry(Conditions.INVALID_CURSOR, "invalid_cursor_state"),
          Map.entry(Conditions.CURSOR_ALREADY_OPEN, "duplicate_cursor"),
          Map.entry(Conditions.CASE_NOT_FOUND, "case_not_found"),
          Map.entry(Conditions.LOCK_TIMEOUT, "lock_not_available"),
          Map.entry(Conditions.DEADLOCK, "deadlock_detected"),
          Map.entry(Conditions.FOREIGN_KEY_VIOLATION, "foreign_key_violation"),
          Map.entry(Conditions.NOT_NULL_VIOLATION, "not_null_violation"),
          Map.entry(Conditions.CHECK_VIOLATION, "check_violation"),
          Map.entry(Conditions.COLLECTION_IS_NULL, "null_value_not_allowed"),
          Map.entry(Conditions.SUBSCRIPT_BEYOND_COUNT, "array_subscript_error"));

  private PgConditions() {}

  /** The PostgreSQL name of a predefined condition, or null when it is not one. */
  static String predefined(String name) {
    return PREDEFINED.get(name.toUpperCase(Locale.ROOT));
  }

  /** A handler condition as PL/pgSQL writes it. */
  static String condition(PgRender r, Handler.Condition c) {
    if (c.predefined() != null) {
      String pg = predefined(c.predefined());
      return pg == null ? "OTHERS" : pg;
    }
    if (c.sqlState() != null) {
      return "SQLSTATE '" + c.sqlState() + "'";
    }
    return "SQLSTATE '" + stateOf(r, c.exception()) + "'";
  }

  /** The SQLSTATE of a user exception referenced by name. */
  static String stateOf(PgRender r, QName exception) {
    String key = r.names.naming().name(exception.last());
    Decl.Exception decl = r.exceptions.get(key);
    return decl != null && decl.code() != null ? codeState(decl.code()) : nameState(key);
  }

  static String userState(PgRender r, Decl.Exception e) {
    return e.code() != null ? codeState(e.code()) : nameState(r.names.naming().name(e.name()));
  }

  /** {@code U} and the error number in four base-36 digits. */
  static String codeState(int code) {
    return "U" + base36(Math.abs(code));
  }

  /** {@code G} and four base-36 digits of a checksum of the lower-case name. */
  static String nameState(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    return "G" + base36((int) (crc.getValue() % 1_679_616L));
  }

  private static String base36(int value) {
    String digits = Integer.toString(value % 1_679_616, 36).toUpperCase(Locale.ROOT);
    StringBuilder s = new StringBuilder();
    for (int i = digits.length(); i < 4; i++) {
      s.append('0');
    }
    return s.append(digits).toString();
  }

  /** Records every user exception declared anywhere in {@code body} for {@link #stateOf}. */
  static void collectExceptions(PgRender r, Stmt body) {
    new IrWalker() {
      @Override
      protected void onStmt(Stmt s) {
        if (s instanceof Block b) {
          for (Decl d : b.declarations()) {
            if (d instanceof Decl.Exception e) {
              r.exceptions.put(r.names.naming().name(e.name()), e);
            }
          }
        }
      }
    }.stmt(body);
  }
}
