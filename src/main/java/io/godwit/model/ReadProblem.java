package io.godwit.model;

/**
 * Something that exists in the source but could not be read: a wrapped or encrypted routine, a
 * missing permission. Kept so the assessment counts it instead of dropping it.
 *
 * @param kind the object kind
 * @param object the object name
 * @param reason what prevented reading it, for people
 */
public record ReadProblem(ObjectKind kind, String object, String reason) {}
