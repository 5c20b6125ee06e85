package io.godwit.load;

/**
 * Stands in a row for a value a reader or a conversion could not turn into its kind (a time of day
 * past 24 hours, a number that does not fit). The row is then handled by the task's error policy.
 *
 * @param column the column
 * @param message why the value is unusable
 * @param raw the value as the source gave it, for the reject file
 */
public record BadValue(String column, String message, String raw) {}
