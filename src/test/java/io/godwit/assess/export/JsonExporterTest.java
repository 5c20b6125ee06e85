package io.godwit.assess.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.godwit.assess.AssessmentReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validates assessment.json against docs/assessment.schema.json and reads it back. */
class JsonExporterTest {

  static final Path SCHEMA = Path.of("docs", "assessment.schema.json");

  static JsonSchema schema() throws IOException {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }
  }

  static Path export(AssessmentReport report, String name) throws IOException {
    Path dir = Samples.dir(name);
    List<Path> files = new JsonExporter(ExportOptions.defaults()).export(report, dir);
    assertThat(files).containsExactly(dir.resolve("assessment.json"));
    return files.get(0);
  }

  @Test
  void everySampleIsValidAndReadsBackEqual() throws IOException {
    JsonSchema schema = schema();
    ObjectMapper plain = new ObjectMapper();
    for (AssessmentReport r :
        List.of(Samples.report(), Samples.verified(), Samples.hostile(), Samples.empty())) {
      Path file = export(r, "json");
      JsonNode node = plain.readTree(file.toFile());
      Set<ValidationMessage> errors = schema.validate(node);
      assertThat(errors).as(file.toString()).isEmpty();
      assertThat(JsonExporter.read(file)).isEqualTo(r);
    }
  }

  @Test
  void shapeForAutomation() throws IOException {
    JsonNode node = new ObjectMapper().readTree(export(Samples.verified(), "json-shape").toFile());
    assertThat(node.get("format").asText()).isEqualTo("godwit-assessment");
    assertThat(node.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(node.at("/summary/storage/converted/percent").asDouble()).isEqualTo(60.0);
    assertThat(node.at("/summary/effort/hours").asDouble()).isEqualTo(52.83);
    assertThat(node.at("/objectTypes/0/kind").asText()).isEqualTo("table");
    assertThat(node.at("/objects/0/verified").asText()).isEqualTo("applied");
    assertThat(node.at("/objects/0/category").isNull()).isTrue();
    assertThat(node.at("/objects/2/category").asText()).isEqualTo("medium");
    assertThat(node.at("/actionItems/3/occurrences/0/context/firstLine").asInt()).isEqualTo(43);
    assertThat(node.at("/actionItems/0/occurrences/0/context").isNull()).isTrue();
    assertThat(node.at("/verification/objects/0/kind").asText()).isEqualTo("support");
    assertThat(node.at("/effortModel/unitMinutes").asInt()).isEqualTo(30);
  }

  @Test
  void theSchemaRejectsWhatTheModelNeverWrites() throws IOException {
    JsonSchema schema = schema();
    ObjectMapper plain = new ObjectMapper();
    JsonNode good = plain.readTree(export(Samples.report(), "json-bad").toFile());

    ObjectNode missing = good.deepCopy();
    missing.remove("summary");
    assertThat(schema.validate(missing)).isNotEmpty();

    ObjectNode badCategory = good.deepCopy();
    ((ObjectNode) badCategory.at("/actionItems/0")).put("category", "huge");
    assertThat(schema.validate(badCategory)).isNotEmpty();

    ObjectNode extra = good.deepCopy();
    ((ObjectNode) extra.at("/summary")).put("surprise", 1);
    assertThat(schema.validate(extra)).isNotEmpty();

    ObjectNode badDate = good.deepCopy();
    badDate.put("generatedAt", "yesterday");
    assertThat(schema.validate(badDate)).isNotEmpty();
  }
}
