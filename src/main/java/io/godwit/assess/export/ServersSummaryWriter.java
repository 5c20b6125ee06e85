package io.godwit.assess.export;

import io.godwit.assess.ServersSummary;
import io.godwit.assess.ServersSummary.Source;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The summary of a many-source assessment: {@code servers-summary.csv}, {@code .json} and {@code
 * .html}, one row per source with conversion rates, complexity and effort.
 */
public final class ServersSummaryWriter {

  static final String[] HEADER = {
    "Source",
    "From",
    "To",
    "Status",
    "Objects",
    "Storage objects converted (%)",
    "Code objects converted (%)",
    "Complexity (1-10)",
    "Estimated effort (hours)",
    "Person-days",
    "Lines of code",
    "Could not be read",
    "Report",
    "Error"
  };

  private final ExportOptions options;

  public ServersSummaryWriter(ExportOptions options) {
    this.options = options;
  }

  /** Writes the three files into {@code dir}; returns them. */
  public List<Path> write(ServersSummary summary, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(csv(summary, dir.resolve("servers-summary.csv")));
    files.add(
        AtomicFile.write(
            dir.resolve("servers-summary.json"),
            out -> JsonExporter.mapper().writeValue(out, summary)));
    files.add(
        AtomicFile.write(
            dir.resolve("servers-summary.html"),
            out -> {
              Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              HtmlWriter html = new HtmlWriter(w);
              html(summary, html);
              html.flush();
            }));
    return files;
  }

  private Path csv(ServersSummary summary, Path file) throws IOException {
    return AtomicFile.write(
        file,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          if (options.csvBom()) {
            w.write('\uFEFF');
          }
          CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).build());
          for (Source s : summary.sources()) {
            csv.printRecord(
                s.name(),
                s.from(),
                s.to(),
                s.assessed() ? "assessed" : "failed",
                s.assessed() ? Integer.toString(s.objects()) : "",
                s.assessed() ? percent(s.storageConvertedPercent()) : "",
                s.assessed() ? percent(s.codeConvertedPercent()) : "",
                s.assessed() ? Integer.toString(s.complexity()) : "",
                s.assessed() ? CsvExporter.hours(s.effortHours()) : "",
                s.assessed() ? CsvExporter.hours(s.personDays()) : "",
                s.assessed() ? Integer.toString(s.linesOfCode()) : "",
                s.assessed() ? Integer.toString(s.unreadable()) : "",
                s.report() == null ? "" : s.report(),
                s.error() == null ? "" : s.error());
          }
          csv.flush();
        });
  }

  private static void html(ServersSummary summary, HtmlWriter w) throws IOException {
    w.trusted("<!DOCTYPE html>\n");
    w.start("html", "lang", "en");
    w.start("head");
    w.empty("meta", "charset", "utf-8");
    w.element("title", "Migration assessment: " + summary.sources().size() + " sources");
    w.start("style").trusted(HtmlExporter.css()).end("style");
    w.end("head");
    w.start("body");
    w.start("header", "class", "top");
    w.element("div", "Godwit \u00b7 Database migration assessment", "class", "brand");
    w.element("h1", summary.sources().size() + " sources");
    w.element(
        "div",
        "Generated "
            + Fmt.date(summary.generatedAt())
            + " \u00b7 estimated effort "
            + Fmt.hours(summary.effortHours())
            + " h ("
            + Fmt.hours(summary.personDays())
            + " person-days)",
        "class",
        "meta");
    w.end("header");
    w.start("main");
    w.start("section");
    w.element("h2", "Sources");
    w.start("div", "class", "tools");
    w.empty(
        "input",
        "type",
        "search",
        "placeholder",
        "Filter rows\u2026",
        "data-filter-for",
        "servers-table",
        "aria-label",
        "Filter rows");
    w.element("span", "", "class", "count", "data-count-for", "servers-table");
    w.end("div");
    w.start("table", "class", "data", "id", "servers-table");
    w.start("thead").start("tr");
    String[] columns = {
      "Source",
      "From",
      "To",
      "Objects",
      "Storage converted",
      "Code converted",
      "Complexity",
      "Effort (h)",
      "Person-days",
      "Lines",
      "Not read"
    };
    for (int i = 0; i < columns.length; i++) {
      w.element("th", columns[i], "class", i >= 3 ? "n" : null);
    }
    w.end("tr").end("thead").start("tbody");
    for (Source s : summary.sources()) {
      w.start("tr");
      w.start("td");
      if (s.report() != null) {
        w.element("a", s.name(), "href", s.report());
      } else {
        w.text(s.name());
      }
      w.end("td");
      w.element("td", s.from());
      w.element("td", s.to());
      if (!s.assessed()) {
        w.element("td", "could not be assessed: " + s.error(), "colspan", "8", "class", "empty");
      } else {
        cell(w, Fmt.count(s.objects()), s.objects());
        cell(w, Fmt.percent(s.storageConvertedPercent()), s.storageConvertedPercent());
        cell(w, Fmt.percent(s.codeConvertedPercent()), s.codeConvertedPercent());
        cell(w, s.complexity() + " / 10", s.complexity());
        cell(w, Fmt.hours(s.effortHours()), s.effortHours());
        cell(w, Fmt.hours(s.personDays()), s.personDays());
        cell(w, Fmt.count(s.linesOfCode()), s.linesOfCode());
        cell(w, Fmt.count(s.unreadable()), s.unreadable());
      }
      w.end("tr");
    }
    w.end("tbody").end("table");
    w.end("section");
    w.end("main");
    w.start("script").trusted(HtmlExporter.js()).end("script");
    w.end("body").end("html").newline();
  }

  private static String percent(double p) {
    return String.format(java.util.Locale.ROOT, "%.1f", p);
  }

  private static void cell(HtmlWriter w, String text, double value) throws IOException {
    w.element("td", text, "class", "n", "data-v", Fmt.raw(value));
  }
}
