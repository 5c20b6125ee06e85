package io.godwit.ui.main;

import io.godwit.dialect.Secret;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.CredentialSeal;
import io.godwit.project.Project;
import io.godwit.project.ProjectFile;
import io.godwit.project.ProjectFile.SourceSettings;
import io.godwit.project.ProjectFile.TargetSettings;
import io.godwit.ui.connect.ConnectionRequest;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.WorkbenchState;
import java.nio.file.Path;
import java.util.List;

/**
 * Source and Target menu commands: open scripts, connect to a source, refresh it, choose the target
 * product, connect to a target server or work offline.
 */
final class SourceCommands {

  private final WorkbenchContext cx;
  private final SourceLoader loader;
  private final CredentialSeal seal;

  SourceCommands(WorkbenchContext cx, CredentialSeal seal) {
    this.cx = cx;
    this.seal = seal;
    this.loader = new SourceLoader(cx.services());
  }

  /** Uses the scripts at {@code paths}, written for {@code product}, as the source. */
  void openScripts(String product, List<Path> paths) {
    List<String> names =
        paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
    ProjectFile next =
        cx.state().project().file().withSource(SourceSettings.scripts(product, names));
    load(next, Credential.of(Secret.none()), true, "Reading scripts");
  }

  /** Uses a live database as the source. */
  void connectSource(ConnectionRequest request, List<String> schemas) {
    ProjectFile next =
        cx.state().project().file().withSource(SourceSettings.live(request.settings(), schemas));
    cx.state().setSourcePassword(request.password());
    Credential credential = Credential.of(request.password());
    if (request.savePassword()) {
      sealThen(
          request,
          box -> {
            ProjectFile withSaved =
                next.withSource(
                    SourceSettings.live(request.settings().withSavedPassword(box), schemas));
            load(withSaved, credential, true, "Connecting to the source");
          });
    } else {
      load(next, credential, true, "Connecting to the source");
    }
  }

  /** Reads the source again (scripts from disk, or the live catalog). */
  void refresh() {
    ProjectFile file = cx.state().project().file();
    if (file.source().isEmpty()) {
      cx.info("There is no source to refresh: open scripts or connect to a database first.");
      return;
    }
    Credential credential = Credential.of(Secret.none());
    if (file.source().isLive()) {
      var gathered =
          Credential.gather(file.source().connection(), cx.state().sourcePassword(), cx.prompts());
      if (gathered.isEmpty()) {
        return;
      }
      credential = gathered.get();
    }
    load(file, credential, false, "Refreshing the source");
  }

  /**
   * Loads {@code next}'s source in the background and, when it worked, makes {@code next} the
   * project's settings. The conversion is dropped when the source is new.
   */
  void load(ProjectFile next, Credential credential, boolean newSource, String title) {
    WorkbenchState state = cx.state();
    Path folder = state.folder();
    cx.task()
        .start(
            title,
            ctx -> {
              Secret password = credential.open(seal);
              return new Loaded(loader.load(next, folder, password, ctx), password);
            },
            loaded -> {
              if (next.source().isLive()) {
                state.setSourcePassword(loaded.password());
              }
              boolean changed = !next.equals(state.project().file());
              state.projectProperty().set(state.project().withFile(next));
              if (newSource) {
                state.selectionProperty().set(null);
                state.conversionProperty().set(null);
              }
              state.sourceProperty().set(loaded.model());
              if (changed) {
                state.dirtyProperty().set(true);
              }
              SourceModel m = loaded.model();
              if (m != null) {
                cx.log().info(describe(m));
                if (!m.convertible()) {
                  cx.info(
                      "Godwit cannot convert from "
                          + SourceLoader.name(m.product())
                          + "; its objects can be browsed.");
                }
              }
            },
            e -> cx.failed(title, e));
  }

  private static String describe(SourceModel m) {
    int problems = m.sources() == null ? 0 : m.sources().problems().size();
    return String.format(
        "Loaded %s: %,d objects%s",
        m.description(),
        m.objects().size(),
        problems == 0 ? "" : String.format(", %,d statements could not be read", problems));
  }

  /** Converts for {@code product} from now on (the conversion so far is dropped). */
  void setTargetProduct(String product) {
    WorkbenchState state = cx.state();
    TargetSettings t = state.project().file().target();
    if (t.product().equals(product)) {
      return;
    }
    if (!cx.services().canConvertTo(product)) {
      cx.info("Godwit cannot convert to " + SourceLoader.name(product) + " yet.");
      return;
    }
    ConnectionSettings keep =
        t.connection() != null && t.connection().product().equals(product) ? t.connection() : null;
    state
        .projectProperty()
        .set(
            state
                .project()
                .withFile(
                    state.project().file().withTarget(new TargetSettings(product, null, keep))));
    state.setTargetPassword(null);
    state.conversionProperty().set(null);
    state.dirtyProperty().set(true);
    cx.log().info("Target: " + SourceLoader.name(product) + " (convert again to see the result)");
  }

  /** Uses a target server for Apply. */
  void connectTarget(ConnectionRequest request) {
    cx.state().setTargetPassword(request.password());
    if (request.savePassword()) {
      sealThen(request, box -> setTargetConnection(request.settings().withSavedPassword(box)));
    } else {
      setTargetConnection(request.settings());
    }
  }

  private void setTargetConnection(ConnectionSettings c) {
    WorkbenchState state = cx.state();
    ProjectFile f = state.project().file();
    boolean productChanged = !f.target().product().equals(c.product());
    state
        .projectProperty()
        .set(
            state
                .project()
                .withFile(f.withTarget(new TargetSettings(c.product(), f.target().version(), c))));
    if (productChanged) {
      state.conversionProperty().set(null);
    }
    state.dirtyProperty().set(true);
    cx.log().info("Target server: " + c.describe());
  }

  /** Works without a target server; Apply will offer the sandbox. */
  void offline() {
    WorkbenchState state = cx.state();
    ProjectFile f = state.project().file();
    if (f.target().connection() == null) {
      return;
    }
    state
        .projectProperty()
        .set(state.project().withFile(f.withTarget(TargetSettings.offline(f.target().product()))));
    state.setTargetPassword(null);
    state.dirtyProperty().set(true);
    cx.log().info("Target: offline (no server)");
  }

  /** Seals the request's password in the background, then continues on the UI thread. */
  private void sealThen(
      ConnectionRequest request, java.util.function.Consumer<io.godwit.project.SealedSecret> then) {
    cx.task()
        .start(
            "Encrypting the password",
            ctx -> {
              try {
                return seal.seal(request.password(), request.passphrase());
              } finally {
                java.util.Arrays.fill(request.passphrase(), '\0');
              }
            },
            then,
            e -> cx.failed("Saving the password", e));
  }

  /** A source loaded, with the password that worked. */
  record Loaded(SourceModel model, Secret password) {}

  /** Replaces the project (used by open and new). */
  static void reset(WorkbenchState state, Project project, Path folder) {
    state.selectionProperty().set(null);
    state.conversionProperty().set(null);
    state.sourceProperty().set(null);
    state.edits().clear();
    state.edits().putAll(project.edits());
    state.setSourcePassword(null);
    state.setTargetPassword(null);
    state.projectProperty().set(project);
    state.folderProperty().set(folder);
    state.dirtyProperty().set(false);
  }
}
