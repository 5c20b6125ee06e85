package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.ObjectRow;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.AssessmentReport.SourceLines;
import io.godwit.assess.AssessmentReport.Unreadable;
import io.godwit.assess.AssessmentReport.VerifiedObject;
import io.godwit.assess.Labels;
import io.godwit.convert.item.Category;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The detailed sections of the HTML report: action items, objects, problems, excerpts. */
final class HtmlDetails {

  private final HtmlWriter w;

  HtmlDetails(HtmlWriter w) {
    this.w = w;
  }

  void actionItems(AssessmentReport r) throws IOException {
    w.start("section", "id", "action-items");
    w.element("h2", "Action items");
    w.element(
        "p",
        "One row per distinct action item. Effort per occurrence and learning effort (once per"
            + " item) are in hours; open an item for its occurrences.",
        "class",
        "lead");
    if (r.actionItems().isEmpty()) {
      w.element(
          "p", "Nothing needs attention: every object converted without items.", "class", "empty");
      w.end("section");
      return;
    }
    tools("action-table", "All categories", List.of("complex", "medium", "simple", "info"));
    w.start("table", "class", "data", "id", "action-table");
    header(
        List.of(
            "Code",
            "Category",
            "Action item",
            "Occurrences",
            "Objects",
            "Per occurrence (h)",
            "Learning (h)",
            "Total (h)"),
        3);
    w.start("tbody");
    for (ActionItemRow a : r.actionItems()) {
      w.start("tr", "data-filter", label(a.category()));
      w.start("td").element("a", a.code(), "href", "#item-" + a.code(), "class", "mono").end("td");
      w.start("td", "data-v", Integer.toString(3 - a.category().ordinal()));
      badge(a.category());
      w.end("td");
      w.element("td", a.title());
      number(w, a.occurrenceCount());
      number(w, a.objectCount());
      hours2(a.hoursPerOccurrence());
      hours2(a.learningHours());
      hours(a.totalHours());
      w.end("tr");
    }
    w.end("tbody").end("table");
    for (ActionItemRow a : r.actionItems()) {
      item(a);
    }
    w.end("section").newline();
  }

  private void item(ActionItemRow a) throws IOException {
    w.start("details", "class", "item", "id", "item-" + a.code());
    w.start("summary");
    w.element("span", a.code(), "class", "mono");
    w.text(" ");
    badge(a.category());
    w.text(" " + a.title() + " \u2014 " + Fmt.counted(a.occurrenceCount(), "occurrence"));
    w.end("summary");
    w.start("div", "class", "body");
    w.start("dl");
    w.element("dt", "Description");
    w.element("dd", a.description());
    w.element("dt", "Recommended action");
    w.element("dd", a.recommendation());
    w.element("dt", "Estimated effort");
    w.element(
        "dd",
        Fmt.hours2(a.hoursPerOccurrence())
            + " h per occurrence, "
            + Fmt.hours2(a.learningHours())
            + " h to learn once; "
            + Fmt.hours(a.totalHours())
            + " h in all");
    w.end("dl");
    w.start("table");
    w.start("thead").start("tr");
    for (String h : List.of("Object", "Kind", "Source", "Message", "Excerpt")) {
      w.element("th", h);
    }
    w.end("tr").end("thead").start("tbody");
    for (Occurrence o : a.occurrences()) {
      w.start("tr", "id", o.id());
      w.start("td");
      if (o.objectId() != null) {
        w.element("a", o.object(), "href", "#" + o.objectId());
      } else {
        w.text(o.object());
      }
      w.end("td");
      w.element("td", Labels.singular(o.objectKind()));
      w.start("td", "class", "mono");
      String place = Fmt.place(o.file(), o.line(), o.column());
      if (hasExcerpt(o)) {
        w.element("a", place.isEmpty() ? "excerpt" : place, "href", "#src-" + o.id());
      } else {
        w.text(place);
      }
      w.end("td");
      w.element("td", o.message());
      w.start("td");
      if (o.excerpt() != null) {
        w.element("code", o.excerpt());
      }
      w.end("td");
      w.end("tr");
    }
    w.end("tbody").end("table");
    w.end("div");
    w.end("details").newline();
  }

