package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.KindReview;
import io.godwit.assess.AssessmentReport.Summary;
import io.godwit.assess.AssessmentReport.TypeRow;
import io.godwit.assess.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code <base>.html}: one self-contained file (style, script and charts inline, nothing fetched
 * from the network) with sortable and filterable tables and a link from every occurrence to its
 * source excerpt.
 */
public final class HtmlExporter implements Exporter {

  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");

  private final ExportOptions options;

  public HtmlExporter(ExportOptions options) {
    this.options = options;
  }

  @Override
  public List<Path> export(AssessmentReport report, Path dir) throws IOException {
    Path file = dir.resolve(options.baseName() + ".html");
    return List.of(
        AtomicFile.write(
            file,
            out -> {
              Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              HtmlWriter html = new HtmlWriter(writer);
              write(report, html);
              html.flush();
            }));
  }

  static void write(AssessmentReport r, HtmlWriter w) throws IOException {
    String title = "Migration assessment: " + Fmt.source(r) + " to " + Fmt.target(r);
    w.trusted("<!DOCTYPE html>\n");
    w.start("html", "lang", "en").newline();
    w.start("head");
    w.empty("meta", "charset", "utf-8");
    w.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    w.empty("meta", "name", "generator", "content", "Godwit " + r.godwitVersion());
    w.element("title", title);
    w.start("style").trusted(CSS).end("style");
    w.end("head").newline();
    w.start("body");
    header(r, w);
    nav(r, w);
    w.start("main");
    summary(r, w);
    types(r, w);
    HtmlDetails details = new HtmlDetails(w);
    details.actionItems(r);
    details.objects(r);
    details.unreadable(r);
    details.verification(r);
    details.excerpts(r);
    effortModel(r, w);
    w.end("main");
    w.start("footer")
        .text(
            "Written by Godwit "
                + r.godwitVersion()
                + " on "
                + Fmt.date(r.generatedAt())
                + ". Estimates follow the effort model above; they are a planning aid, not a"
                + " quote.")
        .end("footer");
    w.newline().start("script").trusted(JS).end("script");
    w.end("body").end("html").newline();
  }

  private static void header(AssessmentReport r, HtmlWriter w) throws IOException {
    w.start("header", "class", "top");
    w.element("div", "Godwit \u00b7 Database migration assessment", "class", "brand");
    w.element("h1", Fmt.source(r) + " \u2192 " + Fmt.target(r));
    StringBuilder meta = new StringBuilder();
    if (!r.source().schemas().isEmpty()) {
      meta.append(r.source().schemas().size() == 1 ? "Schema " : "Schemas ")
          .append(String.join(", ", r.source().schemas()))
          .append(" \u00b7 ");
    }
    if (r.source().database() != null) {
      meta.append("Database ").append(r.source().database()).append(" \u00b7 ");
    }
    meta.append("Generated ").append(Fmt.date(r.generatedAt()));
    w.element("div", meta.toString(), "class", "meta");
    if (!r.source().inputs().isEmpty()) {
      w.element("div", "Read from " + String.join(", ", r.source().inputs()), "class", "meta");
    }
    w.end("header").newline();
  }

  private static void nav(AssessmentReport r, HtmlWriter w) throws IOException {
    w.start("nav", "class", "sections");
    link(w, "#summary", "Summary");
    link(w, "#types", "Object types");
    link(w, "#action-items", "Action items (" + r.actionItems().size() + ")");
    link(w, "#objects", "Objects (" + r.objects().size() + ")");
    link(w, "#unreadable", "Not read (" + r.unreadable().size() + ")");
    link(w, "#verified", "Verified");
    link(w, "#sources", "Source excerpts");
    link(w, "#effort-model", "Effort model");
    w.end("nav").newline();
  }

  private static void link(HtmlWriter w, String href, String text) throws IOException {
    w.element("a", text, "href", href);
  }

