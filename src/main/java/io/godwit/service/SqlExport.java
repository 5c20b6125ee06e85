package io.godwit.service;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.output.ConversionWriter;
import io.godwit.convert.output.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves a conversion result as SQL for review: one file per object in the layout of {@code godwit
 * convert} (with all.sql, summary.json and action-items.csv), or one script.
 */
public final class SqlExport {

  private final ConversionWriter writer;

  public SqlExport(ItemCatalog catalog, String godwitVersion) {
    this.writer = new ConversionWriter(catalog, godwitVersion);
  }

  /** Writes the output directory {@code dir}, as {@code godwit convert --out dir} would. */
  public Summary toFolder(ConversionResult result, List<String> inputs, Path dir)
      throws IOException {
    return writer.write(result, inputs, dir);
  }

  /** Writes every converted object, in dependency order, to the one script {@code file}. */
  public void toScript(ConversionResult result, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, writer.script(result), StandardCharsets.UTF_8);
  }
}
