package io.godwit.load.engine;

/**
 * Why a segment, a table or the whole task could not go on, and what that means for the rest of the
 * task.
 */
public final class LoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What the failure means. */
  public enum Scope {
    /** A lost connection: the segment may be tried again. */
    RETRY,
    /** This table cannot load as it is; others go on. */
    TABLE,
    /** The whole task stops (error policy "stop", or connections that do not come back). */
    TASK,
    /** The task was cancelled. */
    CANCELLED
  }

  private final Scope scope;

  LoadException(Scope scope, String message, Throwable cause) {
    super(message, cause);
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  static LoadException table(String message) {
    return new LoadException(Scope.TABLE, message, null);
  }

  static LoadException table(String message, Throwable cause) {
    return new LoadException(Scope.TABLE, message, cause);
  }

  static LoadException task(String message, Throwable cause) {
    return new LoadException(Scope.TASK, message, cause);
  }

  static LoadException retry(String message, Throwable cause) {
    return new LoadException(Scope.RETRY, message, cause);
  }

  static LoadException cancelled() {
    return new LoadException(Scope.CANCELLED, "cancelled", null);
  }
}
