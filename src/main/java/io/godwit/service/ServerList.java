package io.godwit.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The sources of {@code godwit assess --servers FILE}: a CSV file with a header row and one source
 * per row (docs/assessment.md). Columns: {@code name} (required, unique: the report's folder),
 * {@code from}, {@code to} (default: the command's), {@code url} or {@code inputs} (one of them:
 * script files and folders separated by {@code ;}, relative to the list's folder), {@code user},
 * {@code password_env} or {@code password_file} (passwords are never in the list), {@code schemas}
 * ({@code ;}-separated). Column names ignore case; unknown columns are an error.
 */
public final class ServerList {

  static final Set<String> COLUMNS =
      Set.of(
          "name",
          "from",
          "to",
          "url",
          "user",
          "password_env",
          "password_file",
          "schemas",
          "inputs");

  /**
   * One source.
   *
   * @param line the line of the list it is on, for messages
   */
  public record Entry(
      int line,
      String name,
      String from,
      String to,
      String url,
      String user,
      String passwordEnv,
      Path passwordFile,
      List<String> schemas,
      List<Path> inputs) {

    public Entry {
      schemas = List.copyOf(schemas);
      inputs = List.copyOf(inputs);
    }
  }

  private ServerList() {}

  /**
   * Reads and checks the whole list before anything runs.
   *
   * @throws IOException with the file, line and reason of the first mistake
   */
  public static List<Entry> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such server list: " + file);
    }
    Path base = file.toAbsolutePath().getParent();
    List<Entry> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(false)
            .build();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = format.parse(r)) {
      Map<String, Integer> header = csv.getHeaderMap();
      Map<String, String> columns = new java.util.HashMap<>();
      for (String h : header.keySet()) {
        String key = h.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("\uFEFF")) {
          key = key.substring(1);
        }
        if (!COLUMNS.contains(key)) {
          throw new IOException(
              file + ": unknown column '" + h + "' (columns: " + String.join(", ", sorted()) + ")");
        }
        columns.put(key, h);
      }
      if (!columns.containsKey("name")) {
        throw new IOException(file + ": the header has no 'name' column");
      }
      for (CSVRecord rec : csv) {
        int line = (int) rec.getRecordNumber() + 1;
        String where = file + ":" + line + ": ";
        String name = get(rec, columns, "name");
        if (name == null) {
          throw new IOException(where + "a source needs a name");
        }
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
          throw new IOException(where + "the name '" + name + "' is used twice");
        }
        String url = get(rec, columns, "url");
        List<Path> inputs = new ArrayList<>();
        for (String p : list(get(rec, columns, "inputs"))) {
          inputs.add(base.resolve(p));
        }
        if ((url == null) == inputs.isEmpty()) {
          throw new IOException(where + "give either a url or inputs for '" + name + "'");
        }
        String passwordFile = get(rec, columns, "password_file");
        out.add(
            new Entry(
                line,
                name,
                get(rec, columns, "from"),
                get(rec, columns, "to"),
                url,
                get(rec, columns, "user"),
                get(rec, columns, "password_env"),
                passwordFile == null ? null : base.resolve(passwordFile),
                list(get(rec, columns, "schemas")),
                inputs));
      }
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(file + " is not a valid server list: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new IOException(file + " lists no sources");
    }
    return out;
  }

  private static List<String> sorted() {
    return COLUMNS.stream().sorted().toList();
  }

  private static String get(CSVRecord rec, Map<String, String> columns, String column) {
    String h = columns.get(column);
    if (h == null || !rec.isSet(h)) {
      return null;
    }
    String v = rec.get(h).strip();
    return v.isEmpty() ? null : v;
  }

  /** The {@code ;}-separated values of a cell. */
  private static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    int start = 0;
    for (int i = 0; i <= cell.length(); i++) {
      if (i == cell.length() || cell.charAt(i) == ';') {
        String v = cell.substring(start, i).strip();
        if (!v.isEmpty()) {
          out.add(v);
        }
        start = i + 1;
      }
    }
    return out;
  }
}
