package io.godwit.assess;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the assessment knows besides the conversion result: names for people, the inputs and the
 * date.
 *
 * @param sourceName the source product for people ({@code Oracle Database})
 * @param targetName the target product for people ({@code PostgreSQL})
 * @param targetVersion the target version the output was written for, or null
 * @param inputs the scripts or the URL (passwords masked) that were read
 * @param generatedAt when the assessment was made
 * @param godwitVersion the running Godwit's version
 */
public record ReportContext(
    String sourceName,
    String targetName,
    String targetVersion,
    List<String> inputs,
    OffsetDateTime generatedAt,
    String godwitVersion) {

  public ReportContext {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    if (generatedAt == null) {
      throw new IllegalArgumentException("an assessment needs its date");
    }
  }
}
