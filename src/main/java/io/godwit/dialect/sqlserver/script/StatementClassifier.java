package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.parser.TSqlParserBaseVisitor;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.RuleNode;

/**
 * Says what each top-level statement of a batch is: its kind, the object it is about and how it
 * creates it. Only the statement's own node is inspected, never the statements nested in it.
 */
final class StatementClassifier extends TSqlParserBaseVisitor<StatementClassifier.Facts> {

  /** What the classifier found out about one statement. */
  record Facts(
      StatementKind kind,
      String objectType,
      ObjectName object,
      ObjectName parent,
      CreateMode mode) {

    static Facts of(StatementKind kind, String objectType, ObjectName object) {
      return new Facts(kind, objectType, object, null, CreateMode.NONE);
    }

    static Facts of(StatementKind kind) {
      return of(kind, null, null);
    }

    Facts withParent(ObjectName table) {
      return new Facts(kind, objectType, object, table, mode);
    }

    Facts withMode(CreateMode how) {
      return new Facts(kind, objectType, object, parent, how);
    }
  }

  /** The statement behind a node of a batch's top level. */
  ParsedStatement classify(ParserRuleContext node, BatchText source) {
    if (node instanceof TSqlParser.StatementContext) {
      TSqlParser.StatementContext guarded =
          GuardedDefinition.guarded((TSqlParser.StatementContext) node);
      if (guarded != null) {
        Facts inner = facts(guarded);
        if (GuardedDefinition.DEFINITIONS.contains(inner.kind())) {
          return statement(inner, true, guarded, source);
        }
      }
    }
    return statement(facts(node), false, node, source);
  }

  private Facts facts(ParserRuleContext node) {
    Facts facts = node.accept(this);
    return facts == null ? Facts.of(StatementKind.OTHER) : facts;
  }

  private static ParsedStatement statement(
      Facts facts, boolean guarded, ParserRuleContext node, BatchText source) {
    return new ParsedStatement(
        facts.kind(),
        facts.objectType(),
        facts.object(),
        facts.parent(),
        facts.mode(),
        guarded,
        source.spanOf(node),
        node);
  }

  @Override
  public Facts visitChildren(RuleNode node) {
    return null;
  }

  @Override
  public Facts visitStatement(TSqlParser.StatementContext ctx) {
    return ctx.getChild(0).accept(this);
  }

  @Override
  public Facts visitRoutineDefinition(TSqlParser.RoutineDefinitionContext ctx) {
    return ctx.getChild(0).accept(this);
  }

  // --- routines, views, triggers -------------------------------------------------------------

  @Override
  public Facts visitCreateProcedure(TSqlParser.CreateProcedureContext ctx) {
    return definition(
        StatementKind.CREATE_PROCEDURE, "PROCEDURE", ctx.qualifiedName(0), ctx.createOrAlter());
  }

  @Override
  public Facts visitCreateTrigger(TSqlParser.CreateTriggerContext ctx) {
    Facts facts =
        definition(
            StatementKind.CREATE_TRIGGER, "TRIGGER", ctx.qualifiedName(0), ctx.createOrAlter());
    return ctx.qualifiedName().size() > 1
        ? facts.withParent(TsqlNames.objectName(ctx.qualifiedName(1)))
        : facts;
  }

  @Override
  public Facts visitCreateFunctionStatement(TSqlParser.CreateFunctionStatementContext ctx) {
    return definition(
        StatementKind.CREATE_FUNCTION, "FUNCTION", ctx.qualifiedName(), ctx.createOrAlter());
  }

  @Override
  public Facts visitCreateViewStatement(TSqlParser.CreateViewStatementContext ctx) {
    return definition(StatementKind.CREATE_VIEW, "VIEW", ctx.qualifiedName(), ctx.createOrAlter());
  }

  private static Facts definition(
      StatementKind kind,
      String type,
      TSqlParser.QualifiedNameContext name,
      TSqlParser.CreateOrAlterContext how) {
    CreateMode mode =
        how.ALTER() == null
            ? CreateMode.CREATE
            : how.CREATE() == null ? CreateMode.ALTER : CreateMode.CREATE_OR_ALTER;
    return Facts.of(kind, type, TsqlNames.objectName(name)).withMode(mode);
  }

  // --- tables and indexes ----------------------------------------------------------------------

