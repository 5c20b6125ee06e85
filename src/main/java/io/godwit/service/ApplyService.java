package io.godwit.service;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.godwit.convert.output.Summary;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Connections;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.DatabaseErrors;
import io.godwit.dialect.DatabaseErrors.Phase;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.dialect.ScriptStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the output of a conversion on a target database: the support files, then every object's own
 * file in the order of {@code summary.json}, so edits made to the files are what runs. Each object
 * runs on its own (in one transaction where the target has transactional DDL); a failure is
 * recorded and the next object goes on. Writes {@code apply-report.json}.
 */
public final class ApplyService {

  private final Dialects dialects;

  public ApplyService(Dialects dialects) {
    this.dialects = dialects;
  }

  /**
   * Applies {@code dir} to {@code target}.
   *
   * @param progress told each object's file as it starts
   * @throws IOException when {@code dir} is not a conversion output
   * @throws DatabaseAccessException when the target cannot be reached at all, or the connection is
   *     lost (the report written so far is kept)
   */
  public ApplyReport apply(Path dir, ConnectionSpec target, Consumer<String> progress)
      throws IOException {
    Summary summary = Summary.read(dir);
    Connections connections = new Connections(dialects);
    Dialect dialect = connections.dialectFor(target);
    boolean transactionalDdl = dialect.id().equals("postgresql");
    long started = System.nanoTime();
    List<ApplyReport.Entry> entries = new ArrayList<>();
    DatabaseAccessException lost = null;
    try (HikariDataSource pool = connections.open(target, 1);
        Connection c = pool.getConnection()) {
      int order = 0;
      for (Summary.SupportFile s : summary.support()) {
        progress.accept(s.file());
        ApplyReport.Entry e =
            run(c, dialect, dir, ++order, s.file(), "support", null, s.name(), transactionalDdl);
        entries.add(e);
      }
      for (Summary.ObjectEntry o : summary.objects()) {
        order++;
        if (lost != null) {
          entries.add(skipped(order, o, "not tried: " + lost.getMessage()));
          continue;
        }
        if ("failed".equals(o.status())) {
          entries.add(skipped(order, o, "not converted"));
          continue;
        }
        progress.accept(o.file());
        ApplyReport.Entry e =
            run(
                c,
                dialect,
                dir,
                order,
                o.file(),
                o.targetKind(),
                o.targetSchema(),
                o.targetName(),
                transactionalDdl);
        entries.add(e);
        if (e.status() == ApplyReport.Status.failed && isClosed(c)) {
          lost = DatabaseErrors.classify(new SQLException(e.error(), "08006"), target, Phase.READ);
        }
      }
    } catch (SQLException e) {
      lost = DatabaseErrors.classify(e, target, Phase.READ);
    }
    ApplyReport report = report(target, started, entries);
    JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValue(dir.resolve("apply-report.json").toFile(), report);
    if (lost != null) {
      throw lost;
    }
    return report;
  }

  private static boolean isClosed(Connection c) {
    try {
      return c.isClosed() || !c.isValid(5);
    } catch (SQLException e) {
      return true;
    }
  }

  private static ApplyReport.Entry skipped(int order, Summary.ObjectEntry o, String why) {
    return new ApplyReport.Entry(
        order,
        o.file(),
        o.targetKind(),
        o.targetSchema(),
        o.targetName() == null ? o.sourceName() : o.targetName(),
        ApplyReport.Status.skipped,
        why,
        null);
  }

  private static ApplyReport.Entry run(
      Connection c,
      Dialect dialect,
      Path dir,
      int order,
      String file,
      String kind,
      String schema,
      String name,
      boolean transactional)
      throws IOException {
    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    List<ScriptStatement> statements = dialect.splitStatements(text);
    ScriptStatement current = null;
    try {
      c.setAutoCommit(!transactional);
      try (Statement s = c.createStatement()) {
        for (ScriptStatement st : statements) {
          current = st;
          s.execute(st.text());
        }
      }
      if (transactional) {
        c.commit();
      }
      return new ApplyReport.Entry(
          order, file, kind, schema, name, ApplyReport.Status.applied, null, null);
    } catch (SQLException e) {
      if (transactional) {
        try {
          c.rollback();
        } catch (SQLException ignored) {
          // the connection is gone; the caller checks
        }
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new ApplyReport.Entry(
          order,
          file,
          kind,
          schema,
          name,
          ApplyReport.Status.failed,
          message.strip(),
          current == null ? null : current.line());
    }
  }

  private static ApplyReport report(
      ConnectionSpec target, long started, List<ApplyReport.Entry> entries) {
    int applied = 0;
    int failed = 0;
    int skipped = 0;
    for (ApplyReport.Entry e : entries) {
      switch (e.status()) {
        case applied -> applied++;
        case failed -> failed++;
        case skipped -> skipped++;
      }
    }
    return new ApplyReport(
        ApplyReport.FORMAT,
        1,
        target.safeUrl(),
        (System.nanoTime() - started) / 1_000_000,
        applied,
        failed,
        skipped,
        entries);
  }
}
