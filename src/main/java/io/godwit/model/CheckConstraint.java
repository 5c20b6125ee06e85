package io.godwit.model;

/**
 * A check constraint.
 *
 * @param name the constraint name, or {@code null} when unnamed
 * @param expression the condition as source text, without the CHECK keyword
 */
public record CheckConstraint(String name, String expression) {}
