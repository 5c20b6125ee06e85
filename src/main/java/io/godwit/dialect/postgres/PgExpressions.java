package io.godwit.dialect.postgres;

import io.godwit.ir.OrderItem;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.ExprVisitor;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.expr.UnaryOp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Writes IR expressions as PostgreSQL, with the fewest parentheses that keep the meaning. */
final class PgExpressions implements ExprVisitor<Void> {

  // Precedence levels, low to high (PostgreSQL's operator precedence table).
  static final int OR = 1;
  static final int AND = 2;
  static final int NOT = 3;
  static final int IS = 4;
  static final int COMPARE = 5;
  static final int RANGE = 6; // BETWEEN, IN, LIKE
  static final int OTHER = 7; // ||, bitwise
  static final int ADD = 8;
  static final int MULTIPLY = 9;
  static final int UNARY = 10;
  static final int PRIMARY = 11;

  private final PgRender r;
  private final PgBuiltins builtins;

  PgExpressions(PgRender render) {
    this.r = render;
    this.builtins = new PgBuiltins(render);
  }

  /** Writes {@code e} as an operand of an operator of precedence {@code parent}. */
  void operand(Expr e, int parent, boolean rightSide) {
    int own = precedence(e);
    boolean wrap = own < parent || (rightSide && own == parent && own != PRIMARY);
    if (wrap) {
      r.write("(");
    }
    e.accept(this);
    if (wrap) {
      r.write(")");
    }
  }

  static int precedence(Expr e) {
    if (e instanceof Expr.Binary b) {
      return switch (b.op()) {
        case OR -> OR;
        case AND -> AND;
        case EQ, NE, LT, LE, GT, GE -> COMPARE;
        case IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM -> IS;
        case ADD, SUBTRACT -> ADD;
        case MULTIPLY, DIVIDE, INT_DIVIDE, MODULO -> MULTIPLY;
        case CONCAT, BIT_AND, BIT_OR, BIT_XOR -> OTHER;
        case CONCAT_NULL_AS_EMPTY -> PRIMARY; // written as a function call
      };
    }
    if (e instanceof Expr.Unary u) {
      return u.op() == UnaryOp.NOT ? NOT : UNARY;
    }
    if (e instanceof Expr.IsNull) {
      return IS;
    }
    if (e instanceof Expr.Between || e instanceof Expr.InList || e instanceof Expr.InQuery) {
      return RANGE;
    }
    if (e instanceof Expr.Like) {
      return RANGE;
    }
    if (e instanceof Expr.Quantified) {
      return COMPARE;
    }
    if (e instanceof Expr.AtTimeZone) {
      return UNARY;
    }
    if (e instanceof Expr.Literal l
        && l.kind() == LiteralKind.NUMBER
        && l.value().startsWith("-")) {
      return UNARY;
    }
    return PRIMARY;
  }

  @Override
  public Void visitLiteral(Expr.Literal e) {
    String v = e.value();
    switch (e.kind()) {
      case NULL -> r.write("NULL");
      case STRING, NATIONAL_STRING -> r.write(PgNames.literal(v));
      case NUMBER -> r.write(v);
      case BOOLEAN -> r.write(v);
      case DATE -> r.write("DATE " + PgNames.literal(v));
      case TIME -> r.write("TIME " + PgNames.literal(v));
      case TIMESTAMP -> r.write("TIMESTAMP " + PgNames.literal(v));
      case TIMESTAMP_TZ -> r.write("TIMESTAMP WITH TIME ZONE " + PgNames.literal(v));
      case BINARY -> r.write("'\\x" + v + "'::bytea");
    }
    return null;
  }

  @Override
  public Void visitIntervalLiteral(Expr.IntervalLiteral e) {
    List<String> parts = new ArrayList<>();
    String sign = e.negative() ? "-" : "";
    addPart(parts, sign, e.years(), "years");
    addPart(parts, sign, e.months(), "months");
    addPart(parts, sign, e.days(), "days");
    addPart(parts, sign, e.hours(), "hours");
    addPart(parts, sign, e.minutes(), "minutes");
    if (e.seconds() != null && e.seconds().signum() != 0) {
      parts.add(sign + e.seconds().stripTrailingZeros().toPlainString() + " seconds");
    }
    r.write("INTERVAL '" + (parts.isEmpty() ? "0 seconds" : String.join(" ", parts)) + "'");
    return null;
  }