  void objects(AssessmentReport r) throws IOException {
    w.start("section", "id", "objects");
    w.element("h2", "Objects");
    w.element(
        "p",
        "Every object assessed, in the order it runs on the target. Sort by any column; filter by"
            + " text or status.",
        "class",
        "lead");
    tools(
        "object-table",
        "All statuses",
        List.of("converted", "needs actions", "not converted", "could not be read"));
    w.start("table", "class", "data", "id", "object-table");
    header(
        List.of(
            "Object",
            "Kind",
            "Lines",
            "Status",
            "Category",
            "Action items",
            "Info",
            "Codes",
            "Effort (h)",
            "Verified"),
        -1);
    w.start("tbody");
    for (ObjectRow o : r.objects()) {
      String state = Labels.state(o.state());
      w.start("tr", "id", o.id(), "data-filter", state.toLowerCase(Locale.ROOT));
      w.element(
          "td", o.path(), "title", o.target() == null ? null : "on the target: " + o.target());
      w.element("td", Labels.singular(o.kind()));
      number(w, o.lines());
      w.element("td", state);
      w.start(
          "td",
          "data-v",
          o.category() == null ? "0" : Integer.toString(o.category().ordinal() + 1));
      if (o.category() != null) {
        badge(o.category());
      }
      w.end("td");
      number(w, o.actionItems());
      number(w, o.infoItems());
      w.start("td", "class", "mono");
      boolean first = true;
      for (String code : o.codes()) {
        if (!first) {
          w.text(" ");
        }
        w.element("a", code, "href", "#item-" + code);
        first = false;
      }
      w.end("td");
      hours(o.effortHours());
      w.start("td", "title", o.verifyError());
      if (o.verified() != null) {
        String v = o.verified().name().toLowerCase(Locale.ROOT);
        w.element("span", v, "class", "badge " + v);
      }
      w.end("td");
      w.end("tr");
    }
    w.end("tbody").end("table");
    w.end("section").newline();
  }

  void unreadable(AssessmentReport r) throws IOException {
    w.start("section", "id", "unreadable");
    w.element("h2", "What could not be read");
    w.element(
        "p",
        "These objects exist in the source but could not be read or parsed. They count as not"
            + " converted, and their effort is in the estimate.",
        "class",
        "lead");
    if (r.unreadable().isEmpty()) {
      w.element("p", "Every object was read.", "class", "empty");
      w.end("section");
      return;
    }
    w.start("table", "class", "data", "id", "unreadable-table");
    header(List.of("Object", "Kind", "Code", "Reason", "Source", "Excerpt"));
    w.start("tbody");
    for (Unreadable u : r.unreadable()) {
      w.start("tr");
      w.start("td").element("a", u.path(), "href", "#" + u.objectId()).end("td");
      w.element("td", Labels.singular(u.kind()));
      w.start("td", "class", "mono").element("a", u.code(), "href", "#item-" + u.code()).end("td");
      w.element("td", u.reason());
      w.element("td", Fmt.place(u.file(), u.line(), u.column()), "class", "mono");
      w.start("td");
      if (u.excerpt() != null) {
        w.element("code", u.excerpt());
      }
      w.end("td");
      w.end("tr");
    }
    w.end("tbody").end("table");
    w.end("section").newline();
  }

  void verification(AssessmentReport r) throws IOException {
    w.start("section", "id", "verified");
    w.element("h2", "Verified on the target");
    AssessmentReport.Verification v = r.verification();
    if (v == null) {
      w.element(
          "p",
          "The output has not been applied to a target, so the converted objects are not yet"
              + " backed by execution. Run godwit apply and assess again to see per-object results.",
          "class",
          "empty");
      w.end("section");
      return;
    }
    w.element(
        "p",
        "Applied to "
            + v.target()
            + ": "
            + Fmt.count(v.applied())
            + " applied, "
            + Fmt.count(v.failed())
            + " failed, "
            + Fmt.count(v.skipped())
            + " skipped. Storage objects: "
            + v.storage().applied()
            + " applied, "
            + v.storage().failed()
            + " failed; code objects: "
            + v.code().applied()
            + " applied, "
            + v.code().failed()
            + " failed.",
        "class",
        "lead");
    tools("verified-table", "All results", List.of("applied", "failed", "skipped"));
    w.start("table", "class", "data", "id", "verified-table");
    header(List.of("Object", "Kind", "File", "Result", "Target's message"));
    w.start("tbody");
    for (VerifiedObject o : v.objects()) {
      String status = o.status().name().toLowerCase(Locale.ROOT);
      w.start("tr", "data-filter", status);
      w.start("td");
      if (o.objectId() != null) {
        w.element("a", o.path(), "href", "#" + o.objectId());
      } else {
        w.text(o.path());
      }
      w.end("td");
      w.element("td", o.kind());
      w.element("td", o.file(), "class", "mono");
      w.start("td").element("span", status, "class", "badge " + status).end("td");
      w.start("td");
      if (o.error() != null) {
        w.element("code", o.error());
      }
      w.end("td");
      w.end("tr");
    }
    w.end("tbody").end("table");
    w.end("section").newline();
  }

