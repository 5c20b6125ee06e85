package io.godwit.ir.expr;

import io.godwit.ir.Ident;
import io.godwit.ir.OrderItem;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.query.Query;
import java.math.BigDecimal;
import java.util.List;

/**
 * An expression. Every kind is a nested record; {@link ExprVisitor} dispatches on them, so a back
 * end that forgets a kind does not compile.
 */
public sealed interface Expr {

  <R> R accept(ExprVisitor<R> visitor);

  /** A literal value. */
  record Literal(LiteralKind kind, String value) implements Expr {
    public static final Literal NULL = new Literal(LiteralKind.NULL, null);

    public static Literal string(String value) {
      return new Literal(LiteralKind.STRING, value);
    }

    public static Literal number(String text) {
      return new Literal(LiteralKind.NUMBER, text);
    }

    public static Literal number(long value) {
      return new Literal(LiteralKind.NUMBER, Long.toString(value));
    }

    public static Literal bool(boolean value) {
      return new Literal(LiteralKind.BOOLEAN, Boolean.toString(value));
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitLiteral(this);
    }
  }

  /** An interval value, neutral: each field may be zero. */
  record IntervalLiteral(
      boolean negative,
      long years,
      long months,
      long days,
      long hours,
      long minutes,
      BigDecimal seconds)
      implements Expr {
    public static IntervalLiteral ofDays(long days) {
      return new IntervalLiteral(false, 0, 0, days, 0, 0, BigDecimal.ZERO);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitIntervalLiteral(this);
    }
  }

  /** A column, possibly qualified by a table, alias or schema; type when the front end knows. */
  record ColumnRef(QName name, SqlType type) implements Expr {
    public static ColumnRef of(String... parts) {
      return new ColumnRef(QName.of(parts), null);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitColumnRef(this);
    }
  }

