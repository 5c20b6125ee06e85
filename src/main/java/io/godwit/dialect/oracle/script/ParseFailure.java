package io.godwit.dialect.oracle.script;

import io.godwit.ir.SourceSpan;

/**
 * Why a statement could not be parsed, and where.
 *
 * @param reason the kind of failure
 * @param message what went wrong, for a person
 * @param line 1-based line of the offending token in the file
 * @param column 1-based column of the offending token
 * @param offendingText the offending token's text (empty at the end of the statement)
 * @param span the offending token's span, or the statement's for time and depth failures
 */
public record ParseFailure(
    Reason reason, String message, int line, int column, String offendingText, SourceSpan span) {

  /** The kinds of failure. */
  public enum Reason {
    /** The text is not Oracle SQL or PL/SQL the grammar knows. */
    SYNTAX,
    /** Parsing took longer than the statement's time budget. */
    TIME_BUDGET,
    /** The statement nests deeper than the parser's stack allows. */
    TOO_DEEP
  }

  /** "line:column: message", for reports. */
  public String describe() {
    return line + ":" + column + ": " + message;
  }
}
