package io.godwit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.ObjectRow;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.assess.Assessor;
import io.godwit.assess.Execution;
import io.godwit.assess.export.ExportOptions;
import io.godwit.assess.export.JsonExporter;
import io.godwit.assess.export.ReportFormat;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.output.ConversionWriter;
import io.godwit.dialect.Dialects;
import io.godwit.testdb.TestPostgres;
import io.godwit.testsupport.HandMadeConversion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessment of a real conversion (hand-made IR through the pipeline and the PostgreSQL back
 * end), backed by applying that conversion to a real PostgreSQL.
 */
class AssessServiceIT {

  static final ItemCatalog CATALOG = ItemCatalog.builtIn();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  static AssessService service(ConversionRunner runner) {
    return new AssessService(runner, Dialects.discover(), CATALOG, "test", CLOCK);
  }

  /** Runs the hand-made conversion; the inputs must exist, as with the real runner. */
  static final ConversionRunner RUNNER =
      (request, listener) -> {
        for (Path p : request.inputs()) {
          if (!Files.exists(p)) {
            throw new IOException("no such file or folder: " + p);
          }
        }
        return HandMadeConversion.run(CATALOG, listener);
      };

  static ConversionRequest request(Path script) {
    return new ConversionRequest("oracle", "postgresql", List.of(script), null, null, null);
  }

  @Test
  void convertedIsBackedByWhatRanOnPostgres(@TempDir Path tmp) throws Exception {
    Path script = tmp.resolve("hr.sql");
    Files.writeString(script, HandMadeConversion.SCRIPT, StandardCharsets.UTF_8);
    Path dir = tmp.resolve("out");
    // convert and apply, as godwit convert and godwit apply do
    ConversionResult converted = HandMadeConversion.run(CATALOG);
    new ConversionWriter(CATALOG, "test").write(converted, List.of(script.toString()), dir);
    String url = TestPostgres.get().createDatabase("assess");
    ApplyReport applied =
        new ApplyService(Dialects.discover()).apply(dir, TestPostgres.get().spec(url), f -> {});
    assertThat(applied.failed()).isEqualTo(1);

    AssessService.Outcome o =
        service(RUNNER)
            .assess(
                new AssessService.Request(
                    request(script), dir, AssessService.Settings.defaults(), null),
                io.godwit.convert.ConversionListener.NONE);
    AssessmentReport r = o.report();
    assertThat(r.source().productName()).isEqualTo("Oracle");
    assertThat(r.target().productName()).isEqualTo("PostgreSQL");
    assertThat(r.generatedAt()).isEqualTo("2026-11-23T09:00:00Z");
    assertThat(r.source().inputs()).containsExactly(script.toString());
    Map<String, ObjectRow> byName =
        r.objects().stream().collect(Collectors.toMap(ObjectRow::name, Function.identity()));
    assertThat(byName.get("DEPT_V").state()).isEqualTo(State.CONVERTED);
    assertThat(byName.get("DEPT_V").verified()).isEqualTo(Execution.Status.APPLIED);
    ObjectRow broken = byName.get("BROKEN_V");
    assertThat(broken.state()).isEqualTo(State.ACTIONS);
    assertThat(broken.codes()).containsExactly(Assessor.FAILED_ON_TARGET);
    assertThat(broken.verified()).isEqualTo(Execution.Status.FAILED);
    assertThat(broken.verifyError()).contains("relation \"hr.missing\" does not exist");
    ObjectRow dept = byName.get("DEPARTMENTS");
    assertThat(dept.codes()).containsExactly("PG-2001");
    assertThat(dept.category()).isEqualTo(Category.MEDIUM);
    assertThat(dept.verified()).isEqualTo(Execution.Status.APPLIED);
    assertThat(dept.lines()).isEqualTo(6);
    ObjectRow retry = byName.get("RETRY");
    assertThat(retry.codes()).containsExactly("GW-0007", "PG-2007");
    assertThat(retry.category()).isEqualTo(Category.COMPLEX);
    assertThat(retry.verified()).isEqualTo(Execution.Status.APPLIED);
    assertThat(r.unreadable())
        .extracting(u -> u.path(), u -> u.code())
        .containsExactly(tuple("HR.BAD_PROC", "GW-0001"), tuple("HR.WRAPPED_PKG", "GW-0004"));
    // storage: table (medium), index, sequence; code: two views, procedure, and the two unreadable
    assertThat(r.summary().storage().objects()).isEqualTo(3);
    assertThat(r.summary().storage().converted().count()).isEqualTo(2);
    assertThat(r.summary().code().objects()).isEqualTo(5);
    assertThat(r.summary().code().converted().count()).isEqualTo(1);
    assertThat(r.summary().linesOfCode()).isEqualTo(6 + 1 + 1 + 2 + 2 + 7 + 1);
    // the schema PostgreSQL needed and the support objects are in the verification, not objects
    assertThat(r.objects()).extracting(ObjectRow::kind).doesNotContain(UnitKind.SCHEMA);
    assertThat(r.verification().failed()).isEqualTo(1);
    assertThat(r.verification().code().failed()).isEqualTo(1);
    assertThat(r.verification().storage().applied()).isEqualTo(3);
    // every format was written
    assertThat(o.files())
        .extracting(f -> f.getFileName().toString())
        .containsExactly(
            "assessment.pdf",
            "assessment-action-items.csv",
            "assessment-action-items-summary.csv",
            "assessment-summary.csv",
            "assessment.html",
            "assessment.json");
    assertThat(JsonExporter.read(dir.resolve("assessment.json"))).isEqualTo(r);
  }

