package io.godwit.model;

import java.math.BigInteger;

/**
 * A sequence. Numbers are {@link BigInteger} because Oracle's limits have 28 digits.
 *
 * @param name the sequence name
 * @param type the value type where the source has one ({@code bigint}), or {@code null}
 * @param start START WITH
 * @param increment INCREMENT BY
 * @param minValue MINVALUE, or {@code null} for the default
 * @param maxValue MAXVALUE, or {@code null} for the default
 * @param cycle whether it wraps around
 * @param cache how many values are cached, or {@code null}/1 for none
 * @param currentValue the last value handed out where the catalog tells it, else {@code null}
 * @param origin where the definition came from
 */
public record Sequence(
    String name,
    DataType type,
    BigInteger start,
    BigInteger increment,
    BigInteger minValue,
    BigInteger maxValue,
    boolean cycle,
    Long cache,
    BigInteger currentValue,
    Origin origin)
    implements SchemaObject {

  public Sequence {
    Names.require(name, "sequence");
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return ObjectKind.SEQUENCE;
  }
}
