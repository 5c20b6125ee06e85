package io.godwit.service;

import io.godwit.convert.BackEnd;
import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.Converter;
import io.godwit.convert.FrontEnd;
import io.godwit.convert.IrPass;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.model.Database;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the conversion pipeline with the front end of the source dialect and the back end of the
 * target dialect: scripts (files, and {@code .sql} files in folders, UTF-8 or else Windows-1252) or
 * a live catalog. The assessment's way into the pipeline until the conversion service takes this
 * role (see the assess branch's report).
 */
public final class DialectConversionRunner implements ConversionRunner {

  private final Dialects dialects;
  private final ItemCatalog catalog;
  private final List<IrPass> passes;

  public DialectConversionRunner(Dialects dialects, ItemCatalog catalog, List<IrPass> passes) {
    this.dialects = dialects;
    this.catalog = catalog;
    this.passes = List.copyOf(passes);
  }

  @Override
  public ConversionResult run(ConversionRequest request, ConversionListener listener)
      throws IOException {
    Dialect source = dialect(request.from());
    Dialect target = dialect(request.to());
    FrontEnd front =
        source
            .frontEnd()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Godwit does not convert from " + source.displayName() + " yet"));
    BackEnd back =
        target
            .backEnd()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Godwit does not convert to " + target.displayName() + " yet"));
    SourceSet sources;
    if (request.live() != null) {
      Database db =
          new CatalogService(dialects)
              .inspect(request.live(), request.schemas(), step -> {})
              .database();
      sources = front.read(db, request.options());
    } else {
      sources = front.read(scripts(request.inputs()), request.options());
    }
    return new Converter(source.id(), front, target.id(), back, passes, catalog, request.options())
        .convert(sources, listener);
  }

  private Dialect dialect(String id) {
    return dialects
        .byId(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown product '" + id + "' (known: " + dialects.ids() + ")"));
  }

  /** The scripts named, folders searched for {@code .sql} files, in path order. */
  static List<ScriptInput> scripts(List<Path> inputs) throws IOException {
    List<ScriptInput> out = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IOException("no such file or folder: " + input);
      }
      if (Files.isDirectory(input)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
          files =
              walk.filter(Files::isRegularFile)
                  .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                  .sorted()
                  .toList();
        }
        for (Path f : files) {
          out.add(new ScriptInput(f.toString(), decode(Files.readAllBytes(f))));
        }
      } else {
        out.add(new ScriptInput(input.toString(), decode(Files.readAllBytes(input))));
      }
    }
    return out;
  }

  static String decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
