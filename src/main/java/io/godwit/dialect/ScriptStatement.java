package io.godwit.dialect;

/**
 * One statement cut out of a script.
 *
 * @param text the statement without its terminator
 * @param line the 1-based line where it starts in the script
 */
public record ScriptStatement(String text, int line) {}
