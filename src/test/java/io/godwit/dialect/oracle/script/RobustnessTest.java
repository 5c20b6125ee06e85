package io.godwit.dialect.oracle.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus script, truncated at many points and with flipped bytes, still reads: no exception,
 * every statement either parsed or failed, spans inside the text. The per-statement budget bounds
 * the time; the timeout below only stops a hang from blocking the build.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class RobustnessTest {

  private static final int TRUNCATIONS = 12;
  private static final int MUTATIONS = 8;

  private final PlSqlScriptParser parser = new PlSqlScriptParser(Duration.ofSeconds(2));

  static java.util.List<String> files() {
    return PlSqlCorpus.FILES;
  }

  @ParameterizedTest
  @MethodSource("files")
  void truncatedScriptsStillRead(String file) {
    String text = PlSqlCorpus.read(file);
    Random random = new Random(file.hashCode());
    for (int i = 0; i < TRUNCATIONS; i++) {
      String truncated = text.substring(0, random.nextInt(text.length() + 1));
      check(file, truncated);
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void scriptsWithFlippedBytesStillRead(String file) {
    byte[] bytes = PlSqlCorpus.read(file).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(31L * file.hashCode() + 7);
    for (int i = 0; i < MUTATIONS; i++) {
      byte[] mutated = bytes.clone();
      int flips = 1 + random.nextInt(12);
      for (int f = 0; f < flips; f++) {
        int at = random.nextInt(mutated.length);
        mutated[at] = (byte) (mutated[at] ^ (1 << random.nextInt(8)));
      }
      check(file, new String(mutated, StandardCharsets.UTF_8));
    }
  }

  private void check(String file, String text) {
    ParsedScript script = parser.parse(file, text);
    assertThat(script.file()).isEqualTo(file);
    int previousEnd = 0;
    for (ParsedStatement statement : script.statements()) {
      assertThat(statement.tree() == null).isEqualTo(statement.failure() != null);
      assertThat(statement.span().startOffset()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(statement.span().endOffset()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(statement.span().startOffset(), statement.span().endOffset()))
          .isEqualTo(statement.text());
      if (statement.failure() != null) {
        assertThat(statement.failure().message()).isNotBlank();
        assertThat(statement.failure().line()).isPositive();
      }
      previousEnd = statement.span().endOffset();
    }
    for (ScriptNote note : script.notes()) {
      assertThat(note.span().endOffset()).isLessThanOrEqualTo(text.length());
    }
  }
}
