package io.godwit.cli;

import io.godwit.dialect.Dialects;
import io.godwit.load.WriteMethod;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.LoadReportJson;
import io.godwit.service.LoadRequest;
import io.godwit.service.LoadService;
import io.godwit.service.LoadService.LoadRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code godwit load}: copies tables from a source database into a target database. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Copy table data from a source database into a target database, with progress, per-table"
          + " statistics, validation and restart.",
      "Without --mapping every table of the source schema loads into the table of the same"
          + " (lower-case) schema and name on the target."
    })
final class LoadCommand implements Callable<Integer> {

  @Mixin LoadConnectionOptions connections = new LoadConnectionOptions();

  @Option(
      names = "--schema",
      paramLabel = "SCHEMA",
      description =
          "Source schema, exactly as named; repeatable. Default: the URL's database"
              + " (MySQL) or every user schema.")
  List<String> schemas = new ArrayList<>();

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "AWS DMS table-mapping JSON: selection, transformation and table-settings rules.")
  Path mapping;

  @Option(
      names = "--export-mapping",
      paramLabel = "FILE",
      description = "Write the mapping the load would use (DMS JSON) to FILE and exit.")
  Path exportMapping;

  @Option(
      names = "--prep",
      paramLabel = "MODE",
      defaultValue = "truncate",
      converter = PrepConverter.class,
      description =
          "Target preparation: drop-create (from --ddl), truncate or none"
              + " (default: ${DEFAULT-VALUE}).")
  PrepMode prep;

  @Option(
      names = "--ddl",
      paramLabel = "DIR",
      description = "Converted DDL directory (summary.json and one SQL file per object).")
  Path ddl;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "4",
      description = "Segments loaded at once (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--validate", description = "Compare row counts and checksums afterwards.")
  boolean validate;

  @Option(
      names = "--error-policy",
      paramLabel = "POLICY",
      defaultValue = "stop",
      converter = PolicyConverter.class,
      description =
          "A bad row: stop the task, suspend its table, or reject it to a file and go"
              + " on: stop, suspend or reject (default: ${DEFAULT-VALUE}).")
  ErrorPolicy errorPolicy;

  @Option(
      names = "--reject-dir",
      paramLabel = "DIR",
      description = "Where reject files go (default: rejects/ beside the state file).")
  Path rejectDir;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      defaultValue = "godwit-load.state.json",
      description = "The task's state file, kept as it runs (default: ${DEFAULT-VALUE}).")
  Path state;

  @Option(names = "--resume", description = "Finish the task the state file describes.")
  boolean resume;

  @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report to FILE.")
  Path report;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "auto",
      converter = MethodConverter.class,
      description =
          "How rows are written: auto, bulk-text, bulk-binary or insert"
              + " (default: ${DEFAULT-VALUE}).")
  WriteMethod method;

  @Option(
      names = "--segment-rows",
      paramLabel = "N",
      description = "Rows per automatic primary-key segment (default 500000).")
  Long segmentRows;

  @Option(
      names = "--progress",
      paramLabel = "STYLE",
      defaultValue = "auto",
      description = "auto (a bar on a terminal, lines otherwise), bar or lines.")
  String progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (parallel < 1 || parallel > 64) {
      throw new UserError("--parallel must be between 1 and 64");
    }
    if (segmentRows != null && segmentRows < 1) {
      throw new UserError("--segment-rows must be positive");
    }
    LoadService service = new LoadService(Dialects.discover());
    if (exportMapping != null) {
      service.exportMapping(request(null));
      out.println("wrote the table mapping to " + exportMapping);
      out.flush();
      return 0;
    }
    boolean terminal =
        switch (progress.toLowerCase(Locale.ROOT)) {
          case "bar" -> true;
          case "lines" -> false;
          default -> System.console() != null;
        };
    LoadProgressPrinter printer = new LoadProgressPrinter(err, terminal);
    LoadReport result;
    try (LoadRun run = service.open(request(connections.target()), printer)) {
      printer.source(run.task()::snapshot);
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "godwit-progress");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(() -> printer.tick(false), 500, 500, TimeUnit.MILLISECONDS);
      Thread hook = new Thread(() -> run.task().cancel(), "godwit-cancel");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        result = run.task().run();
      } finally {
        timer.shutdownNow();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
          // the JVM is shutting down
        }
      }
      printer.tick(true);
      printer.finish();
    }
    new LoadSummaryPrinter(out).print(result);
    if (report != null) {
      writeReport(result);
    }
    if (result.outcome() == LoadReport.Outcome.COMPLETED) {
      return 0;
    }
    String message = result.message();
    if (result.outcome() == LoadReport.Outcome.STOPPED
        || result.outcome() == LoadReport.Outcome.CANCELLED) {
      message +=
          "; the state is saved in " + state + ": run the same command with --resume to finish";
    }
    err.println("godwit: " + message);
    err.flush();
    return ErrorReporter.FAILED;
  }

  private LoadRequest request(io.godwit.dialect.ConnectionSpec target) {
    return new LoadRequest(
        connections.source(),
        target,
        schemas,
        mapping,
        exportMapping,
        prep,
        ddl,
        parallel,
        validate,
        errorPolicy,
        rejectDir,
        state,
        resume,
        method,
        segmentRows);
  }

  private void writeReport(LoadReport result) {
    try {
      Path parent = report.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(report, new LoadReportJson().write(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write the report " + report + ": " + e.getMessage());
    }
  }

  /** drop-create, truncate, none. */
  static final class PrepConverter implements ITypeConverter<PrepMode> {
    @Override
    public PrepMode convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "drop-create", "drop_and_create" -> PrepMode.DROP_AND_CREATE;
        case "truncate", "truncate_before_load" -> PrepMode.TRUNCATE_BEFORE_LOAD;
        case "none", "do_nothing" -> PrepMode.DO_NOTHING;
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not a preparation mode (drop-create, truncate, none)");
      };
    }
  }

  /** stop, suspend, reject. */
  static final class PolicyConverter implements ITypeConverter<ErrorPolicy> {
    @Override
    public ErrorPolicy convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "stop" -> ErrorPolicy.STOP;
        case "suspend" -> ErrorPolicy.SUSPEND;
        case "reject" -> ErrorPolicy.REJECT;
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not an error policy (stop, suspend, reject)");
      };
    }
  }

  /** auto, bulk-text, bulk-binary, insert. */
  static final class MethodConverter implements ITypeConverter<WriteMethod> {
    @Override
    public WriteMethod convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "auto" -> WriteMethod.AUTO;
        case "bulk-text" -> WriteMethod.BULK_TEXT;
        case "bulk-binary" -> WriteMethod.BULK_BINARY;
        case "insert" -> WriteMethod.INSERT;
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not a write method (auto, bulk-text, bulk-binary, insert)");
      };
    }
  }
}