  private static void addPart(List<String> parts, String sign, long value, String unit) {
    if (value != 0) {
      parts.add(sign + value + " " + unit);
    }
  }

  @Override
  public Void visitColumnRef(Expr.ColumnRef e) {
    r.name(e.name());
    return null;
  }

  @Override
  public Void visitVariableRef(Expr.VariableRef e) {
    r.name(e.name());
    return null;
  }

  @Override
  public Void visitPackageVar(Expr.PackageVar e) {
    PgPackages.read(r, e);
    return null;
  }

  @Override
  public Void visitRowRef(Expr.RowRef e) {
    r.write(e.newRow() ? "NEW" : "OLD");
    if (e.column() != null) {
      r.write(".");
      r.ident(e.column());
    }
    return null;
  }

  @Override
  public Void visitUnary(Expr.Unary e) {
    switch (e.op()) {
      case NEGATE -> {
        r.write("-");
        operand(e.operand(), UNARY, false);
      }
      case PLUS -> operand(e.operand(), UNARY, false);
      case NOT -> {
        r.write("NOT ");
        operand(e.operand(), NOT, false);
      }
      case BIT_NOT -> {
        r.write("~");
        operand(e.operand(), UNARY, false);
      }
      case PRIOR ->
          r.unsupported(
              PgItems.LEFTOVER_CONSTRUCT,
              "PRIOR outside CONNECT BY could not be converted",
              null,
              "PRIOR",
              "NULL");
    }
    return null;
  }

  @Override
  public Void visitBinary(Expr.Binary e) {
    int p = precedence(e);
    switch (e.op()) {
      case CONCAT_NULL_AS_EMPTY -> concatNullAsEmpty(e);
      case DIVIDE -> {
        // PostgreSQL truncates integer / integer; the source meant exact division.
        boolean exact = isNonInteger(e.left()) || isNonInteger(e.right());
        if (exact) {
          operand(e.left(), p, false);
        } else {
          operand(e.left(), PRIMARY, false);
          r.write("::numeric");
        }
        r.write(" / ");
        operand(e.right(), p, true);
      }
      default -> {
        operand(e.left(), p, false);
        r.write(" " + operator(e.op()) + " ");
        operand(e.right(), p, true);
      }
    }
    return null;
  }

  /**
   * Oracle's || ignores NULL operands and, since Oracle has no empty string, yields NULL when
   * everything is NULL or empty: {@code nullif(concat(a, b, ...), '')}. The nullif is left out when
   * a non-empty string literal makes an empty result impossible.
   */
  private void concatNullAsEmpty(Expr.Binary e) {
    List<Expr> operands = new ArrayList<>();
    flattenConcat(e, operands);
    boolean canBeEmpty = true;
    for (Expr o : operands) {
      if (o instanceof Expr.Literal l
          && (l.kind() == LiteralKind.STRING || l.kind() == LiteralKind.NATIONAL_STRING)
          && !l.value().isEmpty()) {
        canBeEmpty = false;
      }
    }
    if (canBeEmpty) {
      r.write("nullif(");
    }
    r.write("concat(");
    r.exprs(operands);
    r.write(")");
    if (canBeEmpty) {
      r.write(", '')");
    }
  }

  private static void flattenConcat(Expr e, List<Expr> into) {
    if (e instanceof Expr.Binary b && b.op() == BinaryOp.CONCAT_NULL_AS_EMPTY) {
      flattenConcat(b.left(), into);
      flattenConcat(b.right(), into);
    } else {
      into.add(e);
    }
  }

