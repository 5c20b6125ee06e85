package io.godwit.assess.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {

  @Test
  void countsAreGroupedByThousands() {
    assertThat(Fmt.count(0)).isEqualTo("0");
    assertThat(Fmt.count(999)).isEqualTo("999");
    assertThat(Fmt.count(1000)).isEqualTo("1,000");
    assertThat(Fmt.count(1234567)).isEqualTo("1,234,567");
    assertThat(Fmt.count(-12345)).isEqualTo("-12,345");
    assertThat(Fmt.counted(1, "object")).isEqualTo("1 object");
    assertThat(Fmt.counted(2, "object")).isEqualTo("2 objects");
  }

  @Test
  void hoursRoundHalfUp() {
    assertThat(Fmt.hours(0)).isEqualTo("0.0");
    assertThat(Fmt.hours(0.25)).isEqualTo("0.3");
    assertThat(Fmt.hours(52.833)).isEqualTo("52.8");
    assertThat(Fmt.hours(9.96)).isEqualTo("10.0");
    assertThat(Fmt.hours(12345.67)).isEqualTo("12,345.7");
    assertThat(Fmt.hours2(0.25)).isEqualTo("0.25");
    assertThat(Fmt.hours2(6)).isEqualTo("6.00");
    assertThat(Fmt.hours2(0.05)).isEqualTo("0.05");
    assertThat(Fmt.percent(66.7)).isEqualTo("66.7 %");
    assertThat(Fmt.place("hr.sql", 45, 5)).isEqualTo("hr.sql:45:5");
    assertThat(Fmt.place(null, 3, null)).isEqualTo("line 3");
    assertThat(Fmt.place(null, null, null)).isEmpty();
    assertThat(Fmt.date("2026-11-23T10:30:00+01:00")).isEqualTo("2026-11-23 10:30 UTC+01:00");
  }
}
