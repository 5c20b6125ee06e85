package io.godwit.dialect.postgres.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.dialect.EncodeBuffer;
import io.godwit.load.SourceText;
import io.godwit.load.ValueKind;
import io.godwit.load.WriteColumn;
import io.godwit.model.DataType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value in its text form ({@link SourceText}, what MySQL's text protocol sends) must give COPY
 * exactly the bytes its Java object gives, in both formats; the load tests check the same end to
 * end against real servers.
 */
class PgSourceTextTest {

  private static byte[] binary(String type, ValueKind kind, Object value) throws Exception {
    PgBinaryEncoder encoder =
        PgBinaryEncoder.forColumns(List.of(new WriteColumn("c", DataType.of(type), kind)));
    EncodeBuffer out = new EncodeBuffer(64);
    encoder.row(out, new Object[] {value}, () -> {});
    return Arrays.copyOf(out.array(), out.size());
  }

  private static byte[] text(ValueKind kind, Object value) throws Exception {
    PgTextEncoder encoder = new PgTextEncoder(new ValueKind[] {kind}, new boolean[1]);
    EncodeBuffer out = new EncodeBuffer(64);
    encoder.row(out, new Object[] {value}, () -> {});
    return Arrays.copyOf(out.array(), out.size());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void same(String type, ValueKind kind, String text, Object value)
      throws Exception {
    assertThat(binary(type, kind, utf8(text)))
        .as(type + " " + text)
        .isEqualTo(binary(type, kind, value));
  }

  @Test
  void integersEncodeAsTheirValues() throws Exception {
    for (long v : new long[] {0, 1, -1, 42, 32767, -32768, 2147483647L, -2147483648L}) {
      same("integer", ValueKind.INTEGER, Long.toString(v), v);
    }
    same("smallint", ValueKind.INTEGER, "-32768", -32768L);
    same("bigint", ValueKind.INTEGER, "9223372036854775807", Long.MAX_VALUE);
    same("bigint", ValueKind.INTEGER, "-9223372036854775808", Long.MIN_VALUE);
    same("bigint", ValueKind.INTEGER, "0000000000000000000042", 42L);
  }

  @Test
  void badIntegersAreRefusedAsRowErrors() {
    assertThatThrownBy(() -> binary("smallint", ValueKind.INTEGER, utf8("32768")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range for smallint");
    assertThatThrownBy(() -> binary("bigint", ValueKind.INTEGER, utf8("9223372036854775808")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> binary("bigint", ValueKind.INTEGER, utf8("-")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> binary("bigint", ValueKind.INTEGER, utf8("12a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decimalsEncodeAsTheirBigDecimals() throws Exception {
    String[] values = {
      "0",
      "0.00",
      "1",
      "-1",
      "9999",
      "10000",
      "0.1",
      "0.0001",
      "0.00001",
      "123.45",
      "-123.45",
      "123456789.987654321",
      "-0.000000000001",
      "99999999999999",
      "12345678901234.5",
      "1.50",
      "0.10000",
      "100000000",
      "99999999999999999999999999999999999.999999999999999999999999999999",
      "-12345678901234567890123456789012345678901234567890.123456789012345"
    };
    for (String v : values) {
      same("numeric", ValueKind.DECIMAL, v, new BigDecimal(v));
    }
    // A negative zero is zero, as BigDecimal has it.
    same("numeric", ValueKind.DECIMAL, "-0.00", new BigDecimal("0.00"));
    assertThatThrownBy(() -> binary("numeric", ValueKind.DECIMAL, utf8("1.2.3")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> binary("numeric", ValueKind.DECIMAL, utf8("-")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void floatsEncodeAsTheirValues() throws Exception {
    for (String v : new String[] {"0", "-0", "1.5", "142.42857142857142", "1e300", "-2.5e-300"}) {
      same("double precision", ValueKind.FLOAT64, v, Double.parseDouble(v));
    }
    for (String v : new String[] {"0", "3.14", "-1.17549435E-38", "3.4028235e38"}) {
      same("real", ValueKind.FLOAT32, v, Float.parseFloat(v));
    }
  }

  @Test
  void datesAndTimestampsEncodeAsTheirValues() throws Exception {
    String[] dates = {"0001-01-01", "1969-12-31", "1970-01-01", "2000-02-29", "2024-12-31"};
    for (String d : dates) {
      same("date", ValueKind.DATE, d, LocalDate.parse(d));
    }
    same("date", ValueKind.DATE, "9999-12-31", LocalDate.of(9999, 12, 31));
    String[][] stamps = {
      {"2020-01-01 00:00:00", "2020-01-01T00:00"},
      {"1000-01-01 00:00:00", "1000-01-01T00:00"},
      {"1969-12-31 23:59:59.999999", "1969-12-31T23:59:59.999999"},
      {"2021-06-01 00:00:00.000137", "2021-06-01T00:00:00.000137"},
      {"9999-12-31 23:59:59.5", "9999-12-31T23:59:59.5"},
      {"2000-01-01 00:00:00.0000005", "2000-01-01T00:00:00.0000005"},
      {"2000-01-01 00:00:00.0000015", "2000-01-01T00:00:00.0000015"},
      {"2000-01-01 00:00:00.000000501", "2000-01-01T00:00:00.000000501"}
    };
    for (String[] s : stamps) {
      same("timestamp without time zone", ValueKind.TIMESTAMP, s[0], LocalDateTime.parse(s[1]));
    }
    for (String bad : new String[] {"2021-02-29", "2021-13-01", "2021-01-01 24:00:00", "x"}) {
      assertThatThrownBy(
              () -> binary("timestamp without time zone", ValueKind.TIMESTAMP, utf8(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void textPassesThroughInBothFormats() throws Exception {
    String s = "tab\there, new\nline, back\\slash, 4-byte \uD83D\uDE00, ü";
    same("text", ValueKind.TEXT, s, s);
    same("character varying", ValueKind.TEXT, "", "");
    same("jsonb", ValueKind.JSON, "{\"a\": [1, 2]}", "{\"a\": [1, 2]}");
    assertThat(text(ValueKind.TEXT, utf8(s))).isEqualTo(text(ValueKind.TEXT, s));
    assertThat(text(ValueKind.DECIMAL, utf8("-12.50")))
        .isEqualTo(text(ValueKind.DECIMAL, new BigDecimal("-12.50")));
    assertThat(text(ValueKind.INTEGER, utf8("-42"))).isEqualTo(text(ValueKind.INTEGER, -42L));
    assertThat(text(ValueKind.DATE, utf8("2024-02-29")))
        .isEqualTo(text(ValueKind.DATE, LocalDate.of(2024, 2, 29)));
  }

  @Test
  void canonicalValuesForRejectFiles() {
    assertThat(SourceText.canonical(utf8("-12.50"), ValueKind.DECIMAL))
        .isEqualTo(new BigDecimal("-12.50"));
    assertThat(SourceText.canonical(utf8("2021-06-01 00:00:00.000137"), ValueKind.TIMESTAMP))
        .isEqualTo(LocalDateTime.parse("2021-06-01T00:00:00.000137"));
    assertThat(SourceText.canonical(utf8("7"), ValueKind.INTEGER)).isEqualTo(7L);
  }
}
