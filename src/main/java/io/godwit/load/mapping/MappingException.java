package io.godwit.load.mapping;

/** A table-mapping document that cannot be used, described in one line. */
public final class MappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
