package io.godwit.project;

import java.io.IOException;

/** A project could not be opened or saved; the message is one line a user can act on. */
public final class ProjectException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The folder is not a project, or does not exist. */
    NOT_A_PROJECT,
    /** The project file or one of its edit files cannot be read. */
    DAMAGED,
    /** The project was saved by a newer Godwit. */
    NEWER_VERSION,
    /** Writing failed. */
    WRITE_FAILED
  }

  private final Reason reason;

  public ProjectException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
