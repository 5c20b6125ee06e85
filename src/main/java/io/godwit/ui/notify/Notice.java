package io.godwit.ui.notify;

/**
 * A notification for the user: one line, with details to open on demand. Never a stack trace.
 *
 * @param level how serious
 * @param message what happened, in one line
 * @param details more: what was being done, the reasons behind the message; may be empty
 */
public record Notice(Level level, String message, String details) {

  /** How serious a notice is. */
  public enum Level {
    INFO,
    WARNING,
    ERROR
  }

  public static Notice info(String message) {
    return new Notice(Level.INFO, message, "");
  }

  public static Notice warning(String message, String details) {
    return new Notice(Level.WARNING, message, details);
  }
}
