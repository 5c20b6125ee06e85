package io.godwit.load;

/**
 * Receives notes about values a reader changed on purpose (a MySQL zero date read as NULL). The
 * task counts them per table, column and message, and logs each once.
 */
@FunctionalInterface
public interface NoteSink {

  void note(String column, String message);

  /** A sink that drops notes. */
  static NoteSink none() {
    return (column, message) -> {};
  }
}
