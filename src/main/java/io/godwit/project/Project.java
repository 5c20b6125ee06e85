package io.godwit.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project as it is in memory: its settings and the text of every edited object.
 *
 * @param file the settings and the list of edits as last read or saved
 * @param edits the edited SQL by object
 */
public record Project(ProjectFile file, Map<ObjectKey, Edit> edits) {

  public Project {
    edits = Collections.unmodifiableMap(new LinkedHashMap<>(edits));
  }

  /** A new project with no edits. */
  public static Project create(String name, String godwitVersion) {
    return new Project(ProjectFile.create(name, godwitVersion), Map.of());
  }

  public Project withFile(ProjectFile newFile) {
    return new Project(newFile, edits);
  }

  public Project withEdits(Map<ObjectKey, Edit> newEdits) {
    return new Project(file, newEdits);
  }
}
