package io.godwit.load.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.godwit.load.DeferredObject;
import io.godwit.load.TableRef;
import io.godwit.load.ValueKind;
import io.godwit.load.progress.TableState;
import io.godwit.load.state.LoadState.DeferredEntry;
import io.godwit.load.state.LoadState.SegmentEntry;
import io.godwit.load.state.LoadState.TableEntry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the state file ({@code "format": "godwit-load-state", "formatVersion": 1}).
 * Writing goes to a temporary file that is flushed to disk and then renamed over the old one, so
 * the file on disk is always a complete state, old or new.
 */
public final class StateStore {

  static final String FORMAT = "godwit-load-state";
  static final int VERSION = 1;

  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public StateStore(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public boolean exists() {
    return Files.exists(file);
  }

  /** Saves a state atomically. */
  public synchronized void save(LoadState state) {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(toJson(state));
    } catch (JsonProcessingException e) {
      throw new StateException("cannot encode the load state: " + e.getOriginalMessage(), e);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel ch =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new StateException("cannot write the state file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the state.
   *
   * @throws StateException when the file is missing or damaged, with a message saying what to do
   */
  public LoadState load() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new StateException("there is no state file " + file + " to resume from", e);
    } catch (IOException e) {
      throw new StateException("cannot read the state file " + file + ": " + e.getMessage(), e);
    }
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new IllegalArgumentException("it is not a Godwit load state");
      }
      if (root.path("formatVersion").asInt() != VERSION) {
        throw new IllegalArgumentException(
            "its formatVersion is "
                + root.path("formatVersion").asText()
                + ", expected "
                + VERSION);
      }
      return fromJson(root);
    } catch (JsonProcessingException e) {
      throw damaged("it is not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (RuntimeException e) {
      throw damaged(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    }
  }

  private StateException damaged(String why, Throwable cause) {
    return new StateException(
        "the state file "
            + file
            + " is damaged: "
            + why
            + "; it cannot be resumed (delete it and run the task again without --resume)",
        cause);
  }

  private ObjectNode toJson(LoadState s) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", VERSION);
    root.put("taskId", s.taskId());
    root.put("created", s.created().toString());
    root.put("updated", s.updated().toString());
    root.put("status", s.status());
    root.put("source", s.source());
    root.put("target", s.target());
    ObjectNode options = root.putObject("options");
    s.options().forEach(options::put);
    root.put("mapping", s.mapping());
    ArrayNode tables = root.putArray("tables");
    for (TableEntry t : s.tables()) {
      ObjectNode o = tables.addObject();
      table(o.putObject("source"), t.source());
      table(o.putObject("target"), t.target());
      o.put("state", t.state().name());
      o.put("prepared", t.prepared());
      o.put("restartByRange", t.restartByRange());
      ArrayNode cols = o.putArray("rangeColumns");
      t.rangeColumns().forEach(cols::add);
      ArrayNode kinds = o.putArray("rangeKinds");
      t.rangeKinds().forEach(k -> kinds.add(k.name()));
      o.put("rowsLoaded", t.rowsLoaded());
      o.put("rejected", t.rejected());
      o.put("error", t.error());
      o.put("postLoadDone", t.postLoadDone());
      o.put("method", t.method());
      ArrayNode segments = o.putArray("segments");
      for (SegmentEntry e : t.segments()) {
        ObjectNode so = segments.addObject();
        so.put("id", e.id());
        so.set("lower", values(e.lower(), t.rangeKinds()));
        so.set("upper", values(e.upper(), t.rangeKinds()));
        so.put("nulls", e.nulls());
        so.put("done", e.done());
        so.put("rows", e.rows());
      }
    }
    ArrayNode deferred = root.putArray("deferred");
    for (DeferredEntry d : s.deferred()) {
      ObjectNode o = deferred.addObject();
      DeferredObject x = d.object();
      o.put("kind", x.kind().name());
      table(o.putObject("table"), x.table());
      o.put("name", x.name());
      ArrayNode disable = o.putArray("disable");
      x.disable().forEach(disable::add);
      ArrayNode restore = o.putArray("restore");
      x.restore().forEach(restore::add);
      o.put("disabled", d.disabled());
      o.put("restored", d.restored());
    }
    return root;
  }

