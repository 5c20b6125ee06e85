package io.godwit.ui.model;

/**
 * What happened to one object when the conversion was applied.
 *
 * @param applied whether it was created on the target
 * @param skipped whether it was not tried
 * @param error the target's message, or null
 * @param line the line of the failing statement in the object's SQL, or null
 */
public record ApplyOutcome(boolean applied, boolean skipped, String error, Integer line) {

  public boolean failed() {
    return !applied && !skipped;
  }
}
