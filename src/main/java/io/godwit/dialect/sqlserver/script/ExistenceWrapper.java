package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Recognises the wrapper SSMS writes when "check for object existence" is on:
 *
 * <pre>
 * IF NOT EXISTS (SELECT * FROM sys.objects WHERE ...)
 * EXEC dbo.sp_executesql @statement = N'CREATE VIEW ...'
 * </pre>
 *
 * and the same with {@code EXEC('CREATE ...')}, with BEGIN/END around the EXEC, or without the IF.
 * The batch must hold nothing else, and the literal must be a single string (not an expression).
 */
final class ExistenceWrapper {

  private ExistenceWrapper() {}

  /** The string literal token holding the wrapped text, or null if the batch is no wrapper. */
  static Token wrappedLiteral(TSqlParser.BatchContext tree) {
    if (!(tree instanceof TSqlParser.StatementBatchContext)) {
      return null;
    }
    TSqlParser.StatementContext statement =
        single(((TSqlParser.StatementBatchContext) tree).statementList());
    if (statement != null && statement.ifStatement() != null) {
      TSqlParser.IfStatementContext condition = statement.ifStatement();
      statement = condition.elseStatement == null ? condition.thenStatement : null;
    }
    if (statement != null && statement.blockStatement() != null) {
      statement = single(statement.blockStatement().statementList());
    }
    if (statement == null || statement.executeStatement() == null) {
      return null;
    }
    return literal(statementText(statement.executeStatement()));
  }

  private static TSqlParser.StatementContext single(TSqlParser.StatementListContext list) {
    List<TSqlParser.StatementContext> statements = list.statement();
    return statements.size() == 1 ? statements.get(0) : null;
  }

  private static TSqlParser.ExpressionContext statementText(
      TSqlParser.ExecuteStatementContext execute) {
    if (execute instanceof TSqlParser.ExecuteProcedureContext) {
      TSqlParser.ExecuteProcedureContext call = (TSqlParser.ExecuteProcedureContext) execute;
      TSqlParser.QualifiedNameContext name = call.procedureReference().qualifiedName();
      if (call.returnStatus != null
          || name == null
          || !"sp_executesql".equalsIgnoreCase(TsqlNames.objectName(name).name())
          || call.executeArguments() == null
          || call.executeArguments().executeArgument().size() != 1) {
        return null;
      }
      TSqlParser.ExecuteArgumentContext argument = call.executeArguments().executeArgument(0);
      boolean named = argument.parameter != null;
      if ((named && !"@statement".equalsIgnoreCase(argument.parameter.getText()))
          || argument.OUTPUT() != null
          || argument.OUT() != null) {
        return null;
      }
      return argument.expression();
    }
    if (execute instanceof TSqlParser.ExecuteDynamicContext) {
      TSqlParser.ExecuteDynamicContext dynamic = (TSqlParser.ExecuteDynamicContext) execute;
      if (dynamic.expression().size() != 1 || dynamic.AT() != null || dynamic.AS() != null) {
        return null;
      }
      return dynamic.expression(0);
    }
    return null;
  }

  private static Token literal(TSqlParser.ExpressionContext expression) {
    if (!(expression instanceof TSqlParser.LiteralExprContext)) {
      return null;
    }
    TSqlParser.LiteralContext literal = ((TSqlParser.LiteralExprContext) expression).literal();
    return literal.STRING() == null ? null : literal.STRING().getSymbol();
  }
}
