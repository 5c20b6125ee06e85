package io.godwit.cli;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.EffortModel;
import io.godwit.assess.ServersSummary;
import io.godwit.assess.export.ExportOptions;
import io.godwit.assess.export.ReportFormat;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Dialects;
import io.godwit.service.AssessService;
import io.godwit.service.ConversionRequest;
import io.godwit.service.ConversionRunner;
import io.godwit.service.ConvertService;
import io.godwit.service.DialectConversionRunner;
import io.godwit.service.Passes;
import io.godwit.service.ServerList;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code godwit assess}: what converts, what does not, and how long the rest takes. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assess a migration: convert scripts or a live database in memory and write the assessment"
          + " report (PDF, CSV, HTML, JSON) to DIR.",
      "With --servers, assess every source of a list and write DIR/servers-summary.{csv,json,html}"
          + " besides one report folder per source.",
      "Results of godwit apply (DIR/apply-report.json, or --applied) back the word \"converted\".",
      "Exit codes: 0 done, 1 error, 2 usage error, 3 some sources of --servers failed."
    })
final class AssessCommand implements Callable<Integer> {

  /** Exit code when some sources of a server list could not be assessed. */
  static final int SOME_FAILED = 3;

  @Option(
      names = "--from",
      paramLabel = "SOURCE",
      description = "Source product: oracle, sqlserver.")
  String from;

  @Option(names = "--to", paramLabel = "TARGET", description = "Target product: postgresql, mysql.")
  String to;

