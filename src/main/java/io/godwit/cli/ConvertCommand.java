package io.godwit.cli;

import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.output.Summary;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Dialects;
import io.godwit.service.ConvertService;
import io.godwit.service.Passes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code godwit convert}: scripts or a live schema to the target's SQL, in a directory. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert scripts or a live database to PostgreSQL or MySQL.",
      "Writes DIR/<schema>/<kind>/<name>.sql, DIR/all.sql, DIR/action-items.csv and"
          + " DIR/summary.json."
    })
final class ConvertCommand implements Callable<Integer> {

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SOURCE",
      description = "oracle or sqlserver.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "TARGET",
      description = "postgresql or mysql.")
  String to;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(
      names = "--url",
      paramLabel = "JDBC_URL",
      description = "Read the source live instead of from scripts.")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "User for --url.")
  String user;

  @ArgGroup(exclusive = true)
  ConnectionOptions.PasswordSource password = new ConnectionOptions.PasswordSource();

  @Option(
      names = "--schema",
      paramLabel = "SCHEMA",
      description = "Schema to read from --url; repeatable.")
  List<String> schemas = new ArrayList<>();

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Script files and folders.")
  List<Path> inputs = new ArrayList<>();

  @Mixin ConvertOptionsMixin settings = new ConvertOptionsMixin();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if ((url == null) == inputs.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either --url or script files and folders, not both");
    }
    ConvertService service =
        new ConvertService(Dialects.discover(), ItemCatalog.builtIn(), Passes.standard());
    ConnectionSpec live =
        url == null ? null : new ConnectionSpec(url, user, password.secret(user, url));
    ConvertService.Request request =
        new ConvertService.Request(from, to, inputs, live, schemas, settings.toOptions());
    PrintWriter err = spec.commandLine().getErr();
    Summary summary;
    try {
      summary =
          service.convertTo(
              request, out, VersionProvider.version(), new Progress(err, "converting"));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    printSummary(spec.commandLine().getOut(), summary, out);
    return 0;
  }

  static void printSummary(PrintWriter out, Summary s, Path dir) {
    out.printf("%-20s %8s %10s %8s %8s%n", "kind", "objects", "converted", "actions", "failed");
    int[] sum = new int[4];
    for (Map.Entry<String, Summary.KindTotals> e : s.totals().entrySet()) {
      Summary.KindTotals t = e.getValue();
      out.printf(
          "%-20s %8d %10d %8d %8d%n",
          e.getKey(), t.objects(), t.converted(), t.actions(), t.failed());
      sum[0] += t.objects();
      sum[1] += t.converted();
      sum[2] += t.actions();
      sum[3] += t.failed();
    }
    out.printf("%-20s %8d %10d %8d %8d%n", "total", sum[0], sum[1], sum[2], sum[3]);
    int occurrences =
        s.actionItems().values().stream().mapToInt(Summary.ItemTotals::occurrences).sum();
    long notes = s.parseFailures().stream().filter(p -> "info".equals(p.category())).count();
    long unread = s.parseFailures().size() - notes;
    out.printf(
        "%d action items of %d kinds; in the sources, %d statements not read and %d notes"
            + " (see action-items.csv); %.1f s.%n",
        occurrences, s.actionItems().size(), unread, notes, s.elapsedMillis() / 1000.0);
    out.printf("Output: %s (all.sql, summary.json, action-items.csv)%n", dir);
    out.flush();
  }
}
