package io.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import io.godwit.assess.AssessmentReport;
import io.godwit.assess.export.JsonExporter;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.service.ConversionRunner;
import io.godwit.testsupport.GodwitProcess;
import io.godwit.testsupport.HandMadeConversion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code godwit assess}: in-process with the hand-made conversion injected (no Oracle front end
 * exists yet), and in a fresh JVM with the real wiring for what does not need one.
 */
class AssessCommandIT {

  static final ConversionRunner RUNNER =
      (request, listener) -> {
        for (Path p : request.inputs()) {
          if (!Files.exists(p)) {
            throw new IOException("no such file or folder: " + p);
          }
        }
        return HandMadeConversion.run(ItemCatalog.builtIn(), listener);
      };

  record Run(int exit, String out, String err) {

    /** stdout with runs of spaces collapsed, for checks that do not depend on column widths. */
    String text() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (c != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
          b.append(c);
        }
      }
      return b.toString();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == AssessCommand.class) {
              return cls.cast(new AssessCommand(d -> RUNNER));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    int exit =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory)
            .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path script(Path dir) throws IOException {
    Path f = dir.resolve("hr.sql");
    Files.writeString(f, HandMadeConversion.SCRIPT, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void assessesScriptsIntoTheChosenFormats(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("report");
    Run r =
        run(
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            script(tmp).toString(),
            "--out",
            out.toString(),
            "--format",
            "json,csv,pdf",
            "--page-size",
            "letter",
            "--csv-bom",
            "--target-version",
            "15");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.text())
        .contains("storage objects 3 2 (66.7%) 0 (0.0%) 1 (33.3%) 0 (0.0%)")
        .contains("code objects 5 2 (40.0%) 0 (0.0%) 0 (0.0%) 3 (60.0%)")
        .contains("2 objects could not be read")
        .contains("Reports: ");
    assertThat(r.err()).contains("assessing 6 objects");
    assertThat(out.resolve("assessment.html")).doesNotExist();
    AssessmentReport report = JsonExporter.read(out.resolve("assessment.json"));
    assertThat(report.target().version()).isEqualTo("15");
    assertThat(report.verification()).isNull();
    byte[] csv = Files.readAllBytes(out.resolve("assessment-summary.csv"));
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    PdfReader pdf = new PdfReader(out.resolve("assessment.pdf").toString());
    assertThat(pdf.getPageSize(1).getWidth()).isEqualTo(612f);
    pdf.close();
  }

  @Test
  void effortOptionsChangeTheEstimate(@TempDir Path tmp) throws Exception {
    Path script = script(tmp);
    Run base =
        run(
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            script.toString(),
            "--out",
            tmp.resolve("a").toString(),
            "--format",
            "json");
    Run hour =
        run(
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            script.toString(),
            "--out",
            tmp.resolve("b").toString(),
            "--format",
            "json",
            "--effort-unit",
            "60",
            "--hours-per-day",
            "6");
    assertThat(base.exit()).isZero();
    assertThat(hour.exit()).isZero();
    AssessmentReport a = JsonExporter.read(tmp.resolve("a/assessment.json"));
    AssessmentReport b = JsonExporter.read(tmp.resolve("b/assessment.json"));
    assertThat(b.effortModel().unitMinutes()).isEqualTo(60);
    assertThat(b.summary().effort().hours())
        .isCloseTo(2 * a.summary().effort().hours(), org.assertj.core.data.Offset.offset(0.02));
    assertThat(b.summary().effort().personDays())
        .isCloseTo(b.summary().effort().hours() / 6, org.assertj.core.data.Offset.offset(0.01));

    Path model = tmp.resolve("model.json");
    Files.writeString(model, "{\"review\": {\"tabel\": {\"base\": 1}}}");
    Run bad =
        run(
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            script.toString(),
            "--out",
            tmp.resolve("c").toString(),
            "--effort-model",
            model.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err())
        .startsWith("godwit: " + model + ": unknown object kind 'tabel' in review");
    assertThat(bad.err()).doesNotContain("Exception");
  }

  @Test
  void serverListsWriteOneSummary(@TempDir Path tmp) throws Exception {
    script(Files.createDirectories(tmp.resolve("hr")));
    Path list = tmp.resolve("servers.csv");
    Files.writeString(list, "name,inputs\nhr,hr\nbroken,nowhere\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("all");
    Run r =
        run(
            "assess",
            "--servers",
            list.toString(),
            "--from",
            "oracle",
            "--to",
            "postgresql",
            "--out",
            out.toString(),
            "--format",
            "html");
    assertThat(r.exit()).as(r.err()).isEqualTo(AssessCommand.SOME_FAILED);
    assertThat(r.text())
        .contains("hr assessed 8 66.7 40.0")
        .contains("broken failed no such file or folder: " + tmp.resolve("nowhere"))
        .contains("Summary: " + out.resolve("servers-summary.html"));
    assertThat(r.err()).contains("assessing hr", "assessing broken");
    assertThat(out.resolve("hr/assessment.html")).exists();
    assertThat(out.resolve("servers-summary.json")).exists();
  }

  @Test
  void mistakesInTheListAreReportedBeforeAnythingRuns(@TempDir Path tmp) throws Exception {
    Path list = tmp.resolve("servers.csv");
    Files.writeString(list, "name,url,inputs\na,jdbc:oracle:thin:@x,scripts\n");
    Run r = run("assess", "--servers", list.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("godwit: " + list + ":2: give either a url or inputs for 'a'");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void usageMistakesExitWithTwo(@TempDir Path tmp) throws Exception {
    String script = script(tmp).toString();
    String out = tmp.resolve("o").toString();
    Run noFrom = run("assess", "--to", "postgresql", script, "--out", out);
    assertThat(noFrom.exit()).isEqualTo(2);
    assertThat(noFrom.err()).contains("give --from and --to (or a --servers list)");
    Run both =
        run(
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            "--url",
            "jdbc:oracle:thin:@x",
            script,
            "--out",
            out);
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("give either --url or script files and folders, not both");
    Run format =
        run(
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            script,
            "--out",
            out,
            "--format",
            "pdf,docx");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("docx");
    Run paper =
        run(
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            script,
            "--out",
            out,
            "--page-size",
            "a5");
    assertThat(paper.exit()).isEqualTo(2);
    Run servers = run("assess", "--servers", "x.csv", script, "--out", out);
    assertThat(servers.exit()).isEqualTo(2);
    assertThat(servers.err()).contains("--servers takes its sources from the list");
  }

  /** The real wiring, in a fresh JVM: products without a front end get one clear line. */
  @Test
  void realWiringExplainsWhatItCannotConvert(@TempDir Path tmp) throws Exception {
    String script = script(tmp).toString();
    String out = tmp.resolve("o").toString();
    GodwitProcess.Result unknown =
        GodwitProcess.run(
            Map.of(), "assess", "--from", "db2", "--to", "postgresql", script, "--out", out);
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("godwit: unknown product 'db2' (known: ");
    assertThat(unknown.err()).doesNotContain("Exception");
    GodwitProcess.Result noFront =
        GodwitProcess.run(
            Map.of(), "assess", "--from", "postgresql", "--to", "mysql", script, "--out", out);
    assertThat(noFront.exitCode()).isEqualTo(1);
    assertThat(noFront.err()).startsWith("godwit: Godwit does not convert from PostgreSQL");
    GodwitProcess.Result help = GodwitProcess.run(Map.of(), "assess", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("--servers=FILE", "--format=FORMAT", "--page-size=SIZE", "--csv-bom");
  }
}
