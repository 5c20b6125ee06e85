package io.godwit.cli;

import io.godwit.dialect.DatabaseAccessException;
import io.godwit.load.ddl.DdlException;
import io.godwit.load.engine.LoadException;
import io.godwit.load.mapping.MappingException;
import io.godwit.load.state.StateException;
import io.godwit.service.LoadSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command as one line, {@code godwit: <what happened>}, and exits with 1. The stack
 * trace is printed only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  /** Exit code of a command that failed at run time. */
  static final int FAILED = 1;

  private final GodwitCommand root;

  ErrorReporter(GodwitCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    cmd.getErr().println("godwit: " + message(ex));
    if (root.debug()) {
      ex.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("(run again with --debug for details)");
    }
    cmd.getErr().flush();
    return FAILED;
  }

  static String message(Throwable ex) {
    if (ex instanceof DatabaseAccessException
        || ex instanceof UserError
        || ex instanceof LoadSetupException
        || ex instanceof LoadException
        || ex instanceof StateException
        || ex instanceof MappingException
        || ex instanceof DdlException) {
      return ex.getMessage();
    }
    if (ex instanceof UncheckedIOException u) {
      return message(u.getCause());
    }
    if (ex instanceof IOException) {
      return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
    String text = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return "internal error: " + text;
  }
}