  /** Whether the expression is known not to be of an integer type. */
  static boolean isNonInteger(Expr e) {
    if (e instanceof Expr.Literal l && l.kind() == LiteralKind.NUMBER) {
      String v = l.value();
      return v.indexOf('.') >= 0 || v.indexOf('e') >= 0 || v.indexOf('E') >= 0;
    }
    SqlType t = null;
    if (e instanceof Expr.ColumnRef c) {
      t = c.type();
    } else if (e instanceof Expr.VariableRef v) {
      t = v.type();
    } else if (e instanceof Expr.Cast c) {
      t = c.type();
    } else if (e instanceof Expr.FunctionCall f) {
      t = f.type();
    }
    if (t == null) {
      return false;
    }
    return switch (t.kind()) {
      case DECIMAL -> t.scale() == null || t.scale() > 0;
      case REAL, DOUBLE, MONEY -> true;
      default -> false;
    };
  }

  static String operator(BinaryOp op) {
    return switch (op) {
      case ADD -> "+";
      case SUBTRACT -> "-";
      case MULTIPLY -> "*";
      case DIVIDE, INT_DIVIDE -> "/";
      case MODULO -> "%";
      case CONCAT -> "||";
      case CONCAT_NULL_AS_EMPTY -> "||";
      case EQ -> "=";
      case NE -> "<>";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case AND -> "AND";
      case OR -> "OR";
      case BIT_AND -> "&";
      case BIT_OR -> "|";
      case BIT_XOR -> "#";
      case IS_DISTINCT_FROM -> "IS DISTINCT FROM";
      case IS_NOT_DISTINCT_FROM -> "IS NOT DISTINCT FROM";
    };
  }

  @Override
  public Void visitBetween(Expr.Between e) {
    operand(e.value(), RANGE, false);
    r.write(e.negated() ? " NOT BETWEEN " : " BETWEEN ");
    operand(e.low(), RANGE, true);
    r.write(" AND ");
    operand(e.high(), RANGE, true);
    return null;
  }

  @Override
  public Void visitInList(Expr.InList e) {
    operand(e.value(), RANGE, false);
    r.write(e.negated() ? " NOT IN (" : " IN (");
    r.exprs(e.list());
    r.write(")");
    return null;
  }

  @Override
  public Void visitInQuery(Expr.InQuery e) {
    operand(e.value(), RANGE, false);
    r.write(e.negated() ? " NOT IN (" : " IN (");
    r.query(e.query());
    r.write(")");
    return null;
  }

  @Override
  public Void visitExists(Expr.Exists e) {
    r.write(e.negated() ? "NOT EXISTS (" : "EXISTS (");
    r.query(e.query());
    r.write(")");
    return null;
  }

  @Override
  public Void visitQuantified(Expr.Quantified e) {
    operand(e.value(), COMPARE, false);
    r.write(" " + operator(e.comparison()) + (e.all() ? " ALL (" : " ANY ("));
    if (e.query() != null) {
      r.query(e.query());
    } else {
      r.write("ARRAY[");
      r.exprs(e.list());
      r.write("]");
    }
    r.write(")");
    return null;
  }

  @Override
  public Void visitIsNull(Expr.IsNull e) {
    operand(e.value(), IS, false);
    r.write(e.negated() ? " IS NOT NULL" : " IS NULL");
    return null;
  }

  @Override
  public Void visitLike(Expr.Like e) {
    operand(e.value(), RANGE, false);
    r.write(e.negated() ? " NOT LIKE " : " LIKE ");
    operand(e.pattern(), RANGE, true);
    if (e.escape() != null) {
      r.write(" ESCAPE ");
      operand(e.escape(), RANGE, true);
    }
    return null;
  }

  @Override
  public Void visitCase(Expr.Case e) {
    r.write("CASE");
    if (e.operand() != null) {
      r.write(" ");
      e.operand().accept(this);
    }
    for (Expr.When w : e.whens()) {
      r.write(" WHEN ");
      w.condition().accept(this);
      r.write(" THEN ");
      w.result().accept(this);
    }
    if (e.otherwise() != null) {
      r.write(" ELSE ");
      e.otherwise().accept(this);
    }
    r.write(" END");
    return null;
  }