  @Override
  public Facts visitCreateTableStatement(TSqlParser.CreateTableStatementContext ctx) {
    return created(StatementKind.CREATE_TABLE, "TABLE", ctx.qualifiedName());
  }

  @Override
  public Facts visitAlterTableStatement(TSqlParser.AlterTableStatementContext ctx) {
    return Facts.of(StatementKind.ALTER_TABLE, "TABLE", TsqlNames.objectName(ctx.qualifiedName()))
        .withMode(CreateMode.ALTER);
  }

  @Override
  public Facts visitRowstoreIndex(TSqlParser.RowstoreIndexContext ctx) {
    return index(ctx.name, ctx.qualifiedName());
  }

  @Override
  public Facts visitColumnstoreIndex(TSqlParser.ColumnstoreIndexContext ctx) {
    return index(ctx.name, ctx.qualifiedName());
  }

  @Override
  public Facts visitXmlIndex(TSqlParser.XmlIndexContext ctx) {
    return index(ctx.name, ctx.qualifiedName());
  }

  private static Facts index(
      TSqlParser.IdentifierContext name, TSqlParser.QualifiedNameContext table) {
    return Facts.of(StatementKind.CREATE_INDEX, "INDEX", ObjectName.of(TsqlNames.name(name)))
        .withParent(TsqlNames.objectName(table))
        .withMode(CreateMode.CREATE);
  }

  @Override
  public Facts visitAlterIndexStatement(TSqlParser.AlterIndexStatementContext ctx) {
    String name = ctx.name == null ? "ALL" : TsqlNames.name(ctx.name);
    return Facts.of(StatementKind.ALTER_INDEX, "INDEX", ObjectName.of(name))
        .withParent(TsqlNames.objectName(ctx.qualifiedName()))
        .withMode(CreateMode.ALTER);
  }

  // --- other objects -------------------------------------------------------------------------

  @Override
  public Facts visitCreateSequenceStatement(TSqlParser.CreateSequenceStatementContext ctx) {
    return created(StatementKind.CREATE_SEQUENCE, "SEQUENCE", ctx.qualifiedName());
  }

  @Override
  public Facts visitAlterSequenceStatement(TSqlParser.AlterSequenceStatementContext ctx) {
    return Facts.of(
            StatementKind.ALTER_SEQUENCE, "SEQUENCE", TsqlNames.objectName(ctx.qualifiedName()))
        .withMode(CreateMode.ALTER);
  }

  @Override
  public Facts visitCreateSynonymStatement(TSqlParser.CreateSynonymStatementContext ctx) {
    return created(StatementKind.CREATE_SYNONYM, "SYNONYM", ctx.name)
        .withParent(TsqlNames.objectName(ctx.target));
  }

  @Override
  public Facts visitAliasType(TSqlParser.AliasTypeContext ctx) {
    return created(StatementKind.CREATE_TYPE, "TYPE", ctx.qualifiedName());
  }

  @Override
  public Facts visitTableType(TSqlParser.TableTypeContext ctx) {
    return created(StatementKind.CREATE_TYPE, "TYPE", ctx.qualifiedName());
  }

  @Override
  public Facts visitExternalType(TSqlParser.ExternalTypeContext ctx) {
    return created(StatementKind.CREATE_TYPE, "TYPE", ctx.qualifiedName(0));
  }

  @Override
  public Facts visitCreateSchemaStatement(TSqlParser.CreateSchemaStatementContext ctx) {
    TSqlParser.IdentifierContext name = ctx.name != null ? ctx.name : ctx.owner;
    return Facts.of(StatementKind.CREATE_SCHEMA, "SCHEMA", ObjectName.of(TsqlNames.name(name)))
        .withMode(CreateMode.CREATE);
  }

  @Override
  public Facts visitAlterSchemaStatement(TSqlParser.AlterSchemaStatementContext ctx) {
    return Facts.of(
            StatementKind.ALTER_SCHEMA, "SCHEMA", ObjectName.of(TsqlNames.name(ctx.identifier(0))))
        .withParent(TsqlNames.objectName(ctx.qualifiedName()))
        .withMode(CreateMode.ALTER);
  }

