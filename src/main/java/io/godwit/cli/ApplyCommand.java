package io.godwit.cli;

import io.godwit.convert.output.Summary;
import io.godwit.dialect.Dialects;
import io.godwit.service.ApplyReport;
import io.godwit.service.ApplyService;
import io.godwit.service.Sandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code godwit apply}: runs a conversion directory on the target. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Run the output of godwit convert on a target database, object by object, in the order",
      "of all.sql, continuing past failures. Writes DIR/apply-report.json.",
      "--sandbox runs it on a throw-away PostgreSQL 15 started on this machine instead of a",
      "server, so the results back godwit assess without installing anything.",
      "Exit codes: 0 everything applied, 3 some objects failed or were skipped, 1 error."
    })
final class ApplyCommand implements Callable<Integer> {

  /** Exit code when the run completed but objects failed. */
  static final int SOME_FAILED = 3;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  /** A server, or the sandbox. */
  static final class Where {
    @ArgGroup(exclusive = false)
    ConnectionOptions server;

    @Option(
        names = "--sandbox",
        description =
            "Apply to a PostgreSQL 15 sandbox on this machine (stopped and deleted afterwards);"
                + " for output converted to postgresql.")
    boolean sandbox;
  }

  @Parameters(paramLabel = "DIR", description = "A directory written by godwit convert.")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ApplyService service = new ApplyService(Dialects.discover());
    ApplyReport report;
    if (where.sandbox) {
      String target = Summary.read(dir).target();
      if (!"postgresql".equals(target)) {
        throw new UserError(
            "--sandbox is a PostgreSQL server; " + dir + " was converted to " + target);
      }
      out.println("starting the PostgreSQL sandbox...");
      out.flush();
      try (Sandbox sandbox = Sandbox.start()) {
        report = service.apply(dir, sandbox.spec(), file -> {});
      }
    } else {
      report = service.apply(dir, where.server.toSpec(), file -> {});
    }
    for (ApplyReport.Entry e : report.objects()) {
      if (e.status() == ApplyReport.Status.failed) {
        out.printf(
            "failed  %s%s: %s%n",
            e.file(), e.line() == null ? "" : ":" + e.line(), firstLine(e.error()));
      }
    }
    out.printf(
        "%d applied, %d failed, %d skipped in %.1f s; report: %s%n",
        report.applied(),
        report.failed(),
        report.skipped(),
        report.elapsedMillis() / 1000.0,
        dir.resolve("apply-report.json"));
    out.flush();
    return report.failed() + report.skipped() == 0 ? 0 : SOME_FAILED;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
