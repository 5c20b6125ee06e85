package io.godwit.load.state;

/** A state file that cannot be read or written, described in one line. */
public final class StateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StateException(String message, Throwable cause) {
    super(message, cause);
  }
}
