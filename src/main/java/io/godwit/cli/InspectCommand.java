package io.godwit.cli;

import io.godwit.dialect.Dialects;
import io.godwit.model.Database;
import io.godwit.project.CatalogJson;
import io.godwit.service.CatalogService;
import io.godwit.service.CatalogService.Inspection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code godwit inspect}: prints a live database's catalog. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Read a live database's catalog and print it as a tree or as JSON.")
final class InspectCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    tree,
    json
  }

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Option(
      names = "--schema",
      paramLabel = "SCHEMA",
      description =
          "Schema to read, exactly as named in the catalog; repeatable. Default: every user"
              + " schema (MySQL: the URL's database).")
  List<String> schemas = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "tree",
      description = "tree or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CatalogService service = new CatalogService(Dialects.discover());
    Inspection result = service.inspect(connection.toSpec(), schemas, step -> {});
    PrintWriter out = spec.commandLine().getOut();
    Database db = result.database();
    if (format == Format.json) {
      out.println(new CatalogJson().write(db));
    } else {
      new CatalogTreePrinter(out).print(db);
    }
    out.flush();
    return 0;
  }
}
