package io.godwit.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.godwit.convert.item.ItemCatalog;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * docs/items.md is the action-item reference users read: it must list every code of the built-in
 * catalogs exactly as they are defined. {@code GODWIT_DOCS_UPDATE=1} rewrites it from the catalogs.
 */
class ItemReferenceDocTest {

  private static final Path DOC = Path.of("docs", "items.md");

  @Test
  void docsListEveryCodeAsDefined() throws Exception {
    String expected = render();
    if ("1".equals(System.getenv("GODWIT_DOCS_UPDATE"))) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/items.md is out of date: run the test with GODWIT_DOCS_UPDATE=1")
        .isEqualTo(expected);
    for (var d : ItemCatalog.builtIn().all()) {
      assertThat(expected).contains("| " + d.code() + " |");
    }
  }

  private static String render() throws Exception {
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    out.append("# Action item reference\n\n")
        .append("Every action item Godwit raises has a stable code. The category is the effort of")
        .append(" one occurrence\n(info: nothing to do; simple: under 2 hours; medium: 2 to 6")
        .append(" hours; complex: more than 6\nhours). The weight is the effort units per")
        .append(" occurrence, and learning is the one-time units\nto learn the fix (see")
        .append(" [the effort model](effort-model.md)).\n\n")
        .append("This file is generated from `src/main/resources/io/godwit/items/*.json` by\n")
        .append("`ItemReferenceDocTest` (`GODWIT_DOCS_UPDATE=1`); edit the catalogs, not this")
        .append(" file.\n");
    for (String family : ItemCatalog.FAMILIES) {
      JsonNode root;
      try (InputStream in =
          ItemReferenceDocTest.class.getResourceAsStream("/io/godwit/items/" + family + ".json")) {
        if (in == null) {
          continue;
        }
        root = json.readTree(in);
      }
      out.append("\n## ")
          .append(root.path("family").asText(family.toUpperCase(Locale.ROOT)))
          .append("\n\n")
          .append(root.path("description").asText())
          .append(
              "\n\n| Code | Category | Title | What it means | What to do | Weight | Learning |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- |\n");
      for (JsonNode item : root.path("items")) {
        out.append("| ")
            .append(item.path("code").asText())
            .append(" | ")
            .append(item.path("category").asText())
            .append(" | ")
            .append(cell(item.path("title").asText()))
            .append(" | ")
            .append(cell(item.path("description").asText()))
            .append(" | ")
            .append(cell(recommendation(item)))
            .append(" | ")
            .append(number(item.path("weight").asDouble()))
            .append(" | ")
            .append(number(item.path("learningWeight").asDouble()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  /** The recommendation, then the target-specific ones ("MySQL: ..."). */
  private static String recommendation(JsonNode item) {
    StringBuilder b = new StringBuilder(item.path("recommendation").asText());
    JsonNode perTarget = item.path("recommendations");
    if (perTarget.isObject()) {
      perTarget
          .fields()
          .forEachRemaining(
              e ->
                  b.append(" ")
                      .append("mysql".equals(e.getKey()) ? "MySQL" : e.getKey())
                      .append(": ")
                      .append(e.getValue().asText()));
    }
    return b.toString();
  }

  private static String cell(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '|') {
        b.append("\\|");
      } else if (c == '\n' || c == '\r') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
