package io.godwit.assess.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.godwit.assess.AssessmentReport;
import io.godwit.assess.Labels;
import io.godwit.assess.SampleConversion;
import io.godwit.convert.UnitKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opens the PDF and checks its text page by page with OpenPDF's extractor, its outline and page
 * numbers, its paper; and, with poppler-utils installed, renders every page and checks pdftotext.
 */
class PdfExporterTest {

  static final List<String> SECTIONS =
      List.of(
          "Executive summary",
          "Per object type",
          "Action items",
          "Objects",
          "What could not be read",
          "Verified results",
          "Effort model");

  record Pdf(Path file, List<String> pages, List<Map<String, Object>> outline, Rectangle size) {

    /** The page text with all white space removed, for checks that must not depend on wrapping. */
    String squashed(int page) {
      return squash(pages.get(page - 1));
    }

    int count() {
      return pages.size();
    }
  }

  static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  static Pdf export(AssessmentReport report, ExportOptions options, String name)
      throws IOException {
    Path dir = Samples.dir(name);
    List<Path> files = new PdfExporter(options).export(report, dir);
    assertThat(files).containsExactly(dir.resolve("assessment.pdf"));
    PdfReader reader = new PdfReader(files.get(0).toString());
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        pages.add(extractor.getTextFromPage(p));
      }
      List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
      return new Pdf(files.get(0), pages, outline, reader.getPageSize(1));
    } finally {
      reader.close();
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> kids(Map<String, Object> bookmark) {
    Object kids = bookmark.get("Kids");
    return kids == null ? List.of() : (List<Map<String, Object>>) kids;
  }

  /** The page a bookmark points at ("3 XYZ 50 700 0"). */
  static int page(Map<String, Object> bookmark) {
    String dest = (String) bookmark.get("Page");
    return Integer.parseInt(dest.substring(0, dest.indexOf(' ')));
  }

  @Test
  void coverSummaryAndEveryFigure() throws IOException {
    Pdf pdf = export(Samples.verified(), ExportOptions.defaults(), "pdf-a4");
    assertThat(pdf.size().getWidth()).isEqualTo(595f);
    assertThat(pdf.size().getHeight()).isEqualTo(842f);
    String cover = pdf.squashed(1);
    assertThat(cover)
        .contains(
            squash("Oracle Database → PostgreSQL 15"),
            "SchemaHR",
            "30.8%",
            "oftheobjectsconvertautomatically",
            "52.8h",
            squash("estimated effort (6.6 person-days)"),
            "6/10",
            squash("applied to jdbc:postgresql://localhost/hr?password=***"),
            squash("2026-11-23 10:30 UTC by Godwit 0.1.0"))
        .doesNotContain("Page1of");
    String summary = pdf.squashed(2);
    assertThat(summary)
        .contains(
            "Executivesummary",
            squash("4 (30.8 %) of 13 objects convert automatically to PostgreSQL 15"),
            // storage: 5 objects, 3 converted, 2 medium; code: 8, 1/1/1/5; all: 13
            squash("Storage objects 5 3 (60.0 %) 0 (0.0 %) 2 (40.0 %) 0 (0.0 %) 20 4.3"),
            squash("Code objects 8 1 (12.5 %) 1 (12.5 %) 1 (12.5 %) 5 (62.5 %) 330 43.5"),
            squash("All objects 13 4 (30.8 %) 1 (7.7 %) 3 (23.1 %) 5 (38.5 %) 350 47.8"),
            squash("Reviewing and testing every object 4.3"),
            squash("Resolving 11 action items 43.5"),
            squash("Learning 9 kinds of action items, once each 5.0"),
            squash("Total (6.6 person-days) 52.8"),
            squash("One effort unit is 30 minutes; a person-day is 8 hours."),
            // the donuts' centres and legends
            "60.0%converted",
            "12.5%converted",
            "Complexactions5");
  }

  @Test
  void outlineHasEverySectionAndActionItemOnTheRightPage() throws IOException {
    AssessmentReport report = Samples.verified();
    Pdf pdf = export(report, ExportOptions.defaults(), "pdf-outline");
    assertThat(pdf.outline()).extracting(b -> b.get("Title")).containsExactlyElementsOf(SECTIONS);
    for (Map<String, Object> b : pdf.outline()) {
      assertThat(pdf.squashed(page(b)))
          .as((String) b.get("Title"))
          .contains(squash((String) b.get("Title")));
    }
    Map<String, Object> items = pdf.outline().get(2);
    List<String> expected =
        report.actionItems().stream().map(a -> a.code() + "  " + a.title()).toList();
    assertThat(kids(items)).extracting(b -> b.get("Title")).containsExactlyElementsOf(expected);
    Map<String, Integer> pageOf = new HashMap<>();
    for (Map<String, Object> k : kids(items)) {
      String title = (String) k.get("Title");
      pageOf.put(title.substring(0, 7), page(k));
      assertThat(pdf.squashed(page(k))).as(title).contains(squash(title));
    }
    // the GOTO occurrence, with its place and excerpt, is on its item's page
    assertThat(pdf.squashed(pageOf.get("PG-2007")))
        .contains(
            squash(
                "HR.RAISE_SALARY (procedure) scripts/hr.sql:45:5 GOTO in RAISE_SALARY GOTO retry;"),
            squash(
                "1 occurrence in 1 object · 6.00 h per occurrence · 0.50 h to learn · 6.5 h in all"),
            squash("Restructure the code with loops, EXIT, CONTINUE and conditions."));
    // the action item table
    assertThat(pdf.squashed(page(items)))
        .contains(
            squash("GW-0004 Complex Object could not be read 2 2 8.00 1.00 17.0"),
            squash("PG-2019 Medium Package state not kept 2 1 2.00 0.50 4.5"));
    // what could not be read, and the target's verdicts
    assertThat(pdf.squashed(page(pdf.outline().get(4))))
        .contains(squash("HR.HIDDEN_FN function GW-0004 no EXECUTE privilege"))
        .contains(squash("HR.BROKEN procedure GW-0001 mismatched input '<<' expecting ..."));
    assertThat(pdf.squashed(page(pdf.outline().get(5))))
        .contains(squash("5 applied, 1 failed, 1 skipped"))
        .contains(
            squash(
                "hr.emp_dept_fk constraint failed ERROR: relation \"hr.departments\" does not exist"));
    // every object is listed
    String objects = "";
    for (int p = page(pdf.outline().get(3)); p < page(pdf.outline().get(4)); p++) {
      objects += pdf.squashed(p);
    }
    for (AssessmentReport.ObjectRow o : report.objects()) {
      assertThat(objects).contains(squash(o.path()));
    }
    // objects that need nothing are listed by name per kind, not as table rows
    Map<UnitKind, List<String>> converted = new EnumMap<>(UnitKind.class);
    for (AssessmentReport.ObjectRow o : report.objects()) {
      if (o.state() == AssessmentReport.State.CONVERTED) {
        converted.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o.path());
        assertThat(objects).doesNotContain(squash(o.path() + Labels.singular(o.kind())));
      }
    }
    assertThat(converted).isNotEmpty();
    assertThat(objects).contains(squash("Converted automatically"));
    for (Map.Entry<UnitKind, List<String>> e : converted.entrySet()) {
      String names = String.join(", ", e.getValue());
      assertThat(objects)
          .contains(squash(Labels.plural(e.getKey()) + " (" + e.getValue().size() + "): " + names));
    }
  }

  @Test
  void everyPageButTheCoverIsNumbered() throws IOException {
    Pdf pdf = export(Samples.verified(), ExportOptions.defaults(), "pdf-pages");
    int n = pdf.count();
    assertThat(n).isGreaterThanOrEqualTo(8);
    for (int p = 2; p <= n; p++) {
      assertThat(pdf.squashed(p)).as("page " + p).contains("Page" + p + "of" + n);
    }
  }

  @Test
  void letterPaper() throws IOException {
    Pdf pdf =
        export(
            Samples.verified(),
            new ExportOptions(ExportOptions.PageSize.LETTER, false, null),
            "pdf-letter");
    assertThat(pdf.size().getWidth()).isEqualTo(612f);
    assertThat(pdf.size().getHeight()).isEqualTo(792f);
    assertThat(pdf.outline()).extracting(b -> b.get("Title")).containsExactlyElementsOf(SECTIONS);
    assertThat(pdf.squashed(2)).contains(squash("Total (6.6 person-days) 52.8"));
  }

  @Test
  void hostileTextAndAnEmptyReportRender() throws IOException {
    Pdf hostile = export(Samples.hostile(), ExportOptions.defaults(), "pdf-hostile");
    String all = squash(String.join("\n", hostile.pages()));
    assertThat(all)
        .contains(squash(SampleConversion.HOSTILE_NAME))
        .contains(squash("'a,b\"c' || '</pre><b>bold</b>'; -- Änderung"))
        .contains("TÉLÉPHONE");
    Pdf empty = export(Samples.empty(), ExportOptions.defaults(), "pdf-empty");
    assertThat(squash(String.join("\n", empty.pages())))
        .contains("Noobjectswerefound.", "Nothingneedsattention", "Everyobjectwasreadandparsed.");
    assertThat(empty.outline()).extracting(b -> b.get("Title")).containsExactlyElementsOf(SECTIONS);
  }

  /**
   * Renders every page with poppler (apt-get install poppler-utils) and reads it with pdftotext.
   */
  @Test
  void popplerRendersEveryPage() throws Exception {
    assumeTrue(onPath("pdftoppm") && onPath("pdftotext"), "poppler-utils is not installed");
    Pdf pdf = export(Samples.verified(), ExportOptions.defaults(), "pdf-poppler");
    Path dir = pdf.file().toAbsolutePath().getParent();
    run(
        dir,
        "pdftoppm",
        "-r",
        "40",
        "-png",
        pdf.file().toAbsolutePath().toString(),
        dir.resolve("page").toString());
    List<Path> pngs;
    try (Stream<Path> files = Files.list(dir)) {
      pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
    }
    assertThat(pngs).hasSize(pdf.count());
    for (Path png : pngs) {
      byte[] head = new byte[8];
      try (var in = Files.newInputStream(png)) {
        assertThat(in.read(head)).isEqualTo(8);
      }
      assertThat(head[1]).isEqualTo((byte) 'P');
      assertThat(Files.size(png)).as(png.toString()).isGreaterThan(2_000);
    }
    Path txt = dir.resolve("assessment.txt");
    run(dir, "pdftotext", "-enc", "UTF-8", pdf.file().toAbsolutePath().toString(), txt.toString());
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Oracle Database → PostgreSQL 15", "Page 2 of " + pdf.count(), "GOTO retry;");
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  static void run(Path dir, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("tool.log").toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
  }
}
