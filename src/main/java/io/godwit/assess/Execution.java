package io.godwit.assess;

import java.util.List;

/**
 * What happened when a conversion's output ran on a target ({@code godwit apply} or the sandbox),
 * as the assessment needs it. The service layer fills it from {@code apply-report.json}.
 *
 * @param target where it ran (passwords masked)
 * @param objects one entry per object or support file, in the order they ran
 */
public record Execution(String target, List<Executed> objects) {

  public Execution {
    objects = List.copyOf(objects);
  }

  /** The outcome of one object. */
  public enum Status {
    APPLIED,
    FAILED,
    SKIPPED
  }

  /**
   * One object on the target.
   *
   * @param kind the target kind label ({@code table}), or {@code support}
   * @param schema the target schema, or null
   * @param name the target name (the source name for objects that did not convert)
   * @param file the object's file in the conversion output
   * @param status what happened
   * @param error the target's message when it failed, or why it was skipped
   */
  public record Executed(
      String kind, String schema, String name, String file, Status status, String error) {}
}
