package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Prints expressions and search conditions as prefix s-expressions, so that tests can state the
 * tree's shape in one line: {@code 1 + 2 * 3} becomes {@code (+ 1 (* 2 3))}.
 */
final class Sketch {

  private Sketch() {}

  static String of(ParseTree node) {
    if (node instanceof TSqlParser.AdditiveExprContext) {
      TSqlParser.AdditiveExprContext e = (TSqlParser.AdditiveExprContext) node;
      return binary(e.op.getText(), e.expression(0), e.expression(1));
    }
    if (node instanceof TSqlParser.MultiplicativeExprContext) {
      TSqlParser.MultiplicativeExprContext e = (TSqlParser.MultiplicativeExprContext) node;
      return binary(e.op.getText(), e.expression(0), e.expression(1));
    }
    if (node instanceof TSqlParser.UnaryExprContext) {
      TSqlParser.UnaryExprContext e = (TSqlParser.UnaryExprContext) node;
      return "(" + e.op.getText() + " " + of(e.expression()) + ")";
    }
    if (node instanceof TSqlParser.ParenthesizedExprContext) {
      return of(((TSqlParser.ParenthesizedExprContext) node).expression());
    }
    if (node instanceof TSqlParser.CollateExprContext) {
      TSqlParser.CollateExprContext e = (TSqlParser.CollateExprContext) node;
      return "(collate " + of(e.expression()) + " " + e.collation.getText() + ")";
    }
    if (node instanceof TSqlParser.MethodCallExprContext) {
      TSqlParser.MethodCallExprContext e = (TSqlParser.MethodCallExprContext) node;
      return "(." + e.method.getText() + " " + of(e.expression()) + args(e.expressionList()) + ")";
    }
    if (node instanceof TSqlParser.FunctionCallExprContext) {
      TSqlParser.FunctionCallContext call =
          ((TSqlParser.FunctionCallExprContext) node).functionCall();
      String name = call.functionName().getText();
      TSqlParser.FunctionArgumentsContext arguments = call.functionArguments();
      if (arguments == null) {
        return name + "()";
      }
      if (arguments instanceof TSqlParser.ValueArgumentsContext) {
        List<String> parts = new ArrayList<>();
        for (TSqlParser.ExpressionContext argument :
            ((TSqlParser.ValueArgumentsContext) arguments).expression()) {
          parts.add(of(argument));
        }
        return name + "(" + String.join(" ", parts) + ")";
      }
      return name + "(" + arguments.getText() + ")";
    }
    if (node instanceof TSqlParser.CastExprContext) {
      TSqlParser.CastExprContext e = (TSqlParser.CastExprContext) node;
      return "(cast " + of(e.expression()) + " " + e.dataType().getText() + ")";
    }
    if (node instanceof TSqlParser.ConvertExprContext) {
      TSqlParser.ConvertExprContext e = (TSqlParser.ConvertExprContext) node;
      return "(convert "
          + e.dataType().getText()
          + " "
          + of(e.expression(0))
          + (e.style == null ? "" : " " + of(e.style))
          + ")";
    }
    if (node instanceof TSqlParser.NotConditionContext) {
      return "(NOT " + of(((TSqlParser.NotConditionContext) node).searchCondition()) + ")";
    }
    if (node instanceof TSqlParser.AndConditionContext) {
      TSqlParser.AndConditionContext c = (TSqlParser.AndConditionContext) node;
      return binary("AND", c.searchCondition(0), c.searchCondition(1));
    }
    if (node instanceof TSqlParser.OrConditionContext) {
      TSqlParser.OrConditionContext c = (TSqlParser.OrConditionContext) node;
      return binary("OR", c.searchCondition(0), c.searchCondition(1));
    }
    if (node instanceof TSqlParser.ParenthesizedConditionContext) {
      return of(((TSqlParser.ParenthesizedConditionContext) node).searchCondition());
    }
    if (node instanceof TSqlParser.ComparisonConditionContext) {
      TSqlParser.ComparisonConditionContext c = (TSqlParser.ComparisonConditionContext) node;
      return binary(c.comparisonOperator().getText(), c.expression(0), c.expression(1));
    }
    if (node instanceof TSqlParser.BetweenConditionContext) {
      TSqlParser.BetweenConditionContext c = (TSqlParser.BetweenConditionContext) node;
      return "("
          + (c.NOT() == null ? "" : "NOT ")
          + "BETWEEN "
          + of(c.expression(0))
          + " "
          + of(c.low)
          + " "
          + of(c.high)
          + ")";
    }
    if (node instanceof TSqlParser.IsNullConditionContext) {
      TSqlParser.IsNullConditionContext c = (TSqlParser.IsNullConditionContext) node;
      return "(" + (c.NOT() == null ? "IS NULL " : "IS NOT NULL ") + of(c.expression()) + ")";
    }
    if (node instanceof TSqlParser.LikeConditionContext) {
      TSqlParser.LikeConditionContext c = (TSqlParser.LikeConditionContext) node;
      return binary(c.NOT() == null ? "LIKE" : "NOT LIKE", c.expression(0), c.pattern);
    }
    if (node instanceof TSqlParser.InConditionContext) {
      TSqlParser.InConditionContext c = (TSqlParser.InConditionContext) node;
      String list = c.subquery() != null ? "subquery" : args(c.expressionList()).trim();
      return "(" + (c.NOT() == null ? "IN " : "NOT IN ") + of(c.expression()) + " " + list + ")";
    }
    if (node instanceof TSqlParser.SubqueryExprContext) {
      return "subquery";
    }
    if (node instanceof TSqlParser.ExistsConditionContext) {
      return "(EXISTS subquery)";
    }
    return node.getText();
  }

  private static String binary(String op, ParserRuleContext left, ParserRuleContext right) {
    return "(" + op + " " + of(left) + " " + of(right) + ")";
  }

  private static String args(TSqlParser.ExpressionListContext list) {
    if (list == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (TSqlParser.ExpressionContext argument : list.expression()) {
      out.append(' ').append(of(argument));
    }
    return out.toString();
  }
}