  @Override
  public Facts visitCreatePartitionFunction(TSqlParser.CreatePartitionFunctionContext ctx) {
    return Facts.of(
            StatementKind.CREATE_PARTITIONING,
            "PARTITION FUNCTION",
            ObjectName.of(TsqlNames.name(ctx.identifier())))
        .withMode(CreateMode.CREATE);
  }

  @Override
  public Facts visitCreatePartitionScheme(TSqlParser.CreatePartitionSchemeContext ctx) {
    return Facts.of(
            StatementKind.CREATE_PARTITIONING,
            "PARTITION SCHEME",
            ObjectName.of(TsqlNames.name(ctx.identifier(1))))
        .withMode(CreateMode.CREATE);
  }

  private static Facts created(
      StatementKind kind, String type, TSqlParser.QualifiedNameContext name) {
    return Facts.of(kind, type, TsqlNames.objectName(name)).withMode(CreateMode.CREATE);
  }

  // --- DROP, permissions, principals ---------------------------------------------------------

  @Override
  public Facts visitDropObjects(TSqlParser.DropObjectsContext ctx) {
    String type = ctx.dropObjectType().getText().toUpperCase(Locale.ROOT);
    if (type.equals("PROC")) {
      type = "PROCEDURE";
    } else if (type.startsWith("PARTITION")) {
      type = type.equals("PARTITIONFUNCTION") ? "PARTITION FUNCTION" : "PARTITION SCHEME";
    }
    return Facts.of(StatementKind.DROP, type, TsqlNames.objectName(ctx.qualifiedName(0)));
  }

  @Override
  public Facts visitDropIndex(TSqlParser.DropIndexContext ctx) {
    TSqlParser.DropIndexItemContext item = ctx.dropIndexItem(0);
    if (item.identifier() != null) {
      return Facts.of(StatementKind.DROP, "INDEX", ObjectName.of(TsqlNames.name(item.identifier())))
          .withParent(TsqlNames.objectName(item.qualifiedName()));
    }
    ObjectName legacy = TsqlNames.objectName(item.qualifiedName());
    ObjectName table =
        legacy.schema() == null
            ? null
            : new ObjectName(null, legacy.server(), legacy.database(), legacy.schema());
    return Facts.of(StatementKind.DROP, "INDEX", ObjectName.of(legacy.name())).withParent(table);
  }

  @Override
  public Facts visitDropStatistics(TSqlParser.DropStatisticsContext ctx) {
    return Facts.of(StatementKind.DROP, "STATISTICS", TsqlNames.objectName(ctx.qualifiedName(0)));
  }

  @Override
  public Facts visitGrantStatement(TSqlParser.GrantStatementContext ctx) {
    return permission("GRANT", ctx.securable());
  }

  @Override
  public Facts visitDenyStatement(TSqlParser.DenyStatementContext ctx) {
    return permission("DENY", ctx.securable());
  }

  @Override
  public Facts visitRevokeStatement(TSqlParser.RevokeStatementContext ctx) {
    return permission("REVOKE", ctx.securable());
  }

  private static Facts permission(String verb, TSqlParser.SecurableContext on) {
    return Facts.of(
        StatementKind.GRANT, verb, on == null ? null : TsqlNames.objectName(on.qualifiedName()));
  }

  @Override
  public Facts visitCreateUser(TSqlParser.CreateUserContext ctx) {
    return principal("USER", ctx.identifier(0), CreateMode.CREATE);
  }

  @Override
  public Facts visitCreateLogin(TSqlParser.CreateLoginContext ctx) {
    return principal("LOGIN", ctx.identifier(), CreateMode.CREATE);
  }

  @Override
  public Facts visitCreateRole(TSqlParser.CreateRoleContext ctx) {
    return principal("ROLE", ctx.identifier(0), CreateMode.CREATE);
  }

  @Override
  public Facts visitAlterRole(TSqlParser.AlterRoleContext ctx) {
    return principal("ROLE", ctx.identifier(0), CreateMode.ALTER);
  }

  @Override
  public Facts visitAlterUser(TSqlParser.AlterUserContext ctx) {
    return principal("USER", ctx.identifier(), CreateMode.ALTER);
  }

  @Override
  public Facts visitAlterLogin(TSqlParser.AlterLoginContext ctx) {
    return principal("LOGIN", ctx.identifier(), CreateMode.ALTER);
  }