  @Override
  public Void visitCast(Expr.Cast e) {
    boolean binary =
        e.type().kind() == io.godwit.ir.TypeKind.BINARY
            || e.type().kind() == io.godwit.ir.TypeKind.VARBINARY
            || e.type().kind() == io.godwit.ir.TypeKind.BLOB;
    if (binary
        && e.value() instanceof Expr.Builtin b
        && b.fn() == io.godwit.ir.expr.BuiltinFn.NEW_UUID) {
      // A UUID's 16 bytes (Oracle SYS_GUID returns RAW(16)).
      r.write("uuid_send(gen_random_uuid())");
      return null;
    }
    io.godwit.convert.render.SqlWriter.Mark start = r.out.mark();
    r.write("CAST(");
    e.value().accept(this);
    r.write(" AS ");
    r.type(e.type(), null);
    r.write(")");
    if (e.tryCast()) {
      r.itemSince(
          start,
          PgItems.TRY_CAST,
          "TRY_CAST/TRY_CONVERT became CAST: PostgreSQL raises an error where the source"
              + " returned NULL",
          null,
          null);
    }
    return null;
  }

  @Override
  public Void visitFunctionCall(Expr.FunctionCall e) {
    r.name(e.name());
    r.write("(");
    if (e.distinct()) {
      r.write("DISTINCT ");
    }
    r.exprs(e.args());
    r.write(")");
    if (!e.withinGroup().isEmpty()) {
      r.write(" WITHIN GROUP (ORDER BY ");
      orderItems(e.withinGroup());
      r.write(")");
    }
    if (e.filter() != null) {
      r.write(" FILTER (WHERE ");
      e.filter().accept(this);
      r.write(")");
    }
    return null;
  }

  @Override
  public Void visitBuiltin(Expr.Builtin e) {
    builtins.write(e);
    return null;
  }

  @Override
  public Void visitStringAgg(Expr.StringAgg e) {
    r.write("string_agg(");
    if (e.distinct()) {
      r.write("DISTINCT ");
    }
    // string_agg takes text; the source aggregated any value through its string form.
    operand(e.value(), PRIMARY, false);
    r.write("::text, ");
    if (e.separator() == null) {
      r.write("''");
    } else {
      e.separator().accept(this);
    }
    if (!e.order().isEmpty()) {
      r.write(" ORDER BY ");
      orderItems(e.order());
    }
    r.write(")");
    return null;
  }

