package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Recognises a definition behind an existence check, as SSMS and DBAs write them:
 *
 * <pre>
 * IF NOT EXISTS (SELECT * FROM sys.objects WHERE ...) BEGIN CREATE TABLE ... END
 * IF OBJECT_ID(N'dbo.t', N'U') IS NOT NULL DROP TABLE dbo.t
 * </pre>
 *
 * Such a statement is reported as the definition it guards, flagged as guarded.
 */
final class GuardedDefinition {

  /** The kinds of statement a guard may hide. */
  static final Set<StatementKind> DEFINITIONS =
      EnumSet.of(
          StatementKind.CREATE_TABLE,
          StatementKind.ALTER_TABLE,
          StatementKind.CREATE_INDEX,
          StatementKind.ALTER_INDEX,
          StatementKind.CREATE_VIEW,
          StatementKind.CREATE_FUNCTION,
          StatementKind.CREATE_SEQUENCE,
          StatementKind.ALTER_SEQUENCE,
          StatementKind.CREATE_SYNONYM,
          StatementKind.CREATE_TYPE,
          StatementKind.CREATE_SCHEMA,
          StatementKind.CREATE_PARTITIONING,
          StatementKind.EXTENDED_PROPERTY,
          StatementKind.DROP,
          StatementKind.GRANT,
          StatementKind.SECURITY);

  private GuardedDefinition() {}

  /** The statement an IF guards, if the IF is an existence check around one statement. */
  static TSqlParser.StatementContext guarded(TSqlParser.StatementContext statement) {
    TSqlParser.IfStatementContext condition = statement.ifStatement();
    if (condition == null
        || condition.elseStatement != null
        || !existenceCheck(condition.searchCondition())) {
      return null;
    }
    TSqlParser.StatementContext body = condition.thenStatement;
    if (body.blockStatement() != null) {
      List<TSqlParser.StatementContext> inner = body.blockStatement().statementList().statement();
      body = inner.size() == 1 ? inner.get(0) : null;
    }
    return body;
  }

  /** Whether a condition tests for existence: EXISTS (...) or ... IS [NOT] NULL, maybe negated. */
  private static boolean existenceCheck(ParseTree condition) {
    if (condition instanceof TSqlParser.ExistsConditionContext
        || condition instanceof TSqlParser.IsNullConditionContext) {
      return true;
    }
    if (condition instanceof TSqlParser.NotConditionContext
        || condition instanceof TSqlParser.ParenthesizedConditionContext) {
      for (int i = 0; i < condition.getChildCount(); i++) {
        if (condition.getChild(i) instanceof TSqlParser.SearchConditionContext) {
          return existenceCheck(condition.getChild(i));
        }
      }
    }
    return false;
  }
}