  @Option(names = "--url", paramLabel = "JDBC_URL", description = "Read the source live.")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "User for --url.")
  String user;

  @ArgGroup(exclusive = true)
  ConnectionOptions.PasswordSource password = new ConnectionOptions.PasswordSource();

  @Option(
      names = "--schema",
      paramLabel = "SCHEMA",
      description = "Schema to read from --url; repeatable.")
  List<String> schemas = new ArrayList<>();

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Script files and folders.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--servers",
      paramLabel = "FILE",
      description =
          "CSV list of sources to assess in one run (columns name, from, to, url, user,"
              + " password_env, password_file, schemas, inputs; see docs/assessment.md).")
  Path servers;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description = "pdf, csv, html, json; comma-separated (default: all four).")
  List<ReportFormat> formats = new ArrayList<>();

  @Option(
      names = "--page-size",
      paramLabel = "SIZE",
      defaultValue = "a4",
      description = "PDF paper: a4 or letter (default ${DEFAULT-VALUE}).")
  ExportOptions.PageSize pageSize;

  @Option(names = "--csv-bom", description = "Start CSV files with a byte-order mark (Excel).")
  boolean csvBom;

  @Option(
      names = "--applied",
      paramLabel = "PATH",
      description =
          "apply-report.json (or its directory) whose per-object results back the report"
              + " (default: DIR/apply-report.json when it exists).")
  Path applied;

  @Option(
      names = "--effort-unit",
      paramLabel = "MINUTES",
      description = "Minutes one effort unit stands for (default 30; see docs/effort-model.md).")
  Integer effortUnit;

  @Option(
      names = "--hours-per-day",
      paramLabel = "HOURS",
      description = "Working hours of a person-day (default 8).")
  Double hoursPerDay;

  @Option(
      names = "--effort-model",
      paramLabel = "FILE",
      description = "JSON file overriding parts of the effort model (docs/effort-model.md).")
  Path effortModel;

  @Mixin ConvertOptionsMixin conversion = new ConvertOptionsMixin();

  @Spec CommandSpec spec;

  private final Function<Dialects, ConversionRunner> runners;

  AssessCommand() {
    this(
        d ->
            new DialectConversionRunner(
                new ConvertService(d, ItemCatalog.builtIn(), Passes.standard())));
  }

  /** With the way conversions are run, for tests. */
  AssessCommand(Function<Dialects, ConversionRunner> runners) {
    this.runners = runners;
  }

  @Override
  public Integer call() throws IOException {
    validate();
    Dialects dialects = Dialects.discover();
    AssessService service =
        new AssessService(
            runners.apply(dialects),
            dialects,
            ItemCatalog.builtIn(),
            VersionProvider.version(),
            Clock.systemDefaultZone());
    Set<ReportFormat> chosen =
        formats.isEmpty() ? EnumSet.allOf(ReportFormat.class) : EnumSet.copyOf(formats);
    ExportOptions export = new ExportOptions(pageSize, csvBom, null);
    EffortModel model = effortModel();
    ConvertOptions options = conversion.toOptions();
    AssessService.Settings settings = new AssessService.Settings(chosen, export, model, options);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    try {
      if (servers != null) {
        List<ServerList.Entry> entries = ServerList.read(servers);
        AssessService.ServersOutcome o =
            service.assessServers(
                entries,
                out,
                from,
                to,
                settings,
                name -> {
                  stderr.println("assessing " + name);
                  stderr.flush();
                });
        printServers(stdout, o.summary());
        stdout.println("Summary: " + out.resolve("servers-summary.html"));
        stdout.flush();
        return o.failed() == 0 ? 0 : SOME_FAILED;
      }
      ConnectionSpec live = url == null ? null : connection();
      ConversionRequest request = new ConversionRequest(from, to, inputs, live, schemas, options);
      AssessService.Outcome o =
          service.assess(
              new AssessService.Request(request, out, settings, applied),
              new AssessProgress(stderr));
      print(stdout, o.report());
      stdout.println(
          "Reports: " + String.join(", ", o.files().stream().map(Path::toString).toList()));
      stdout.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private void validate() {
    if (servers != null) {
      if (url != null || !inputs.isEmpty() || !schemas.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "--servers takes its sources from the list: no --url, --schema or INPUT");
      }
      if (applied != null) {
        throw new ParameterException(
            spec.commandLine(), "--applied works on one source, not with --servers");
      }
      return;
    }
    if (from == null || to == null) {
      throw new ParameterException(
          spec.commandLine(), "give --from and --to (or a --servers list)");
    }
    if ((url == null) == inputs.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give either --url or script files and folders, not both");
    }
    if (url == null && !schemas.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--schema needs --url");
    }
    if (effortUnit != null && effortUnit <= 0) {
      throw new ParameterException(spec.commandLine(), "--effort-unit must be at least 1 minute");
    }
  }

  private ConnectionSpec connection() {
    ConnectionOptions c = new ConnectionOptions();
    c.url = url;
    c.user = user;
    c.password = password;
    return c.toSpec();
  }

  private EffortModel effortModel() {
    EffortModel model = EffortModel.builtIn();
    if (effortModel != null) {
      try (InputStream in = Files.newInputStream(effortModel)) {
        model = EffortModel.read(in, effortModel.toString(), model);
      } catch (IOException e) {
        throw new UserError(
            e.getMessage() != null && e.getMessage().startsWith(effortModel.toString())
                ? e.getMessage()
                : "cannot read effort model " + effortModel + ": " + e.getMessage());
      }
    }
    try {
      if (effortUnit != null) {
        model = model.withUnitMinutes(effortUnit);
      }
      if (hoursPerDay != null) {
        model = model.withHoursPerDay(hoursPerDay);
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    return model;
  }

  static void print(PrintWriter out, AssessmentReport r) {
    AssessmentReport.Summary s = r.summary();
    out.printf(
        Locale.ROOT,
        "%-16s %8s %16s %16s %16s %16s%n",
        "",
        "objects",
        "converted",
        "simple",
        "medium",
        "complex");
    row(out, "storage objects", s.storage());
    row(out, "code objects", s.code());
    row(out, "all objects", s.total());
    out.printf(
        Locale.ROOT,
        "Estimated effort: %.1f h (%.1f person-days); complexity %d/10; %d action items of %d"
            + " kinds; %d objects could not be read; %d lines of code.%n",
        s.effort().hours(),
        s.effort().personDays(),
        s.complexity(),
        s.actionItems(),
        s.distinctActionItems(),
        s.unreadable(),
        s.linesOfCode());
    if (r.verification() != null) {
      out.printf(
          Locale.ROOT,
          "Verified on %s: %d applied, %d failed, %d skipped.%n",
          r.verification().target(),
          r.verification().applied(),
          r.verification().failed(),
          r.verification().skipped());
    }
  }

  private static void row(PrintWriter out, String label, Figures f) {
    out.printf(
        Locale.ROOT,
        "%-16s %8d %16s %16s %16s %16s%n",
        label,
        f.objects(),
        share(f.converted()),
        share(f.simple()),
        share(f.medium()),
        share(f.complex()));
  }

  private static String share(AssessmentReport.Share s) {
    return String.format(Locale.ROOT, "%d (%.1f%%)", s.count(), s.percent());
  }

  static void printServers(PrintWriter out, ServersSummary s) {
    out.printf(
        Locale.ROOT,
        "%-20s %-12s %8s %9s %9s %10s %10s%n",
        "source",
        "status",
        "objects",
        "storage%",
        "code%",
        "complexity",
        "effort h");
    for (ServersSummary.Source src : s.sources()) {
      if (src.assessed()) {
        out.printf(
            Locale.ROOT,
            "%-20s %-12s %8d %9.1f %9.1f %10d %10.1f%n",
            src.name(),
            "assessed",
            src.objects(),
            src.storageConvertedPercent(),
            src.codeConvertedPercent(),
            src.complexity(),
            src.effortHours());
      } else {
        out.printf(Locale.ROOT, "%-20s %-12s %s%n", src.name(), "failed", src.error());
      }
    }
    out.printf(
        Locale.ROOT,
        "Total estimated effort: %.1f h (%.1f person-days).%n",
        s.effortHours(),
        s.personDays());
  }
}
