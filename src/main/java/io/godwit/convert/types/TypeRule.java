package io.godwit.convert.types;

import io.godwit.ir.SqlType;
import io.godwit.model.DataType;
import io.godwit.model.LengthUnit;
import java.util.Locale;

/**
 * One mapping rule: a source type name with optional bounds on precision, scale and length, and the
 * neutral type it becomes. The target may use {@code {p}}, {@code {s}} and {@code {n}} for the
 * source's precision, scale and length.
 *
 * @param type the source type name, any case ({@code NUMBER}, {@code varchar2})
 * @param precision precision bounds, or null for any
 * @param scale scale bounds, or null for any
 * @param length length bounds, or null for any
 * @param keyOnly the rule applies only to columns in a primary or foreign key
 * @param target the neutral type text
 */
public record TypeRule(
    String type, Bounds precision, Bounds scale, Bounds length, boolean keyOnly, String target) {

  /**
   * Inclusive bounds; {@code absent} matches only when the source gives no value, {@code max} only
   * the MAX length (-1).
   */
  public record Bounds(Long min, Long max, boolean absent) {

    public static final Bounds ABSENT = new Bounds(null, null, true);

    public static Bounds between(long min, long max) {
      return new Bounds(min, max, false);
    }

    public static Bounds exactly(long value) {
      return new Bounds(value, value, false);
    }

    boolean matches(Number value) {
      if (absent) {
        return value == null;
      }
      if (value == null) {
        return false;
      }
      long v = value.longValue();
      return (min == null || v >= min) && (max == null || v <= max);
    }
  }

  public TypeRule {
    if (type == null || type.isBlank() || target == null || target.isBlank()) {
      throw new IllegalArgumentException("a type rule needs a type and a target");
    }
    type = type.strip().toLowerCase(Locale.ROOT);
    TypeSpec.parse(substitute(target, 1L, 1L, 1L)); // fail early on a bad target
  }

  /** Whether this rule maps {@code source}. */
  boolean matches(DataType source, boolean inKey) {
    if (!type.equals(source.name().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (keyOnly && !inKey) {
      return false;
    }
    return (precision == null || precision.matches(source.precision()))
        && (scale == null || scale.matches(source.scale()))
        && (length == null || length.matches(source.length()));
  }

  /** The neutral type for {@code source}, which this rule matches. */
  SqlType apply(DataType source) {
    String text = substitute(target, source.precision(), source.scale(), source.length());
    SqlType t = TypeSpec.parse(text).withSource(source.declared());
    if (source.lengthUnit() == LengthUnit.BYTE) {
      t = t.withCharLength(false);
    }
    return t;
  }

  private static String substitute(String target, Number p, Number s, Number n) {
    return target
        .replace("{p}", p == null ? "" : p.toString())
        .replace("{s}", s == null ? "" : s.toString())
        .replace("{n}", n == null ? "" : n.toString());
  }
}
