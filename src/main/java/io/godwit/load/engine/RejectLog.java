package io.godwit.load.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.godwit.load.ValueKind;
import io.godwit.load.state.ValueJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A table's reject file: one JSON object per line for each refused row, with the segment it came
 * from, why it was refused, its key, its validation hash, and its values by column. Rows of a
 * segment are staged in a file of their own and appended when the segment commits, so a segment
 * that is loaded again does not reject its rows twice.
 */
final class RejectLog {

  /** One reject record read back (for validation). */
  record Entry(int segment, List<Object> key, Long hash) {}

  private static final HexFormat HEX = HexFormat.of();

  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper();

  RejectLog(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  boolean exists() {
    return Files.exists(file);
  }

  private Path staging(int segment) {
    return file.resolveSibling(file.getFileName() + ".segment-" + segment);
  }

  /** Adds a refused row to the segment's staging file. */
  synchronized void stage(
      int segment,
      String table,
      String message,
      List<Object> key,
      List<ValueKind> keyKinds,
      Long hash,
      List<String> columns,
      List<ValueKind> kinds,
      Object[] values) {
    ObjectNode o = mapper.createObjectNode();
    o.put("table", table);
    o.put("segment", segment);
    o.put("error", message);
    if (key != null) {
      ArrayNode k = o.putArray("key");
      for (int i = 0; i < key.size(); i++) {
        k.add(ValueJson.write(key.get(i), keyKinds.get(i)));
      }
    } else {
      o.putNull("key");
    }
    if (hash != null) {
      o.put("hash", HEX.toHexDigits(hash));
    } else {
      o.putNull("hash");
    }
    ObjectNode row = o.putObject("row");
    for (int i = 0; i < columns.size(); i++) {
      row.set(columns.get(i), ValueJson.write(values[i], kinds.get(i)));
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (BufferedWriter w =
          Files.newBufferedWriter(
              staging(segment),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND)) {
        w.write(mapper.writeValueAsString(o));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write reject file " + staging(segment), e);
    }
  }

  /** Moves a committed segment's staged rows into the reject file; returns how many. */
  synchronized long commit(int segment) {
    Path staged = staging(segment);
    if (!Files.exists(staged)) {
      return 0;
    }
    try {
      List<String> lines = Files.readAllLines(staged, StandardCharsets.UTF_8);
      Files.write(
          file,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Files.delete(staged);
      return lines.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write reject file " + file, e);
    }
  }

  /** Forgets what a segment staged (its transaction rolled back). */
  synchronized void discard(int segment) {
    try {
      Files.deleteIfExists(staging(segment));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Keeps only the records of committed segments (a resumed task loads the others again), and drops
   * staging files left by an interrupted run.
   */
  synchronized void keepOnly(Set<Integer> committedSegments, int segmentCount) {
    for (int s = 0; s < segmentCount; s++) {
      discard(s);
    }
    if (!Files.exists(file)) {
      return;
    }
    try {
      List<String> kept = new ArrayList<>();
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()
              && committedSegments.contains(mapper.readTree(line).path("segment").asInt(-1))) {
            kept.add(line);
          }
        }
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, kept, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite reject file " + file, e);
    }
  }

  /** The committed records, for validation. */
  synchronized List<Entry> entries(List<ValueKind> keyKinds) {
    List<Entry> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = mapper.readTree(line);
        List<Object> key = null;
        JsonNode k = o.get("key");
        if (k != null && k.isArray() && k.size() == keyKinds.size()) {
          key = new ArrayList<>();
          for (int i = 0; i < keyKinds.size(); i++) {
            key.add(ValueJson.read(k.get(i), keyKinds.get(i)));
          }
        }
        JsonNode h = o.get("hash");
        Long hash = h == null || h.isNull() ? null : HexFormat.fromHexDigitsToLong(h.asText());
        out.add(new Entry(o.path("segment").asInt(), key, hash));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reject file " + file, e);
    }
    return out;
  }
}
