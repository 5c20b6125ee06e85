package io.godwit.dialect.oracle.script;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.SourceSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  /** The object types Oracle's wrap utility obfuscates. */
  private static final Set<String> WRAPPABLE =
      Set.of("PACKAGE", "PACKAGE BODY", "PROCEDURE", "FUNCTION", "TYPE", "TYPE BODY");

  /**
   * Whether this is wrapped PL/SQL ({@code CREATE PACKAGE BODY name wrapped a000000 ...}): the
   * parser stopped at the word {@code wrapped} right after the object's name. Such a statement
   * cannot be read, not merely not parsed.
   */
  public boolean wrapped() {
    if (failure == null
        || failure.reason() != ParseFailure.Reason.SYNTAX
        || name == null
        || objectType == null
        || !WRAPPABLE.contains(objectType.toUpperCase(Locale.ROOT))
        || !"WRAPPED".equals(failure.offendingText().toUpperCase(Locale.ROOT))) {
      return false;
    }
    Token previous = null;
    for (Token t : tokens) {
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (t.getLine() == failure.line() && t.getCharPositionInLine() + 1 == failure.column()) {
        return previous != null && unquoted(previous.getText()).equalsIgnoreCase(name);
      }
      previous = t;
    }
    return false;
  }

  private static String unquoted(String text) {
    return text.length() > 1 && text.charAt(0) == '"' ? text.substring(1, text.length() - 1) : text;
  }

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
