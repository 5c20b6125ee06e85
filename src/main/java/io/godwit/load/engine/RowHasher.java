package io.godwit.load.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.godwit.load.LobValue;
import io.godwit.load.ValueKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A 64-bit hash of a row's normalised values, the same for the same data whichever product it was
 * read from: numbers by value (1.50 = 1.5), times to the microsecond, time zones as instants, JSON
 * with sorted keys, text and binary by their bytes. Per-range checksums are sums of these hashes,
 * so row order does not matter.
 */
final class RowHasher {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final ValueKind[] kinds;
  private final ObjectMapper json =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
  private final byte[] chunk = new byte[16 * 1024];
  private long h;

  RowHasher(ValueKind[] kinds) {
    this.kinds = kinds.clone();
  }

  long hash(Object[] row) {
    h = FNV_OFFSET;
    for (int i = 0; i < kinds.length; i++) {
      value(row[i], kinds[i]);
    }
    return mix(h);
  }

  private void value(Object v, ValueKind kind) {
    if (v == null) {
      b(0);
      return;
    }
    b(1 + kind.ordinal());
    switch (kind) {
      case BOOLEAN -> b(((Boolean) v) ? 1 : 0);
      case INTEGER -> l((Long) v);
      case DECIMAL -> decimal(v);
      case FLOAT32 -> {
        float f = (Float) v;
        i(f == 0f ? 0 : Float.floatToIntBits(f));
      }
      case FLOAT64 -> {
        double d = (Double) v;
        l(d == 0d ? 0 : Double.doubleToLongBits(d));
      }
      case TEXT -> text(v);
      case JSON -> jsonText(v);
      case BINARY -> binary(v);
      case UUID -> {
        UUID u = (UUID) v;
        l(u.getMostSignificantBits());
        l(u.getLeastSignificantBits());
      }
      case DATE -> {
        LocalDate d = (LocalDate) v;
        l(
            d.equals(LocalDate.MAX)
                ? Long.MAX_VALUE
                : d.equals(LocalDate.MIN) ? Long.MIN_VALUE : d.toEpochDay());
      }
      case TIME -> l(micros(((LocalTime) v).toNanoOfDay()));
      case TIME_TZ -> {
        OffsetTime t = (OffsetTime) v;
        l(micros(t.toLocalTime().toNanoOfDay()));
        i(t.getOffset().getTotalSeconds());
      }
      case TIMESTAMP -> {
        LocalDateTime t = (LocalDateTime) v;
        if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
          l(t.equals(LocalDateTime.MAX) ? Long.MAX_VALUE : Long.MIN_VALUE);
        } else {
          instant(t.toEpochSecond(ZoneOffset.UTC), t.getNano());
        }
      }
      case TIMESTAMP_TZ -> {
        OffsetDateTime t = (OffsetDateTime) v;
        if (t.equals(OffsetDateTime.MAX) || t.equals(OffsetDateTime.MIN)) {
          l(t.equals(OffsetDateTime.MAX) ? Long.MAX_VALUE : Long.MIN_VALUE);
        } else {
          instant(t.toEpochSecond(), t.getNano());
        }
      }
    }
  }

  /** Seconds and nanoseconds, rounded to the microsecond as the targets store them. */
  private void instant(long seconds, int nanos) {
    long micros = micros(nanos);
    l(seconds * 1_000_000L + micros);
  }

  private static long micros(long nanos) {
    return (long) Math.rint(nanos / 1000.0);
  }

  private void decimal(Object v) {
    if (v instanceof BigDecimal d) {
      BigDecimal n = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
      i(n.scale());
      bytes(n.unscaledValue().toByteArray());
    } else {
      bytes(v.toString().getBytes(StandardCharsets.US_ASCII));
    }
  }

  private void text(Object v) {
    if (v instanceof LobValue lob) {
      stream(lob);
    } else {
      String s = (String) v;
      // UTF-8 bytes, the same for a String and for a spilled value
      bytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void jsonText(Object v) {
    if (v instanceof LobValue lob) {
      stream(lob);
      return;
    }
    String s = (String) v;
    try {
      JsonNode node = json.readTree(s);
      bytes(json.writeValueAsBytes(canonical(node)));
    } catch (IOException e) {
      bytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Objects with keys sorted and numbers normalised, so formatting differences vanish. */
  private JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        sorted.put(e.getKey(), canonical(e.getValue()));
      }
      ObjectNode out = json.createObjectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = json.createArrayNode();
      node.forEach(x -> out.add(canonical(x)));
      return out;
    }
    if (node.isNumber()) {
      BigDecimal d = node.decimalValue();
      return json.getNodeFactory()
          .textNode("n:" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString()));
    }
    return node;
  }

  private void binary(Object v) {
    if (v instanceof LobValue lob) {
      stream(lob);
    } else {
      bytes((byte[]) v);
    }
  }

  private void stream(LobValue lob) {
    l(lob.length());
    try (InputStream in = lob.open()) {
      int n;
      while ((n = in.read(chunk)) > 0) {
        for (int k = 0; k < n; k++) {
          b(chunk[k]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void bytes(byte[] b) {
    l(b.length);
    for (byte x : b) {
      b(x);
    }
  }

  private void b(int x) {
    h = (h ^ (x & 0xff)) * FNV_PRIME;
  }

  private void i(int x) {
    b(x >>> 24);
    b(x >>> 16);
    b(x >>> 8);
    b(x);
  }

  private void l(long x) {
    i((int) (x >>> 32));
    i((int) x);
  }

  /** Murmur3's finaliser: spreads the bits so sums of hashes do not cancel by accident. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
