package io.godwit.assess.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.SampleConversion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Parses the HTML report with jsoup: tables, links, charts, and nothing fetched from outside. */
class HtmlExporterTest {

  static Document export(AssessmentReport report, String name) throws IOException {
    Path dir = Samples.dir(name);
    List<Path> files = new HtmlExporter(ExportOptions.defaults()).export(report, dir);
    assertThat(files).containsExactly(dir.resolve("assessment.html"));
    return Jsoup.parse(Files.readString(files.get(0), StandardCharsets.UTF_8));
  }

  static List<String> column(Element table, int index) {
    return table.select("tbody > tr").stream().map(r -> r.child(index).text()).toList();
  }

  @Test
  void selfContainedWithNothingFetched() throws IOException {
    Document d = export(Samples.verified(), "html");
    assertThat(d.title()).isEqualTo("Migration assessment: Oracle Database to PostgreSQL 15");
    assertThat(d.select("link, img, iframe, object, embed, script[src], [srcset]")).isEmpty();
    for (Element e : d.select("[href], [src], [action], [xlink:href]")) {
      assertThat(e.attr("href")).as(e.outerHtml()).startsWith("#");
    }
    assertThat(d.select("style").html()).doesNotContain("url(", "@import");
    assertThat(d.select("script")).hasSize(1);
    assertThat(d.select("script").html()).doesNotContain("fetch(", "XMLHttpRequest", "http");
  }

  @Test
  void everyInternalLinkHasATarget() throws IOException {
    Document d = export(Samples.verified(), "html-links");
    Elements links = d.select("a[href^=#]");
    assertThat(links).hasSizeGreaterThan(50);
    for (Element a : links) {
      String id = a.attr("href").substring(1);
      assertThat(d.getElementById(id)).as(a.outerHtml()).isNotNull();
    }
  }

  @Test
  void summaryFiguresAndCharts() throws IOException {
    Document d = export(Samples.verified(), "html-summary");
    Element summary = d.getElementById("summary");
    assertThat(summary.select(".kpi .value").eachText())
        .containsExactly("13", "60.0 %", "12.5 %", "52.8 h", "6.6", "6 / 10", "350", "3");
    Element figures = summary.selectFirst("table.figures");
    assertThat(figures.select("tbody tr").get(0).select("td").eachText())
        .containsExactly(
            "Storage objects (tables, constraints, indexes, sequences)",
            "5",
            "3 (60.0 %)",
            "0 (0.0 %)",
            "2 (40.0 %)",
            "0 (0.0 %)",
            "20",
            "4.3");
    assertThat(figures.select("tr.total td").eachText())
        .containsExactly(
            "All objects",
            "13",
            "4 (30.8 %)",
            "1 (7.7 %)",
            "3 (23.1 %)",
            "5 (38.5 %)",
            "350",
            "47.8");
    // two donuts: storage has converted and medium parts, code all four
    Elements donuts = summary.select("figure.chart svg");
    assertThat(donuts).hasSize(2);
    assertThat(donuts.get(0).select("circle[stroke-dasharray]")).hasSize(2);
    assertThat(donuts.get(1).select("circle[stroke-dasharray]")).hasSize(4);
    assertThat(donuts.get(0).select("text").first().text()).isEqualTo("60%");
    // stacked bars: one label per type, one rect per non-empty part
    Element bars = d.getElementById("types").selectFirst("svg");
    assertThat(bars.select("rect")).hasSize(11);
    assertThat(bars.select("rect title").eachText())
        .contains("Tables: Converted automatically 1", "Packages: Complex actions 1");
    assertThat(column(d.getElementById("type-table"), 0))
        .containsExactly(
            "Tables",
            "Constraints",
            "Indexes",
            "Sequences",
            "Views",
            "Functions",
            "Procedures",
            "Packages",
            "Triggers");
  }

