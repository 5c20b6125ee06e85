package io.godwit.cli;

import io.godwit.dialect.Dialects;
import io.godwit.service.ApplyReport;
import io.godwit.service.ApplyService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code godwit apply}: runs a conversion directory on the target. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Run the output of godwit convert on a target database, object by object, in the order",
      "of all.sql, continuing past failures. Writes DIR/apply-report.json.",
      "Exit codes: 0 everything applied, 3 some objects failed or were skipped, 1 error."
    })
final class ApplyCommand implements Callable<Integer> {

  /** Exit code when the run completed but objects failed. */
  static final int SOME_FAILED = 3;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Parameters(paramLabel = "DIR", description = "A directory written by godwit convert.")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ApplyReport report =
        new ApplyService(Dialects.discover()).apply(dir, connection.toSpec(), file -> {});
    PrintWriter out = spec.commandLine().getOut();
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
