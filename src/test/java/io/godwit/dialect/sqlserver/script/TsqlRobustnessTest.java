package io.godwit.dialect.sqlserver.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.ir.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Truncated, corrupted and pathological input never makes the parser throw or hang: it always
 * returns batches, each parsed or failed. The time budget bounds every batch; the timeout below
 * only guards the build against a regression that would hang it.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TsqlRobustnessTest {

  private static final int CUTS_PER_FILE = 25;
  private static final int CORRUPTIONS_PER_FILE = 10;

  private final TsqlScriptParser parser = new TsqlScriptParser();

  @Test
  void truncatedScriptsYieldBatchesOrFailures() {
    Random random = new Random(20240314L);
    int failures = 0;
    for (String file : TsqlCorpus.FILES) {
      String text = TsqlCorpus.read(file);
      for (int i = 0; i < CUTS_PER_FILE; i++) {
        String cut = text.substring(0, random.nextInt(text.length()));
        failures += check(file + " cut", cut);
      }
    }
    assertThat(failures).as("truncation must break some batches").isPositive();
  }

  @Test
  void corruptedScriptsYieldBatchesOrFailures() {
    Random random = new Random(7L);
    int failures = 0;
    for (String file : TsqlCorpus.FILES) {
      byte[] bytes = TsqlCorpus.read(file).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < CORRUPTIONS_PER_FILE; i++) {
        byte[] corrupted = bytes.clone();
        int flips = 1 + random.nextInt(20);
        for (int f = 0; f < flips; f++) {
          int at = random.nextInt(corrupted.length);
          corrupted[at] = (byte) (corrupted[at] ^ (1 << random.nextInt(8)));
        }
        failures += check(file + " corrupted", new String(corrupted, StandardCharsets.UTF_8));
      }
    }
    assertThat(failures).as("corruption must break some batches").isPositive();
  }

  @Test
  void pathologicalInputFailsCleanly() {
    assertThat(check("parens", "SELECT " + "(".repeat(100_000) + "1" + ")".repeat(100_000)))
        .isEqualTo(1);
    assertThat(check("open parens", "SELECT " + "(".repeat(50_000))).isEqualTo(1);
    assertThat(check("blocks", "BEGIN ".repeat(20_000) + "PRINT 1")).isEqualTo(1);
    assertThat(check("nested comments", "/*".repeat(30_000) + "\nSELECT 1\nGO\nSELECT 2"))
        .isEqualTo(1);
    assertThat(check("brackets", "SELECT " + "[".repeat(30_000))).isEqualTo(1);
    assertThat(check("string", "SELECT 'never closed\nGO\nSELECT 1")).isEqualTo(1);
    assertThat(check("name", "SELECT [never closed\nGO\nSELECT 1")).isEqualTo(1);
    assertThat(check("operators", "SELECT 1" + " +".repeat(30_000))).isEqualTo(1);
    Random random = new Random(99L);
    byte[] garbage = new byte[200_000];
    random.nextBytes(garbage);
    check("garbage", new String(garbage, StandardCharsets.ISO_8859_1));
    check("control characters", "\u0000\u0001SELECT\u0007 1\r\rGO\r\n\u001a");
  }

  @Test
  void longValidBatchesStillParse() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      big.append("INSERT INTO dbo.t (a, b) VALUES (")
          .append(i)
          .append(", N'row ")
          .append(i)
          .append("');\n");
    }
    ParsedScript parsed = parser.parse("big.sql", big.toString());
    assertThat(parsed.failures()).isEmpty();
    assertThat(parsed.statements()).hasSize(5_000);
  }

  /** Parses and checks the result's consistency; returns the number of failed batches. */
  private int check(String name, String text) {
    ParsedScript parsed = parser.parse(name, text);
    assertThat(parsed).isNotNull();
    assertThat(parsed.batches()).isNotNull();
    int failed = 0;
    for (ParsedBatch batch : parsed.batches()) {
      assertSpan(batch.span(), text);
      if (batch.failure() == null) {
        assertThat(batch.tree()).as("tree of a parsed batch in %s", name).isNotNull();
        for (ParsedStatement statement : batch.statements()) {
          assertSpan(statement.span(), text);
          assertThat(statement.kind()).isNotNull();
        }
      } else {
        failed++;
        assertThat(batch.tree()).isNull();
        assertThat(batch.statements()).isEmpty();
        assertThat(batch.failure().message()).isNotBlank();
        assertThat(batch.failure().line()).isBetween(1, lines(text));
        assertThat(batch.failure().column()).isPositive();
        assertSpan(batch.failure().span(), text);
      }
    }
    return failed;
  }

  private static void assertSpan(SourceSpan span, String text) {
    assertThat(span.startOffset()).isBetween(0, text.length());
    assertThat(span.endOffset()).isBetween(span.startOffset(), text.length());
    assertThat(span.startLine()).isBetween(1, lines(text));
    assertThat(span.endLine()).isBetween(span.startLine(), lines(text));
  }

  private static int lines(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