  @Test
  void tablesAreSortableAndFilterable() throws IOException {
    Document d = export(Samples.verified(), "html-tables");
    for (String id :
        List.of(
            "type-table", "action-table", "object-table", "unreadable-table", "verified-table")) {
      Element t = d.getElementById(id);
      assertThat(t).as(id).isNotNull();
      assertThat(t.hasClass("data")).as(id).isTrue();
      assertThat(t.select("thead th")).as(id).isNotEmpty();
    }
    for (String id : List.of("action-table", "object-table", "verified-table")) {
      assertThat(d.select("input[data-filter-for=" + id + "]")).as(id).hasSize(1);
      assertThat(d.select("select[data-filter-for=" + id + "]")).as(id).hasSize(1);
    }
    Element objects = d.getElementById("object-table");
    assertThat(objects.select("tbody tr").eachAttr("id"))
        .containsExactly(
            "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9", "o10", "o11", "o12", "o13");
    Element proc = d.getElementById("o7");
    assertThat(proc.select("td").eachText())
        .containsExactly(
            "HR.RAISE_SALARY",
            "procedure",
            "40",
            "Needs actions",
            "Complex",
            "2",
            "0",
            "PG-2004 PG-2007",
            "7.5",
            "applied");
    assertThat(proc.attr("data-filter")).isEqualTo("needs actions");
    assertThat(proc.select("td").get(8).attr("data-v")).isEqualTo("7.45");
    assertThat(d.getElementById("o2").select("td").last().attr("title"))
        .startsWith("ERROR: relation \"hr.departments\" does not exist");
    Element actions = d.getElementById("action-table");
    assertThat(column(actions, 0))
        .containsExactly(
            "GW-0001", "GW-0003", "GW-0004", "PG-2007", "GW-0020", "PG-2001", "PG-2019", "PG-2003",
            "PG-2004", "GW-0005", "PG-2009");
    assertThat(actions.select("tbody tr").get(2).select("td").eachText())
        .containsExactly(
            "GW-0004", "Complex", "Object could not be read", "2", "2", "8.00", "1.00", "17.0");
    assertThat(column(d.getElementById("unreadable-table"), 0))
        .containsExactly("HR.BROKEN", "HR.SECRET_PKG", "HR.HIDDEN_FN");
    assertThat(column(d.getElementById("verified-table"), 3))
        .containsExactly(
            "applied", "applied", "failed", "applied", "skipped", "applied", "applied");
  }

  @Test
  void everyOccurrenceLinksToItsSourceExcerpt() throws IOException {
    AssessmentReport r = Samples.verified();
    Document d = export(r, "html-excerpts");
    int linked = 0;
    for (AssessmentReport.ActionItemRow a : r.actionItems()) {
      Element details = d.getElementById("item-" + a.code());
      assertThat(details.tagName()).isEqualTo("details");
      for (AssessmentReport.Occurrence o : a.occurrences()) {
        Element row = d.getElementById(o.id());
        assertThat(row).as(o.id()).isNotNull();
        assertThat(details.select("#" + o.id())).hasSize(1);
        Element link = row.selectFirst("a[href=#src-" + o.id() + "]");
        if (o.context() == null && o.excerpt() == null) {
          assertThat(link).as(o.id()).isNull();
          continue;
        }
        assertThat(link).as(o.id()).isNotNull();
        Element excerpt = d.getElementById("src-" + o.id());
        assertThat(excerpt.selectFirst("a[href=#" + o.id() + "]")).isNotNull();
        if (o.line() != null) {
          assertThat(excerpt.selectFirst("span.hl span.ln").text()).isEqualTo(o.line().toString());
        }
        linked++;
      }
    }
    assertThat(linked).isEqualTo(11);
    // the GOTO: lines 43-47 of hr.sql, 45 highlighted
    Element gotoExcerpt =
        d.getElementById("src-" + r.actionItems().get(3).occurrences().get(0).id());
    assertThat(gotoExcerpt.select("pre > span").eachText())
        .containsExactly(
            "43  -- line 19",
            "44  -- line 20",
            "45  -- line 21",
            "46  -- line 22",
            "47  -- line 23");
    assertThat(gotoExcerpt.selectFirst("span.hl").text()).isEqualTo("45  -- line 21");
  }

  @Test
  void hostileTextIsEscapedNotExecuted() throws IOException {
    Document d = export(Samples.hostile(), "html-hostile");
    assertThat(d.select("script")).hasSize(1);
    assertThat(d.select("b:containsOwn(bold)")).isEmpty();
    assertThat(d.getElementById("o1").child(0).text())
        .isEqualTo("ÄRGER." + SampleConversion.HOSTILE_NAME);
    assertThat(d.select("#item-GW-0007 code").first().text())
        .isEqualTo(SampleConversion.HOSTILE_EXCERPT);
    assertThat(d.getElementById("sources").text()).contains("Änderung 日本");
  }

  @Test
  void anEmptyReportSaysSo() throws IOException {
    Document d = export(Samples.empty(), "html-empty");
    assertThat(d.getElementById("types").text()).contains("No objects were found.");
    assertThat(d.getElementById("action-items").text()).contains("Nothing needs attention");
    assertThat(d.getElementById("unreadable").text()).contains("Every object was read.");
    assertThat(d.getElementById("verified").text()).contains("has not been applied");
  }
}
