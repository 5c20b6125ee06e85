package io.godwit.dialect.mysql;

import io.godwit.ir.expr.Expr;

/** UUID values: text from UUID(), or sixteen bytes when the uuid setting is binary16. */
final class MyUuids {

  private MyUuids() {}

  static void newUuid(MyRender r) {
    if (r.target.uuid() == MySqlTarget.Uuid.CHAR36) {
      r.write("UUID()");
    } else if (r.target.uuidToBin()) {
      r.write("UUID_TO_BIN(UUID())");
    } else {
      r.write("UNHEX(REPLACE(UUID(), '-', ''))");
    }
  }

  /** A new UUID as sixteen bytes, whatever the uuid setting. */
  static void newUuidBytes(MyRender r) {
    r.write(r.target.uuidToBin() ? "UUID_TO_BIN(UUID())" : "UNHEX(REPLACE(UUID(), '-', ''))");
  }

  /** The sixteen bytes of a UUID given as text. */
  static void toBinary(MyRender r, Expr text) {
    if (r.target.uuidToBin()) {
      r.write("UUID_TO_BIN(");
      r.expr(text);
      r.write(")");
    } else {
      r.write("UNHEX(REPLACE(");
      r.expr(text);
      r.write(", '-', ''))");
    }
  }
}
