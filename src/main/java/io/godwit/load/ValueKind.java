package io.godwit.load;

/**
 * The product-neutral form a column's values take while they travel from a reader to a writer. A
 * reader delivers each value as the Java type named here (or {@code null}), or in its text form
 * where the engine asked for that ({@link SourceText}); a writer receives values already converted
 * to the kind of its target column.
 */
public enum ValueKind {
  /** {@link Boolean}. */
  BOOLEAN,
  /** {@link Long}: every integer that fits 64 bits. */
  INTEGER,
  /**
   * {@link java.math.BigDecimal}, or {@link Double} for NaN and the infinities (PostgreSQL
   * numeric).
   */
  DECIMAL,
  /** {@link Float}, NaN and infinities included. */
  FLOAT32,
  /** {@link Double}, NaN and infinities included. */
  FLOAT64,
  /** {@link String}, or a {@link LobValue} for a large value. */
  TEXT,
  /** {@link String} holding a JSON document. */
  JSON,
  /** {@link java.util.UUID}. */
  UUID,
  /** {@code byte[]}, or a {@link LobValue} for a large value. */
  BINARY,
  /** {@link java.time.LocalDate}; {@code LocalDate.MAX}/{@code MIN} stand for +/-infinity. */
  DATE,
  /** {@link java.time.LocalTime}. */
  TIME,
  /** {@link java.time.OffsetTime}. */
  TIME_TZ,
  /** {@link java.time.LocalDateTime}; {@code MAX}/{@code MIN} stand for +/-infinity. */
  TIMESTAMP,
  /** {@link java.time.OffsetDateTime} at UTC; {@code MAX}/{@code MIN} stand for +/-infinity. */
  TIMESTAMP_TZ;

  /**
   * Whether values of this kind order the same way in every product, so a key range on such a
   * column selects the same rows on the source and on the target.
   */
  public boolean ordersAlike() {
    return switch (this) {
      case INTEGER, DECIMAL, DATE, TIMESTAMP, TIMESTAMP_TZ -> true;
      default -> false;
    };
  }

  /** Whether values of this kind may be large enough to be streamed through a {@link LobValue}. */
  public boolean mayBeLob() {
    return this == TEXT || this == BINARY || this == JSON;
  }
}