  private static void summary(AssessmentReport r, HtmlWriter w) throws IOException {
    Summary s = r.summary();
    w.start("section", "id", "summary");
    w.element("h2", "Executive summary");
    w.element(
        "p",
        Fmt.share(s.total().converted())
            + " of "
            + Fmt.count(s.total().objects())
            + " objects convert automatically. The rest needs an estimated "
            + Fmt.hours(s.effort().hours())
            + " hours ("
            + Fmt.hours(s.effort().personDays())
            + " person-days) of work, including review, fixes and learning.",
        "class",
        "lead");
    w.start("div", "class", "kpis");
    kpi(w, Fmt.count(s.total().objects()), "Objects assessed");
    kpi(w, Fmt.percent(s.storage().converted().percent()), "Storage objects converted");
    kpi(w, Fmt.percent(s.code().converted().percent()), "Code objects converted");
    kpi(w, Fmt.hours(s.effort().hours()) + " h", "Estimated effort");
    kpi(w, Fmt.hours(s.effort().personDays()), "Person-days");
    kpi(w, s.complexity() + " / 10", "Complexity");
    kpi(w, Fmt.count(s.linesOfCode()), "Lines of code");
    kpi(w, Fmt.count(s.unreadable()), "Could not be read");
    w.end("div");
    w.start("div", "class", "charts");
    SvgCharts charts = new SvgCharts(w);
    charts.donut("Storage objects", s.storage());
    charts.donut("Code objects", s.code());
    w.end("div");
    w.start("table", "class", "figures");
    w.start("thead").start("tr");
    for (String h :
        List.of(
            "",
            "Objects",
            "Converted automatically",
            "Simple actions",
            "Medium actions",
            "Complex actions",
            "Lines of code",
            "Effort (h)")) {
      w.element("th", h, "class", h.isEmpty() ? null : "n");
    }
    w.end("tr").end("thead").start("tbody");
    figures(w, "Storage objects (tables, constraints, indexes, sequences)", s.storage(), false);
    figures(w, "Code objects (views, routines, packages, triggers, types)", s.code(), false);
    Figures other = other(s);
    if (other.objects() > 0) {
      figures(w, "Other objects (synonyms, scripts, ...)", other, false);
    }
    figures(w, "All objects", s.total(), true);
    w.end("tbody").end("table");
    w.element("h3", "Estimated effort");
    w.start("table", "class", "figures narrow");
    w.start("tbody");
    effortRow(w, "Reviewing and testing every object", s.effort().reviewHours(), false);
    effortRow(
        w,
        "Resolving " + Fmt.count(s.actionItems()) + " action items",
        s.effort().actionHours(),
        false);
    effortRow(
        w,
        "Learning " + s.distinctActionItems() + " distinct action items (once each)",
        s.effort().learningHours(),
        false);
    effortRow(w, "Total", s.effort().hours(), true);
    w.end("tbody").end("table");
    w.element("h3", "Assumptions");
    w.start("ul", "class", "notes");
    for (String note : r.effortModel().notes()) {
      w.element("li", note);
    }
    w.end("ul");
    w.end("section").newline();
  }

  /** The figures of objects that are neither storage nor code. */
  private static Figures other(Summary s) {
    int objects = s.total().objects() - s.storage().objects() - s.code().objects();
    int converted =
        s.total().converted().count()
            - s.storage().converted().count()
            - s.code().converted().count();
    int simple =
        s.total().simple().count() - s.storage().simple().count() - s.code().simple().count();
    int medium =
        s.total().medium().count() - s.storage().medium().count() - s.code().medium().count();
    int complex =
        s.total().complex().count() - s.storage().complex().count() - s.code().complex().count();
    return new Figures(
        objects,
        share(converted, objects),
        share(simple, objects),
        share(medium, objects),
        share(complex, objects),
        s.total().lines() - s.storage().lines() - s.code().lines(),
        Math.round(
                (s.total().effortHours() - s.storage().effortHours() - s.code().effortHours())
                    * 100.0)
            / 100.0);
  }

  private static AssessmentReport.Share share(int n, int of) {
    return new AssessmentReport.Share(n, of == 0 ? 0 : Math.round(1000.0 * n / of) / 10.0);
  }

  private static void kpi(HtmlWriter w, String value, String label) throws IOException {
    w.start("div", "class", "kpi");
    w.element("div", value, "class", "value");
    w.element("div", label, "class", "label");
    w.end("div");
  }

