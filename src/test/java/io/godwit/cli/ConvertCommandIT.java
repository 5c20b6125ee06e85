package io.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.testsupport.GodwitProcess;
import io.godwit.testsupport.GodwitProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code godwit convert} run as a process on golden Oracle cases and on bad input files. */
class ConvertCommandIT {

  private static final Path GOLDEN = Paths.get("src/test/resources/golden/oracle-postgresql");

  @Test
  void convertsACaseDirectoryAndWritesTheFiles(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.copy(GOLDEN.resolve("09-procedures/case.sql"), in.resolve("procedures.sql"));
    Files.copy(GOLDEN.resolve("11-triggers/case.sql"), in.resolve("triggers.sql"));
    Path out = tmp.resolve("out");

    Result r =
        GodwitProcess.run(
            Map.of(),
            "convert",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            "--out",
            out.toString(),
            in.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("all.sql")).isRegularFile();
    assertThat(out.resolve("summary.json")).isRegularFile();
    assertThat(out.resolve("action-items.csv")).isRegularFile();
    String all = Files.readString(out.resolve("all.sql"), StandardCharsets.UTF_8);
    assertThat(all)
        .contains("CREATE OR REPLACE PROCEDURE open_acct(")
        .contains("CREATE OR REPLACE TRIGGER item_bi BEFORE INSERT OR UPDATE ON item");
    assertThat(r.out()).contains("Output: ");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void aBinaryFileIsOneLineAndTheOtherFilesStillConvert(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.copy(GOLDEN.resolve("06-views-outer-joins/case.sql"), in.resolve("views.sql"));
    byte[] binary = new byte[512];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    Files.write(in.resolve("image.sql"), binary);
    Files.writeString(
        in.resolve("notes.sql"), "These are notes, not SQL at all.\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    Result r =
        GodwitProcess.run(
            Map.of(),
            "convert",
            "--from",
            "oracle",
            "--to",
            "postgresql",
            "--out",
            out.toString(),
            in.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.contains("image.sql")).toList())
        .singleElement()
        .asString()
        .startsWith("godwit: skipped ")
        .endsWith("image.sql: not a text file (binary content)");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    String all = Files.readString(out.resolve("all.sql"), StandardCharsets.UTF_8);
    assertThat(all).contains("CREATE OR REPLACE VIEW emp_dept_v AS");
    String items = Files.readString(out.resolve("action-items.csv"), StandardCharsets.UTF_8);
    assertThat(items).contains("GW-0008").contains("notes.sql");
  }
}