  @Override
  public Facts visitAlterAuthorization(TSqlParser.AlterAuthorizationContext ctx) {
    return Facts.of(
        StatementKind.SECURITY,
        "AUTHORIZATION",
        TsqlNames.objectName(ctx.securable().qualifiedName()));
  }

  private static Facts principal(String type, TSqlParser.IdentifierContext name, CreateMode mode) {
    return Facts.of(StatementKind.SECURITY, type, ObjectName.of(TsqlNames.name(name)))
        .withMode(mode);
  }

  // --- DML -----------------------------------------------------------------------------------

  @Override
  public Facts visitDmlStatement(TSqlParser.DmlStatementContext ctx) {
    if (ctx.insertStatement() != null) {
      return dml("INSERT", ctx.insertStatement().dmlTarget());
    }
    if (ctx.updateStatement() != null) {
      return dml("UPDATE", ctx.updateStatement().dmlTarget());
    }
    if (ctx.deleteStatement() != null) {
      return dml("DELETE", ctx.deleteStatement().dmlTarget());
    }
    if (ctx.mergeStatement() != null) {
      return dml("MERGE", ctx.mergeStatement().dmlTarget());
    }
    return Facts.of(StatementKind.DML, "SELECT", null);
  }

  private static Facts dml(String verb, TSqlParser.DmlTargetContext target) {
    ObjectName table =
        target.qualifiedName() != null
            ? TsqlNames.objectName(target.qualifiedName())
            : target.VARIABLE() != null ? ObjectName.of(target.VARIABLE().getText()) : null;
    return Facts.of(StatementKind.DML, verb, table);
  }

  @Override
  public Facts visitBulkInsertStatement(TSqlParser.BulkInsertStatementContext ctx) {
    return Facts.of(StatementKind.DML, "BULK INSERT", TsqlNames.objectName(ctx.qualifiedName()));
  }

  @Override
  public Facts visitTruncateTableStatement(TSqlParser.TruncateTableStatementContext ctx) {
    return Facts.of(StatementKind.TRUNCATE, "TABLE", TsqlNames.objectName(ctx.qualifiedName()));
  }

  // --- procedural ----------------------------------------------------------------------------

  @Override
  public Facts visitDeclareVariables(TSqlParser.DeclareVariablesContext ctx) {
    return Facts.of(StatementKind.DECLARE, "VARIABLE", null);
  }

  @Override
  public Facts visitDeclareTableVariable(TSqlParser.DeclareTableVariableContext ctx) {
    return Facts.of(
        StatementKind.DECLARE, "TABLE VARIABLE", ObjectName.of(ctx.VARIABLE().getText()));
  }

  @Override
  public Facts visitDeclareCursor(TSqlParser.DeclareCursorContext ctx) {
    return Facts.of(StatementKind.DECLARE, "CURSOR", ObjectName.of(TsqlNames.name(ctx.cursorName)));
  }

  @Override
  public Facts visitSetVariable(TSqlParser.SetVariableContext ctx) {
    return Facts.of(StatementKind.ASSIGNMENT, "VARIABLE", ObjectName.of(ctx.VARIABLE().getText()));
  }

  @Override
  public Facts visitSetCursorVariable(TSqlParser.SetCursorVariableContext ctx) {
    return Facts.of(StatementKind.ASSIGNMENT, "CURSOR", ObjectName.of(ctx.VARIABLE().getText()));
  }

  @Override
  public Facts visitSetVariableMethod(TSqlParser.SetVariableMethodContext ctx) {
    return Facts.of(StatementKind.ASSIGNMENT, "VARIABLE", ObjectName.of(ctx.VARIABLE().getText()));
  }

  @Override
  public Facts visitSetIdentityInsert(TSqlParser.SetIdentityInsertContext ctx) {
    return Facts.of(
        StatementKind.SET_OPTION, "IDENTITY_INSERT", TsqlNames.objectName(ctx.qualifiedName()));
  }

  @Override
  public Facts visitSetTransactionIsolation(TSqlParser.SetTransactionIsolationContext ctx) {
    return Facts.of(
        StatementKind.SET_OPTION, "OPTION", ObjectName.of("TRANSACTION ISOLATION LEVEL"));
  }

  @Override
  public Facts visitSetStatistics(TSqlParser.SetStatisticsContext ctx) {
    return Facts.of(StatementKind.SET_OPTION, "OPTION", ObjectName.of("STATISTICS"));
  }

