package io.godwit.ui.main;

import io.godwit.convert.ConversionResult;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.load.WriteMethod;
import io.godwit.load.mapping.DefaultMapping;
import io.godwit.load.mapping.NamePattern;
import io.godwit.load.mapping.TableMapping;
import io.godwit.load.mapping.TableMappingJson;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.LoadReportJson;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.CredentialSeal;
import io.godwit.project.EditOverlay;
import io.godwit.project.ProjectFile;
import io.godwit.service.LoadRequest;
import io.godwit.service.LoadService;
import io.godwit.ui.load.LoadChoices;
import io.godwit.ui.load.LoadFormViewModel;
import io.godwit.ui.load.LoadTaskViewModel;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.notify.Notice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Load > New load task: turns the form into a load request (passwords gathered on the UI thread,
 * unsealed in the background), runs it as the workbench's background task, and resumes a task that
 * failed or was cancelled. Each task keeps its state, mapping and report in its own folder: {@code
 * load/<time>/} in the project folder, or a temporary folder for an unsaved project.
 */
final class LoadCommands {

  private static final DateTimeFormatter FOLDER =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private final WorkbenchContext cx;
  private final CredentialSeal seal;
  private final LoadService service;
  private final LoadTaskViewModel view;

  LoadCommands(
      WorkbenchContext cx, CredentialSeal seal, LoadService service, LoadTaskViewModel view) {
    this.cx = cx;
    this.seal = seal;
    this.service = service;
    this.view = view;
  }

  /** The form, filled from the project: its live source and its target server. */
  LoadFormViewModel form() {
    WorkbenchState state = cx.state();
    ProjectFile file = state.project().file();
    ConnectionSettings source = file.source().isLive() ? file.source().connection() : null;
    ConnectionSettings target = file.target().connection();
    return new LoadFormViewModel(
        source,
        source == null ? null : state.sourcePassword(),
        target,
        target == null ? null : state.targetPassword(),
        state.conversion() != null);
  }

  /** Starts a load task from what the form says. */
  void start(LoadChoices choices) {
    if (cx.task().isRunning()) {
      cx.info("Another task is running: wait for it or cancel it, then start the load.");
      return;
    }
    Optional<Credential> source =
        Credential.gather(choices.source(), choices.sourcePassword(), cx.prompts());
    if (source.isEmpty()) {
      return;
    }
    Optional<Credential> target =
        Credential.gather(choices.target(), choices.targetPassword(), cx.prompts());
    if (target.isEmpty()) {
      return;
    }
    WorkbenchState state = cx.state();
    ConversionResult edited =
        choices.prep() == io.godwit.load.engine.PrepMode.DROP_AND_CREATE
                && state.conversion() != null
            ? EditOverlay.apply(state.conversion().result(), Map.copyOf(state.edits()))
            : null;
    List<String> inputs = edited == null ? List.of() : ConversionCommands.inputs(state);
    Path folder = state.folder();
    run(
        false,
        () -> {
          Path dir = taskFolder(folder);
          Path ddl = null;
          if (edited != null) {
            ddl = dir.resolve("ddl");
            cx.services().export().toFolder(edited, inputs, ddl);
          }
          return new LoadRequest(
              spec(choices.source(), source.get()),
              spec(choices.target(), target.get()),
              choices.mapping() == null ? choices.schemas() : List.of(),
              choices.mapping() != null ? choices.mapping() : mappingFile(choices, dir),
              null,
              choices.prep(),
              ddl,
              choices.parallel(),
              choices.validate(),
              choices.errorPolicy(),
              null,
              dir.resolve("load-state.json"),
              false,
              WriteMethod.AUTO,
              null);
        });
  }

  /** Finishes the last task's unfinished tables. */
  void resume() {
    LoadRequest request = view.resumeRequest();
    if (request == null) {
      cx.info("There is no failed or cancelled load task to resume.");
      return;
    }
    if (cx.task().isRunning()) {
      cx.info("Another task is running: wait for it or cancel it, then resume the load.");
      return;
    }
    run(true, () -> request);
  }

