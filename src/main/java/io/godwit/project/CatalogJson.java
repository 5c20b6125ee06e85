package io.godwit.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.godwit.model.Database;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The catalog as JSON: {@code {"format": "godwit-catalog", "formatVersion": 1, "database": {...}}}.
 * Field names are the record component names of {@code io.godwit.model}; they are documented in
 * docs/catalog-json.md and only change with the format version.
 */
public final class CatalogJson {

  /** The current format version; bumped when a field is renamed or removed. */
  public static final int FORMAT_VERSION = 1;

  private static final String FORMAT = "godwit-catalog";

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  /** The document envelope. */
  public record Document(String format, int formatVersion, Database database) {}

  /** {@code database} as an indented JSON document. */
  public String write(Database database) {
    try {
      return mapper.writeValueAsString(new Document(FORMAT, FORMAT_VERSION, database));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document written by {@link #write}. */
  public Database read(String json) throws IOException {
    Document doc = mapper.readValue(json, Document.class);
    if (!FORMAT.equals(doc.format())) {
      throw new IOException("not a Godwit catalog document (format is " + doc.format() + ")");
    }
    if (doc.formatVersion() > FORMAT_VERSION) {
      throw new IOException(
          "catalog format version "
              + doc.formatVersion()
              + " is newer than this Godwit understands ("
              + FORMAT_VERSION
              + ")");
    }
    return doc.database();
  }
}
