package io.godwit.dialect.sqlserver.script;

import io.godwit.ir.SourceSpan;

/**
 * Why a batch could not be parsed, and where.
 *
 * @param kind what went wrong
 * @param message a one-line description for the user
 * @param line the file line of the offending text (1-based)
 * @param column the file column of the offending text (1-based)
 * @param offendingText the token the parser stopped at, or an empty string at the end of a batch
 * @param span the offending token's span in the file
 */
public record ParseFailure(
    Kind kind, String message, int line, int column, String offendingText, SourceSpan span) {

  /** What went wrong. */
  public enum Kind {
    /** The text is not T-SQL this grammar knows. */
    SYNTAX,
    /** Parsing took longer than the batch's time budget. */
    TIME_BUDGET,
    /** The batch nests deeper than the parser's stack allows. */
    TOO_DEEP,
    /** The parser itself failed; the message says how. */
    INTERNAL
  }

  /** "file:line:column: message", for logs and action items. */
  public String describe() {
    return span.file() == null
        ? line + ":" + column + ": " + message
        : span.file() + ":" + line + ":" + column + ": " + message;
  }
}
