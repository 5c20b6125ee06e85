package io.godwit.dialect.sqlserver.script;

import io.godwit.ir.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One top-level statement of a batch.
 *
 * @param kind what the statement does
 * @param objectType the kind of object it defines, changes or drops ("TABLE", "PROCEDURE", "INDEX",
 *     ...), the verb of a DML statement ("SELECT", "INSERT", ...), "OPTION" or "IDENTITY_INSERT"
 *     for SET, or null
 * @param object the object's name (for USE the database, for SET the option, for EXEC the
 *     procedure), or null
 * @param parent the table an index, trigger or statistics object belongs to, or the target of a
 *     synonym; otherwise null
 * @param mode CREATE, CREATE OR ALTER or ALTER for definitions; NONE otherwise
 * @param guarded whether the statement stands behind an existence check ({@code IF NOT EXISTS (...)
 *     CREATE ...}, {@code IF OBJECT_ID(...) IS NOT NULL DROP ...}); then {@code tree} and {@code
 *     span} are those of the guarded statement, not of the IF
 * @param span where the statement is in the file
 * @param tree the parse tree: a {@code TSqlParser.StatementContext}, or for the batch-level forms a
 *     {@code RoutineDefinitionContext} (CREATE/ALTER PROCEDURE or TRIGGER) or an {@code
 *     ImplicitExecuteContext} (a procedure call without EXEC)
 */
public record ParsedStatement(
    StatementKind kind,
    String objectType,
    ObjectName object,
    ObjectName parent,
    CreateMode mode,
    boolean guarded,
    SourceSpan span,
    ParserRuleContext tree) {

  /** The object's database, or null. */
  public String database() {
    return object == null ? null : object.database();
  }

  /** The object's schema, or null. */
  public String schema() {
    return object == null ? null : object.schema();
  }

  /** The object's own name, or null. */
  public String name() {
    return object == null ? null : object.name();
  }
}
