package io.godwit.load.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.godwit.load.LobValue;
import io.godwit.load.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Canonical values as JSON and back, exactly: integers as numbers, everything else as text in a
 * fixed form ({@code \x} hex for binary, ISO dates), so a value read back compares equal.
 */
public final class ValueJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final HexFormat HEX = HexFormat.of();

  private ValueJson() {}

  public static JsonNode write(Object v, ValueKind kind) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof LobValue lob) {
      return NODES.textNode(lob.toString());
    }
    return switch (kind) {
      case INTEGER -> NODES.numberNode((Long) v);
      case BOOLEAN -> NODES.booleanNode((Boolean) v);
      case DECIMAL -> NODES.textNode(v instanceof BigDecimal d ? d.toPlainString() : v.toString());
      case BINARY -> NODES.textNode("\\x" + HEX.formatHex((byte[]) v));
      case DATE -> NODES.textNode(special(v, LocalDate.MAX, LocalDate.MIN));
      case TIMESTAMP -> NODES.textNode(special(v, LocalDateTime.MAX, LocalDateTime.MIN));
      case TIMESTAMP_TZ -> NODES.textNode(special(v, OffsetDateTime.MAX, OffsetDateTime.MIN));
      default -> NODES.textNode(v.toString());
    };
  }

  /** java.time's ISO text, which reads back exactly, or +/-infinity. */
  private static String special(Object v, Object max, Object min) {
    if (v.equals(max)) {
      return "infinity";
    }
    if (v.equals(min)) {
      return "-infinity";
    }
    return v.toString();
  }

  public static Object read(JsonNode node, ValueKind kind) {
    if (node == null || node.isNull()) {
      return null;
    }
    String s = node.asText();
    return switch (kind) {
      case INTEGER -> node.asLong();
      case BOOLEAN -> node.asBoolean();
      case DECIMAL ->
          switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> new BigDecimal(s);
          };
      case FLOAT32 -> Float.parseFloat(s);
      case FLOAT64 -> Double.parseDouble(s);
      case TEXT, JSON -> s;
      case UUID -> UUID.fromString(s);
      case BINARY -> HEX.parseHex(s.substring(2));
      case DATE ->
          s.equals("infinity")
              ? LocalDate.MAX
              : s.equals("-infinity") ? LocalDate.MIN : LocalDate.parse(s);
      case TIME -> LocalTime.parse(s);
      case TIME_TZ -> OffsetTime.parse(s);
      case TIMESTAMP ->
          s.equals("infinity")
              ? LocalDateTime.MAX
              : s.equals("-infinity") ? LocalDateTime.MIN : LocalDateTime.parse(s);
      case TIMESTAMP_TZ ->
          s.equals("infinity")
              ? OffsetDateTime.MAX
              : s.equals("-infinity") ? OffsetDateTime.MIN : OffsetDateTime.parse(s);
    };
  }
}
