package io.godwit.ir.expr;

/** Dispatches on the kinds of {@link Expr}. */
public interface ExprVisitor<R> {

  R visitLiteral(Expr.Literal e);

  R visitIntervalLiteral(Expr.IntervalLiteral e);

  R visitColumnRef(Expr.ColumnRef e);

  R visitVariableRef(Expr.VariableRef e);

  R visitPackageVar(Expr.PackageVar e);

  R visitRowRef(Expr.RowRef e);

  R visitUnary(Expr.Unary e);

  R visitBinary(Expr.Binary e);

  R visitBetween(Expr.Between e);

  R visitInList(Expr.InList e);

  R visitInQuery(Expr.InQuery e);

  R visitExists(Expr.Exists e);

  R visitQuantified(Expr.Quantified e);

  R visitIsNull(Expr.IsNull e);

  R visitLike(Expr.Like e);

  R visitCase(Expr.Case e);

  R visitCast(Expr.Cast e);

  R visitFunctionCall(Expr.FunctionCall e);

  R visitBuiltin(Expr.Builtin e);

  R visitStringAgg(Expr.StringAgg e);

  R visitWindow(Expr.Window e);

  R visitScalarSubquery(Expr.ScalarSubquery e);

  R visitRowValue(Expr.RowValue e);

  R visitSequenceValue(Expr.SequenceValue e);

  R visitStar(Expr.Star e);

  R visitNamedArg(Expr.NamedArg e);

  R visitElement(Expr.Element e);

  R visitField(Expr.Field e);

  R visitOuterJoinMarker(Expr.OuterJoinMarker e);

  R visitAtTimeZone(Expr.AtTimeZone e);

  R visitPlaceholder(Expr.Placeholder e);

  R visitEmbeddedSql(Expr.EmbeddedSql e);

  R visitDefaultValue(Expr.DefaultValue e);

  R visitUnsupported(Expr.Unsupported e);
}