  private JsonNode values(List<Object> values, List<ValueKind> kinds) {
    if (values == null) {
      return mapper.nullNode();
    }
    ArrayNode a = mapper.createArrayNode();
    for (int i = 0; i < values.size(); i++) {
      a.add(ValueJson.write(values.get(i), kinds.get(i)));
    }
    return a;
  }

  private static void table(ObjectNode o, TableRef t) {
    o.put("schema", t.schema());
    o.put("name", t.name());
  }

  private LoadState fromJson(JsonNode root) {
    Map<String, String> options = new LinkedHashMap<>();
    root.path("options")
        .fields()
        .forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
    List<TableEntry> tables = new ArrayList<>();
    for (JsonNode o : required(root, "tables")) {
      List<String> cols = new ArrayList<>();
      o.path("rangeColumns").forEach(c -> cols.add(c.asText()));
      List<ValueKind> kinds = new ArrayList<>();
      o.path("rangeKinds").forEach(k -> kinds.add(ValueKind.valueOf(k.asText())));
      if (cols.size() != kinds.size()) {
        throw new IllegalArgumentException("a table's range columns and kinds differ in number");
      }
      List<SegmentEntry> segments = new ArrayList<>();
      for (JsonNode so : required(o, "segments")) {
        segments.add(
            new SegmentEntry(
                so.path("id").asInt(),
                values(so.get("lower"), kinds),
                values(so.get("upper"), kinds),
                so.path("nulls").asBoolean(),
                so.path("done").asBoolean(),
                so.path("rows").asLong()));
      }
      tables.add(
          new TableEntry(
              table(required(o, "source")),
              table(required(o, "target")),
              TableState.valueOf(required(o, "state").asText()),
              o.path("prepared").asBoolean(),
              o.path("restartByRange").asBoolean(),
              cols,
              kinds,
              segments,
              o.path("rejected").asLong(),
              text(o, "error"),
              o.path("postLoadDone").asBoolean(),
              text(o, "method")));
    }
    List<DeferredEntry> deferred = new ArrayList<>();
    for (JsonNode o : root.path("deferred")) {
      List<String> disable = new ArrayList<>();
      o.path("disable").forEach(x -> disable.add(x.asText()));
      List<String> restore = new ArrayList<>();
      o.path("restore").forEach(x -> restore.add(x.asText()));
      deferred.add(
          new DeferredEntry(
              new DeferredObject(
                  DeferredObject.Kind.valueOf(required(o, "kind").asText()),
                  table(required(o, "table")),
                  required(o, "name").asText(),
                  disable,
                  restore),
              o.path("disabled").asBoolean(),
              o.path("restored").asBoolean()));
    }
    return new LoadState(
        required(root, "taskId").asText(),
        Instant.parse(required(root, "created").asText()),
        Instant.parse(required(root, "updated").asText()),
        required(root, "status").asText(),
        text(root, "source"),
        text(root, "target"),
        options,
        text(root, "mapping"),
        tables,
        deferred);
  }

  private static List<Object> values(JsonNode node, List<ValueKind> kinds) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray() || node.size() != kinds.size()) {
      throw new IllegalArgumentException("a segment bound has the wrong number of values");
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      out.add(ValueJson.read(node.get(i), kinds.get(i)));
    }
    return out;
  }

  private static TableRef table(JsonNode o) {
    return new TableRef(required(o, "schema").asText(), required(o, "name").asText());
  }

  private static JsonNode required(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("\"" + field + "\" is missing");
    }
    return v;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
