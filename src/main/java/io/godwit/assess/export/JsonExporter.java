package io.godwit.assess.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.godwit.assess.AssessmentReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code assessment.json}: the whole report model, as docs/assessment.schema.json describes it.
 * Enumerations are written in lower case ({@code materialized_view}, {@code complex}); absent
 * values are written as {@code null}, so every field is always there.
 */
public final class JsonExporter implements Exporter {

  private final ExportOptions options;

  public JsonExporter(ExportOptions options) {
    this.options = options;
  }

  /** The mapper that writes (and reads back) the report. */
  public static JsonMapper mapper() {
    SimpleModule enums = new SimpleModule("godwit-enums");
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Enum<?>> enumClass = (Class) Enum.class;
    enums.addSerializer(
        enumClass,
        new StdSerializer<Enum<?>>(enumClass) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(value.name().toLowerCase(Locale.ROOT));
          }
        });
    return JsonMapper.builder()
        .addModule(enums)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  @Override
  public List<Path> export(AssessmentReport report, Path dir) throws IOException {
    JsonMapper mapper = mapper();
    Path file = dir.resolve(options.baseName() + ".json");
    return List.of(AtomicFile.write(file, out -> mapper.writeValue(out, report)));
  }

  /** Reads a report written by this exporter. */
  public static AssessmentReport read(Path file) throws IOException {
    AssessmentReport r = mapper().readValue(file.toFile(), AssessmentReport.class);
    if (!AssessmentReport.FORMAT.equals(r.format())) {
      throw new IOException(file + " is not a Godwit assessment");
    }
    return r;
  }
}
