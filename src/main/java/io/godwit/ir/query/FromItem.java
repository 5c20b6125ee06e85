package io.godwit.ir.query;

import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.expr.Expr;
import java.util.List;

/** Something in a FROM clause. */
public sealed interface FromItem {

  /** A table, view or CTE by name; {@code asOf} is an Oracle flashback point or null. */
  record TableRef(QName name, Ident alias, List<Ident> columnAliases, Expr asOf)
      implements FromItem {
    public TableRef {
      columnAliases = columnAliases == null ? List.of() : List.copyOf(columnAliases);
    }

    public static TableRef of(QName name, Ident alias) {
      return new TableRef(name, alias, null, null);
    }
  }

  /** A subquery in FROM; lateral when it may see earlier FROM items (APPLY). */
  record DerivedTable(Query query, Ident alias, List<Ident> columnAliases, boolean lateral)
      implements FromItem {
    public DerivedTable {
      columnAliases = columnAliases == null ? List.of() : List.copyOf(columnAliases);
    }
  }

  /** A set-returning function or collection in FROM ({@code TABLE(coll)}, OPENJSON, ...). */
  record FunctionTable(Expr call, Ident alias, List<Ident> columnAliases, boolean lateral)
      implements FromItem {
    public FunctionTable {
      columnAliases = columnAliases == null ? List.of() : List.copyOf(columnAliases);
    }
  }

  /** Join kinds. */
  enum JoinType {
    INNER,
    LEFT,
    RIGHT,
    FULL,
    CROSS
  }

  /** {@code left type JOIN right ON on | USING (using)}; natural joins set {@code natural}. */
  record Join(
      JoinType type, FromItem left, FromItem right, Expr on, List<Ident> using, boolean natural)
      implements FromItem {
    public Join {
      using = using == null ? List.of() : List.copyOf(using);
    }
  }
}
