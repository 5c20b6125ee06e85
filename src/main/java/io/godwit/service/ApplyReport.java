package io.godwit.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code apply-report.json}: what happened to each object on the target (documented in
 * docs/conversion-output.md).
 *
 * @param target the target URL, passwords masked
 * @param objects one entry per object, in the order they ran
 * @param applied how many were created
 * @param failed how many failed
 * @param skipped how many were not tried (failed conversions, or the connection was lost)
 */
public record ApplyReport(
    String format,
    int formatVersion,
    String target,
    long elapsedMillis,
    int applied,
    int failed,
    int skipped,
    List<Entry> objects) {

  public static final String FORMAT = "godwit-apply";

  /** Result of one object. */
  public enum Status {
    applied,
    failed,
    skipped
  }

  /**
   * One object.
   *
   * @param file the object's file under the conversion directory
   * @param error the target's message for a failure, or why it was skipped
   * @param line the line in {@code file} of the statement that failed
   */
  public record Entry(
      int order,
      String file,
      String kind,
      String schema,
      String name,
      Status status,
      String error,
      Integer line) {}

  /** Reads {@code dir/apply-report.json}. */
  public static ApplyReport read(Path dir) throws IOException {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build()
        .readValue(dir.resolve("apply-report.json").toFile(), ApplyReport.class);
  }
}
