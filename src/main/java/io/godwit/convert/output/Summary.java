package io.godwit.convert.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: what a conversion produced, for people and scripts. Field names are stable
 * and documented in docs/conversion-output.md; they only change with {@code formatVersion}.
 */
public record Summary(
    String format,
    int formatVersion,
    String godwitVersion,
    String source,
    String target,
    List<String> inputs,
    long elapsedMillis,
    List<ObjectEntry> objects,
    Map<String, KindTotals> totals,
    Map<String, ItemTotals> actionItems,
    List<Problem> parseFailures,
    List<SupportFile> support) {

  public static final String FORMAT = "godwit-conversion";
  public static final int FORMAT_VERSION = 1;

  /**
   * One object, in the order {@code all.sql} and {@code godwit apply} run them. Target fields are
   * null when the object failed.
   */
  public record ObjectEntry(
      int order,
      String sourceSchema,
      String sourceName,
      String sourceKind,
      String status,
      String worstCategory,
      int items,
      String targetSchema,
      String targetName,
      String targetKind,
      String table,
      String file,
      String sourceFile,
      Integer sourceLine) {}

  /** Counts per target kind. */
  public record KindTotals(int objects, int converted, int actions, int failed) {}

  /** Counts per action-item code. */
  public record ItemTotals(String category, String title, int occurrences, int objects) {}

  /** A statement that could not be read or parsed, or a script command with consequences. */
  public record Problem(
      String code,
      String category,
      String message,
      String file,
      Integer line,
      Integer column,
      String excerpt) {}

  /** A support file (compatibility functions) run before every object. */
  public record SupportFile(String name, String file) {}

  /** Reads {@code dir/summary.json}, checking its format. */
  public static Summary read(Path dir) throws IOException {
    Path file = dir.resolve("summary.json");
    Summary s;
    try {
      s =
          JsonMapper.builder()
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build()
              .readValue(file.toFile(), Summary.class);
    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
      throw new IOException(dir + " holds no summary.json: is it the output of godwit convert?");
    } catch (IOException e) {
      throw new IOException(file + " is not a valid conversion summary: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(s.format())) {
      throw new IOException(file + " is not a Godwit conversion summary");
    }
    if (s.formatVersion() > FORMAT_VERSION) {
      throw new IOException(
          file + " was written by a newer Godwit (format " + s.formatVersion() + ")");
    }
    return s;
  }
}
