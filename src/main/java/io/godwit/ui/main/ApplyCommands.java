package io.godwit.ui.main;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.output.Summary;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Secret;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.CredentialSeal;
import io.godwit.project.EditOverlay;
import io.godwit.project.ObjectKey;
import io.godwit.service.ApplyReport;
import io.godwit.service.Sandbox;
import io.godwit.ui.model.ApplyOutcome;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.task.JobContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Apply to database": writes the conversion (with the user's edits) as an output directory and
 * runs it on the target server, object by object, then shows what failed in the target tree. With
 * no target server it offers a PostgreSQL sandbox on this machine.
 */
final class ApplyCommands implements AutoCloseable {

  private final WorkbenchContext cx;
  private final CredentialSeal seal;
  private final AtomicReference<Sandbox> sandbox = new AtomicReference<>();

  ApplyCommands(WorkbenchContext cx, CredentialSeal seal) {
    this.cx = cx;
    this.seal = seal;
  }

  void apply() {
    WorkbenchState state = cx.state();
    if (state.conversion() == null) {
      cx.info("Convert first (Actions > Convert), then apply.");
      return;
    }
    ConnectionSettings server = state.project().file().target().connection();
    if (server != null) {
      Optional<Credential> credential =
          Credential.gather(server, state.targetPassword(), cx.prompts());
      credential.ifPresent(c -> run(server.describe(), ctx -> spec(server, c)));
      return;
    }
    String product = state.project().file().target().product();
    if (!product.equals("postgresql")) {
      cx.info(
          "No target server is configured: use Target > Connect to a "
              + SourceLoader.name(product)
              + " server.");
      return;
    }
    Sandbox running = sandbox.get();
    if (running != null) {
      run("the PostgreSQL sandbox", ctx -> running.spec());
      return;
    }
    int choice =
        cx.prompts()
            .choose(
                "No target server",
                "No target server is configured. Godwit can start a PostgreSQL 15 sandbox on this"
                    + " machine (in a temporary folder, removed when Godwit exits) and apply the"
                    + " converted objects to it, so you can see them compile.",
                List.of("Start the sandbox and apply", "Cancel"));
    if (choice == 0) {
      run("the PostgreSQL sandbox", this::startSandbox);
    }
  }

  private ConnectionSpec startSandbox(JobContext ctx) {
    Sandbox running = sandbox.get();
    if (running != null) {
      return running.spec();
    }
    ctx.message("Starting the PostgreSQL sandbox (first start unpacks 14 MB)…");
    Sandbox started = Sandbox.start();
    if (!sandbox.compareAndSet(null, started)) {
      started.close();
    }
    return sandbox.get().spec();
  }

  private ConnectionSpec spec(ConnectionSettings server, Credential c) throws Exception {
    Secret password = c.open(seal);
    return new ConnectionSpec(server.jdbcUrl(), server.user(), password);
  }

  /** Where to connect, found in the background. */
  @FunctionalInterface
  private interface Target {
    ConnectionSpec connect(JobContext ctx) throws Exception;
  }

  private void run(String where, Target target) {
    WorkbenchState state = cx.state();
    ConversionModel model = state.conversion();
    ConversionResult edited = EditOverlay.apply(model.result(), Map.copyOf(state.edits()));
    List<String> inputs = ConversionCommands.inputs(state);
    Path folder = state.folder();
    String product = state.project().file().target().product();
    cx.task()
        .start(
            "Applying to " + where,
            ctx -> {
              ConnectionSpec spec = target.connect(ctx);
              Path dir = outputDir(folder, product);
              ctx.message("Writing the converted SQL to " + dir);
              Summary summary = cx.services().export().toFolder(edited, inputs, dir);
              int total = summary.objects().size() + summary.support().size();
              int[] done = {0};
              ApplyReport report =
                  cx.services()
                      .apply()
                      .apply(
                          dir,
                          spec,
                          file -> {
                            ctx.progress(++done[0], total);
                            ctx.message("Applying " + file);
                          });
              return new Applied(report, outcomes(model, summary, report), dir, spec);
            },
            applied -> {
              if (state.conversion() == model) {
                state.conversionProperty().set(model.withApplied(applied.outcomes()));
              }
              ApplyReport r = applied.report();
              if (state.project().file().target().connection() != null) {
                state.setTargetPassword(applied.spec().password());
              }
              String line =
                  String.format(
                      "Applied to %s: %,d applied, %,d failed, %,d skipped (%.1f s); report: %s",
                      r.target(),
                      r.applied(),
                      r.failed(),
                      r.skipped(),
                      r.elapsedMillis() / 1000.0,
                      applied.dir().resolve("apply-report.json"));
              cx.log().info(line);
              if (r.failed() > 0) {
                cx.notices()
                    .show(
                        io.godwit.ui.notify.Notice.warning(
                            r.failed()
                                + " objects failed to apply; they are marked in the target tree.",
                            line));
              } else {
                cx.info(String.format("Applied %,d objects to %s.", r.applied(), where));
              }
            },
            e -> cx.failed("Applying", e));
  }

  /** The project's apply folder, or a temporary one for a project that is not saved. */
  private static Path outputDir(Path folder, String product) throws IOException {
    if (folder != null) {
      return folder.resolve("apply").resolve(product);
    }
    return Files.createTempDirectory("godwit-apply-");
  }

  /** Each object's outcome, found through the file it was written to. */
  private static Map<ObjectKey, ApplyOutcome> outcomes(
      ConversionModel model, Summary summary, ApplyReport report) {
    Map<String, ApplyReport.Entry> byFile = new HashMap<>();
    for (ApplyReport.Entry e : report.objects()) {
      byFile.put(e.file(), e);
    }
    Map<ObjectKey, ApplyOutcome> out = new HashMap<>();
    List<io.godwit.convert.ConvertedObject> objects = model.result().objects();
    for (int i = 0; i < objects.size() && i < summary.objects().size(); i++) {
      ApplyReport.Entry e = byFile.get(summary.objects().get(i).file());
      if (e != null) {
        out.put(
            model.key(objects.get(i)),
            new ApplyOutcome(
                e.status() == ApplyReport.Status.applied,
                e.status() == ApplyReport.Status.skipped,
                e.error(),
                e.line()));
      }
    }
    return out;
  }

  /** Stops the sandbox, if one was started. */
  @Override
  public void close() {
    Sandbox s = sandbox.getAndSet(null);
    if (s != null) {
      s.close();
    }
  }

  /** An apply done in the background. */
  record Applied(
      ApplyReport report, Map<ObjectKey, ApplyOutcome> outcomes, Path dir, ConnectionSpec spec) {}
}
