package io.godwit.ir.query;

import io.godwit.ir.Ident;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem.TableRef;
import io.godwit.ir.query.Query.SelectItem;
import io.godwit.ir.query.Query.With;
import java.util.List;

/** A statement that changes data. */
public sealed interface Dml {

  /** {@code targets = value}: one column, or a row of columns set from a row subquery. */
  record Assignment(List<Expr> targets, Expr value) {
    public Assignment {
      targets = List.copyOf(targets);
    }
  }

  /** INSERT; {@code source} is a {@link Query.Values} or a query; null means DEFAULT VALUES. */
  record Insert(
      With with, TableRef target, List<Ident> columns, Query source, List<SelectItem> returning)
      implements Dml {
    public Insert {
      columns = columns == null ? List.of() : List.copyOf(columns);
      returning = returning == null ? List.of() : List.copyOf(returning);
    }
  }

  /** UPDATE with optional FROM (T-SQL, PostgreSQL). */
  record Update(
      With with,
      TableRef target,
      List<Assignment> set,
      List<FromItem> from,
      Expr where,
      List<SelectItem> returning)
      implements Dml {
    public Update {
      set = List.copyOf(set);
      from = from == null ? List.of() : List.copyOf(from);
      returning = returning == null ? List.of() : List.copyOf(returning);
    }
  }

  /** DELETE with optional USING/FROM. */
  record Delete(
      With with, TableRef target, List<FromItem> using, Expr where, List<SelectItem> returning)
      implements Dml {
    public Delete {
      using = using == null ? List.of() : List.copyOf(using);
      returning = returning == null ? List.of() : List.copyOf(returning);
    }
  }

  /** What a MERGE branch does. */
  enum MergeAction {
    UPDATE,
    DELETE,
    INSERT,
    DO_NOTHING
  }

  /**
   * One WHEN [NOT] MATCHED [BY SOURCE] [AND condition] THEN branch. For UPDATE: {@code set} (and
   * Oracle's {@code deleteWhere}); for INSERT: {@code columns} and {@code values}.
   */
  record MergeWhen(
      boolean matched,
      boolean bySource,
      Expr condition,
      MergeAction action,
      List<Assignment> set,
      Expr deleteWhere,
      List<Ident> columns,
      List<Expr> values) {
    public MergeWhen {
      set = set == null ? List.of() : List.copyOf(set);
      columns = columns == null ? List.of() : List.copyOf(columns);
      values = values == null ? List.of() : List.copyOf(values);
    }
  }

  /** MERGE INTO target USING source ON on. */
  record Merge(With with, TableRef target, FromItem source, Expr on, List<MergeWhen> whens)
      implements Dml {
    public Merge {
      whens = List.copyOf(whens);
    }
  }
}
