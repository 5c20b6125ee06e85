package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes an assessment report in one format. */
public interface Exporter {

  /**
   * Writes {@code report} into {@code dir} (which exists), replacing earlier files of the same
   * name; a file is either complete or not there.
   *
   * @return the files written
   */
  List<Path> export(AssessmentReport report, Path dir) throws IOException;
}
