package io.godwit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Exact conversions between value kinds, and the refusal of inexact ones. */
class ValueConversionsTest {

  private static Object convert(ValueKind from, ValueKind to, Object v) {
    return ValueConversions.converter(from, to).convert(v);
  }

  @Test
  void integersAndBooleans() {
    assertThat(convert(ValueKind.INTEGER, ValueKind.BOOLEAN, 1L)).isEqualTo(true);
    assertThat(convert(ValueKind.INTEGER, ValueKind.BOOLEAN, 0L)).isEqualTo(false);
    assertThatThrownBy(() -> convert(ValueKind.INTEGER, ValueKind.BOOLEAN, 2L))
        .hasMessage("2 is not a boolean (0 or 1)");
    assertThat(convert(ValueKind.BOOLEAN, ValueKind.INTEGER, true)).isEqualTo(1L);
    assertThat(convert(ValueKind.INTEGER, ValueKind.DECIMAL, Long.MIN_VALUE))
        .isEqualTo(BigDecimal.valueOf(Long.MIN_VALUE));
  }

  @Test
  void decimalsToIntegersOnlyWhenExact() {
    assertThat(convert(ValueKind.DECIMAL, ValueKind.INTEGER, new BigDecimal("42.000")))
        .isEqualTo(42L);
    assertThatThrownBy(() -> convert(ValueKind.DECIMAL, ValueKind.INTEGER, new BigDecimal("4.5")))
        .hasMessageContaining("4.5 is not a 64-bit integer");
    assertThatThrownBy(
            () ->
                convert(
                    ValueKind.DECIMAL, ValueKind.INTEGER, new BigDecimal("18446744073709551615")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(convert(ValueKind.DECIMAL, ValueKind.FLOAT64, Double.NaN)).isEqualTo(Double.NaN);
  }

  @Test
  void floatsWidenByTheirDigits() {
    assertThat(convert(ValueKind.FLOAT32, ValueKind.FLOAT64, 0.1f)).isEqualTo(0.1d);
    assertThat(convert(ValueKind.FLOAT64, ValueKind.DECIMAL, 0.1d))
        .isEqualTo(new BigDecimal("0.1"));
    assertThat(convert(ValueKind.FLOAT64, ValueKind.DECIMAL, Double.POSITIVE_INFINITY))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void datesAndTimes() {
    LocalDateTime t = LocalDateTime.of(2024, 2, 29, 13, 45, 1, 123_456_000);
    assertThat(convert(ValueKind.TIMESTAMP, ValueKind.TIMESTAMP_TZ, t))
        .isEqualTo(t.atOffset(ZoneOffset.UTC));
    assertThat(
            convert(
                ValueKind.TIMESTAMP_TZ,
                ValueKind.TIMESTAMP,
                OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2))))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 8, 0));
    assertThat(convert(ValueKind.TIMESTAMP, ValueKind.DATE, LocalDateTime.of(2024, 1, 1, 0, 0)))
        .isEqualTo(LocalDate.of(2024, 1, 1));
    assertThatThrownBy(() -> convert(ValueKind.TIMESTAMP, ValueKind.DATE, t))
        .hasMessageContaining("has a time of day");
    assertThat(convert(ValueKind.DATE, ValueKind.TIMESTAMP, LocalDate.MAX))
        .isEqualTo(LocalDateTime.MAX);
    assertThat(
            convert(
                ValueKind.TIME_TZ,
                ValueKind.TIME,
                OffsetTime.of(10, 0, 0, 0, ZoneOffset.ofHours(2))))
        .isEqualTo(LocalTime.of(8, 0));
  }

  @Test
  void textInBothDirections() {
    assertThat(convert(ValueKind.TIMESTAMP, ValueKind.TEXT, LocalDateTime.of(2024, 1, 2, 3, 4, 5)))
        .isEqualTo("2024-01-02 03:04:05");
    assertThat(convert(ValueKind.TEXT, ValueKind.TIMESTAMP_TZ, "2024-01-02 03:04:05+02"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 2, 1, 4, 5, 0, ZoneOffset.UTC));
    assertThat(convert(ValueKind.TEXT, ValueKind.DECIMAL, "NaN")).isEqualTo(Double.NaN);
    assertThat(convert(ValueKind.TEXT, ValueKind.BOOLEAN, " yes")).isEqualTo(true);
    assertThat(convert(ValueKind.DECIMAL, ValueKind.TEXT, new BigDecimal("1E+3")))
        .isEqualTo("1000");
    assertThatThrownBy(() -> convert(ValueKind.TEXT, ValueKind.INTEGER, "12a"))
        .hasMessage("'12a' is not a integer");
    assertThat(
            convert(
                ValueKind.BINARY,
                ValueKind.TEXT,
                "ü".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("ü");
    assertThatThrownBy(() -> convert(ValueKind.BINARY, ValueKind.TEXT, new byte[] {(byte) 0xff}))
        .hasMessage("binary value is not UTF-8 text");
  }

  @Test
  void uuidsAndTheirBytes() {
    UUID u = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    byte[] b = (byte[]) convert(ValueKind.UUID, ValueKind.BINARY, u);
    assertThat(b).hasSize(16);
    assertThat(convert(ValueKind.BINARY, ValueKind.UUID, b)).isEqualTo(u);
    assertThat(convert(ValueKind.UUID, ValueKind.TEXT, u)).isEqualTo(u.toString());
  }

  @Test
  void pairsThatMakeNoSenseHaveNoConverter() {
    assertThat(ValueConversions.converter(ValueKind.DATE, ValueKind.INTEGER)).isNull();
    assertThat(ValueConversions.converter(ValueKind.BINARY, ValueKind.BOOLEAN)).isNull();
  }

  @Test
  void temporalTextParsesWhatProductsPrint() {
    assertThat(TemporalText.parseDateTime("2024-01-02T03:04:05.5"))
        .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000));
    assertThat(TemporalText.parseDateTime("2024-01-02"))
        .isEqualTo(LocalDateTime.of(2024, 1, 2, 0, 0));
    assertThat(TemporalText.fields("0000-00-00 00:00:00")).containsExactly(0, 0, 0, 0, 0, 0, 0, 1);
    assertThat(TemporalText.fields("2024-1-02")).isNull();
    assertThat(TemporalText.parseTime("23:59:59.999999"))
        .isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
    assertThat(TemporalText.dateTime(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000)))
        .isEqualTo("2024-01-02 03:04:05.12");
    assertThat(
            TemporalText.dateTimeTz(
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHoursMinutes(5, 30))))
        .isEqualTo("2024-01-02 03:04:05+05:30");
  }
}
