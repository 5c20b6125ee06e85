package io.godwit.service;

/** A load that cannot start, described in one line a user can act on. */
public final class LoadSetupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LoadSetupException(String message) {
    super(message);
  }

  public LoadSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
