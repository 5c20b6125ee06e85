package io.godwit.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.godwit.assess.AssessmentReport;
import io.godwit.assess.Assessor;
import io.godwit.assess.EffortModel;
import io.godwit.assess.Execution;
import io.godwit.assess.ReportContext;
import io.godwit.assess.ServersSummary;
import io.godwit.assess.export.ExportOptions;
import io.godwit.assess.export.ReportFormat;
import io.godwit.assess.export.ServersSummaryWriter;
import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.dialect.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses a conversion: runs it, computes the report (joining the results of {@code godwit apply}
 * when there are any) and writes it in the chosen formats. Also assesses many sources in one run
 * and writes their summary.
 */
public final class AssessService {

  private static final Logger LOG = LoggerFactory.getLogger(AssessService.class);

  /** The name {@code godwit apply} gives its report. */
  public static final String APPLY_REPORT = "apply-report.json";

  /**
   * How reports are made, shared by every source of a list.
   *
   * @param formats the formats to write
   * @param export how to write them
   * @param effort the effort model
   * @param options the conversion settings
   */
  public record Settings(
      Set<ReportFormat> formats, ExportOptions export, EffortModel effort, ConvertOptions options) {

    public Settings {
      formats =
          formats == null || formats.isEmpty()
              ? EnumSet.allOf(ReportFormat.class)
              : Set.copyOf(formats);
      export = export == null ? ExportOptions.defaults() : export;
      effort = effort == null ? EffortModel.builtIn() : effort;
      options = options == null ? ConvertOptions.defaults() : options;
    }

    /** Every format, the built-in effort model, default options. */
    public static Settings defaults() {
      return new Settings(null, null, null, null);
    }
  }

  /**
   * One assessment.
   *
   * @param conversion what to convert
   * @param out the directory the reports go to (created when needed)
   * @param settings formats, export options and effort model
   * @param applied {@code apply-report.json}, or the directory holding it, whose results back the
   *     report; when null, {@code out/apply-report.json} is used if it exists
   */
  public record Request(ConversionRequest conversion, Path out, Settings settings, Path applied) {

    public Request {
      settings = settings == null ? Settings.defaults() : settings;
    }
  }

  /** What an assessment produced. */
  public record Outcome(AssessmentReport report, List<Path> files) {}

  /** What a many-source assessment produced. */
  public record ServersOutcome(ServersSummary summary, List<Path> files, int failed) {}

  private final ConversionRunner runner;
  private final Dialects dialects;
  private final ItemCatalog catalog;
  private final String godwitVersion;
  private final Clock clock;

  public AssessService(
      ConversionRunner runner,
      Dialects dialects,
      ItemCatalog catalog,
      String godwitVersion,
      Clock clock) {
    this.runner = runner;
    this.dialects = dialects;
    this.catalog = catalog;
    this.godwitVersion = godwitVersion;
    this.clock = clock;
  }

  /** Runs the conversion, assesses it and writes the reports. */
  public Outcome assess(Request request, ConversionListener listener) throws IOException {
    Execution execution = execution(request);
    ConversionResult result = runner.run(request.conversion(), listener);
    AssessmentReport report = report(request, result, execution);
    return new Outcome(report, write(report, request));
  }

  /** The report of a conversion already run (for callers that hold a result). */
  public AssessmentReport report(Request request, ConversionResult result, Execution execution) {
    ConversionRequest c = request.conversion();
    ReportContext context =
        new ReportContext(
            displayName(result.sourceDialect()),
            displayName(result.targetDialect()),
            c.options().targetVersion(),
            c.described(),
            OffsetDateTime.now(clock),
            godwitVersion);
    return new Assessor(catalog, request.settings().effort()).assess(result, execution, context);
  }

