package io.godwit.ir;

import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.ExprVisitor;

/** Rebuilds an expression with its children rewritten by the owning {@link IrRewriter}. */
final class ExprRewriter implements ExprVisitor<Expr> {

  private final IrRewriter r;

  ExprRewriter(IrRewriter rewriter) {
    this.r = rewriter;
  }

  @Override
  public Expr visitLiteral(Expr.Literal e) {
    return e;
  }

  @Override
  public Expr visitIntervalLiteral(Expr.IntervalLiteral e) {
    return e;
  }

  @Override
  public Expr visitColumnRef(Expr.ColumnRef e) {
    return e;
  }

  @Override
  public Expr visitVariableRef(Expr.VariableRef e) {
    return e;
  }

  @Override
  public Expr visitPackageVar(Expr.PackageVar e) {
    return e;
  }

  @Override
  public Expr visitRowRef(Expr.RowRef e) {
    return e;
  }

  @Override
  public Expr visitUnary(Expr.Unary e) {
    return new Expr.Unary(e.op(), r.expr(e.operand()));
  }

  @Override
  public Expr visitBinary(Expr.Binary e) {
    return new Expr.Binary(e.op(), r.expr(e.left()), r.expr(e.right()));
  }

  @Override
  public Expr visitBetween(Expr.Between e) {
    return new Expr.Between(r.expr(e.value()), r.expr(e.low()), r.expr(e.high()), e.negated());
  }

  @Override
  public Expr visitInList(Expr.InList e) {
    return new Expr.InList(r.expr(e.value()), r.exprs(e.list()), e.negated());
  }

  @Override
  public Expr visitInQuery(Expr.InQuery e) {
    return new Expr.InQuery(r.expr(e.value()), r.query(e.query()), e.negated());
  }

  @Override
  public Expr visitExists(Expr.Exists e) {
    return new Expr.Exists(r.query(e.query()), e.negated());
  }

  @Override
  public Expr visitQuantified(Expr.Quantified e) {
    return new Expr.Quantified(
        e.comparison(), r.expr(e.value()), e.all(), r.query(e.query()), r.exprs(e.list()));
  }

  @Override
  public Expr visitIsNull(Expr.IsNull e) {
    return new Expr.IsNull(r.expr(e.value()), e.negated());
  }

  @Override
  public Expr visitLike(Expr.Like e) {
    return new Expr.Like(r.expr(e.value()), r.expr(e.pattern()), r.expr(e.escape()), e.negated());
  }

  @Override
  public Expr visitCase(Expr.Case e) {
    return new Expr.Case(
        r.expr(e.operand()),
        IrRewriter.list(e.whens(), w -> new Expr.When(r.expr(w.condition()), r.expr(w.result()))),
        r.expr(e.otherwise()));
  }

  @Override
  public Expr visitCast(Expr.Cast e) {
    return new Expr.Cast(r.expr(e.value()), e.type(), e.tryCast());
  }

  @Override
  public Expr visitFunctionCall(Expr.FunctionCall e) {
    return new Expr.FunctionCall(
        e.name(),
        r.exprs(e.args()),
        e.distinct(),
        IrRewriter.list(e.withinGroup(), r::order),
        r.expr(e.filter()),
        e.type(),
        e.span());
  }

  @Override
  public Expr visitBuiltin(Expr.Builtin e) {
    return new Expr.Builtin(e.fn(), r.exprs(e.args()), e.part(), e.span());
  }

  @Override
  public Expr visitStringAgg(Expr.StringAgg e) {
    return new Expr.StringAgg(
        r.expr(e.value()),
        r.expr(e.separator()),
        e.distinct(),
        IrRewriter.list(e.order(), r::order));
  }

  @Override
  public Expr visitWindow(Expr.Window e) {
    Expr.Frame f = e.frame();
    Expr.Frame frame =
        f == null
            ? null
            : new Expr.Frame(
                f.unit(),
                new Expr.FrameBound(f.start().kind(), r.expr(f.start().offset())),
                new Expr.FrameBound(f.end().kind(), r.expr(f.end().offset())));
    return new Expr.Window(
        r.expr(e.function()),
        r.exprs(e.partitionBy()),
        IrRewriter.list(e.orderBy(), r::order),
        frame);
  }

  @Override
  public Expr visitScalarSubquery(Expr.ScalarSubquery e) {
    return new Expr.ScalarSubquery(r.query(e.query()));
  }

  @Override
  public Expr visitRowValue(Expr.RowValue e) {
    return new Expr.RowValue(r.exprs(e.items()));
  }

  @Override
  public Expr visitSequenceValue(Expr.SequenceValue e) {
    return e;
  }

  @Override
  public Expr visitStar(Expr.Star e) {
    return e;
  }

  @Override
  public Expr visitNamedArg(Expr.NamedArg e) {
    return new Expr.NamedArg(e.name(), r.expr(e.value()));
  }

  @Override
  public Expr visitElement(Expr.Element e) {
    return new Expr.Element(r.expr(e.collection()), r.expr(e.index()));
  }

  @Override
  public Expr visitField(Expr.Field e) {
    return new Expr.Field(r.expr(e.base()), e.field());
  }

  @Override
  public Expr visitOuterJoinMarker(Expr.OuterJoinMarker e) {
    return new Expr.OuterJoinMarker(r.expr(e.column()));
  }

  @Override
  public Expr visitAtTimeZone(Expr.AtTimeZone e) {
    return new Expr.AtTimeZone(r.expr(e.value()), r.expr(e.zone()));
  }

  @Override
  public Expr visitPlaceholder(Expr.Placeholder e) {
    return e;
  }

  @Override
  public Expr visitEmbeddedSql(Expr.EmbeddedSql e) {
    return new Expr.EmbeddedSql(r.stmt(e.statement()));
  }

  @Override
  public Expr visitDefaultValue(Expr.DefaultValue e) {
    return e;
  }

  @Override
  public Expr visitUnsupported(Expr.Unsupported e) {
    return e;
  }
}
