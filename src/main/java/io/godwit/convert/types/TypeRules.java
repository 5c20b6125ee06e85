package io.godwit.convert.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads mapping rules from JSON:
 *
 * <pre>{@code
 * {"rules": [
 *   {"type": "NUMBER", "scale": 0, "precision": [1, 4], "target": "smallint"},
 *   {"type": "NUMBER", "precision": "none", "key": true, "target": "bigint"},
 *   {"type": "VARCHAR2", "target": "varchar({n})"}
 * ]}
 * }</pre>
 *
 * A bound is a number (exactly), {@code [min, max]} (either may be null), {@code "none"} (the
 * source gives no value) or {@code "max"} (a MAX length).
 */
public final class TypeRules {

  private TypeRules() {}

  public static List<TypeRule> read(InputStream in, String what) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    JsonNode rules = root == null ? null : root.get("rules");
    if (rules == null || !rules.isArray()) {
      throw new IOException(what + ": expected an object with a \"rules\" array");
    }
    List<TypeRule> out = new ArrayList<>();
    int i = 0;
    for (JsonNode r : rules) {
      i++;
      try {
        out.add(
            new TypeRule(
                text(r, "type"),
                bounds(r.get("precision")),
                bounds(r.get("scale")),
                bounds(r.get("length")),
                r.path("key").asBoolean(false),
                text(r, "target")));
      } catch (IllegalArgumentException e) {
        throw new IOException(what + ": rule " + i + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The rules shipped at {@code resource}, for a dialect's defaults. */
  public static List<TypeRule> resource(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing type rules " + resource);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String text(JsonNode r, String field) {
    JsonNode n = r.get(field);
    if (n == null || !n.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return n.asText();
  }

  private static TypeRule.Bounds bounds(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return TypeRule.Bounds.exactly(n.asLong());
    }
    if (n.isTextual()) {
      return switch (n.asText()) {
        case "none" -> TypeRule.Bounds.ABSENT;
        case "max" -> TypeRule.Bounds.exactly(-1);
        default -> throw new IllegalArgumentException("unknown bound \"" + n.asText() + "\"");
      };
    }
    if (n.isArray() && n.size() == 2) {
      Long min = n.get(0).isNull() ? null : n.get(0).asLong();
      Long max = n.get(1).isNull() ? null : n.get(1).asLong();
      return new TypeRule.Bounds(min, max, false);
    }
    throw new IllegalArgumentException("a bound is a number, [min, max], \"none\" or \"max\"");
  }
}
