package io.godwit.dialect.oracle.script;

import io.godwit.ir.SourceSpan;

/**
 * A SQL*Plus command line that was recognised and skipped.
 *
 * @param name the command's full name ({@code PROMPT} for {@code PRO}), {@code @}, {@code @@},
 *     {@code !}, or {@code /} for a slash that is not a statement's terminator
 * @param text the command line as written (continuation lines included)
 * @param span where it is
 */
public record SqlPlusCommand(String name, String text, SourceSpan span) {}