  /** Builds the request in the background. */
  @FunctionalInterface
  private interface RequestSource {
    LoadRequest get() throws Exception;
  }

  private void run(boolean resume, RequestSource requests) {
    view.starting(resume);
    boolean started =
        cx.task()
            .start(
                resume ? "Resuming the load task" : "Loading data",
                ctx -> {
                  LoadRequest request = requests.get();
                  LoadReport report =
                      view.run(service, request, ctx, note -> cx.log().info("Load: " + note));
                  Path file = request.stateFile().resolveSibling("load-report.json");
                  Files.writeString(
                      file, new LoadReportJson().write(report), StandardCharsets.UTF_8);
                  return report;
                },
                this::finished,
                e -> {
                  view.failed(io.godwit.ui.notify.Problems.notice("Loading", e).message());
                  cx.failed("Loading data", e);
                });
    if (!started) {
      view.failed("another task is running");
    }
  }

  private void finished(LoadReport report) {
    view.finished(report);
    String line =
        String.format(
            "Load %s: %,d tables, %,d rows, %,d rejected (%.1f s), from %s to %s",
            report.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            report.tables().size(),
            report.totalRows(),
            report.totalRejected(),
            report.duration().toMillis() / 1000.0,
            report.source(),
            report.target());
    cx.log().info(line);
    if (report.outcome() == LoadReport.Outcome.COMPLETED) {
      cx.info(
          String.format(
              "Loaded %,d rows into %,d tables.", report.totalRows(), report.tables().size()));
    } else {
      cx.notices()
          .show(
              Notice.warning(
                  view.summaryProperty().get(),
                  line + (report.message() == null ? "" : "\n" + report.message())));
    }
  }

  private ConnectionSpec spec(ConnectionSettings settings, Credential credential) throws Exception {
    return new ConnectionSpec(settings.jdbcUrl(), settings.user(), credential.open(seal));
  }

  private static Path taskFolder(Path projectFolder) throws IOException {
    String name = LocalDateTime.now().format(FOLDER);
    if (projectFolder == null) {
      return Files.createTempDirectory("godwit-load-" + name + "-");
    }
    Path dir = projectFolder.resolve("load").resolve(name);
    int n = 1;
    while (Files.exists(dir)) {
      dir = projectFolder.resolve("load").resolve(name + "-" + ++n);
    }
    return Files.createDirectories(dir);
  }

  /**
   * The chosen tables as a DMS mapping file in the task folder, or null for every table (the
   * engine's default mapping).
   */
  private static Path mappingFile(LoadChoices choices, Path dir) throws IOException {
    if (choices.allTables()) {
      return null;
    }
    List<String> schemas = choices.schemas().isEmpty() ? List.of("%") : choices.schemas();
    List<TableMapping.Rule> rules = new ArrayList<>();
    int id = 1;
    for (String schema : schemas) {
      for (String table : choices.tables()) {
        rules.add(
            new TableMapping.Selection(
                Integer.toString(id),
                "include-" + schema + "." + table,
                new NamePattern(schema),
                new NamePattern(table),
                TableMapping.SelectionAction.INCLUDE,
                List.of(),
                null));
        id++;
      }
    }
    for (TableMapping.Rule r : DefaultMapping.forSchemas(List.of("%")).rules()) {
      if (r instanceof TableMapping.Transformation t) {
        rules.add(
            new TableMapping.Transformation(
                Integer.toString(id++),
                t.name(),
                t.target(),
                t.schema(),
                t.table(),
                t.column(),
                t.action(),
                t.value(),
                t.oldValue(),
                t.dataType()));
      }
    }
    Path file = dir.resolve("mapping.json");
    Files.writeString(
        file, new TableMappingJson().write(new TableMapping(rules)), StandardCharsets.UTF_8);
    return file;
  }
}
