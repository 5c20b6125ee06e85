package io.godwit.ir.proc;

import io.godwit.ir.Ident;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;

/** A routine or cursor parameter. */
public record Param(Ident name, ParamMode mode, SqlType type, Expr defaultValue) {

  public Param {
    mode = mode == null ? ParamMode.IN : mode;
  }
}