  @Override
  public Facts visitSetOnOff(TSqlParser.SetOnOffContext ctx) {
    return option(ctx.setOptionName(0));
  }

  @Override
  public Facts visitSetOptionWithValue(TSqlParser.SetOptionWithValueContext ctx) {
    return option(ctx.setOptionName());
  }

  private static Facts option(TSqlParser.SetOptionNameContext name) {
    return Facts.of(StatementKind.SET_OPTION, "OPTION", ObjectName.of(TsqlNames.name(name)));
  }

  @Override
  public Facts visitUseStatement(TSqlParser.UseStatementContext ctx) {
    return Facts.of(StatementKind.USE, "DATABASE", ObjectName.of(TsqlNames.name(ctx.identifier())));
  }

  @Override
  public Facts visitExecuteProcedure(TSqlParser.ExecuteProcedureContext ctx) {
    TSqlParser.QualifiedNameContext name = ctx.procedureReference().qualifiedName();
    return execute(name == null ? null : TsqlNames.objectName(name));
  }

  @Override
  public Facts visitImplicitExecute(TSqlParser.ImplicitExecuteContext ctx) {
    return execute(TsqlNames.fromParts(ctx.children));
  }

  private static Facts execute(ObjectName procedure) {
    String name = procedure == null ? "" : procedure.name().toLowerCase(Locale.ROOT);
    boolean property =
        name.equals("sp_addextendedproperty") || name.equals("sp_updateextendedproperty");
    return Facts.of(
        property ? StatementKind.EXTENDED_PROPERTY : StatementKind.EXECUTE, "PROCEDURE", procedure);
  }

  @Override
  public Facts visitExecuteDynamic(TSqlParser.ExecuteDynamicContext ctx) {
    return Facts.of(StatementKind.EXECUTE, "DYNAMIC SQL", null);
  }

  @Override
  public Facts visitExecuteAsStatement(TSqlParser.ExecuteAsStatementContext ctx) {
    return Facts.of(StatementKind.SECURITY, "EXECUTE AS", null);
  }

  @Override
  public Facts visitBeginTransaction(TSqlParser.BeginTransactionContext ctx) {
    return Facts.of(StatementKind.TRANSACTION, "BEGIN", null);
  }

  @Override
  public Facts visitCommitTransaction(TSqlParser.CommitTransactionContext ctx) {
    return Facts.of(StatementKind.TRANSACTION, "COMMIT", null);
  }

  @Override
  public Facts visitRollbackTransaction(TSqlParser.RollbackTransactionContext ctx) {
    return Facts.of(StatementKind.TRANSACTION, "ROLLBACK", null);
  }

  @Override
  public Facts visitSaveTransaction(TSqlParser.SaveTransactionContext ctx) {
    return Facts.of(StatementKind.TRANSACTION, "SAVE", null);
  }

  @Override
  public Facts visitOpenCursor(TSqlParser.OpenCursorContext ctx) {
    return Facts.of(StatementKind.CURSOR, "OPEN", null);
  }

  @Override
  public Facts visitFetchCursor(TSqlParser.FetchCursorContext ctx) {
    return Facts.of(StatementKind.CURSOR, "FETCH", null);
  }

  @Override
  public Facts visitCloseCursor(TSqlParser.CloseCursorContext ctx) {
    return Facts.of(StatementKind.CURSOR, "CLOSE", null);
  }

  @Override
  public Facts visitDeallocateCursor(TSqlParser.DeallocateCursorContext ctx) {
    return Facts.of(StatementKind.CURSOR, "DEALLOCATE", null);
  }

