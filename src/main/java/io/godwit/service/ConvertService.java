package io.godwit.service;

import io.godwit.convert.BackEnd;
import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.Converter;
import io.godwit.convert.FrontEnd;
import io.godwit.convert.IrPass;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.SourceSet;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.convert.output.ConversionWriter;
import io.godwit.convert.output.Summary;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.model.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Converts scripts or a live database from one product to another: reads the sources with the
 * source dialect's front end, converts with the target's back end, and optionally writes the output
 * directory. The CLI and the workbench both call this.
 */
public final class ConvertService {

  /** Code for a file that is not a script. */
  public static final String NOT_A_SCRIPT = "GW-0008";

  /**
   * What to convert.
   *
   * @param from the source dialect id
   * @param to the target dialect id
   * @param inputs script files and folders (when {@code live} is null)
   * @param live the source database to read instead of scripts
   * @param schemas the schemas to read from {@code live} (empty: the default)
   * @param options conversion settings
   */
  public record Request(
      String from,
      String to,
      List<Path> inputs,
      ConnectionSpec live,
      List<String> schemas,
      ConvertOptions options) {

    public Request {
      inputs = inputs == null ? List.of() : List.copyOf(inputs);
      schemas = schemas == null ? List.of() : List.copyOf(schemas);
      options = options == null ? ConvertOptions.defaults() : options;
    }
  }

  private final Dialects dialects;
  private final ItemCatalog catalog;
  private final List<IrPass> passes;

  public ConvertService(Dialects dialects, ItemCatalog catalog, List<IrPass> passes) {
    this.dialects = dialects;
    this.catalog = catalog;
    this.passes = List.copyOf(passes);
  }

  /** The front end of {@code id}, or a one-line error naming the products that have one. */
  public FrontEnd frontEnd(String id) {
    Dialect d = dialect(id);
    return d.frontEnd()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Godwit does not convert from "
                        + d.displayName()
                        + " (sources: "
                        + String.join(
                            ", ",
                            dialects.all().stream()
                                .filter(x -> x.frontEnd().isPresent())
                                .map(Dialect::id)
                                .toList())
                        + ")"));
  }

  /** The back end of {@code id}, or a one-line error naming the products that have one. */
  public BackEnd backEnd(String id) {
    Dialect d = dialect(id);
    return d.backEnd()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Godwit does not convert to "
                        + d.displayName()
                        + " (targets: "
                        + String.join(
                            ", ",
                            dialects.all().stream()
                                .filter(x -> x.backEnd().isPresent())
                                .map(Dialect::id)
                                .toList())
                        + ")"));
  }

  private Dialect dialect(String id) {
    return dialects
        .byId(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown product '" + id + "' (known: " + dialects.ids() + ")"));
  }

  /** Reads the sources: scripts (bad files become problems) or the live catalog. */
  public SourceSet read(Request request, Consumer<String> progress) throws IOException {
    FrontEnd front = frontEnd(request.from());
    if (request.live() != null) {
      Database db =
          new CatalogService(dialects)
              .inspect(request.live(), request.schemas(), progress)
              .database();
      return front.read(db, request.options());
    }
    ScriptFiles.Found found = ScriptFiles.read(request.inputs());
    SourceSet read = front.read(found.scripts(), request.options());
    if (found.rejected().isEmpty()) {
      return read;
    }
    List<ActionItem> problems = new ArrayList<>();
    for (ScriptFiles.Rejected r : found.rejected()) {
      Items items = new Items(catalog, new ObjectRef(null, r.name(), UnitKind.SCRIPT));
      items.add(NOT_A_SCRIPT, r.name() + ": " + r.reason(), null, null);
      problems.addAll(items.list());
    }
    problems.addAll(read.problems());
    return new SourceSet(read.units(), problems, read.catalog());
  }

  /** Converts {@code sources} (from {@link #read}). */
  public ConversionResult convert(Request request, SourceSet sources, ConversionListener listener) {
    Converter converter =
        new Converter(
            request.from(),
            frontEnd(request.from()),
            request.to(),
            backEnd(request.to()),
            passes,
            catalog,
            request.options());
    return converter.convert(sources, listener);
  }

  /** Reads, converts and writes {@code out}; returns the summary written. */
  public Summary convertTo(
      Request request, Path out, String godwitVersion, ConversionListener listener)
      throws IOException {
    SourceSet sources = read(request, step -> {});
    ConversionResult result = convert(request, sources, listener);
    List<String> inputs =
        request.live() != null
            ? List.of(request.live().safeUrl())
            : request.inputs().stream().map(Path::toString).toList();
    return new ConversionWriter(catalog, godwitVersion).write(result, inputs, out);
  }
}
