package io.godwit.dialect.oracle.script;

import java.util.List;

/**
 * What reading a script statement by statement leaves besides the statements themselves.
 *
 * @param source the script's text; use it for the span and original text of any tree node
 * @param notes what SQL*Plus would have done differently from reading the statements alone
 * @param sqlPlusCommands the SQL*Plus commands that were skipped, in file order
 * @param statements how many statements were read
 * @param failures how many of them failed to parse
 * @param needingLl how many needed the full-context (LL) stage
 */
public record ScriptSummary(
    SourceText source,
    List<ScriptNote> notes,
    List<SqlPlusCommand> sqlPlusCommands,
    int statements,
    int failures,
    int needingLl) {}