  @Override
  public Facts visitIfStatement(TSqlParser.IfStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "IF", null);
  }

  @Override
  public Facts visitWhileStatement(TSqlParser.WhileStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "WHILE", null);
  }

  @Override
  public Facts visitBlockStatement(TSqlParser.BlockStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "BEGIN", null);
  }

  @Override
  public Facts visitTryCatchStatement(TSqlParser.TryCatchStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "TRY", null);
  }

  @Override
  public Facts visitPrintStatement(TSqlParser.PrintStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "PRINT", null);
  }

  @Override
  public Facts visitReturnStatement(TSqlParser.ReturnStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "RETURN", null);
  }

  @Override
  public Facts visitBreakStatement(TSqlParser.BreakStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "BREAK", null);
  }

  @Override
  public Facts visitContinueStatement(TSqlParser.ContinueStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "CONTINUE", null);
  }

  @Override
  public Facts visitGotoStatement(TSqlParser.GotoStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "GOTO", null);
  }

  @Override
  public Facts visitLabelStatement(TSqlParser.LabelStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "LABEL", null);
  }

  @Override
  public Facts visitWaitforStatement(TSqlParser.WaitforStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "WAITFOR", null);
  }

  @Override
  public Facts visitRaiserrorCall(TSqlParser.RaiserrorCallContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "RAISERROR", null);
  }

  @Override
  public Facts visitRaiserrorLegacy(TSqlParser.RaiserrorLegacyContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "RAISERROR", null);
  }

  @Override
  public Facts visitThrowStatement(TSqlParser.ThrowStatementContext ctx) {
    return Facts.of(StatementKind.CONTROL_FLOW, "THROW", null);
  }

  // --- maintenance ---------------------------------------------------------------------------

  @Override
  public Facts visitCreateStatistics(TSqlParser.CreateStatisticsContext ctx) {
    return Facts.of(
            StatementKind.MAINTENANCE,
            "STATISTICS",
            ObjectName.of(TsqlNames.name(ctx.identifier())))
        .withParent(TsqlNames.objectName(ctx.qualifiedName()))
        .withMode(CreateMode.CREATE);
  }

  @Override
  public Facts visitUpdateStatistics(TSqlParser.UpdateStatisticsContext ctx) {
    return Facts.of(StatementKind.MAINTENANCE, "STATISTICS", null)
        .withParent(TsqlNames.objectName(ctx.qualifiedName()));
  }

  @Override
  public Facts visitDbccStatement(TSqlParser.DbccStatementContext ctx) {
    return Facts.of(StatementKind.MAINTENANCE, "DBCC", ObjectName.of(ctx.command.getText()));
  }

  @Override
  public Facts visitBackupDatabase(TSqlParser.BackupDatabaseContext ctx) {
    return Facts.of(
        StatementKind.MAINTENANCE, "BACKUP", ObjectName.of(TsqlNames.name(ctx.identifier())));
  }

  @Override
  public Facts visitRestoreDatabase(TSqlParser.RestoreDatabaseContext ctx) {
    return Facts.of(
        StatementKind.MAINTENANCE, "RESTORE", ObjectName.of(TsqlNames.name(ctx.identifier())));
  }

  @Override
  public Facts visitCreateDatabase(TSqlParser.CreateDatabaseContext ctx) {
    return Facts.of(
            StatementKind.MAINTENANCE, "DATABASE", ObjectName.of(TsqlNames.name(ctx.identifier())))
        .withMode(CreateMode.CREATE);
  }

  @Override
  public Facts visitAlterDatabase(TSqlParser.AlterDatabaseContext ctx) {
    return Facts.of(StatementKind.MAINTENANCE, "DATABASE", null).withMode(CreateMode.ALTER);
  }

  @Override
  public Facts visitCheckpointStatement(TSqlParser.CheckpointStatementContext ctx) {
    return Facts.of(StatementKind.MAINTENANCE, "CHECKPOINT", null);
  }

  @Override
  public Facts visitKillStatement(TSqlParser.KillStatementContext ctx) {
    return Facts.of(StatementKind.MAINTENANCE, "KILL", null);
  }

  @Override
  public Facts visitReconfigureStatement(TSqlParser.ReconfigureStatementContext ctx) {
    return Facts.of(StatementKind.MAINTENANCE, "RECONFIGURE", null);
  }

  @Override
  public Facts visitShutdownStatement(TSqlParser.ShutdownStatementContext ctx) {
    return Facts.of(StatementKind.MAINTENANCE, "SHUTDOWN", null);
  }

  @Override
  public Facts visitRevertStatement(TSqlParser.RevertStatementContext ctx) {
    return Facts.of(StatementKind.SECURITY, "REVERT", null);
  }

  @Override
  public Facts visitEnableTriggerStatement(TSqlParser.EnableTriggerStatementContext ctx) {
    return Facts.of(StatementKind.OTHER, "TRIGGER", TsqlNames.objectName(ctx.qualifiedName(0)));
  }
}
