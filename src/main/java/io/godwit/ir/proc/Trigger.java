package io.godwit.ir.proc;

import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.expr.Expr;
import java.util.List;

/**
 * A DML trigger. {@code transitionTables} marks statement-level triggers that read all changed rows
 * (T-SQL inserted/deleted), which targets express as transition tables.
 */
public record Trigger(
    QName name,
    QName table,
    Timing timing,
    List<Event> events,
    List<Ident> updateColumns,
    boolean forEachRow,
    Expr when,
    boolean transitionTables,
    Block body,
    SourceSpan span)
    implements IrObject {

  /** When it fires. */
  public enum Timing {
    BEFORE,
    AFTER,
    INSTEAD_OF
  }

  /** What it fires on. */
  public enum Event {
    INSERT,
    UPDATE,
    DELETE,
    TRUNCATE
  }

  public Trigger {
    events = List.copyOf(events);
    updateColumns = updateColumns == null ? List.of() : List.copyOf(updateColumns);
  }
}
