package io.godwit.load;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/** Small helpers over canonical values: ordering, size estimates and display. */
public final class Values {

  private static final HexFormat HEX = HexFormat.of();

  private Values() {}

  /** Compares two tuples of canonical values of the same kinds, element by element. */
  public static int compareTuples(Object[] a, List<Object> b) {
    for (int i = 0; i < a.length; i++) {
      int c = compare(a[i], b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Compares two non-null canonical values of the same kind. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return java.util.Arrays.compareUnsigned(x, y);
    }
    if (a instanceof Comparable x && a.getClass() == b.getClass()) {
      return x.compareTo(b);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  /**
   * A rough count of the memory a value holds, used to bound batches: exactness does not matter,
   * only that big values count as big.
   */
  public static long estimateBytes(Object v) {
    if (v == null) {
      return 4;
    }
    if (v instanceof String s) {
      return 40L + 2L * s.length();
    }
    if (v instanceof byte[] b) {
      return 16L + b.length;
    }
    if (v instanceof BigDecimal) {
      return 64;
    }
    if (v instanceof LocalDateTime || v instanceof java.time.OffsetDateTime) {
      return 72;
    }
    if (v instanceof LobValue) {
      return 64;
    }
    return 24;
  }

  /**
   * The size of a value's data, as a load reports it: bytes for binary, characters for text, 8 for
   * numbers and times.
   */
  public static long dataBytes(Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof String s) {
      return s.length();
    }
    if (v instanceof byte[] b) {
      return b.length;
    }
    if (v instanceof LobValue lob) {
      return lob.length();
    }
    if (v instanceof Boolean) {
      return 1;
    }
    if (v instanceof java.util.UUID) {
      return 16;
    }
    return 8;
  }

  /** A value as people read it, for messages, reject files and range descriptions. */
  public static String display(Object v) {
    if (v == null) {
      return "NULL";
    }
    if (v instanceof byte[] b) {
      return "\\x" + HEX.formatHex(b);
    }
    if (v instanceof List<?> list) {
      if (list.size() == 1) {
        return display(list.get(0));
      }
      StringBuilder s = new StringBuilder("(");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          s.append(", ");
        }
        s.append(display(list.get(i)));
      }
      return s.append(')').toString();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof String s) {
      return s;
    }
    return v.toString();
  }
}
