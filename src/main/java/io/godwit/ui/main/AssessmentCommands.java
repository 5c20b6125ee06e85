package io.godwit.ui.main;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.Assessor;
import io.godwit.assess.EffortModel;
import io.godwit.assess.ReportContext;
import io.godwit.assess.export.ExportOptions;
import io.godwit.assess.export.ReportFormat;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.item.ActionItem;
import io.godwit.dialect.Dialect;
import io.godwit.ir.SourceSpan;
import io.godwit.project.ProjectFile;
import io.godwit.ui.items.ItemRow;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.WorkbenchState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/** Actions > Create report, and the assessment view's exports. */
final class AssessmentCommands {

  private final WorkbenchContext cx;
  private final Clock clock;
  private final Consumer<AssessmentReport> shown;

  /**
   * @param shown told the report made, on the UI thread
   */
  AssessmentCommands(WorkbenchContext cx, Clock clock, Consumer<AssessmentReport> shown) {
    this.cx = cx;
    this.clock = clock;
    this.shown = shown;
  }

  /** Assesses the current conversion in the background and shows the report. */
  void createReport() {
    WorkbenchState state = cx.state();
    ConversionModel c = state.conversion();
    if (c == null) {
      cx.info("Convert first (Actions > Convert): the report assesses the conversion.");
      return;
    }
    ConversionResult result = c.result();
    ProjectFile file = state.project().file();
    List<String> inputs = ConversionCommands.inputs(state);
    String version = cx.services().version();
    cx.task()
        .start(
            "Creating the assessment report",
            ctx -> {
              ReportContext context =
                  new ReportContext(
                      name(result.sourceDialect()),
                      name(result.targetDialect()),
                      file.convertOptions().targetVersion(),
                      inputs,
                      OffsetDateTime.now(clock),
                      version);
              return new Assessor(cx.services().items(), EffortModel.builtIn())
                  .assess(result, null, context);
            },
            report -> {
              shown.accept(report);
              AssessmentReport.Summary s = report.summary();
              cx.log()
                  .info(
                      String.format(
                          Locale.ROOT,
                          "Assessment: %,d objects, %,d converted automatically, %,d action items,"
                              + " %.1f hours (%.1f person-days)",
                          s.total().objects(),
                          s.total().converted().count(),
                          s.actionItems(),
                          s.effort().hours(),
                          s.effort().personDays()));
            },
            e -> cx.failed("Creating the assessment report", e));
  }

  private String name(String id) {
    return cx.services().dialects().byId(id).map(Dialect::displayName).orElse(id);
  }

  /** Asks for a folder and writes {@code report} there in {@code format}, in the background. */
  void export(ReportFormat format, AssessmentReport report) {
    String what = format.name();
    cx.prompts()
        .chooseFolder("Export the " + what + " report to")
        .ifPresent(
            dir ->
                cx.task()
                    .start(
                        "Exporting the " + what + " report",
                        ctx -> {
                          Files.createDirectories(dir);
                          return format.exporter(ExportOptions.defaults()).export(report, dir);
                        },
                        files -> written(what, dir, files),
                        e -> cx.failed("Exporting the " + what + " report", e)));
  }

  private void written(String what, Path dir, List<Path> files) {
    StringBuilder names = new StringBuilder();
    for (Path f : files) {
      names.append(names.length() == 0 ? "" : ", ").append(f.getFileName());
    }
    cx.log().info("Exported the " + what + " report to " + dir + ": " + names);
    cx.info("Exported the " + what + " report: " + names + " in " + dir);
  }

  /** The action item row that occurrence {@code o} of {@code code} stands for, or null. */
  static ItemRow rowOf(String code, Occurrence o, List<ItemRow> rows) {
    for (ItemRow r : rows) {
      ActionItem i = r.item();
      SourceSpan s = i.source();
      boolean same =
          i.code().equals(code)
              && Objects.equals(i.message(), o.message())
              && Objects.equals(s == null ? null : s.file(), o.file())
              && Objects.equals(s == null ? null : s.startLine(), o.line())
              && Objects.equals(s == null ? null : s.startColumn(), o.column())
              && (i.object() == null || o.object() == null || i.object().path().equals(o.object()));
      if (same) {
        return r;
      }
    }
    return null;
  }
}