  /** One block per occurrence with its source lines; occurrences link here. */
  void excerpts(AssessmentReport r) throws IOException {
    w.start("section", "id", "sources");
    w.element("h2", "Source excerpts");
    w.element(
        "p",
        "The source around each occurrence, the occurrence's line highlighted.",
        "class",
        "lead");
    boolean any = false;
    for (ActionItemRow a : r.actionItems()) {
      for (Occurrence o : a.occurrences()) {
        if (!hasExcerpt(o)) {
          continue;
        }
        any = true;
        w.start("div", "class", "excerpt", "id", "src-" + o.id());
        w.start("div", "class", "head");
        w.start("b").text(o.object()).end("b");
        w.text(" \u00b7 " + Fmt.place(o.file(), o.line(), o.column()) + " \u00b7 " + a.code());
        w.element("a", "back to the occurrence", "href", "#" + o.id());
        w.end("div");
        w.start("pre");
        SourceLines c = o.context();
        if (c != null) {
          for (int i = 0; i < c.lines().size(); i++) {
            int n = c.firstLine() + i;
            boolean hit = o.line() != null && n == o.line();
            w.start("span", "class", hit ? "hl" : "row");
            w.element("span", Integer.toString(n), "class", "ln");
            w.text(c.lines().get(i));
            w.end("span");
          }
        } else {
          w.start("span", "class", "hl");
          w.element("span", o.line() == null ? "" : o.line().toString(), "class", "ln");
          w.text(o.excerpt());
          w.end("span");
        }
        w.end("pre");
        w.end("div").newline();
      }
    }
    if (!any) {
      w.element("p", "No occurrence has source text.", "class", "empty");
    }
    w.end("section").newline();
  }

  static boolean hasExcerpt(Occurrence o) {
    return o.context() != null || o.excerpt() != null;
  }

  private void tools(String table, String all, List<String> choices) throws IOException {
    w.start("div", "class", "tools");
    w.empty(
        "input",
        "type",
        "search",
        "placeholder",
        "Filter rows\u2026",
        "data-filter-for",
        table,
        "aria-label",
        "Filter rows");
    w.start("select", "data-filter-for", table, "aria-label", "Show");
    w.element("option", all, "value", "");
    for (String c : choices) {
      w.element("option", c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1), "value", c);
    }
    w.end("select");
    w.element("span", "", "class", "count", "data-count-for", table);
    w.end("div");
  }

  /** A header row; the columns listed in {@code numeric} are right-aligned. */
  private void header(List<String> columns, int... numeric) throws IOException {
    w.start("thead").start("tr");
    for (int i = 0; i < columns.size(); i++) {
      boolean n = false;
      for (int k : numeric) {
        n |= k == i;
      }
      w.element("th", columns.get(i), "class", n ? "n" : null);
    }
    w.end("tr").end("thead");
  }

  private void badge(Category c) throws IOException {
    w.element("span", Labels.category(c), "class", "badge " + label(c));
  }

  private static String label(Category c) {
    return c.name().toLowerCase(Locale.ROOT);
  }

  static void number(HtmlWriter w, long n) throws IOException {
    w.element("td", Fmt.count(n), "class", "n", "data-v", Long.toString(n));
  }

  private void hours(double h) throws IOException {
    w.element("td", Fmt.hours(h), "class", "n", "data-v", Fmt.raw(h));
  }

  private void hours2(double h) throws IOException {
    w.element("td", Fmt.hours2(h), "class", "n", "data-v", Fmt.raw(h));
  }
}
