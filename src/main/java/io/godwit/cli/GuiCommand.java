package io.godwit.cli;

import io.godwit.ui.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code godwit gui}: opens the workbench window. */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = {
      "Open the Godwit workbench.",
      "With --demo, opens the bundled demo project (works offline)."
    })
final class GuiCommand implements Callable<Integer> {

  @Option(names = "--demo", description = "Open the bundled demo project.")
  boolean demo;

  @Parameters(paramLabel = "PROJECT_DIR", arity = "0..1", description = "A project folder to open.")
  Path project;

  @Override
  public Integer call() {
    if (project != null && !Files.isDirectory(project)) {
      throw new UserError("no such project folder: " + project);
    }
    if (demo && project != null) {
      throw new UserError("give either --demo or a project folder, not both");
    }
    try {
      Workbench.launch(VersionProvider.version(), demo, project);
    } catch (UnsupportedOperationException | IllegalStateException e) {
      // JavaFX reports a missing display or toolkit this way.
      throw new UserError(
          "cannot open the workbench window: "
              + e.getMessage()
              + " (it needs a graphical session; DISPLAY="
              + System.getenv("DISPLAY")
              + ")");
    }
    return 0;
  }
}
