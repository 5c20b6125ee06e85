package io.godwit.ir.proc;

import io.godwit.ir.Ident;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.Query;
import java.util.List;

/** A declaration in a block, routine or package. */
public sealed interface Decl {

  Ident name();

  /** A variable or constant. */
  record Variable(
      Ident name, SqlType type, Expr init, boolean constant, boolean notNull, SourceSpan span)
      implements Decl {}

  /** An explicit cursor, possibly with parameters. */
  record Cursor(Ident name, List<Param> params, Query query, SourceSpan span) implements Decl {
    public Cursor {
      params = params == null ? List.of() : List.copyOf(params);
    }
  }

  /**
   * A user exception; {@code code} is the product's error number bound to it (Oracle PRAGMA
   * EXCEPTION_INIT), or null.
   */
  record Exception(Ident name, Integer code, SourceSpan span) implements Decl {}

  /** A type declared in code: record, collection or ref cursor. */
  record Type(Ident name, SqlType definition, SourceSpan span) implements Decl {}

  /** A routine declared inside another (Oracle local subprogram). */
  record Subprogram(Routine routine) implements Decl {
    @Override
    public Ident name() {
      return routine.name().last();
    }
  }
}
