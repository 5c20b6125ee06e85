package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.OrderItem;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.ExprVisitor;
import io.godwit.ir.expr.LiteralKind;
import java.util.ArrayList;
import java.util.List;

/** Writes IR expressions as MySQL, with the fewest parentheses that keep the meaning. */
final class MyExpressions implements ExprVisitor<Void> {

  // Precedence levels, low to high (MySQL's operator precedence; NOT binds below comparisons).
  static final int OR = 1;
  static final int AND = 2;
  static final int NOT = 3;
  static final int BETWEEN = 4;
  static final int COMPARE = 5; // = <=> < IS LIKE IN REGEXP
  static final int BIT_OR = 6;
  static final int BIT_AND = 7;
  static final int ADD = 8;
  static final int MULTIPLY = 9;
  static final int BIT_XOR = 10;
  static final int UNARY = 11;
  static final int PRIMARY = 12;

  private final MyRender r;
  private final MyBuiltins builtins;
  private final MyFunctions functions;
  private final MyWindows windows;

  MyExpressions(MyRender render) {
    this.r = render;
    this.builtins = new MyBuiltins(render);
    this.functions = new MyFunctions(render);
    this.windows = new MyWindows(render);
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
        case EQ, NE, LT, LE, GT, GE, IS_NOT_DISTINCT_FROM -> COMPARE;
        case IS_DISTINCT_FROM -> NOT;
        case ADD, SUBTRACT -> isIntervalArithmetic(b) ? PRIMARY : ADD;
        case MULTIPLY, DIVIDE, INT_DIVIDE, MODULO -> MULTIPLY;
        case CONCAT, CONCAT_NULL_AS_EMPTY, BIT_AND, BIT_OR, BIT_XOR -> PRIMARY; // functions
      };
    }
    if (e instanceof Expr.Unary u) {
      return switch (u.op()) {
        case NOT -> NOT;
        case BIT_NOT -> PRIMARY;
        default -> UNARY;
      };
    }
    if (e instanceof Expr.IsNull || e instanceof Expr.InList || e instanceof Expr.InQuery) {
      return COMPARE;
    }
    if (e instanceof Expr.Like || e instanceof Expr.Quantified) {
      return COMPARE;
    }
    if (e instanceof Expr.Between) {
      return BETWEEN;
    }
    if (e instanceof Expr.Exists ex && ex.negated()) {
      return NOT;
    }
    if (e instanceof Expr.Literal l
        && l.kind() == LiteralKind.NUMBER
        && l.value().startsWith("-")) {
      return UNARY;
    }
    return PRIMARY;
  }

  /** Date-time plus or minus an interval: written as DATE_ADD/DATE_SUB, a function call. */
  static boolean isIntervalArithmetic(Expr.Binary b) {
    return b.right() instanceof Expr.IntervalLiteral
        || (MyTypeOf.isTemporal(MyTypeOf.of(b.left()))
            && !(b.right() instanceof Expr.Literal l && l.kind() == LiteralKind.NULL));
  }

  @Override
  public Void visitLiteral(Expr.Literal e) {
    String v = e.value();
    switch (e.kind()) {
      case NULL -> r.write("NULL");
      case STRING, NATIONAL_STRING -> r.write(MySqlNames.literal(v));
      case NUMBER -> r.write(v);
      case BOOLEAN -> r.write(Boolean.parseBoolean(v) ? "TRUE" : "FALSE");
      case DATE -> r.write("DATE " + MySqlNames.literal(v));
      case TIME -> r.write("TIME " + MySqlNames.literal(v));
      case TIMESTAMP -> r.write("TIMESTAMP " + MySqlNames.literal(v));
      case TIMESTAMP_TZ -> {
        SqlWriter.Mark start = r.out.mark();
        r.write("TIMESTAMP " + MySqlNames.literal(localPart(v)));
        r.itemSince(
            start, MyItems.TIME_ZONE, "the zone of the literal " + v + " is dropped", null, v);
      }
      case BINARY -> r.write("X'" + v + "'");
    }
    return null;
  }

  /** {@code YYYY-MM-DD HH:MI:SS[.fff]} of a literal with a zone after it. */
  private static String localPart(String v) {
    int firstSpace = v.indexOf(' ');
    if (firstSpace < 0) {
      return v;
    }
    int second = v.indexOf(' ', firstSpace + 1);
    return second < 0 ? v : v.substring(0, second);
  }

  @Override
  public Void visitIntervalLiteral(Expr.IntervalLiteral e) {
    r.unsupported(
        MyItems.INTERVAL_TYPE,
        "MySQL has no interval values outside date arithmetic",
        null,
        "INTERVAL",
        MyDates.intervalSeconds(e));
    return null;
  }

  @Override
  public Void visitColumnRef(Expr.ColumnRef e) {
    if (e.name().size() == 2
        && r.routine != null
        && r.routine.scope.variable(MyVariables.key(r, e.name().parts().get(0))) != null) {
      // a field of a record variable (the T-SQL front end's loop record): a variable in MySQL
      MyVariables.read(r, new Expr.VariableRef(e.name(), e.type()));
      return null;
    }
    List<io.godwit.ir.Ident> parts = new ArrayList<>(e.name().parts());
    if (parts.size() > 3) {
      parts = parts.subList(parts.size() - 3, parts.size());
    }
    if (parts.size() == 2 && !r.qualifierRewrite.isEmpty()) {
      io.godwit.ir.Ident other =
          r.qualifierRewrite.get(parts.get(0).text().toLowerCase(java.util.Locale.ROOT));
      if (other != null) {
        parts.set(0, other);
      }
    }
    r.write(r.names.qualified(new io.godwit.ir.QName(parts)));
    return null;
  }

  @Override
  public Void visitVariableRef(Expr.VariableRef e) {
    MyVariables.read(r, e);
    return null;
  }

  @Override
  public Void visitPackageVar(Expr.PackageVar e) {
    MyPackages.read(r, e);
    return null;
  }

  @Override
  public Void visitRowRef(Expr.RowRef e) {
    MyTriggers.rowRef(r, e);
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
        // MySQL's bit operators work on BIGINT UNSIGNED: cast back to a signed number.
        r.write("CAST(~");
        operand(e.operand(), UNARY, false);
        r.write(" AS SIGNED)");
      }
      case PRIOR ->
          r.unsupported(
              MyItems.LEFTOVER_CONSTRUCT,
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
      case CONCAT -> concat(e);
      case CONCAT_NULL_AS_EMPTY -> concatNullAsEmpty(e);
      case BIT_AND, BIT_OR, BIT_XOR -> {
        r.write("CAST(");
        int own =
            e.op() == BinaryOp.BIT_AND ? BIT_AND : e.op() == BinaryOp.BIT_OR ? BIT_OR : BIT_XOR;
        operand(e.left(), own, false);
        r.write(" " + operator(e.op()) + " ");
        operand(e.right(), own, true);
        r.write(" AS SIGNED)");
      }
      case IS_DISTINCT_FROM -> {
        r.write("NOT ");
        operand(e.left(), COMPARE, false);
        r.write(" <=> ");
        operand(e.right(), COMPARE, true);
      }
      case ADD, SUBTRACT -> {
        if (isIntervalArithmetic(e)) {
          MyDates.arithmetic(r, e);
        } else {
          operand(e.left(), p, false);
          r.write(" " + operator(e.op()) + " ");
          operand(e.right(), p, true);
        }
      }
      default -> {
        operand(e.left(), p, false);
        r.write(" " + operator(e.op()) + " ");
        operand(e.right(), p, true);
      }
    }
    return null;
  }

  /** {@code ||} that propagates NULL: MySQL's CONCAT does the same. */
  private void concat(Expr.Binary e) {
    List<Expr> operands = new ArrayList<>();
    flatten(e, BinaryOp.CONCAT, operands);
    r.write("CONCAT(");
    r.exprs(operands);
    r.write(")");
  }

  /**
   * Oracle's || ignores NULL operands and, since Oracle has no empty string, yields NULL when
   * everything is NULL or empty: {@code NULLIF(CONCAT_WS('', a, b, ...), '')}. The NULLIF is left
   * out when a non-empty string literal makes an empty result impossible.
   */
  private void concatNullAsEmpty(Expr.Binary e) {
    List<Expr> operands = new ArrayList<>();
    flatten(e, BinaryOp.CONCAT_NULL_AS_EMPTY, operands);
    boolean canBeEmpty = true;
    for (Expr o : operands) {
      if (o instanceof Expr.Literal l
          && (l.kind() == LiteralKind.STRING || l.kind() == LiteralKind.NATIONAL_STRING)
          && !l.value().isEmpty()) {
        canBeEmpty = false;
      }
    }
    if (canBeEmpty) {
      r.write("NULLIF(");
    }
    r.write("CONCAT_WS('', ");
    r.exprs(operands);
    r.write(")");
    if (canBeEmpty) {
      r.write(", '')");
    }
  }

  private static void flatten(Expr e, BinaryOp op, List<Expr> into) {
    if (e instanceof Expr.Binary b && b.op() == op) {
      flatten(b.left(), op, into);
      flatten(b.right(), op, into);
    } else {
      into.add(e);
    }
  }

  static String operator(BinaryOp op) {
    return switch (op) {
      case ADD -> "+";
      case SUBTRACT -> "-";
      case MULTIPLY -> "*";
      case DIVIDE -> "/";
      case INT_DIVIDE -> "DIV";
      case MODULO -> "%";
      case CONCAT, CONCAT_NULL_AS_EMPTY -> "||";
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
      case BIT_XOR -> "^";
      case IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM -> "<=>";
    };
  }

  @Override
  public Void visitBetween(Expr.Between e) {
    operand(e.value(), COMPARE, false);
    r.write(e.negated() ? " NOT BETWEEN " : " BETWEEN ");
    operand(e.low(), COMPARE, true);
    r.write(" AND ");
    operand(e.high(), COMPARE, true);
    return null;
  }

  @Override
  public Void visitInList(Expr.InList e) {
    operand(e.value(), COMPARE, false);
    r.write(e.negated() ? " NOT IN (" : " IN (");
    r.exprs(e.list());
    r.write(")");
    return null;
  }

  @Override
  public Void visitInQuery(Expr.InQuery e) {
    operand(e.value(), COMPARE, false);
    r.write(e.negated() ? " NOT IN (" : " IN (");
    r.queries().subqueryWithoutLimit(e.query());
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
    if (e.query() != null) {
      operand(e.value(), COMPARE, false);
      r.write(" " + operator(e.comparison()) + (e.all() ? " ALL (" : " ANY ("));
      r.queries().subqueryWithoutLimit(e.query());
      r.write(")");
      return null;
    }
    // A list: each comparison spelled out keeps the three-valued result of ANY and ALL.
    if (e.list().isEmpty()) {
      r.write(e.all() ? "TRUE" : "FALSE");
      return null;
    }
    r.write("(");
    for (int i = 0; i < e.list().size(); i++) {
      if (i > 0) {
        r.write(e.all() ? " AND " : " OR ");
      }
      operand(e.value(), COMPARE, false);
      r.write(" " + operator(e.comparison()) + " ");
      operand(e.list().get(i), COMPARE, true);
    }
    r.write(")");
    return null;
  }

  @Override
  public Void visitIsNull(Expr.IsNull e) {
    operand(e.value(), COMPARE, false);
    r.write(e.negated() ? " IS NOT NULL" : " IS NULL");
    return null;
  }

  /**
   * LIKE: MySQL treats a backslash in the pattern as an escape by default, the sources do not; a
   * literal pattern with a backslash gets an ESCAPE character it does not contain.
   */
  @Override
  public Void visitLike(Expr.Like e) {
    operand(e.value(), COMPARE, false);
    r.write(e.negated() ? " NOT LIKE " : " LIKE ");
    operand(e.pattern(), COMPARE, true);
    if (e.escape() != null) {
      r.write(" ESCAPE ");
      operand(e.escape(), COMPARE, true);
    } else if (e.pattern() instanceof Expr.Literal l
        && l.value() != null
        && l.value().indexOf('\\') >= 0) {
      for (char c : new char[] {'|', '!', '#', '~', '^'}) {
        if (l.value().indexOf(c) < 0) {
          r.write(" ESCAPE '" + c + "'");
          break;
        }
      }
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

  /** Whether {@code value} is written as a value of MySQL type {@code type} already. */
  private boolean alreadyOfType(Expr value, String type) {
    if (value instanceof Expr.Cast c && !c.tryCast()) {
      return type.equals(r.types.cast(c.type()));
    }
    return "DATETIME".equals(type)
        && value instanceof Expr.Builtin b
        && b.fn() == io.godwit.ir.expr.BuiltinFn.DATE_TRUNC
        && (b.part() == null || b.part().compareTo(io.godwit.ir.expr.DatePart.SECOND) <= 0);
  }

  @Override
  public Void visitCast(Expr.Cast e) {
    SqlWriter.Mark start = r.out.mark();
    String type = r.types.cast(e.type());
    if (type == null) {
      e.value().accept(this);
      r.itemSince(
          start,
          MyItems.UNSUPPORTED_TYPE,
          "MySQL cannot CAST to "
              + (e.type().source() == null ? e.type().kind() : e.type().source())
              + ": the value is used as it is",
          null,
          e.type().source());
      return null;
    }
    boolean uuidBinary =
        e.type().kind() == io.godwit.ir.TypeKind.UUID
            && r.target.uuid() == MySqlTarget.Uuid.BINARY16;
    boolean newUuidBytes =
        (e.type().kind() == io.godwit.ir.TypeKind.BINARY
                || e.type().kind() == io.godwit.ir.TypeKind.VARBINARY)
            && e.value() instanceof Expr.Builtin b
            && b.fn() == io.godwit.ir.expr.BuiltinFn.NEW_UUID;
    if (uuidBinary) {
      MyUuids.toBinary(r, e.value());
    } else if (alreadyOfType(e.value(), type)) {
      e.value().accept(this);
    } else if (newUuidBytes) {
      // SYS_GUID() as RAW(16): the sixteen bytes, not the first sixteen characters of the text.
      MyUuids.newUuidBytes(r);
    } else {
      r.write("CAST(");
      e.value().accept(this);
      r.write(" AS " + type + ")");
    }
    if (e.tryCast()) {
      r.itemSince(
          start,
          MyItems.TRY_CAST,
          "TRY_CAST/TRY_CONVERT became CAST: MySQL gives a warning and a truncated value where"
              + " the source returned NULL",
          null,
          null);
    }
    if (e.type().kind() == io.godwit.ir.TypeKind.TIMESTAMP_TZ
        || e.type().kind() == io.godwit.ir.TypeKind.TIME_TZ) {
      r.itemSince(start, MyItems.TIME_ZONE, "a cast to a type with a time zone", null, null);
    }
    return null;
  }

  @Override
  public Void visitFunctionCall(Expr.FunctionCall e) {
    functions.call(e);
    return null;
  }

  @Override
  public Void visitBuiltin(Expr.Builtin e) {
    builtins.write(e);
    return null;
  }

  @Override
  public Void visitStringAgg(Expr.StringAgg e) {
    functions.stringAgg(e, false);
    return null;
  }

  void orderItems(List<OrderItem> items) {
    windows.orderItems(items);
  }

  @Override
  public Void visitWindow(Expr.Window e) {
    if (e.function() instanceof Expr.StringAgg sa) {
      functions.stringAgg(sa, true);
      return null;
    }
    windows.window(e);
    return null;
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
    MySequences.value(r, e);
    return null;
  }

  @Override
  public Void visitStar(Expr.Star e) {
    if (e.qualifier() != null) {
      r.table(e.qualifier());
      r.write(".");
    }
    r.write("*");
    return null;
  }

  @Override
  public Void visitNamedArg(Expr.NamedArg e) {
    r.unsupported(
        MyItems.NAMED_ARGS,
        "MySQL has no named arguments: " + e.name().text() + " is passed by position",
        null,
        e.name().text() + " =>",
        "");
    e.value().accept(this);
    return null;
  }

  @Override
  public Void visitElement(Expr.Element e) {
    r.unsupported(
        MyItems.COLLECTION,
        "collection elements have no MySQL form",
        null,
        "collection element",
        "NULL");
    return null;
  }

  @Override
  public Void visitField(Expr.Field e) {
    r.unsupported(
        MyItems.UNSUPPORTED_TYPE,
        "a field of an object or record value (" + e.field().text() + ") has no MySQL form",
        null,
        "." + e.field().text(),
        "NULL");
    return null;
  }

  @Override
  public Void visitOuterJoinMarker(Expr.OuterJoinMarker e) {
    r.unsupported(
        MyItems.LEFTOVER_CONSTRUCT,
        "an Oracle (+) outer join could not be turned into an ANSI join",
        null,
        "(+)",
        "");
    e.column().accept(this);
    return null;
  }

  @Override
  public Void visitAtTimeZone(Expr.AtTimeZone e) {
    SqlWriter.Mark start = r.out.mark();
    r.write("CONVERT_TZ(");
    e.value().accept(this);
    r.write(", @@session.time_zone, ");
    e.zone().accept(this);
    r.write(")");
    r.itemSince(
        start,
        MyItems.TIME_ZONE,
        "AT TIME ZONE became CONVERT_TZ from the session time zone: MySQL values carry no zone"
            + " (named zones need the server's time-zone tables)",
        null,
        null);
    return null;
  }

  /** A parameter of dynamic SQL: MySQL's prepared statements take {@code ?} by position. */
  @Override
  public Void visitPlaceholder(Expr.Placeholder e) {
    r.write("?");
    return null;
  }

  @Override
  public Void visitEmbeddedSql(Expr.EmbeddedSql e) {
    r.write(MySqlNames.literal(r.embedded(e.statement())));
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
}
