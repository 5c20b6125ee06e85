package io.godwit.ir.proc;

import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import java.util.List;
import java.util.Set;

/** A procedure or function. */
public record Routine(
    QName name,
    Kind kind,
    List<Param> params,
    Returns returns,
    Block body,
    Set<Flag> flags,
    SourceSpan span)
    implements IrObject {

  /** Procedure or function. */
  public enum Kind {
    PROCEDURE,
    FUNCTION
  }

  /** Routine properties that matter to a target. */
  public enum Flag {
    DETERMINISTIC,
    /** Oracle PRAGMA AUTONOMOUS_TRANSACTION. */
    AUTONOMOUS,
    /** Returns rows one by one (Oracle PIPELINED, T-SQL multi-statement TVF). */
    PIPELINED,
    SECURITY_DEFINER,
    /** Oracle RESULT_CACHE, PARALLEL_ENABLE and similar: no target meaning. */
    OPTIMIZER_HINT,
    /** The body is one query (T-SQL inline table-valued function, a SQL function). */
    SINGLE_QUERY,
    /** A T-SQL procedure whose return code is used: RETURN n. */
    RETURNS_STATUS
  }

  /**
   * What a function returns: a scalar type, a set of a type, or a table of columns. For a
   * procedure, null.
   */
  public record Returns(SqlType type, boolean setOf, List<SqlType.Field> table) {
    public Returns {
      table = table == null ? List.of() : List.copyOf(table);
    }

    public static Returns scalar(SqlType type) {
      return new Returns(type, false, null);
    }
  }

  public Routine {
    params = params == null ? List.of() : List.copyOf(params);
    flags = flags == null ? Set.of() : Set.copyOf(flags);
  }

  public Ident simpleName() {
    return name.last();
  }
}
