package io.godwit.load.ddl;

/** A converted DDL directory that cannot be used, described in one line. */
public final class DdlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DdlException(String message, Throwable cause) {
    super(message, cause);
  }
}
