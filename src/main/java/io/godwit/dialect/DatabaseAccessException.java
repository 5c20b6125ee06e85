package io.godwit.dialect;

/**
 * A database could not be used, described in one line a user can act on. The message never contains
 * a password.
 */
public final class DatabaseAccessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, for callers that react differently (exit codes, retry). */
  public enum Reason {
    NO_DRIVER,
    UNREACHABLE,
    AUTHENTICATION,
    UNKNOWN_DATABASE,
    UNKNOWN_SCHEMA,
    CONNECTION_LOST,
    PERMISSION,
    FAILED
  }

  private final Reason reason;

  public DatabaseAccessException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