  @Test
  void anExplicitApplyReportMustExist(@TempDir Path tmp) throws Exception {
    Path script = tmp.resolve("hr.sql");
    Files.writeString(script, HandMadeConversion.SCRIPT, StandardCharsets.UTF_8);
    AssessService.Request request =
        new AssessService.Request(
            request(script),
            tmp.resolve("out"),
            AssessService.Settings.defaults(),
            tmp.resolve("nope.json"));
    assertThatThrownBy(
            () -> service(RUNNER).assess(request, io.godwit.convert.ConversionListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("no apply report at " + tmp.resolve("nope.json"));
    Path notApply = tmp.resolve("other.json");
    Files.writeString(notApply, "{\"format\": \"godwit-conversion\", \"objects\": []}");
    AssessService.Request wrong =
        new AssessService.Request(
            request(script), tmp.resolve("out"), AssessService.Settings.defaults(), notApply);
    assertThatThrownBy(
            () -> service(RUNNER).assess(wrong, io.godwit.convert.ConversionListener.NONE))
        .hasMessage(notApply + " is not an apply report written by godwit apply");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void manySourcesInOneRun(@TempDir Path tmp) throws Exception {
    Path scripts = Files.createDirectories(tmp.resolve("scripts"));
    Files.writeString(scripts.resolve("hr.sql"), HandMadeConversion.SCRIPT, StandardCharsets.UTF_8);
    Path list = tmp.resolve("servers.csv");
    Files.writeString(
        list,
        "name,from,to,inputs\n"
            + "hr,oracle,postgresql,scripts\n"
            + "\"sales: eu\",,,scripts/hr.sql\n"
            + "legacy,oracle,postgresql,missing-folder\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    AssessService.Settings settings =
        new AssessService.Settings(
            EnumSet.of(ReportFormat.JSON, ReportFormat.HTML), ExportOptions.defaults(), null, null);
    AssessService.ServersOutcome o =
        service(RUNNER)
            .assessServers(ServerList.read(list), out, "oracle", "postgresql", settings, n -> {});
    assertThat(o.failed()).isEqualTo(1);
    assertThat(o.summary().sources())
        .extracting(s -> s.name(), s -> s.assessed(), s -> s.report())
        .containsExactly(
            tuple("hr", true, "hr/assessment.html"),
            tuple("sales: eu", true, "sales_ eu/assessment.html"),
            tuple("legacy", false, null));
    ServersSummarySource first = new ServersSummarySource(o.summary().sources().get(0));
    // storage 2 of 3 converted; code 2 of 5 (nothing was applied)
    assertThat(first.storage()).isEqualTo(66.7);
    assertThat(first.code()).isEqualTo(40.0);
    assertThat(o.summary().sources().get(0).complexity()).isBetween(1, 10);
    assertThat(o.summary().sources().get(2).error())
        .isEqualTo("no such file or folder: " + tmp.resolve("missing-folder"));
    assertThat(o.summary().effortHours())
        .isEqualTo(Math.round((o.summary().sources().get(0).effortHours() * 2) * 100.0) / 100.0);
    assertThat(out.resolve("hr/assessment.json")).exists();
    assertThat(out.resolve("sales_ eu/assessment.html")).exists();
    assertThat(o.files())
        .extracting(f -> f.getFileName().toString())
        .containsExactly("servers-summary.csv", "servers-summary.json", "servers-summary.html");
    String csv = Files.readString(out.resolve("servers-summary.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).hasSize(4);
    assertThat(csv).contains("legacy,oracle,postgresql,failed,,,,,,,,,,no such file or folder");
    assertThat(csv.lines().toList().get(1))
        .startsWith("hr,oracle,postgresql,assessed,8,66.7,40.0,");
    org.jsoup.nodes.Document html =
        org.jsoup.Jsoup.parse(
            Files.readString(out.resolve("servers-summary.html"), StandardCharsets.UTF_8));
    assertThat(html.select("#servers-table tbody tr")).hasSize(3);
    assertThat(html.select("#servers-table a").eachAttr("href"))
        .containsExactly("hr/assessment.html", "sales_ eu/assessment.html");
    for (String href : html.select("#servers-table a").eachAttr("href")) {
      assertThat(out.resolve(href)).exists();
    }
    assertThat(html.select("#servers-table tbody tr").get(0).select("td").eachText())
        .containsExactly(
            "hr",
            "oracle",
            "postgresql",
            "8",
            "66.7 %",
            "40.0 %",
            o.summary().sources().get(0).complexity() + " / 10",
            Fmt1.hours(o.summary().sources().get(0).effortHours()),
            Fmt1.hours(o.summary().sources().get(0).personDays()),
            "20",
            "2");
    assertThat(html.select("#servers-table tbody tr").get(2).text())
        .contains("could not be assessed: no such file or folder");
    assertThat(html.select("link, img, script[src]")).isEmpty();
  }

  /** Hours as the reports print them. */
  static final class Fmt1 {
    static String hours(double h) {
      return String.format(java.util.Locale.ROOT, "%.1f", h);
    }
  }

  /** Conversion rates of one source. */
  record ServersSummarySource(double storage, double code) {
    ServersSummarySource(io.godwit.assess.ServersSummary.Source s) {
      this(s.storageConvertedPercent(), s.codeConvertedPercent());
    }
  }
}
