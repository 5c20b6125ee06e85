package io.godwit.ui.assess;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.AssessmentReport.Summary;
import io.godwit.assess.export.ReportFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The assessment as the workbench shows it: the report of the last "Create report", its figures as
 * text, and the commands of the view (export, show an occurrence). It never touches a control.
 */
public final class AssessmentViewModel {

  /** One line of the summary table: a group of objects and its figures, as shown. */
  public record SummaryRow(
      String group,
      String objects,
      String converted,
      String simple,
      String medium,
      String complex,
      String lines) {}

  private final ObjectProperty<AssessmentReport> report = new SimpleObjectProperty<>();
  private final BiConsumer<ReportFormat, AssessmentReport> export;
  private final BiConsumer<String, Occurrence> show;

  /**
   * @param export asks where and writes the report in a format (off the UI thread)
   * @param show selects an occurrence's object and highlights its spans
   */
  public AssessmentViewModel(
      BiConsumer<ReportFormat, AssessmentReport> export, BiConsumer<String, Occurrence> show) {
    this.export = export;
    this.show = show;
  }

  public ObjectProperty<AssessmentReport> reportProperty() {
    return report;
  }

  public AssessmentReport report() {
    return report.get();
  }

  /** Exports the shown report in {@code format}; nothing when there is none. */
  public void export(ReportFormat format) {
    AssessmentReport r = report.get();
    if (r != null) {
      export.accept(format, r);
    }
  }

  /** Shows where {@code occurrence} of action item {@code code} is, in the editors. */
  public void show(String code, Occurrence occurrence) {
    if (occurrence != null) {
      show.accept(code, occurrence);
    }
  }

  /** The summary rows: storage objects, code objects, every object. */
  public static List<SummaryRow> summaryRows(Summary s) {
    return List.of(
        row("Storage objects", s.storage()),
        row("Code objects", s.code()),
        row("All objects", s.total()));
  }

  private static SummaryRow row(String group, Figures f) {
    return new SummaryRow(
        group,
        count(f.objects()),
        share(f.converted()),
        share(f.simple()),
        share(f.medium()),
        share(f.complex()),
        count(f.lines()));
  }

  /** The title line: source, target and when. */
  public static String title(AssessmentReport r) {
    return r.source().productName()
        + "  →  "
        + r.target().productName()
        + (r.target().version() == null ? "" : " " + r.target().version())
        + "   ·   "
        + r.generatedAt();
  }

  /** The effort line: hours and person-days, and how they split. */
  public static String effort(Summary s) {
    return String.format(
        Locale.ROOT,
        "Estimated effort: %s hours (%s person-days): review %s h, action items %s h, learning %s h",
        hours(s.effort().hours()),
        hours(s.effort().personDays()),
        hours(s.effort().reviewHours()),
        hours(s.effort().actionHours()),
        hours(s.effort().learningHours()));
  }

  /** The counts line: lines of code, action items, unreadable objects, complexity. */
  public static String counts(Summary s) {
    return String.format(
        Locale.ROOT,
        "%s lines of code · %s action items (%s distinct) · %s objects could not be read ·"
            + " complexity %d of 10",
        count(s.linesOfCode()),
        count(s.actionItems()),
        count(s.distinctActionItems()),
        count(s.unreadable()),
        s.complexity());
  }

  /** A count as shown: {@code 1,234}. */
  public static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Hours as shown: one decimal, a decimal point. */
  public static String hours(double h) {
    return String.format(Locale.ROOT, "%,.1f", h);
  }

  /** A share as shown: {@code 12 (40.0 %)}. */
  public static String share(AssessmentReport.Share s) {
    return String.format(Locale.ROOT, "%,d (%.1f %%)", s.count(), s.percent());
  }

  /** An occurrence as a tree line: object, place and message. */
  public static String describe(Occurrence o) {
    StringBuilder s = new StringBuilder();
    s.append(o.object() == null ? "(script)" : o.object());
    if (o.file() != null || o.line() != null) {
      s.append("  ·  ");
      if (o.file() != null) {
        s.append(o.file());
      }
      if (o.line() != null) {
        s.append(o.file() == null ? "line " : ":").append(o.line());
        if (o.column() != null) {
          s.append(':').append(o.column());
        }
      }
    }
    return s.append("  —  ").append(o.message()).toString();
  }
}
