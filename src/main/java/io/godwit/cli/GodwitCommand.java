package io.godwit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code godwit} command. */
@Command(
    name = "godwit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Migrate Oracle and SQL Server databases to PostgreSQL and MySQL.",
    subcommands = {
      InspectCommand.class,
      ConvertCommand.class,
      ApplyCommand.class,
      AssessCommand.class,
      LoadCommand.class,
      GuiCommand.class
    },
    usageHelpAutoWidth = true)
public final class GodwitCommand implements Runnable {

  @Option(
      names = "--debug",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Log what happens (catalog SQL included) and show stack traces on errors.")
  void setDebug(boolean debug) {
    this.debug = debug;
    if (debug) {
      Logging.enableDebug();
    }
  }

  private boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  boolean debug() {
    return debug;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