  /**
   * A procedural variable or parameter, possibly a field path ({@code rec.field}, {@code pkg.var});
   * type when the front end knows.
   */
  record VariableRef(QName name, SqlType type) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitVariableRef(this);
    }
  }

  /**
   * A package variable or constant (Oracle package state): targets without packages emulate it per
   * session. {@code type} is the declared type.
   */
  record PackageVar(QName packageName, Ident variable, SqlType type) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitPackageVar(this);
    }
  }

  /** A trigger's new or old row ({@code :NEW.col}, {@code inserted.col}); column null = row. */
  record RowRef(boolean newRow, Ident column) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitRowRef(this);
    }
  }

  /** A unary operator. */
  record Unary(UnaryOp op, Expr operand) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitUnary(this);
    }
  }

  /** A binary operator. */
  record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBinary(this);
    }
  }

  /** {@code value [NOT] BETWEEN low AND high}. */
  record Between(Expr value, Expr low, Expr high, boolean negated) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBetween(this);
    }
  }

  /** {@code value [NOT] IN (a, b, ...)}. */
  record InList(Expr value, List<Expr> list, boolean negated) implements Expr {
    public InList {
      list = List.copyOf(list);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitInList(this);
    }
  }

  /** {@code value [NOT] IN (subquery)}; value may be a {@link RowValue}. */
  record InQuery(Expr value, Query query, boolean negated) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitInQuery(this);
    }
  }

  /** {@code [NOT] EXISTS (subquery)}. */
  record Exists(Query query, boolean negated) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitExists(this);
    }
  }

  /** {@code value op ANY|ALL (subquery or list)}. */
  record Quantified(BinaryOp comparison, Expr value, boolean all, Query query, List<Expr> list)
      implements Expr {
    public Quantified {
      list = list == null ? List.of() : List.copyOf(list);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitQuantified(this);
    }
  }

  /** {@code value IS [NOT] NULL}. */
  record IsNull(Expr value, boolean negated) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitIsNull(this);
    }
  }

  /** {@code value [NOT] LIKE pattern [ESCAPE escape]}. */
  record Like(Expr value, Expr pattern, Expr escape, boolean negated) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitLike(this);
    }
  }

  /** One WHEN ... THEN of a CASE. */
  record When(Expr condition, Expr result) {}

  /** Simple (operand given) or searched CASE. */
  record Case(Expr operand, List<When> whens, Expr otherwise) implements Expr {
    public Case {
      whens = List.copyOf(whens);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitCase(this);
    }
  }

  /** {@code CAST(value AS type)}; tryCast yields NULL instead of an error. */
  record Cast(Expr value, SqlType type, boolean tryCast) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitCast(this);
    }
  }

  /**
   * A call of a function the IR has no neutral form for: a user function, a standard aggregate or
   * window function ({@code count}, {@code sum}, {@code row_number}, names in lower case), or a
   * product function left for the back end to judge.
   */
  record FunctionCall(
      QName name,
      List<Expr> args,
      boolean distinct,
      List<OrderItem> withinGroup,
      Expr filter,
      SqlType type,
      SourceSpan span)
      implements Expr {
    public FunctionCall {
      args = List.copyOf(args);
      withinGroup = withinGroup == null ? List.of() : List.copyOf(withinGroup);
    }

    public static FunctionCall of(String name, Expr... args) {
      return new FunctionCall(QName.of(name), List.of(args), false, null, null, null, null);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitFunctionCall(this);
    }
  }

  /** A neutral built-in; {@code part} is set for the date functions that take one. */
  record Builtin(BuiltinFn fn, List<Expr> args, DatePart part, SourceSpan span) implements Expr {
    public Builtin {
      args = List.copyOf(args);
      if (args.size() < fn.minArgs() || args.size() > fn.maxArgs()) {
        throw new IllegalArgumentException(
            fn
                + " takes "
                + fn.minArgs()
                + " to "
                + fn.maxArgs()
                + " arguments, not "
                + args.size());
      }
    }

    public static Builtin of(BuiltinFn fn, Expr... args) {
      return new Builtin(fn, List.of(args), null, null);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBuiltin(this);
    }
  }

  /**
   * String aggregation (LISTAGG, STRING_AGG, GROUP_CONCAT): the values joined with the separator in
   * the given order.
   */
  record StringAgg(Expr value, Expr separator, boolean distinct, List<OrderItem> order)
      implements Expr {
    public StringAgg {
      order = order == null ? List.of() : List.copyOf(order);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitStringAgg(this);
    }
  }

  /** A window frame bound. */
  record FrameBound(FrameBoundKind kind, Expr offset) {}

  /** Frame bound kinds. */
  enum FrameBoundKind {
    UNBOUNDED_PRECEDING,
    PRECEDING,
    CURRENT_ROW,
    FOLLOWING,
    UNBOUNDED_FOLLOWING
  }

  /** ROWS, RANGE or GROUPS BETWEEN start AND end. */
  record Frame(String unit, FrameBound start, FrameBound end) {}

  /** {@code function OVER (PARTITION BY ... ORDER BY ... frame)}. */
  record Window(Expr function, List<Expr> partitionBy, List<OrderItem> orderBy, Frame frame)
      implements Expr {
    public Window {
      partitionBy = List.copyOf(partitionBy);
      orderBy = List.copyOf(orderBy);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitWindow(this);
    }
  }

  /** A subquery used as a value. */
  record ScalarSubquery(Query query) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitScalarSubquery(this);
    }
  }

  /** {@code (a, b, c)} as one value. */
  record RowValue(List<Expr> items) implements Expr {
    public RowValue {
      items = List.copyOf(items);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitRowValue(this);
    }
  }

  /** {@code seq.NEXTVAL} (next) or {@code seq.CURRVAL}. */
  record SequenceValue(QName sequence, boolean next) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitSequenceValue(this);
    }
  }

  /** {@code *} or {@code t.*}. */
  record Star(QName qualifier) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitStar(this);
    }
  }

  /** A named argument: {@code p => v}, {@code @p = v}. */
  record NamedArg(Ident name, Expr value) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNamedArg(this);
    }
  }

  /** A collection element: {@code arr(i)}. */
  record Element(Expr collection, Expr index) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitElement(this);
    }
  }

  /** A field of a record or object value that is not a plain name: {@code f(x).attr}. */
  record Field(Expr base, Ident field) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitField(this);
    }
  }

  /** Oracle's {@code col(+)} marker; removed by the outer-join pass. */
  record OuterJoinMarker(Expr column) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitOuterJoinMarker(this);
    }
  }

  /** {@code value AT TIME ZONE zone}. */
  record AtTimeZone(Expr value, Expr zone) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitAtTimeZone(this);
    }
  }

  /** A positional parameter of dynamic SQL (Oracle :1, :name by position; T-SQL @p): 1-based. */
  record Placeholder(int position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitPlaceholder(this);
    }
  }

  /**
   * SQL text built from a statement the front end parsed out of a string literal (EXECUTE IMMEDIATE
   * 'UPDATE ...'): the back end writes the statement in its own SQL and quotes it.
   */
  record EmbeddedSql(io.godwit.ir.proc.Stmt statement) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitEmbeddedSql(this);
    }
  }

  /** The DEFAULT keyword in VALUES or SET. */
  record DefaultValue() implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitDefaultValue(this);
    }
  }

  /**
   * Something the front end could not express in the IR. Back ends write a placeholder and keep
   * {@code text} in a comment; the item with {@code code} says what to do.
   */
  record Unsupported(String text, String code, String message, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitUnsupported(this);
    }
  }
}
