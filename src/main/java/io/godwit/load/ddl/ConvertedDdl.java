package io.godwit.load.ddl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.godwit.load.TableRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A converted DDL directory: {@code summary.json} ({@code "format": "godwit-conversion"}, {@code
 * "formatVersion": 1}), one SQL file per object, and the support files ({@code _godwit/*.sql}) the
 * converted objects call. Unknown fields are ignored.
 */
public final class ConvertedDdl {

  /**
   * A support file: objects the converted code calls (Godwit's compatibility functions), created
   * before anything else. Its script may run again: it creates or replaces what it defines.
   *
   * @param name what it defines ({@code godwit_compat})
   * @param file its path under the directory
   */
  public record Support(String name, String file) {}

  /** The kinds of objects the loader runs, besides tables. */
  public static final String INDEX = "index";

  public static final String CONSTRAINT = "constraint";
  public static final String TRIGGER = "trigger";
  public static final String SEQUENCE = "sequence";
  public static final String TYPE = "type";
  public static final String TABLE = "table";

  private final Path directory;
  private final List<DdlObject> objects;
  private final List<Support> support;

  private ConvertedDdl(Path directory, List<DdlObject> objects, List<Support> support) {
    this.directory = directory;
    this.objects = List.copyOf(objects);
    this.support = List.copyOf(support);
  }

  /** Reads {@code directory/summary.json}. */
  public static ConvertedDdl read(Path directory) {
    Path summary = directory.resolve("summary.json");
    JsonNode root;
    try {
      String text = Files.readString(summary, StandardCharsets.UTF_8);
      root =
          new ObjectMapper()
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
              .readTree(text);
    } catch (NoSuchFileException e) {
      throw new DdlException(
          directory + " is not a converted DDL directory: it has no summary.json", e);
    } catch (JsonProcessingException e) {
      throw new DdlException(summary + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DdlException("cannot read " + summary + ": " + e.getMessage(), e);
    }
    if (root == null
        || !"godwit-conversion".equals(text(root, "format"))
        || root.get("objects") == null
        || !root.get("objects").isArray()) {
      throw new DdlException(
          summary + " is not a Godwit conversion summary (format \"godwit-conversion\")", null);
    }
    if (root.path("formatVersion").asInt(0) != 1) {
      throw new DdlException(
          summary
              + " has formatVersion "
              + text(root, "formatVersion")
              + "; this Godwit reads formatVersion 1",
          null);
    }
    List<DdlObject> objects = new ArrayList<>();
    for (JsonNode o : root.get("objects")) {
      objects.add(
          new DdlObject(
              text(o, "sourceSchema"),
              text(o, "sourceName"),
              text(o, "sourceKind"),
              text(o, "targetSchema"),
              text(o, "targetName"),
              lower(text(o, "targetKind")),
              text(o, "table"),
              text(o, "file"),
              text(o, "status")));
    }
    List<Support> support = new ArrayList<>();
    JsonNode files = root.get("support");
    if (files != null && files.isArray()) {
      for (JsonNode f : files) {
        String file = text(f, "file");
        if (file == null) {
          throw new DdlException(summary + " lists a support file without a \"file\"", null);
        }
        support.add(new Support(text(f, "name"), file));
      }
    }
    return new ConvertedDdl(directory, objects, support);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  public Path directory() {
    return directory;
  }

  public List<DdlObject> objects() {
    return objects;
  }

  /** The support files, in the order they run. */
  public List<Support> support() {
    return support;
  }

  /** The SQL of a support file. */
  public String script(Support file) {
    return read(file.file());
  }

  /** The table object that creates {@code target} (same spelling first, then ignoring case). */
  public Optional<DdlObject> table(TableRef target) {
    Optional<DdlObject> exact =
        objects.stream()
            .filter(o -> TABLE.equals(o.targetKind()))
            .filter(o -> target.schema().equals(o.targetSchema()))
            .filter(o -> target.name().equals(o.targetName()))
            .findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return objects.stream()
        .filter(o -> TABLE.equals(o.targetKind()))
        .filter(o -> target.schema().equalsIgnoreCase(String.valueOf(o.targetSchema())))
        .filter(o -> target.name().equalsIgnoreCase(String.valueOf(o.targetName())))
        .findFirst();
  }

  /** The objects of a kind that belong to {@code target} (indexes, constraints, triggers). */
  public List<DdlObject> ofTable(TableRef target, String kind) {
    return objects.stream()
        .filter(o -> kind.equals(o.targetKind()))
        .filter(o -> target.schema().equalsIgnoreCase(String.valueOf(o.targetSchema())))
        .filter(o -> target.name().equalsIgnoreCase(String.valueOf(o.table())))
        .toList();
  }

  /** The objects of a kind in a schema (sequences, types). */
  public List<DdlObject> inSchema(String schema, String kind) {
    return objects.stream()
        .filter(o -> kind.equals(o.targetKind()))
        .filter(o -> schema.equalsIgnoreCase(String.valueOf(o.targetSchema())))
        .toList();
  }

  /** The SQL of an object's file. */
  public String script(DdlObject object) {
    if (object.file() == null) {
      throw new DdlException(
          "the converted DDL lists "
              + object.targetKind()
              + " "
              + object.targetName()
              + " without a file",
          null);
    }
    return read(object.file());
  }

  private String read(String name) {
    Path file = directory.resolve(name).normalize();
    if (!file.startsWith(directory.normalize())) {
      throw new DdlException("the converted DDL names a file outside its directory: " + name, null);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DdlException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
