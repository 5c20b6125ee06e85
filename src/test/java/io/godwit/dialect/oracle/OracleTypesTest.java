package io.godwit.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.model.DataType;
import io.godwit.model.LengthUnit;
import org.junit.jupiter.api.Test;

class OracleTypesTest {

  private static DataType column(
      String type, Long bytes, Integer precision, Integer scale, Long chars, String charUsed) {
    return OracleTypes.decode(type, null, null, bytes, precision, scale, chars, charUsed);
  }

  @Test
  void characterTypesKeepTheirLengthSemantics() {
    assertThat(column("VARCHAR2", 80L, null, null, 20L, "C"))
        .isEqualTo(new DataType("varchar2", 20L, null, null, LengthUnit.CHAR, "varchar2(20 char)"));
    assertThat(column("VARCHAR2", 30L, null, null, 30L, "B"))
        .isEqualTo(new DataType("varchar2", 30L, null, null, LengthUnit.BYTE, "varchar2(30 byte)"));
    assertThat(column("CHAR", 1L, null, null, 1L, "B"))
        .isEqualTo(new DataType("char", 1L, null, null, LengthUnit.BYTE, "char(1 byte)"));
    // NVARCHAR2 lengths are characters; DATA_LENGTH counts bytes of the national character set.
    assertThat(column("NVARCHAR2", 100L, null, null, 50L, "C"))
        .isEqualTo(new DataType("nvarchar2", 50L, null, null, LengthUnit.CHAR, "nvarchar2(50)"));
  }

  @Test
  void numbersHaveNullPrecisionAndScaleWhenNotDeclared() {
    assertThat(column("NUMBER", 22L, null, null, 0L, null))
        .isEqualTo(new DataType("number", null, null, null, null, "number"));
    // INTEGER is NUMBER(*,0): a scale without a precision.
    assertThat(column("NUMBER", 22L, null, 0, 0L, null))
        .isEqualTo(new DataType("number", null, null, 0, null, "number(*,0)"));
    assertThat(column("NUMBER", 22L, 10, 0, 0L, null))
        .isEqualTo(new DataType("number", null, 10, 0, null, "number(10)"));
    assertThat(column("NUMBER", 22L, 12, 2, 0L, null))
        .isEqualTo(new DataType("number", null, 12, 2, null, "number(12,2)"));
    assertThat(column("NUMBER", 22L, 5, -2, 0L, null).declared()).isEqualTo("number(5,-2)");
    assertThat(column("FLOAT", 22L, 126, null, 0L, null))
        .isEqualTo(new DataType("float", null, 126, null, null, "float(126)"));
    assertThat(column("BINARY_DOUBLE", 8L, null, null, 0L, null))
        .isEqualTo(DataType.of("binary_double"));
  }

  @Test
  void timeTypesLoseTheirParenthesesAndKeepTheFraction() {
    assertThat(column("TIMESTAMP(6) WITH TIME ZONE", 13L, null, 6, 0L, null))
        .isEqualTo(
            new DataType(
                "timestamp with time zone", null, 6, null, null, "timestamp(6) with time zone"));
    assertThat(column("TIMESTAMP(3)", 11L, null, 3, 0L, null))
        .isEqualTo(new DataType("timestamp", null, 3, null, null, "timestamp(3)"));
    assertThat(column("TIMESTAMP(9) WITH LOCAL TIME ZONE", 11L, null, 9, 0L, null).name())
        .isEqualTo("timestamp with local time zone");
    assertThat(column("INTERVAL DAY(2) TO SECOND(6)", 11L, 2, 6, 0L, null))
        .isEqualTo(
            new DataType(
                "interval day to second", null, 2, 6, null, "interval day(2) to second(6)"));
    assertThat(column("INTERVAL YEAR(4) TO MONTH", 5L, 4, 0, 0L, null))
        .isEqualTo(
            new DataType(
                "interval year to month", null, 4, null, null, "interval year(4) to month"));
    assertThat(column("DATE", 7L, null, null, 0L, null)).isEqualTo(DataType.of("date"));
  }

  @Test
  void binaryAndLargeObjects() {
    assertThat(column("RAW", 16L, null, null, 0L, null))
        .isEqualTo(new DataType("raw", 16L, null, null, null, "raw(16)"));
    assertThat(column("LONG RAW", 0L, null, null, 0L, null)).isEqualTo(DataType.of("long raw"));
    assertThat(column("CLOB", 4000L, null, null, 0L, null)).isEqualTo(DataType.of("clob"));
    assertThat(column("BLOB", 4000L, null, null, 0L, null)).isEqualTo(DataType.of("blob"));
  }

  @Test
  void userDefinedTypesAreQualifiedAndKeepTheirCase() {
    assertThat(OracleTypes.decode("Address T", "HR", null, 1L, null, null, 0L, null))
        .isEqualTo(DataType.of("\"HR\".\"Address T\""));
    assertThat(OracleTypes.decode("ADDRESS_T", "HR", "REF", 1L, null, null, 0L, null))
        .isEqualTo(DataType.of("ref \"HR\".\"ADDRESS_T\""));
    assertThat(OracleTypes.decode("XMLTYPE", "SYS", null, 2000L, null, null, 0L, null))
        .isEqualTo(DataType.of("xmltype"));
  }

  @Test
  void argumentsNameTheDeclaredType() {
    assertThat(OracleTypes.argument("NUMBER", null, null, null, "INTEGER"))
        .isEqualTo(DataType.of("integer"));
    assertThat(OracleTypes.argument("VARCHAR2", null, null, null, "VARCHAR2"))
        .isEqualTo(DataType.of("varchar2"));
    assertThat(OracleTypes.argument("PL/SQL BOOLEAN", null, null, null, null))
        .isEqualTo(DataType.of("pl/sql boolean"));
    assertThat(OracleTypes.argument("TIMESTAMP WITH TIME ZONE", null, null, null, null))
        .isEqualTo(DataType.of("timestamp with time zone"));
    assertThat(OracleTypes.argument("OBJECT", "HR", "ADDRESS_T", null, null))
        .isEqualTo(DataType.of("\"HR\".\"ADDRESS_T\""));
    assertThat(OracleTypes.argument("PL/SQL RECORD", "HR", "Pkg", "ROW_T", null))
        .isEqualTo(DataType.of("\"HR\".\"Pkg\".\"ROW_T\""));
    assertThat(OracleTypes.argument("OPAQUE/XMLTYPE", "SYS", "XMLTYPE", null, null))
        .isEqualTo(DataType.of("xmltype"));
    assertThat(OracleTypes.argument(null, null, null, null, null))
        .isEqualTo(DataType.of("undefined"));
  }

  @Test
  void baseNameDropsModifiersAndCollapsesBlanks() {
    assertThat(OracleTypes.baseName("INTERVAL DAY(2)  TO SECOND(6)"))
        .isEqualTo("interval day to second");
    assertThat(OracleTypes.baseName("TIMESTAMP(6)")).isEqualTo("timestamp");
    assertThat(OracleTypes.baseName(" LONG RAW ")).isEqualTo("long raw");
  }
}
