package io.godwit.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the workbench; {@code godwit gui} calls this. */
public final class Workbench {

  private Workbench() {}

  /**
   * Opens the workbench window and returns when it is closed.
   *
   * @param version the Godwit version
   * @param demo open the bundled demo project
   * @param project a project folder to open, or null
   */
  public static void launch(String version, boolean demo, Path project) {
    List<String> args = new ArrayList<>();
    args.add("--version=" + version);
    if (demo) {
      args.add("--demo");
    }
    if (project != null) {
      args.add(project.toAbsolutePath().toString());
    }
    Application.launch(GodwitApp.class, args.toArray(new String[0]));
  }

  /** Where demos are installed: {@code --demo-dir=}, else the user's data folder. */
  static Path demoRoot(String version, List<String> args) {
    String dir = option(args, "--demo-dir=", null);
    if (dir != null) {
      return Path.of(dir);
    }
    String data = System.getenv("XDG_DATA_HOME");
    Path base =
        data != null && !data.isBlank()
            ? Path.of(data)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("godwit").resolve("demo").resolve(version);
  }

  /** The project folder argument, or null. */
  static String project(List<String> args) {
    for (String a : args) {
      if (!a.startsWith("--")) {
        return a;
      }
    }
    return null;
  }

  static String option(List<String> args, String prefix, String fallback) {
    for (String a : args) {
      if (a.startsWith(prefix)) {
        return a.substring(prefix.length());
      }
    }
    return fallback;
  }
}
