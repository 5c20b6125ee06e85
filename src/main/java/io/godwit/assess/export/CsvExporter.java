package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.AssessmentReport.TypeRow;
import io.godwit.assess.Labels;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The three CSV files AWS SCT writes, in RFC 4180 (CRLF line ends, quotes where needed), UTF-8,
 * optionally with a byte-order mark for Excel:
 *
 * <ul>
 *   <li>{@code <base>-action-items.csv}: one row per occurrence;
 *   <li>{@code <base>-action-items-summary.csv}: one row per code, with its efforts;
 *   <li>{@code <base>-summary.csv}: one row per object type.
 * </ul>
 *
 * Efforts are hours with a decimal point; absent values are empty fields.
 */
public final class CsvExporter implements Exporter {

  static final String[] ACTION_ITEMS = {
    "Category",
    "Occurrence file",
    "Occurrence line",
    "Occurrence position",
    "Code",
    "Action item",
    "Subject",
    "Description",
    "Recommended action",
    "Estimated complexity",
    "Excerpt"
  };

  static final String[] SUMMARY = {
    "Code",
    "Action item",
    "Estimated complexity",
    "Occurrences",
    "Objects affected",
    "Learning effort (hours)",
    "Effort per occurrence (hours)",
    "Total effort (hours)",
    "Description",
    "Recommended action"
  };

  static final String[] TYPES = {
    "Object type",
    "Group",
    "Objects",
    "Converted automatically",
    "Simple actions",
    "Medium actions",
    "Complex actions",
    "Lines of code",
    "Estimated effort (hours)"
  };

  private final ExportOptions options;

  public CsvExporter(ExportOptions options) {
    this.options = options;
  }

  @Override
  public List<Path> export(AssessmentReport report, Path dir) throws IOException {
    String base = options.baseName();
    Path items =
        write(
            dir.resolve(base + "-action-items.csv"),
            ACTION_ITEMS,
            csv -> {
              for (ActionItemRow row : report.actionItems()) {
                for (Occurrence o : row.occurrences()) {
                  csv.printRecord(
                      o.objectKind() == null ? "" : Labels.plural(o.objectKind()),
                      text(o.file()),
                      number(o.line()),
                      number(o.column()),
                      row.code(),
                      row.title(),
                      text(o.object()),
                      text(o.message()),
                      text(row.recommendation()),
                      Labels.category(o.category()),
                      text(o.excerpt()));
                }
              }
            });
    Path summary =
        write(
            dir.resolve(base + "-action-items-summary.csv"),
            SUMMARY,
            csv -> {
              for (ActionItemRow row : report.actionItems()) {
                csv.printRecord(
                    row.code(),
                    row.title(),
                    Labels.category(row.category()),
                    row.occurrenceCount(),
                    row.objectCount(),
                    hours(row.learningHours()),
                    hours(row.hoursPerOccurrence()),
                    hours(row.totalHours()),
                    text(row.description()),
                    text(row.recommendation()));
              }
            });
    Path types =
        write(
            dir.resolve(base + "-summary.csv"),
            TYPES,
            csv -> {
              for (TypeRow t : report.objectTypes()) {
                csv.printRecord(
                    t.label(),
                    Labels.group(t.group()),
                    t.objects(),
                    t.converted().count(),
                    t.simple(),
                    t.medium(),
                    t.complex(),
                    t.lines(),
                    hours(t.effortHours()));
              }
            });
    return List.of(items, summary, types);
  }

  /** Writes the rows of one file. */
  private interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  private Path write(Path file, String[] header, Rows rows) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).build();
    return AtomicFile.write(
        file,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          if (options.csvBom()) {
            w.write('\uFEFF');
          }
          CSVPrinter csv = new CSVPrinter(w, format);
          rows.print(csv);
          csv.flush();
        });
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String number(Integer n) {
    return n == null ? "" : n.toString();
  }

  static String hours(double h) {
    return String.format(Locale.ROOT, "%.2f", h);
  }
}
