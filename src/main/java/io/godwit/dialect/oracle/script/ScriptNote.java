package io.godwit.dialect.oracle.script;

import io.godwit.ir.SourceSpan;

/**
 * Something in a script that was skipped although it changes what the script means when SQL*Plus
 * runs it. Always informational: the statements themselves were read.
 */
public record ScriptNote(Kind kind, String message, SourceSpan span) {

  /** What the note is about; stable names, for action-item codes. */
  public enum Kind {
    /** {@code @file}, {@code @@file} or START: the included script was not read. */
    INCLUDE_NOT_FOLLOWED,
    /** {@code &name} or {@code &&name} left in a statement: its value was not substituted. */
    SUBSTITUTION_VARIABLE,
    /** WHENEVER SQLERROR / OSERROR: error handling of the script is not reproduced. */
    ERROR_HANDLING,
    /** CONNECT or DISCONNECT: statements after it may run as another user. */
    CONNECTION_CHANGE,
    /** ALTER SESSION SET CURRENT_SCHEMA: unqualified names after it resolve elsewhere. */
    SCHEMA_CHANGE,
    /** SET DEFINE, SET SCAN, SET ESCAPE, SET CONCAT: changes how substitution works. */
    SUBSTITUTION_SETTING,
    /** SET SQLBLANKLINES, SQLTERMINATOR, BLOCKTERMINATOR, CMDSEP: changes how statements end. */
    TERMINATOR_SETTING,
    /** EXIT or QUIT before the end of the script: SQL*Plus would not run what follows. */
    EXIT_BEFORE_END,
    /** HOST or {@code !}: an operating-system command. */
    HOST_COMMAND,
    /** A {@code /} after a statement that already ran: SQL*Plus runs it a second time. */
    STATEMENT_RERUN
  }
}
