package io.godwit.service;

import io.godwit.convert.ConvertOptions;
import io.godwit.dialect.ConnectionSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * What to convert: scripts, or a live database.
 *
 * @param from the source product id
 * @param to the target product id
 * @param inputs script files and folders (when {@code live} is null)
 * @param live the source database to read instead of scripts, or null
 * @param schemas the schemas to read from {@code live}; empty for the default
 * @param options the conversion settings
 */
public record ConversionRequest(
    String from,
    String to,
    List<Path> inputs,
    ConnectionSpec live,
    List<String> schemas,
    ConvertOptions options) {

  public ConversionRequest {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    options = options == null ? ConvertOptions.defaults() : options;
    if (live == null && inputs.isEmpty()) {
      throw new IllegalArgumentException("give either a source URL or script files and folders");
    }
    if (live != null && !inputs.isEmpty()) {
      throw new IllegalArgumentException("give either a source URL or script files, not both");
    }
  }

  /** What was read, for reports: the URL (passwords masked) or the inputs as given. */
  public List<String> described() {
    return live != null ? List.of(live.safeUrl()) : inputs.stream().map(Path::toString).toList();
  }
}
