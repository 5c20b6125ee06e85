package io.godwit.assess;

import java.util.List;

/**
 * One line per source of a many-source assessment ({@code godwit assess --servers}), for the people
 * who plan the whole programme.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the version of this shape
 * @param godwitVersion the Godwit that wrote it
 * @param generatedAt when, ISO-8601 with offset
 * @param sources one entry per source, in the list's order
 * @param effortHours the estimated effort of every source assessed
 * @param personDays the same in person-days
 */
public record ServersSummary(
    String format,
    int formatVersion,
    String godwitVersion,
    String generatedAt,
    List<Source> sources,
    double effortHours,
    double personDays) {

  public static final String FORMAT = "godwit-assessment-servers";
  public static final int FORMAT_VERSION = 1;

  public ServersSummary {
    sources = List.copyOf(sources);
  }

  /**
   * One source.
   *
   * @param name the name the list gives it (its report's folder)
   * @param from the source product id
   * @param to the target product id
   * @param assessed whether its assessment was made; when not, {@code error} says why
   * @param error the one-line reason it could not be assessed, or null
   * @param objects objects assessed
   * @param storageConvertedPercent storage objects converted automatically, percent
   * @param codeConvertedPercent code objects converted automatically, percent
   * @param complexity 1 to 10
   * @param effortHours estimated effort
   * @param personDays the same in person-days
   * @param linesOfCode source lines
   * @param unreadable objects that could not be read
   * @param report its main report file (HTML, else PDF, JSON or CSV), relative to the summary, or
   *     null when it was not assessed
   */
  public record Source(
      String name,
      String from,
      String to,
      boolean assessed,
      String error,
      int objects,
      double storageConvertedPercent,
      double codeConvertedPercent,
      int complexity,
      double effortHours,
      double personDays,
      int linesOfCode,
      int unreadable,
      String report) {

    /** The entry of a source whose assessment was made. */
    public static Source of(String name, String report, AssessmentReport r) {
      AssessmentReport.Summary s = r.summary();
      return new Source(
          name,
          r.source().product(),
          r.target().product(),
          true,
          null,
          s.total().objects(),
          s.storage().converted().percent(),
          s.code().converted().percent(),
          s.complexity(),
          s.effort().hours(),
          s.effort().personDays(),
          s.linesOfCode(),
          s.unreadable(),
          report);
    }

    /** The entry of a source that could not be assessed. */
    public static Source failed(String name, String from, String to, String error) {
      return new Source(name, from, to, false, error, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }
  }

  /** The summary of {@code sources}, with the totals. */
  public static ServersSummary of(
      List<Source> sources, String godwitVersion, String generatedAt, double hoursPerDay) {
    double hours = 0;
    for (Source s : sources) {
      hours += s.effortHours();
    }
    double rounded = Math.round(hours * 100.0) / 100.0;
    return new ServersSummary(
        FORMAT,
        FORMAT_VERSION,
        godwitVersion,
        generatedAt,
        sources,
        rounded,
        Math.round(hours / hoursPerDay * 100.0) / 100.0);
  }
}
