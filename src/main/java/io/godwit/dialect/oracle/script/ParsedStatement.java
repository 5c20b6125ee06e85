package io.godwit.dialect.oracle.script;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.SourceSpan;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * One statement of a script.
 *
 * @param kind what the statement is
 * @param objectType the object's type as Oracle names it ({@code "TABLE"}, {@code "PACKAGE BODY"},
 *     {@code "MATERIALIZED VIEW"}, the dropped object's type for DROP, ...), or null
 * @param schema the object's schema: quoted names exactly, unquoted ones upper-cased; null when the
 *     statement does not say
 * @param name the object's name, normalised the same way; null when the statement names none
 * @param text the statement's text as written, from its first token to its last
 * @param span where the statement is in the file
 * @param tree the parse tree, or null when parsing failed
 * @param failure why parsing failed, or null
 * @param usedLl whether the statement needed the full-context (LL) second stage
 * @param tokens the statement's tokens (default and hidden channels, no white space), for hints and
 *     comments; token indexes are relative to this list
 */
public record ParsedStatement(
    StatementKind kind,
    String objectType,
    String schema,
    String name,
    String text,
    SourceSpan span,
    PlSqlParser.StatementContext tree,
    ParseFailure failure,
    boolean usedLl,
    List<Token> tokens) {

  /** Whether the statement parsed. */
  public boolean parsed() {
    return failure == null;
  }

  /** "SCHEMA.NAME", "NAME" or null. */
  public String qualifiedName() {
    if (name == null) {
      return null;
    }
    return schema == null ? name : schema + "." + name;
  }
}
