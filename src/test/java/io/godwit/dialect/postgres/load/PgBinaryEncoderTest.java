package io.godwit.dialect.postgres.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.EncodeBuffer;
import io.godwit.load.ValueKind;
import io.godwit.load.WriteColumn;
import io.godwit.model.DataType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * numeric's binary form: the arithmetic path for small values must give the same bytes as the
 * digit-by-digit path, and both must match PostgreSQL's layout. (The load tests check the values
 * end to end against a real server.)
 */
class PgBinaryEncoderTest {

  private static byte[] encode(Object value) throws Exception {
    PgBinaryEncoder encoder =
        PgBinaryEncoder.forColumns(
            List.of(new WriteColumn("n", DataType.of("numeric"), ValueKind.DECIMAL)));
    EncodeBuffer out = new EncodeBuffer(64);
    encoder.row(out, new Object[] {value}, () -> {});
    return Arrays.copyOf(out.array(), out.size());
  }

  @Test
  void knownLayouts() throws Exception {
    // 123.45: ndigits 2, weight 0, sign +, dscale 2, digits 123 and 4500
    assertThat(encode(new BigDecimal("123.45")))
        .containsExactly(0, 1, 0, 0, 0, 12, 0, 2, 0, 0, 0, 0, 0, 2, 0, 123, 0x11, (byte) 0x94);
    // 0.001: ndigits 1, weight -1, dscale 3, digit 10
    assertThat(encode(new BigDecimal("0.001")))
        .containsExactly(0, 1, 0, 0, 0, 10, 0, 1, (byte) 0xff, (byte) 0xff, 0, 0, 0, 3, 0, 10);
    // -10000: ndigits 1, weight 1, sign -, dscale 0, digit 1
    assertThat(encode(new BigDecimal("-10000")))
        .containsExactly(0, 1, 0, 0, 0, 10, 0, 1, 0, 1, 0x40, 0, 0, 0, 0, 1);
    // 0.00: no digits, dscale 2
    assertThat(encode(new BigDecimal("0.00")))
        .containsExactly(0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 2);
    // NaN
    assertThat(encode(Double.NaN))
        .containsExactly(0, 1, 0, 0, 0, 8, 0, 0, 0, 0, (byte) 0xc0, 0, 0, 0);
  }

  @Test
  void smallAndGeneralPathsAgree() throws Exception {
    String[] values = {
      "0",
      "1",
      "-1",
      "9999",
      "10000",
      "0.1",
      "0.0001",
      "0.00001",
      "123456789.987654321",
      "-0.000000000001",
      "99999999999999",
      "12345678901234.5",
      "1E+5",
      "1.50",
      "0.10000"
    };
    for (String v : values) {
      BigDecimal small = new BigDecimal(v);
      // The same value with 16 more fraction zeros has more than 14 digits: the general path.
      // Only the display scale (bytes 12 and 13) may differ.
      BigDecimal padded = small.setScale(Math.max(small.scale(), 0) + 16);
      assertThat(padded.precision() > 14 || small.signum() == 0).isTrue();
      byte[] a = encode(small);
      byte[] b = encode(padded);
      assertThat(b).as(v).hasSameSizeAs(a);
      int scaleA = ((a[12] & 0xff) << 8) | (a[13] & 0xff);
      int scaleB = ((b[12] & 0xff) << 8) | (b[13] & 0xff);
      assertThat(scaleB).as(v).isEqualTo(Math.max(small.scale(), 0) + 16);
      assertThat(scaleA).as(v).isEqualTo(Math.max(small.scale(), 0));
      a[12] = b[12];
      a[13] = b[13];
      assertThat(b).as(v).isEqualTo(a);
    }
  }
}
