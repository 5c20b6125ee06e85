package io.godwit.dialect.oracle.lower;

import io.godwit.ir.Ident;
import io.godwit.ir.SqlType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Names declared in PL/SQL, innermost scope first: variables, cursors, exceptions, types. */
final class Scope {

  /** What a declared name is. */
  enum Kind {
    VARIABLE,
    PARAMETER,
    CONSTANT,
    CURSOR,
    CURSOR_VARIABLE,
    EXCEPTION,
    TYPE,
    LOOP_INDEX,
    LOOP_RECORD
  }

  /**
   * One declared name.
   *
   * @param type the variable's type, or for TYPE the type it defines
   * @param code for EXCEPTION: the error number bound with EXCEPTION_INIT, or null
   * @param collection for TYPE and variables of one: whether it is a collection (index-by, nested
   *     table, varray), whose {@code x(i)} is an element, not a call
   */
  record Symbol(Kind kind, Ident name, SqlType type, Integer code, boolean collection) {}

  private final Scope parent;
  private final Map<String, Symbol> symbols = new HashMap<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  Scope parent() {
    return parent;
  }

  void declare(Symbol s) {
    symbols.put(key(s.name().text()), s);
  }

  /** The innermost symbol with this name, or null. */
  Symbol lookup(String name) {
    String k = key(name);
    for (Scope s = this; s != null; s = s.parent) {
      Symbol found = s.symbols.get(k);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Updates the code of an exception declared in this or an enclosing scope. */
  void bindCode(String exception, int code) {
    String k = key(exception);
    for (Scope s = this; s != null; s = s.parent) {
      Symbol found = s.symbols.get(k);
      if (found != null && found.kind() == Kind.EXCEPTION) {
        s.symbols.put(k, new Symbol(Kind.EXCEPTION, found.name(), null, code, false));
        return;
      }
    }
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
