package io.godwit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code godwit} launcher. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CommandLine.defaultFactory());
  }

  /** The command line with subcommands made by {@code factory} (tests inject services). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    GodwitCommand root = new GodwitCommand();
    CommandLine cli = new CommandLine(root, factory);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new ErrorReporter(root));
    cli.setParameterExceptionHandler(new UsageErrorReporter());
    return cli;
  }
}
