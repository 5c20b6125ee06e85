package io.godwit.ui.notify;

import io.godwit.dialect.DatabaseAccessException;
import io.godwit.project.CredentialSeal;
import io.godwit.project.ProjectException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns failures into what the user reads: one line, and details made of the messages of the
 * causes. Stack traces go to the log file at debug level, never to the screen.
 */
public final class Problems {

  private Problems() {}

  /** One line describing {@code failure}. */
  public static String describe(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof DatabaseAccessException
        || t instanceof ProjectException
        || t instanceof CredentialSeal.WrongPassphraseException
        || t instanceof IllegalArgumentException) {
      return text(t);
    }
    if (t instanceof NoSuchFileException) {
      return "no such file or folder: " + t.getMessage();
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied: " + t.getMessage();
    }
    if (t instanceof FileAlreadyExistsException) {
      return "already exists: " + t.getMessage();
    }
    if (t instanceof IOException) {
      return text(t);
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory: start Godwit with more (GODWIT_OPTS=-Xmx4g)";
    }
    return "internal error: " + text(t) + " (please report it with the log file)";
  }

  /** A notice for a failure while {@code doing} something ("Converting"). */
  public static Notice notice(String doing, Throwable failure) {
    return new Notice(
        Notice.Level.ERROR, doing + " failed: " + describe(failure), details(doing, failure));
  }

  /** The details: what was being done, then every distinct message along the cause chain. */
  public static String details(String doing, Throwable failure) {
    StringBuilder out = new StringBuilder(doing).append(" failed.\n");
    Set<String> seen = new LinkedHashSet<>();
    Throwable t = failure;
    int depth = 0;
    while (t != null && depth++ < 10) {
      String m = text(t);
      if (seen.add(m)) {
        out.append(depth == 1 ? "\n" : "\ncaused by: ").append(m);
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return out.toString();
  }

  private static Throwable unwrap(Throwable t) {
    Throwable x = t;
    while ((x instanceof UncheckedIOException
            || x instanceof java.util.concurrent.ExecutionException
            || x instanceof java.util.concurrent.CompletionException)
        && x.getCause() != null) {
      x = x.getCause();
    }
    return x;
  }

  private static String text(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
  }
}