  private static void figures(HtmlWriter w, String label, Figures f, boolean total)
      throws IOException {
    w.start("tr", "class", total ? "total" : null);
    w.element("td", label);
    w.element("td", Fmt.count(f.objects()), "class", "n");
    w.element("td", Fmt.share(f.converted()), "class", "n");
    w.element("td", Fmt.share(f.simple()), "class", "n");
    w.element("td", Fmt.share(f.medium()), "class", "n");
    w.element("td", Fmt.share(f.complex()), "class", "n");
    w.element("td", Fmt.count(f.lines()), "class", "n");
    w.element("td", Fmt.hours(f.effortHours()), "class", "n");
    w.end("tr");
  }

  private static void effortRow(HtmlWriter w, String label, double hours, boolean total)
      throws IOException {
    w.start("tr", "class", total ? "total" : null);
    w.element("td", label);
    w.element("td", Fmt.hours(hours) + " h", "class", "n");
    w.end("tr");
  }

  private static void types(AssessmentReport r, HtmlWriter w) throws IOException {
    w.start("section", "id", "types");
    w.element("h2", "Per object type");
    if (r.objectTypes().isEmpty()) {
      w.element("p", "No objects were found.", "class", "empty");
      w.end("section");
      return;
    }
    new SvgCharts(w).stackedBars(r.objectTypes());
    w.start("table", "class", "data", "id", "type-table");
    w.start("thead").start("tr");
    w.element("th", "Object type");
    w.element("th", "Group");
    for (String h :
        List.of(
            "Objects",
            "Converted",
            "Converted %",
            "Simple",
            "Medium",
            "Complex",
            "Lines",
            "Effort (h)")) {
      w.element("th", h, "class", "n");
    }
    w.end("tr").end("thead").start("tbody");
    for (TypeRow t : r.objectTypes()) {
      w.start("tr");
      w.element("td", t.label());
      w.element("td", Labels.group(t.group()));
      HtmlDetails.number(w, t.objects());
      HtmlDetails.number(w, t.converted().count());
      w.element(
          "td",
          Fmt.percent(t.converted().percent()),
          "class",
          "n",
          "data-v",
          Fmt.raw(t.converted().percent()));
      HtmlDetails.number(w, t.simple());
      HtmlDetails.number(w, t.medium());
      HtmlDetails.number(w, t.complex());
      HtmlDetails.number(w, t.lines());
      w.element("td", Fmt.hours(t.effortHours()), "class", "n", "data-v", Fmt.raw(t.effortHours()));
      w.end("tr");
    }
    w.end("tbody").end("table");
    w.end("section").newline();
  }

  private static void effortModel(AssessmentReport r, HtmlWriter w) throws IOException {
    AssessmentReport.Assumptions a = r.effortModel();
    w.start("section", "id", "effort-model");
    w.element("h2", "Effort model");
    w.element(
        "p",
        "One effort unit is "
            + a.unitMinutes()
            + " minutes. Each object kind has a review effort: a base per object plus an"
            + " amount per 100 source lines. The action items' weights are listed with each"
            + " item above.",
        "class",
        "lead");
    w.start("table", "class", "narrow");
    w.start("thead").start("tr");
    w.element("th", "Object kind");
    w.element("th", "Base (units)", "class", "n");
    w.element("th", "Per 100 lines (units)", "class", "n");
    w.element("th", "Base (minutes)", "class", "n");
    w.end("tr").end("thead").start("tbody");
    for (KindReview k : a.review()) {
      w.start("tr");
      w.element("td", Labels.plural(k.kind()));
      w.element("td", Fmt.raw(k.base()), "class", "n");
      w.element("td", Fmt.raw(k.per100Lines()), "class", "n");
      w.element("td", Fmt.raw(k.base() * a.unitMinutes()), "class", "n");
      w.end("tr");
    }
    w.end("tbody").end("table");
    w.end("section").newline();
  }

  static String css() {
    return CSS;
  }

  static String js() {
    return JS;
  }

  private static String resource(String name) {
    try (InputStream in = HtmlExporter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