  void orderItems(List<OrderItem> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      OrderItem o = items.get(i);
      o.expr().accept(this);
      if (o.order() == io.godwit.ir.SortOrder.DESC) {
        r.write(" DESC");
      }
      switch (o.nulls()) {
        case FIRST -> r.write(" NULLS FIRST");
        case LAST -> r.write(" NULLS LAST");
        default -> {}
      }
    }
  }

  @Override
  public Void visitWindow(Expr.Window e) {
    e.function().accept(this);
    r.write(" OVER (");
    boolean space = false;
    if (!e.partitionBy().isEmpty()) {
      r.write("PARTITION BY ");
      r.exprs(e.partitionBy());
      space = true;
    }
    if (!e.orderBy().isEmpty()) {
      r.write(space ? " ORDER BY " : "ORDER BY ");
      orderItems(e.orderBy());
      space = true;
    }
    if (e.frame() != null) {
      r.write(space ? " " : "");
      r.write(e.frame().unit() + " BETWEEN ");
      bound(e.frame().start());
      r.write(" AND ");
      bound(e.frame().end());
    }
    r.write(")");
    return null;
  }

  private void bound(Expr.FrameBound b) {
    switch (b.kind()) {
      case UNBOUNDED_PRECEDING -> r.write("UNBOUNDED PRECEDING");
      case UNBOUNDED_FOLLOWING -> r.write("UNBOUNDED FOLLOWING");
      case CURRENT_ROW -> r.write("CURRENT ROW");
      case PRECEDING -> {
        b.offset().accept(this);
        r.write(" PRECEDING");
      }
      case FOLLOWING -> {
        b.offset().accept(this);
        r.write(" FOLLOWING");
      }
    }
  }

  @Override
  public Void visitScalarSubquery(Expr.ScalarSubquery e) {
    r.write("(");
    r.query(e.query());
    r.write(")");
    return null;
  }

  @Override
  public Void visitRowValue(Expr.RowValue e) {
    r.write("(");
    r.exprs(e.items());
    r.write(")");
    return null;
  }

  @Override
  public Void visitSequenceValue(Expr.SequenceValue e) {
    r.write(e.next() ? "nextval(" : "currval(");
    r.write(PgNames.literal(r.names.qualified(e.sequence())));
    r.write(")");
    return null;
  }

  @Override
  public Void visitStar(Expr.Star e) {
    if (e.qualifier() != null) {
      r.name(e.qualifier());
      r.write(".");
    }
    r.write("*");
    return null;
  }

  @Override
  public Void visitNamedArg(Expr.NamedArg e) {
    r.ident(e.name());
    r.write(" => ");
    e.value().accept(this);
    return null;
  }

  @Override
  public Void visitElement(Expr.Element e) {
    if (PgMaps.isMap(e.collection())) {
      new PgMaps(r).element(e);
      return null;
    }
    operand(e.collection(), PRIMARY, false);
    r.write("[");
    e.index().accept(this);
    r.write("]");
    return null;
  }

  @Override
  public Void visitField(Expr.Field e) {
    r.write("(");
    e.base().accept(this);
    r.write(").");
    r.ident(e.field());
    return null;
  }

  @Override
  public Void visitOuterJoinMarker(Expr.OuterJoinMarker e) {
    r.unsupported(
        PgItems.LEFTOVER_CONSTRUCT,
        "an Oracle (+) outer join could not be turned into an ANSI join",
        null,
        "(+)",
        "");
    e.column().accept(this);
    return null;
  }

  @Override
  public Void visitAtTimeZone(Expr.AtTimeZone e) {
    operand(e.value(), UNARY, false);
    r.write(" AT TIME ZONE ");
    operand(e.zone(), UNARY, true);
    return null;
  }

  @Override
  public Void visitPlaceholder(Expr.Placeholder e) {
    r.write("$" + e.position());
    return null;
  }

  @Override
  public Void visitEmbeddedSql(Expr.EmbeddedSql e) {
    r.write(PgNames.literal(r.embedded(e.statement())));
    return null;
  }

  @Override
  public Void visitDefaultValue(Expr.DefaultValue e) {
    r.write("DEFAULT");
    return null;
  }

  @Override
  public Void visitUnsupported(Expr.Unsupported e) {
    r.unsupported(e.code(), e.message(), e.span(), e.text(), "NULL");
    return null;
  }

  /** The IR type of {@code e} when it is evident, else null. */
  static SqlType typeOf(Expr e) {
    if (e instanceof Expr.ColumnRef c) {
      return c.type();
    }
    if (e instanceof Expr.VariableRef v) {
      return v.type();
    }
    if (e instanceof Expr.Cast c) {
      return c.type();
    }
    if (e instanceof Expr.Literal l) {
      return switch (l.kind()) {
        case DATE -> SqlType.of(TypeKind.DATE);
        case TIMESTAMP -> SqlType.of(TypeKind.TIMESTAMP);
        case STRING, NATIONAL_STRING -> SqlType.of(TypeKind.VARCHAR);
        case NUMBER ->
            l.value().indexOf('.') >= 0 ? SqlType.decimal(null, null) : SqlType.of(TypeKind.BIGINT);
        default -> null;
      };
    }
    return null;
  }

  /** A number literal as a BigDecimal, or null when {@code e} is not one. */
  static BigDecimal numberValue(Expr e) {
    if (e instanceof Expr.Literal l && l.kind() == LiteralKind.NUMBER) {
      try {
        return new BigDecimal(l.value());
      } catch (NumberFormatException ex) {
        return null;
      }
    }
    if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEGATE) {
      BigDecimal inner = numberValue(u.operand());
      return inner == null ? null : inner.negate();
    }
    return null;
  }
}
