package io.godwit.convert;

/**
 * A script to convert.
 *
 * @param name the path as the user gave it, used in spans and reports
 * @param text the whole content
 */
public record ScriptInput(String name, String text) {}
