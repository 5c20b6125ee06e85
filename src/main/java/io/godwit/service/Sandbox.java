package io.godwit.service;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.DatabaseAccessException.Reason;
import io.godwit.dialect.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throw-away PostgreSQL 15 on this machine, so converted code can be seen to compile without a
 * server: the binaries shipped with Godwit (linux-amd64) are unpacked into a temporary folder, the
 * server listens on a free local port, and {@link #close} stops it and deletes the folder.
 */
public final class Sandbox implements AutoCloseable {

  /** The database the sandbox creates for the converted objects. */
  public static final String DATABASE = "godwit_sandbox";

  private final EmbeddedPostgres server;
  private final Path folder;
  private final ConnectionSpec spec;

  private Sandbox(EmbeddedPostgres server, Path folder, ConnectionSpec spec) {
    this.server = server;
    this.folder = folder;
    this.spec = spec;
  }

  /**
   * Starts a sandbox in a new temporary folder.
   *
   * @throws DatabaseAccessException when it cannot start (unsupported platform, no space)
   */
  public static Sandbox start() {
    Path folder;
    try {
      folder = Files.createTempDirectory("godwit-sandbox-");
    } catch (IOException e) {
      throw new DatabaseAccessException(
          Reason.FAILED, "cannot create a folder for the sandbox: " + e.getMessage(), e);
    }
    EmbeddedPostgres server = null;
    try {
      server =
          EmbeddedPostgres.builder()
              .setOverrideWorkingDirectory(folder.resolve("bin").toFile())
              .setDataDirectory(folder.resolve("data"))
              .setCleanDataDirectory(true)
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .start();
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database " + DATABASE);
      }
      ConnectionSpec spec =
          new ConnectionSpec(server.getJdbcUrl("postgres", DATABASE), "postgres", Secret.none());
      return new Sandbox(server, folder, spec);
    } catch (IOException | SQLException | RuntimeException e) {
      closeQuietly(server);
      deleteQuietly(folder);
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new DatabaseAccessException(
          Reason.FAILED, "cannot start the PostgreSQL sandbox: " + firstLine(why), e);
    }
  }

  /** Where to connect. */
  public ConnectionSpec spec() {
    return spec;
  }

  /** The folder holding the server's files. */
  public Path folder() {
    return folder;
  }

  @Override
  public void close() {
    closeQuietly(server);
    deleteQuietly(folder);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException ignored) {
      // the files are deleted next; a server that will not stop dies with the JVM
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException ignored) {
      // a temporary folder left behind is cleaned by the system
    }
  }
}
