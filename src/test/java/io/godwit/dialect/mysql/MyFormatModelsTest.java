package io.godwit.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyFormatModelsTest {

  @Test
  void dateModelsBecomeDateFormatPieces() {
    MyFormatModels.DateModel m = MyFormatModels.date("YYYY-MM-DD HH24:MI:SS");
    assertThat(m.pieces()).containsExactly(new MyFormatModels.Piece("%Y-%m-%d %H:%i:%s", null));
    assertThat(m.unsupported()).isNull();
    MyFormatModels.DateModel mon = MyFormatModels.date("DD-MON-YY \"100%\"");
    assertThat(mon.pieces())
        .containsExactly(
            new MyFormatModels.Piece("%d-", null),
            new MyFormatModels.Piece(null, "UPPER(DATE_FORMAT(?, '%b'))"),
            new MyFormatModels.Piece("-%y 100%%", null));
    assertThat(MyFormatModels.date("TZH:TZM").unsupported()).isEqualTo("TZH");
    assertThat(MyFormatModels.date("fmDay").pieces())
        .containsExactly(new MyFormatModels.Piece(null, "DATE_FORMAT(?, '%W')"));
    assertThat(MyFormatModels.date("month").pieces())
        .containsExactly(
            new MyFormatModels.Piece(null, "RPAD(LOWER(DATE_FORMAT(?, '%M')), 9, ' ')"));
  }

  @Test
  void parseModelsBecomeStrToDateFormats() {
    MyFormatModels.ParseModel p = MyFormatModels.parse("DD.MM.RRRR HH24:MI:SS.FF3");
    assertThat(p.format()).isEqualTo("%d.%m.%Y %H:%i:%s.%f");
    assertThat(p.hasTime()).isTrue();
    assertThat(p.unsupported()).isNull();
    assertThat(MyFormatModels.parse("J").unsupported()).isEqualTo("J");
  }

  @Test
  void numberModels() {
    assertThat(MyFormatModels.isNumberModel("FM9,990.00")).isTrue();
    assertThat(MyFormatModels.isNumberModel("YYYY")).isFalse();
    MyFormatModels.NumberModel m = MyFormatModels.number("FM$9,990.09");
    assertThat(m.fm()).isTrue();
    assertThat(m.currency()).isTrue();
    assertThat(m.grouping()).isTrue();
    assertThat(m.decimals()).isEqualTo(2);
    assertThat(m.maxInteger()).isEqualTo(4);
    assertThat(m.minInteger()).isEqualTo(1);
    assertThat(m.trailingNines()).isEqualTo(1);
    assertThat(MyFormatModels.number("99MI").unsupported()).isEqualTo("M");
  }
}
