package io.godwit.ir.proc;

import io.godwit.ir.QName;
import java.util.List;

/**
 * {@code WHEN cond OR cond THEN body}. A condition is a neutral predefined condition name ({@link
 * Conditions}), a user exception, or an SQLSTATE.
 */
public record Handler(List<Condition> conditions, List<Stmt> body) {

  public Handler {
    conditions = List.copyOf(conditions);
    body = List.copyOf(body);
  }

  /** One condition a handler catches. Exactly one field is set. */
  public record Condition(String predefined, QName exception, String sqlState) {

    public static Condition predefined(String name) {
      return new Condition(name, null, null);
    }

    public static Condition others() {
      return new Condition(Conditions.OTHERS, null, null);
    }
  }
}
