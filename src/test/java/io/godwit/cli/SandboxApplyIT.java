package io.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.godwit.assess.AssessmentReport;
import io.godwit.assess.export.JsonExporter;
import io.godwit.testsupport.GodwitProcess;
import io.godwit.testsupport.GodwitProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code godwit apply --sandbox} in a fresh JVM: the converted output runs on a throw-away
 * PostgreSQL, and {@code godwit assess} on the same directory reports those results.
 */
class SandboxApplyIT {

  /** One table and one function that convert, one view that fails on the target. */
  static final String SCRIPT =
      "CREATE TABLE emp (id NUMBER(10) PRIMARY KEY, name VARCHAR2(50) NOT NULL);\n"
          + "CREATE OR REPLACE FUNCTION emp_name(p_id NUMBER) RETURN VARCHAR2 IS\n"
          + "  v VARCHAR2(50);\nBEGIN\n  SELECT name INTO v FROM emp WHERE id = p_id;\n"
          + "  RETURN v;\nEND;\n/\n"
          + "CREATE OR REPLACE VIEW broken AS SELECT id, no_such_column FROM emp;\n";

  static Path script(Path dir) throws Exception {
    Path script = dir.resolve("hr.sql");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    return script;
  }

  /** Converts the script to {@code target} with {@code godwit convert}; returns the output. */
  static Path convert(Path script, String target) {
    Path out = script.resolveSibling(target);
    Result convert =
        GodwitProcess.run(
            Map.of(),
            "convert",
            "--from",
            "oracle",
            "--to",
            target,
            "--out",
            out.toString(),
            script.toString());
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    return out;
  }

  @Test
  void appliesToTheSandboxAndTheAssessmentShowsTheResults(@TempDir Path tmp) throws Exception {
    Path script = script(tmp);
    Path out = convert(script, "postgresql");

    Result apply = GodwitProcess.run(Map.of(), "apply", "--sandbox", out.toString());
    assertThat(apply.exitCode()).as(apply.err()).isEqualTo(ApplyCommand.SOME_FAILED);
    assertThat(apply.out())
        .contains("starting the PostgreSQL sandbox")
        .contains("failed  broken/view/broken.sql")
        .contains("no_such_column")
        .contains("1 failed, 0 skipped");
    JsonNode report =
        JsonMapper.builder().build().readTree(out.resolve("apply-report.json").toFile());
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    assertThat(report.get("applied").asInt()).isGreaterThanOrEqualTo(2);

    Result assess =
        GodwitProcess.run(
            Map.of(),
            "assess",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            "--format",
            "json",
            "--out",
            out.toString(),
            script.toString());
    assertThat(assess.exitCode()).as(assess.err()).isZero();
    AssessmentReport assessed = JsonExporter.read(out.resolve("assessment.json"));
    assertThat(assessed.verification()).isNotNull();
    assertThat(assessed.verification().failed()).isEqualTo(1);
    assertThat(assessed.verification().applied()).isEqualTo(report.get("applied").asInt());
  }

  @Test
  void theSandboxIsPostgresqlOnlyAndExcludesAServer(@TempDir Path tmp) throws Exception {
    Path out = convert(script(tmp), "mysql");
    Result mysql = GodwitProcess.run(Map.of(), "apply", "--sandbox", out.toString());
    assertThat(mysql.exitCode()).isEqualTo(1);
    assertThat(mysql.err())
        .contains("--sandbox is a PostgreSQL server")
        .contains("converted to mysql")
        .doesNotContain("Exception");
    assertThat(out.resolve("apply-report.json")).doesNotExist();

    Result both =
        GodwitProcess.run(
            Map.of(), "apply", "--sandbox", "--url", "jdbc:postgresql://x/y", out.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    Result neither = GodwitProcess.run(Map.of(), "apply", out.toString());
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("--url").contains("--sandbox");
  }
}