  private List<Path> write(AssessmentReport report, Request request) throws IOException {
    Files.createDirectories(request.out());
    List<Path> files = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      if (request.settings().formats().contains(f)) {
        files.addAll(f.exporter(request.settings().export()).export(report, request.out()));
      }
    }
    return files;
  }

  private String displayName(String id) {
    return dialects.byId(id).map(Dialect::displayName).orElse(id);
  }

  /** The results of {@code godwit apply} the request names or finds, or null. */
  static Execution execution(Request request) throws IOException {
    Path file;
    if (request.applied() != null) {
      file =
          Files.isDirectory(request.applied())
              ? request.applied().resolve(APPLY_REPORT)
              : request.applied();
      if (!Files.isRegularFile(file)) {
        throw new IOException("no apply report at " + file);
      }
    } else {
      file = request.out().resolve(APPLY_REPORT);
      if (!Files.isRegularFile(file)) {
        return null;
      }
    }
    return execution(readApplyReport(file));
  }

  static ApplyReport readApplyReport(Path file) throws IOException {
    ApplyReport r;
    try {
      r =
          JsonMapper.builder()
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build()
              .readValue(file.toFile(), ApplyReport.class);
    } catch (IOException e) {
      throw new IOException(file + " is not a valid apply report: " + e.getMessage(), e);
    }
    if (r == null || !ApplyReport.FORMAT.equals(r.format()) || r.objects() == null) {
      throw new IOException(file + " is not an apply report written by godwit apply");
    }
    return r;
  }

  /** The assessment's view of an apply report. */
  static Execution execution(ApplyReport report) {
    List<Execution.Executed> objects = new ArrayList<>();
    for (ApplyReport.Entry e : report.objects()) {
      Execution.Status status =
          switch (e.status()) {
            case applied -> Execution.Status.APPLIED;
            case failed -> Execution.Status.FAILED;
            case skipped -> Execution.Status.SKIPPED;
          };
      objects.add(
          new Execution.Executed(e.kind(), e.schema(), e.name(), e.file(), status, e.error()));
    }
    return new Execution(report.target(), objects);
  }

  /**
   * Assesses every source of a server list into {@code out/<name>/} and writes {@code
   * servers-summary.csv}, {@code .json} and {@code .html} into {@code out}. A source that cannot be
   * assessed is reported in the summary with its reason; the others go on.
   *
   * @param settings what every source shares
   * @param defaultFrom the source product of entries that name none
   * @param defaultTo the target product of entries that name none
   * @param progress told each source's name as it starts
   */
  public ServersOutcome assessServers(
      List<ServerList.Entry> entries,
      Path out,
      String defaultFrom,
      String defaultTo,
      Settings settings,
      Consumer<String> progress)
      throws IOException {
    Files.createDirectories(out);
    List<ServersSummary.Source> rows = new ArrayList<>();
    int failed = 0;
    for (ServerList.Entry e : entries) {
      progress.accept(e.name());
      String from = e.from() != null ? e.from() : defaultFrom;
      String to = e.to() != null ? e.to() : defaultTo;
      String folder = folder(e.name());
      try {
        if (from == null || to == null) {
          throw new IllegalArgumentException(
              "line "
                  + e.line()
                  + " names no "
                  + (from == null ? "source" : "target")
                  + " product and no --"
                  + (from == null ? "from" : "to")
                  + " is given");
        }
        ConnectionSpec live =
            e.url() == null ? null : new ConnectionSpec(e.url(), e.user(), secret(e));
        Request request =
            new Request(
                new ConversionRequest(from, to, e.inputs(), live, e.schemas(), settings.options()),
                out.resolve(folder),
                settings,
                null);
        Outcome o = assess(request, ConversionListener.NONE);
        rows.add(
            ServersSummary.Source.of(e.name(), folder + "/" + mainFile(o.files()), o.report()));
      } catch (IOException | IllegalArgumentException | DatabaseAccessException e2) {
        failed++;
        rows.add(ServersSummary.Source.failed(e.name(), from, to, oneLine(e2.getMessage())));
      } catch (RuntimeException e2) {
        LOG.debug("assessing {} failed", e.name(), e2);
        failed++;
        rows.add(
            ServersSummary.Source.failed(
                e.name(), from, to, "internal error: " + oneLine(String.valueOf(e2.getMessage()))));
      }
    }
    ServersSummary summary =
        ServersSummary.of(
            rows,
            godwitVersion,
            OffsetDateTime.now(clock).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            settings.effort().hoursPerDay());
    List<Path> files = new ServersSummaryWriter(settings.export()).write(summary, out);
    return new ServersOutcome(summary, files, failed);
  }

  private static String mainFile(List<Path> files) {
    for (String ext : List.of(".html", ".pdf", ".json", ".csv")) {
      for (Path f : files) {
        if (f.getFileName().toString().endsWith(ext)) {
          return f.getFileName().toString();
        }
      }
    }
    return "";
  }

  /** A folder name for a source: its name with characters files cannot hold replaced. */
  static String folder(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean bad =
          c < 32 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"'
              || c == '<' || c == '>' || c == '|';
      s.append(bad ? '_' : c);
    }
    String out = s.toString().strip();
    return out.isEmpty() || out.startsWith(".") ? "_" + out : out;
  }

  private static Secret secret(ServerList.Entry e) throws IOException {
    if (e.passwordEnv() != null) {
      String value = System.getenv(e.passwordEnv());
      if (value == null) {
        throw new IOException("environment variable " + e.passwordEnv() + " is not set");
      }
      return Secret.of(value);
    }
    if (e.passwordFile() != null) {
      String content;
      try {
        content = Files.readString(e.passwordFile(), StandardCharsets.UTF_8);
      } catch (IOException x) {
        throw new IOException("cannot read password file " + e.passwordFile(), x);
      }
      int nl = content.indexOf('\n');
      String line = nl < 0 ? content : content.substring(0, nl);
      return Secret.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    return Secret.none();
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
