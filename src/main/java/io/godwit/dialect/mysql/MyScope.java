package io.godwit.dialect.mysql;

import io.godwit.ir.SqlType;
import io.godwit.ir.query.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a stored-program block sees: variables and parameters with the names they are written
 * with, records (as one variable per field on MySQL, as ROW variables on MariaDB), cursors,
 * conditions and local types. Keys are the names' target spelling.
 */
final class MyScope {

  /** How a variable is written. */
  enum Kind {
    /** One variable. */
    SCALAR,
    /** A record split into one variable per field: {@code rec$field}. */
    FIELDS,
    /** A MariaDB ROW variable: {@code rec.field}. */
    ROW,
    /** A REF CURSOR output: opening it returns a result set. */
    RESULT_SET,
    /** A local REF CURSOR variable: opening it opens the cursor declared for its query. */
    CURSOR_VARIABLE
  }

  /** One field of a record split into variables. */
  record Field(String name, String variable, SqlType type) {}

  /**
   * A variable.
   *
   * @param rendered the variable's name as written (quoted where needed)
   * @param kind how it is written
   * @param type its type, when known
   * @param fields for FIELDS: the field variables
   */
  record Binding(String rendered, Kind kind, SqlType type, List<Field> fields) {
    Binding {
      fields = fields == null ? List.of() : List.copyOf(fields);
    }

    Field field(String name) {
      for (Field f : fields) {
        if (f.name().equals(name)) {
          return f;
        }
      }
      return null;
    }
  }

  /**
   * A cursor.
   *
   * @param rendered its name as written
   * @param query its query
   * @param params the variables holding its parameters on MySQL (in parameter order), or empty
   * @param found the variable holding %FOUND, or null when not used
   * @param open the variable holding %ISOPEN, or null
   * @param count the variable holding %ROWCOUNT, or null
   */
  record Cursor(
      String rendered, Query query, List<String> params, String found, String open, String count) {}

  private final MyScope parent;
  private final Map<String, Binding> variables = new HashMap<>();
  private final Map<String, Cursor> cursors = new HashMap<>();
  private final Map<String, String> conditions = new HashMap<>();
  private final Map<String, SqlType> types = new HashMap<>();

  MyScope(MyScope parent) {
    this.parent = parent;
  }

  MyScope parent() {
    return parent;
  }

  void variable(String key, Binding b) {
    variables.put(key, b);
  }

  Binding variable(String key) {
    for (MyScope s = this; s != null; s = s.parent) {
      Binding b = s.variables.get(key);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** Whether {@code rendered} is the written name of a variable in this scope chain. */
  boolean renderedInUse(String rendered) {
    for (MyScope s = this; s != null; s = s.parent) {
      for (Binding b : s.variables.values()) {
        if (b.rendered().equals(rendered)) {
          return true;
        }
        for (Field f : b.fields()) {
          if (f.variable().equals(rendered)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  void cursor(String key, Cursor c) {
    cursors.put(key, c);
  }

  Cursor cursor(String key) {
    for (MyScope s = this; s != null; s = s.parent) {
      Cursor c = s.cursors.get(key);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  void condition(String key, String rendered) {
    conditions.put(key, rendered);
  }

  /** The declared condition name for a user exception, or null when none is in scope. */
  String condition(String key) {
    for (MyScope s = this; s != null; s = s.parent) {
      String c = s.conditions.get(key);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  void type(String key, SqlType t) {
    types.put(key, t);
  }

  SqlType type(String key) {
    for (MyScope s = this; s != null; s = s.parent) {
      SqlType t = s.types.get(key);
      if (t != null) {
        return t;
      }
    }
    return null;
  }
}
