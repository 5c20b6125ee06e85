package io.godwit.ui.main;

import io.godwit.dialect.Secret;
import io.godwit.project.DemoProjects;
import io.godwit.project.Project;
import io.godwit.project.ProjectStore;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.WorkbenchState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** File menu commands: new, open, save, save as, the demos, and the unsaved-changes question. */
final class ProjectCommands {

  private final WorkbenchContext cx;
  private final SourceLoader loader;

  ProjectCommands(WorkbenchContext cx) {
    this.cx = cx;
    this.loader = new SourceLoader(cx.services());
  }

  /** Starts an empty project (after asking about unsaved changes). */
  void newProject() {
    whenSafeToLeave(
        () -> {
          SourceCommands.reset(
              cx.state(), Project.create("Untitled", cx.services().version()), null);
          cx.log().info("New project");
        });
  }

  /** Opens the project in {@code dir} and loads its source. */
  void open(Path dir) {
    whenSafeToLeave(() -> openNow(dir));
  }

  private void openNow(Path dir) {
    ProjectStore store = cx.services().store();
    cx.task()
        .start(
            "Opening " + dir.getFileName(),
            ctx -> {
              Project p = store.open(dir);
              SourceModel model = null;
              String sourceProblem = null;
              if (!p.file().source().isEmpty() && !p.file().source().isLive()) {
                try {
                  model = loader.load(p.file(), dir, Secret.none(), ctx);
                } catch (java.util.concurrent.CancellationException e) {
                  throw e;
                } catch (Exception e) {
                  sourceProblem = io.godwit.ui.notify.Problems.describe(e);
                }
              }
              return new Opened(p, model, sourceProblem);
            },
            opened -> {
              WorkbenchState state = cx.state();
              SourceCommands.reset(state, opened.project(), dir);
              state.sourceProperty().set(opened.model());
              cx.recent().add(dir);
              cx.log()
                  .info(
                      "Opened "
                          + dir
                          + (opened.project().edits().isEmpty()
                              ? ""
                              : " (" + opened.project().edits().size() + " edited objects)"));
              if (opened.sourceProblem() != null) {
                cx.notices()
                    .show(
                        io.godwit.ui.notify.Notice.warning(
                            "The project's scripts could not be read: " + opened.sourceProblem(),
                            "Use Source > Open scripts to point the project at them again."));
              } else if (opened.project().file().source().isLive()) {
                cx.info("Use Actions > Refresh from database to connect to the source.");
              }
            },
            e -> cx.failed("Opening " + dir, e));
  }

  /** Opens bundled demo {@code name}, copied into {@code dir} first. */
  void openDemo(String name, Path dir) {
    whenSafeToLeave(
        () ->
            cx.task()
                .start(
                    "Installing the demo",
                    ctx -> DemoProjects.install(name, dir),
                    installed -> openNow(installed),
                    e -> cx.failed("Opening the demo", e)));
  }

  /** Saves to the project's folder, asking for one when it has none; then runs {@code then}. */
  void save(Runnable then) {
    Path folder = cx.state().folder();
    if (folder == null) {
      Optional<Path> chosen = cx.prompts().chooseFolder("Save project in");
      chosen.ifPresent(dir -> saveAs(dir, then));
      return;
    }
    saveAs(folder, then);
  }

  /** Saves to {@code dir}; it becomes the project's folder. */
  void saveAs(Path dir, Runnable then) {
    WorkbenchState state = cx.state();
    Project snapshot = state.snapshot();
    Path from = state.folder();
    String version = cx.services().version();
    ProjectStore store = cx.services().store();
    cx.task()
        .start(
            "Saving the project",
            ctx -> store.save(snapshot, from, dir, version),
            saved -> {
              state.projectProperty().set(state.project().withFile(saved.file()));
              state.folderProperty().set(dir);
              // Edits typed while saving stay unsaved.
              state.dirtyProperty().set(!saved.edits().equals(java.util.Map.copyOf(state.edits())));
              cx.recent().add(dir);
              cx.log().info("Saved the project to " + dir);
              then.run();
            },
            e -> cx.failed("Saving the project", e));
  }

  /** Runs {@code next} once unsaved changes are saved or the user chose to drop them. */
  void whenSafeToLeave(Runnable next) {
    if (!cx.state().dirtyProperty().get() || cx.state().project() == null) {
      next.run();
      return;
    }
    int choice =
        cx.prompts()
            .choose(
                "Unsaved changes",
                "The project \"" + cx.state().project().file().name() + "\" has unsaved changes.",
                List.of("Save", "Discard changes", "Cancel"));
    if (choice == 0) {
      save(next);
    } else if (choice == 1) {
      next.run();
    }
  }

  /** A project read from disk with its source. */
  record Opened(Project project, SourceModel model, String sourceProblem) {}
}
