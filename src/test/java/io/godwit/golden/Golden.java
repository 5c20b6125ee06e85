package io.godwit.golden;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.Converter;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.ir.SourceSpan;
import io.godwit.service.Passes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Golden translation cases: {@code src/test/resources/golden/<source>-<target>/<feature>/case.sql}
 * beside {@code expected.sql} (the converted objects in the order they run) and {@code
 * expected-items.txt} (the action items and source problems). Run with {@code
 * GODWIT_GOLDEN_UPDATE=1} (or {@code -Dgodwit.golden.update=true}) to rewrite the expectations;
 * review the diff like code.
 */
final class Golden {

  static final Path ROOT = Paths.get("src/test/resources/golden");

  private static final ItemCatalog ITEMS = ItemCatalog.builtIn();

  private Golden() {}

  /** Whether expectations are rewritten instead of compared. */
  static boolean updating() {
    return "1".equals(System.getenv("GODWIT_GOLDEN_UPDATE"))
        || Boolean.getBoolean("godwit.golden.update");
  }

  /** One case folder. */
  record Case(String from, String to, Path dir) {

    String name() {
      return from + "-" + to + "/" + dir.getFileName();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** The cases of one source-target pair, sorted by folder name. */
  static List<Case> cases(String from, String to) {
    Path pair = ROOT.resolve(from + "-" + to);
    try (Stream<Path> dirs = Files.list(pair)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("case.sql")))
          .sorted()
          .map(d -> new Case(from, to, d))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ConversionResult convert(Case c) {
    return convert(c, ConvertOptions.defaults());
  }

  /**
   * The target version the execution test converts for: the version of the embedded server, so
   * every object converted without items must run on it (for MySQL the golden text is MySQL 8.0,
   * which MariaDB does not fully accept). {@code GODWIT_TEST_MYSQL_TARGET} names another version
   * when {@code GODWIT_TEST_MYSQL_URL} points at another server (for example {@code
   * mariadb-10.11}).
   */
  static ConvertOptions executionOptions(Case c) {
    ConvertOptions options = ConvertOptions.defaults();
    String mysql = System.getenv().getOrDefault("GODWIT_TEST_MYSQL_TARGET", "mariadb-11.4");
    return "mysql".equals(c.to()) ? options.withTargetVersion(mysql) : options;
  }

  static ConversionResult convert(Case c, ConvertOptions options) {
    Dialects dialects = Dialects.discover();
    Dialect source = dialects.byId(c.from()).orElseThrow();
    Dialect target = dialects.byId(c.to()).orElseThrow();
    String text = read(c.dir().resolve("case.sql"));
    SourceSet sources =
        source.frontEnd().orElseThrow().read(List.of(new ScriptInput("case.sql", text)), options);
    Converter converter =
        new Converter(
            c.from(),
            source.frontEnd().orElseThrow(),
            c.to(),
            target.backEnd().orElseThrow(),
            Passes.standard(),
            ITEMS,
            options);
    return converter.convert(sources, ConversionListener.NONE);
  }

  /** The converted objects as one text: a header line per object, then its SQL. */
  static String objectsText(ConversionResult r) {
    StringBuilder s = new StringBuilder();
    for (ConvertedObject o : r.objects()) {
      s.append("-- ")
          .append(o.kind().label())
          .append(' ')
          .append(o.target() != null ? o.target().path() : o.source().path())
          .append(" [")
          .append(o.status().name().toLowerCase(Locale.ROOT))
          .append("]\n");
      if (o.sql() != null) {
        s.append(o.sql());
        if (!o.sql().endsWith("\n")) {
          s.append('\n');
        }
      }
      s.append('\n');
    }
    return s.toString();
  }

  /** The action items, one per line: problems of the sources first, then each object's. */
  static String itemsText(ConversionResult r) {
    List<String> lines = new ArrayList<>();
    for (ActionItem i : r.problems()) {
      lines.add(itemLine("(sources)", i));
    }
    for (ConvertedObject o : r.objects()) {
      for (ActionItem i : o.items()) {
        lines.add(itemLine(o.source().path(), i));
      }
    }
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private static String itemLine(String object, ActionItem i) {
    return i.code()
        + " "
        + object
        + " "
        + at(i.source())
        + " -> "
        + at(i.target())
        + ": "
        + i.message();
  }

  private static String at(SourceSpan span) {
    return span == null ? "-" : span.startLine() + ":" + span.startColumn();
  }

  static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path p, String text) {
    try {
      if (text.isEmpty()) {
        Files.deleteIfExists(p);
      } else {
        Files.writeString(p, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
