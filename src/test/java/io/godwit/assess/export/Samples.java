package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.Assessor;
import io.godwit.assess.AssessorTest;
import io.godwit.assess.EffortModel;
import io.godwit.assess.SampleConversion;
import io.godwit.assess.VerificationTest;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.SourceSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The sample reports the export tests read, written under target/assess-samples/. */
final class Samples {

  private Samples() {}

  /** The sample of AssessorTest, not applied. */
  static AssessmentReport report() {
    return AssessorTest.assess();
  }

  /** The same, applied to a target (VerificationTest). */
  static AssessmentReport verified() {
    return VerificationTest.assess();
  }

  /** Hostile names and text. */
  static AssessmentReport hostile() {
    return assess(SampleConversion.hostile());
  }

  /** Nothing at all. */
  static AssessmentReport empty() {
    return assess(
        new ConversionResult(
            "oracle",
            "postgresql",
            List.of(),
            List.of(),
            List.of(),
            new SourceSet(List.of(), List.of(), null),
            Duration.ZERO));
  }

  static AssessmentReport assess(ConversionResult result) {
    return new Assessor(SampleConversion.CATALOG, EffortModel.builtIn())
        .assess(result, null, SampleConversion.context());
  }

  /** A fresh directory under target/assess-samples. */
  static Path dir(String name) throws IOException {
    Path dir = Path.of("target", "assess-samples", name);
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }
}
